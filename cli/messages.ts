/**
 * The command line's own messages (usage, files, sheets) in zh-CN and en; core keys (sheet problems,
 * settings errors, issue codes) fall through to the core's `t()`.
 */
import { defineMessages, format, t, type Lang, type Params } from '../shared';

const cliMessages = defineMessages(
  {
    'cli.usage':
      'Usage: sheet-keeper clean <input.xlsx|input.csv> [options]\n\n' +
      'Cleans a customer sheet and writes the result to a new file; the input is never changed.\n\n' +
      'Options:\n' +
      '  --sheet NAME        worksheet to clean (default: the first visible one)\n' +
      '  --out FILE          output file, .xlsx or .csv (default: <input>.cleaned.xlsx next to the input)\n' +
      '  --json FILE         also write the machine-readable report as JSON\n' +
      '  --config FILE       settings JSON (any subset of the settings)\n' +
      '  --today YYYY-MM-DD  the date of the run (default: today)\n' +
      '  --lang zh-CN|en     language of messages and added columns\n' +
      '  --quiet             no progress lines on stderr\n' +
      '  -h, --help          show this help\n\n' +
      'Exit codes: 0 done, 1 the input or settings cannot be used, 2 wrong usage.',
    'cli.unknownCommand': 'Unknown command "{command}". The command is "clean".',
    'cli.badArgs': '{detail}',
    'cli.missingInput': 'Name the sheet file to clean: sheet-keeper clean <input.xlsx|input.csv>.',
    'cli.extraArgs': 'Only one input file can be cleaned at a time (also got "{extra}").',
    'cli.badToday': '--today "{value}" is not a date in the form YYYY-MM-DD.',
    'cli.badLang': '--lang "{value}" is not supported; use zh-CN or en.',
    'cli.badOut': '--out "{value}" must end in .xlsx or .csv.',
    'cli.outIsInput': 'The output "{path}" is the input file itself; Sheet Keeper never writes over its input. Choose another --out.',
    'cli.jsonIsInput': 'The JSON report "{path}" would overwrite the input file. Choose another --json.',
    'cli.unreadable': 'Cannot read "{path}": {detail}.',
    'cli.notFound': 'The file "{path}" does not exist. Check the name and the folder.',
    'cli.isDirectory': '"{path}" is a folder, not a sheet file.',
    'cli.unsupportedType': '"{path}" is not an .xlsx or .csv file. Save it from Excel as .xlsx (Excel workbook) or .csv and try again.',
    'cli.xlsOld': '"{path}" is an old .xls workbook. Open it in Excel or LibreOffice, save it as .xlsx and try again.',
    'cli.encrypted': '"{path}" is protected with a password. Remove the password in Excel (File › Info › Protect Workbook) and try again.',
    'cli.badXlsx': '"{path}" could not be opened as an Excel workbook ({detail}). Is it damaged, or protected by a password?',
    'cli.unknownSheet': 'The workbook has no sheet "{sheet}". Its sheets are: {sheets}.',
    'cli.noSheet': 'The workbook has no visible worksheet to clean.',
    'cli.configUnreadable': 'Cannot read the settings file "{path}": {detail}.',
    'cli.configNotJson': 'The settings file "{path}" is not valid JSON ({detail}).',
    'cli.cannotWrite': 'Cannot write "{path}": {detail}.',
    'cli.unexpected': 'Unexpected error: {detail}. Nothing was written over your input; please report this.',
    'cli.progress.reading': 'Reading {file} …',
    'cli.progress.read': 'Read {rows} rows from sheet "{sheet}".',
    'cli.progress.cleaning': 'Cleaning …',
    'cli.progress.writing': 'Writing {rows} rows to {file} …',
    'cli.summary.title': 'Cleaned "{input}" (sheet "{sheet}", header in row {headerRow}).',
    'cli.summary.rows': 'Rows: {rows}    Columns recognised: {fields} of {columns}',
    'cli.summary.changed': 'Values fixed: {count}',
    'cli.summary.retyped': 'Text turned into the date or number it showed: {count}',
    'cli.summary.issues': 'Issues: errors {error}, warnings {warning}, info {info}',
    'cli.summary.kind': '  {count} × {kind}',
    'cli.summary.problem': 'Note: {message}',
    'cli.summary.output': 'Output: {path}',
    'cli.summary.json': 'Report (JSON): {path}',
    'cli.summary.skipped': 'Skipped {count} planned writes into formula cells (formulas are never overwritten).',
    'cli.summary.notesOmitted': '{count} highlighted cells have no note: a workbook gets at most {limit} notes (issues first). The JSON report (--json) lists every change and issue.',
    'cli.summary.csvLossy': 'Careful: {count} values (IDs or numbers with leading zeros or more than 15 digits) lose digits when a spreadsheet opens this CSV directly. Use the .xlsx output, or import the CSV with those columns set to Text.',
    'cli.xlsx.was': 'Was: {value}',
    'cli.xlsx.suggestion': 'Suggestion: {value}',
    'cli.xlsx.empty': '(empty)',
    'cli.issues.sheet': 'Issues',
    'cli.issues.row': 'Row',
    'cli.issues.column': 'Column',
    'cli.issues.header': 'Header',
    'cli.issues.value': 'Value',
    'cli.issues.severity': 'Severity',
    'cli.issues.message': 'Message',
    'cli.issues.suggestion': 'Suggestion',
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
  },
  {
    'cli.usage':
      '用法：sheet-keeper clean <输入.xlsx|输入.csv> [选项]\n\n' +
      '整理客户表，结果写入新文件；输入文件不会被修改。\n\n' +
      '选项：\n' +
      '  --sheet 名称        要整理的工作表（默认：第一个可见工作表）\n' +
      '  --out 文件          输出文件，.xlsx 或 .csv（默认：输入文件旁的 <输入>.cleaned.xlsx）\n' +
      '  --json 文件         另外写出 JSON 格式的机器可读报告\n' +
      '  --config 文件       设置 JSON（可只写部分设置项）\n' +
      '  --today YYYY-MM-DD  运行日期（默认：今天）\n' +
      '  --lang zh-CN|en     提示信息和新增列的语言\n' +
      '  --quiet             不在 stderr 输出进度\n' +
      '  -h, --help          显示本帮助\n\n' +
      '退出码：0 完成，1 输入文件或设置无法使用，2 用法错误。',
    'cli.unknownCommand': '未知命令“{command}”。可用命令为 clean。',
    'cli.badArgs': '{detail}',
    'cli.missingInput': '请指定要整理的表格文件：sheet-keeper clean <输入.xlsx|输入.csv>。',
    'cli.extraArgs': '一次只能整理一个输入文件（多出了“{extra}”）。',
    'cli.badToday': '--today “{value}”不是 YYYY-MM-DD 格式的日期。',
    'cli.badLang': '不支持 --lang “{value}”，请使用 zh-CN 或 en。',
    'cli.badOut': '--out “{value}”的扩展名必须是 .xlsx 或 .csv。',
    'cli.outIsInput': '输出文件“{path}”就是输入文件；客户表管家从不覆盖输入文件，请换一个 --out。',
    'cli.jsonIsInput': 'JSON 报告“{path}”会覆盖输入文件，请换一个 --json。',
    'cli.unreadable': '无法读取“{path}”：{detail}。',
    'cli.notFound': '文件“{path}”不存在，请检查文件名和所在文件夹。',
    'cli.isDirectory': '“{path}”是文件夹，不是表格文件。',
    'cli.unsupportedType': '“{path}”不是 .xlsx 或 .csv 文件。请在 Excel 中另存为 .xlsx（Excel 工作簿）或 .csv 后重试。',
    'cli.xlsOld': '“{path}”是旧版 .xls 工作簿。请用 Excel 或 LibreOffice 打开并另存为 .xlsx 后重试。',
    'cli.encrypted': '“{path}”设有打开密码。请在 Excel 中取消密码（文件 › 信息 › 保护工作簿）后重试。',
    'cli.badXlsx': '无法把“{path}”作为 Excel 工作簿打开（{detail}）。文件是否损坏或设有密码？',
    'cli.unknownSheet': '工作簿中没有名为“{sheet}”的工作表。现有工作表：{sheets}。',
    'cli.noSheet': '工作簿中没有可整理的可见工作表。',
    'cli.configUnreadable': '无法读取设置文件“{path}”：{detail}。',
    'cli.configNotJson': '设置文件“{path}”不是有效的 JSON（{detail}）。',
    'cli.cannotWrite': '无法写入“{path}”：{detail}。',
    'cli.unexpected': '意外错误：{detail}。输入文件未被改动；请反馈此问题。',
    'cli.progress.reading': '正在读取 {file} …',
    'cli.progress.read': '已从工作表“{sheet}”读取 {rows} 行。',
    'cli.progress.cleaning': '正在整理 …',
    'cli.progress.writing': '正在把 {rows} 行写入 {file} …',
    'cli.summary.title': '已整理“{input}”（工作表“{sheet}”，表头在第 {headerRow} 行）。',
    'cli.summary.rows': '行数：{rows}    识别的列：{fields} / {columns}',
    'cli.summary.changed': '修正的值：{count} 个',
    'cli.summary.retyped': '文本转为对应的日期或数字：{count} 个',
    'cli.summary.issues': '问题：错误 {error} 个，警告 {warning} 个，提示 {info} 个',
    'cli.summary.kind': '  {count} × {kind}',
    'cli.summary.problem': '注意：{message}',
    'cli.summary.output': '输出文件：{path}',
    'cli.summary.json': 'JSON 报告：{path}',
    'cli.summary.skipped': '跳过了 {count} 处针对公式单元格的写入（公式从不被覆盖）。',
    'cli.summary.notesOmitted': '有 {count} 个已标色的单元格未加批注：一个工作簿最多加 {limit} 条批注（问题优先）。JSON 报告（--json）列出了全部修改和问题。',
    'cli.summary.csvLossy': '注意：有 {count} 个值（以 0 开头或超过 15 位的编号、号码）在用表格软件直接打开此 CSV 时会丢失数字。请使用 .xlsx 输出，或导入 CSV 时把这些列设为“文本”。',
    'cli.xlsx.was': '原值：{value}',
    'cli.xlsx.suggestion': '建议：{value}',
    'cli.xlsx.empty': '（空）',
    'cli.issues.sheet': '问题清单',
    'cli.issues.row': '行号',
    'cli.issues.column': '列',
    'cli.issues.header': '表头',
    'cli.issues.value': '值',
    'cli.issues.severity': '级别',
    'cli.issues.message': '说明',
    'cli.issues.suggestion': '建议',
    'severity.error': '错误',
    'severity.warning': '警告',
    'severity.info': '提示',
  },
);

export type CliMessageKey = keyof (typeof cliMessages)['en'];

/** Renders a CLI message, or any core message key (problems, settings errors, issue codes) through `t()`. */
export function say(lang: Lang, key: CliMessageKey | string, params?: Params): string {
  const own = (cliMessages[lang] as Record<string, string>)[key];
  return own !== undefined ? format(own, params) : t(lang, key, params);
}
