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
      '  --sheet NAME        worksheet to clean (default: the first visible one holding a customer table)\n' +
      '  --out FILE          output file, .xlsx or .csv (default: <input>.cleaned.xlsx next to the input)\n' +
      '  --json FILE         also write the machine-readable report as JSON\n' +
      '  --config FILE       settings JSON (any subset of the settings)\n' +
      '  --today YYYY-MM-DD  the date of the run (default: today)\n' +
      '  --merge             merge exact and likely duplicates: the kept row takes the missing values,\n' +
      '                      the other rows move to the sheet "Merged duplicates" (.xlsx) or <out>.archive.csv\n' +
      '  --merge-review      also merge the groups marked "please review" (implies --merge)\n' +
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
    'cli.companionIsInput': 'The file "{path}" that goes next to the CSV output would overwrite the input file. Choose another --out.',
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
    'cli.heapTight':
      'This sheet is big: the run may need about {need} MB of memory, and Node may use {have} MB here. If it stops with "heap out of memory", write a CSV instead (--out FILE.csv), or give Node more room: NODE_OPTIONS=--max-old-space-size={need}.',
    'cli.outOfMemory':
      'The run stopped: the sheet needs more memory than Node could have here ({heap} MB). Nothing was written over your input. Write a CSV instead (--out FILE.csv), or close other programs and try again.',
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
    'cli.summary.duplicates': 'Duplicates: {groups} groups, {rows} rows (exact {exact}, likely {likely}, review {review})',
    'cli.summary.noDuplicates': 'Duplicates: none found',
    'cli.summary.ownerConflicts': '  owner conflicts (the same customer held by different owners): {count}',
    'cli.summary.ownerClaims.first-touch': '    {count} of them kept for the owner who entered the customer first (earliest created date; dedupe.ownerRule)',
    'cli.summary.ownerClaims.last-contact': '    {count} of them kept for the owner with the latest contact (dedupe.ownerRule)',
    'cli.summary.mergedSheet': 'Merged {groups} group(s): {rows} row(s) moved to the sheet "{where}", {filled} empty cell(s) filled from duplicates',
    'cli.summary.mergedFile': 'Merged {groups} group(s): {rows} row(s) moved to {where}, {filled} empty cell(s) filled from duplicates',
    'cli.summary.mergedNone': 'Merged: nothing (no group of the accepted kinds)',
    'cli.summary.mergeHint': 'Review the {count} groups in the column "{column}", then run again with --merge.',
    'cli.summary.reviewHint': '{count} group(s) need a person to review them and were not merged; --merge-review merges them too.',
    'cli.summary.reminders': 'Reminders: {count} ({kinds})',
    'cli.summary.remindersByOwner': '  by owner: {owners}',
    'cli.summary.noReminders': 'Reminders: none due',
    'cli.summary.classes': '{dimension}: {labels}',
    'cli.summary.whatIf': 'Compared with the classes in the sheet: {changed} of {compared} customers would change',
    'cli.summary.whatIfDimensions': ' ({dimensions})',
    'cli.summary.sheets': 'Sheets written: {sheets}',
    'cli.summary.otherTables': 'The workbook holds other customer sheets: {sheets}. Only "{sheet}" was cleaned, and duplicates were looked for in it alone; run again with --sheet NAME for another.',
    'cli.mergeOverFormulas': 'Not merged: the sheet "{sheet}" holds {count} formulas (or formulas elsewhere point at it), and removing the merged rows would leave their references pointing at other rows; this tool has no formula engine to rewrite them. Nothing was written. Run without --merge to review the groups, write the result as CSV (--out FILE.csv), or turn the formulas into values first.',
    'cli.summary.files': 'Also written: {files}',
    'cli.summary.item': '{label} {count}',
    'cli.summary.sep': ', ',
    'cli.summary.quoted': '"{name}"',
    'cli.reminders.sheet': 'Reminders',
    'cli.reminders.owner': 'Owner',
    'cli.reminders.kind': 'Kind',
    'cli.reminders.customer': 'Customer',
    'cli.reminders.row': 'Row',
    'cli.reminders.due': 'Due',
    'cli.reminders.daysLeft': 'Days left',
    'cli.reminders.reason': 'Reason',
    'cli.reminders.none': 'No reminders are due.',
    'cli.report.sheet': 'Report',
    'cli.report.title': 'Sheet Keeper report',
    'cli.report.about': 'Sheet "{sheet}", {rows} rows',
    'cli.report.today': 'As of {today}',
    'cli.report.whatIf': 'Classes compared with the sheet',
    'cli.report.whatIf.dimension': 'Dimension',
    'cli.report.whatIf.changed': 'Would change',
    'cli.report.whatIf.compared': 'Compared',
    'cli.report.whatIf.any': 'Any dimension',
    'cli.archive.formula': 'Formula in the original row: {formula}',
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
      '  --sheet 名称        要整理的工作表（默认：第一个含客户表的可见工作表）\n' +
      '  --out 文件          输出文件，.xlsx 或 .csv（默认：输入文件旁的 <输入>.cleaned.xlsx）\n' +
      '  --json 文件         另外写出 JSON 格式的机器可读报告\n' +
      '  --config 文件       设置 JSON（可只写部分设置项）\n' +
      '  --today YYYY-MM-DD  运行日期（默认：今天）\n' +
      '  --merge             合并“完全重复”和“很可能重复”的记录：保留行补全缺失的值，\n' +
      '                      其余行移到工作表“已合并重复”（.xlsx）或 <输出>.archive.csv\n' +
      '  --merge-review      连“疑似重复，请人工确认”的组也一并合并（包含 --merge）\n' +
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
    'cli.companionIsInput': 'CSV 输出旁的文件“{path}”会覆盖输入文件，请换一个 --out。',
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
    'cli.heapTight':
      '这张表较大：本次运行约需 {need} MB 内存，而 Node 在这台电脑上最多可用 {have} MB。如果中途停止并提示“heap out of memory”，请改为输出 CSV（--out 文件名.csv），或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size={need}。',
    'cli.outOfMemory':
      '运行已中止：这张表需要的内存超过了 Node 在这台电脑上可用的 {heap} MB。输入文件未被改动。请改为输出 CSV（--out 文件名.csv），或关闭其他程序后重试。',
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
    'cli.summary.duplicates': '重复：{groups} 组，共 {rows} 行（完全重复 {exact}，很可能重复 {likely}，待确认 {review}）',
    'cli.summary.noDuplicates': '重复：未发现',
    'cli.summary.ownerConflicts': '  其中 {count} 组分属不同负责人（撞单）',
    'cli.summary.ownerClaims.first-touch': '    其中 {count} 组按先录入（创建日期最早）归属，保留该负责人的行（dedupe.ownerRule）',
    'cli.summary.ownerClaims.last-contact': '    其中 {count} 组按最近联系归属，保留该负责人的行（dedupe.ownerRule）',
    'cli.summary.mergedSheet': '已合并：{groups} 组中的 {rows} 行移到工作表“{where}”；从重复行补全了 {filled} 个空单元格',
    'cli.summary.mergedFile': '已合并：{groups} 组中的 {rows} 行移到 {where}；从重复行补全了 {filled} 个空单元格',
    'cli.summary.mergedNone': '已合并：无（没有可合并类型的重复组）',
    'cli.summary.mergeHint': '请先在“{column}”列核对这 {count} 组，再加 --merge 重新运行以合并。',
    'cli.summary.reviewHint': '有 {count} 组需要人工确认，未合并；加 --merge-review 可一并合并。',
    'cli.summary.reminders': '提醒：{count} 条（{kinds}）',
    'cli.summary.remindersByOwner': '  按负责人：{owners}',
    'cli.summary.noReminders': '提醒：目前没有到期的提醒',
    'cli.summary.classes': '{dimension}：{labels}',
    'cli.summary.whatIf': '与表中已有类别对比：{compared} 位客户中有 {changed} 位的类别会改变',
    'cli.summary.whatIfDimensions': '（{dimensions}）',
    'cli.summary.sheets': '写入的工作表：{sheets}',
    'cli.summary.otherTables': '工作簿中还有其他客户表：{sheets}。本次只整理了“{sheet}”，也只在其中查找重复；如需整理其他表，请用 --sheet 表名 再运行。',
    'cli.mergeOverFormulas': '未合并：工作表“{sheet}”中有 {count} 个公式（或其他工作表的公式引用了它），移走合并行后这些公式的引用会错位，而本工具无法改写公式。未写入任何文件。可先去掉 --merge 查看重复组，或改为输出 CSV（--out 文件.csv），或先把公式转为数值。',
    'cli.summary.files': '另外写出：{files}',
    'cli.summary.item': '{label} {count}',
    'cli.summary.sep': '，',
    'cli.summary.quoted': '“{name}”',
    'cli.reminders.sheet': '提醒',
    'cli.reminders.owner': '负责人',
    'cli.reminders.kind': '类型',
    'cli.reminders.customer': '客户',
    'cli.reminders.row': '行号',
    'cli.reminders.due': '日期',
    'cli.reminders.daysLeft': '剩余天数',
    'cli.reminders.reason': '说明',
    'cli.reminders.none': '目前没有到期的提醒。',
    'cli.report.sheet': '报告',
    'cli.report.title': '客户表管家报告',
    'cli.report.about': '工作表“{sheet}”，{rows} 行',
    'cli.report.today': '截至 {today}',
    'cli.report.whatIf': '分类与表中已有类别对比',
    'cli.report.whatIf.dimension': '维度',
    'cli.report.whatIf.changed': '将改变',
    'cli.report.whatIf.compared': '已对比',
    'cli.report.whatIf.any': '任一维度',
    'cli.archive.formula': '原行中的公式：{formula}',
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
