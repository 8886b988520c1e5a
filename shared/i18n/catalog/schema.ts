/** Messages of schema/ and table/from-grid.ts: reading a sheet into a table and recognising its columns. */
import { defineMessages } from '../define';

export const schemaMessages = defineMessages(
  {
    'headers.overrideUnused': 'headers.overrides names "{header}", but no column of "{sheet}" is headed so: check its spelling against the sheet\'s header row.',
    'headers.fewRead':
      'Only {read} of {total} columns of "{sheet}" were recognised: the other {unread}, listed as not read, are not cleaned, checked, ' +
      'compared for duplicates or used for reminders and the report. If they hold customer data, map each header to its field in a settings file ' +
      'and run again with -c settings.json: { "headers": { "overrides": { "{example}": "<field>" } } } ' +
      '(fields such as name, firstName, lastName, mobile, phone, email, company, city, birthday, amount, owner, contractEnd, nextFollowUp).',
    'sheet.noHeader':
      'No header row found in "{sheet}": none of the first {rows} rows names a column Sheet Keeper knows, ' +
      'such as Name, Mobile or E-mail (姓名, 手机, 邮箱). Put the column titles in one row above the data, ' +
      'or set the header row in the settings (headers.row).',
    'sheet.headerRowOutside':
      'The settings name row {row} as the header row, but "{sheet}" only has data in rows {first}–{last}. ' +
      'Correct the header row in the settings (headers.row), or clear it to let Sheet Keeper find the header.',
    'sheet.headerRowBlank':
      'The settings name row {row} as the header row, but that row of "{sheet}" is empty. ' +
      'Correct the header row in the settings (headers.row), or clear it to let Sheet Keeper find the header.',
    'sheet.headerRowNoFields':
      'Nothing was changed: the settings name row {row} as the header row, but no column of "{sheet}" is recognised there ' +
      '(a title, or a customer, not column names); Sheet Keeper would take row {found}. ' +
      'Set headers.row to {found}, or clear it to let Sheet Keeper find the header.',
    'sheet.headerRowNoFieldsNone':
      'Nothing was changed: the settings name row {row} as the header row, but no column of "{sheet}" is recognised there. ' +
      'Check headers.row, or map its columns to fields in the settings (headers.overrides).',
    'sheet.merged':
      'Nothing was changed: "{sheet}" has {count} merged area(s) in the table ({ranges}). A merged area keeps ' +
      'only its top-left value, so rows cannot be read or written reliably. Unmerge these cells ' +
      '(Merge & Center › Unmerge Cells), fill in the values, and run again. Merged titles above the header row, merged total, heading and note rows, and merged cells beside or below the table are fine.',
    'sheet.duplicateHeaders':
      '{count} header(s) appear more than once in "{sheet}": {headers}. Only one column can stand for a field: ' +
      'further phone, mobile, e-mail, WeChat or QQ columns are read as its extra columns, others are left as they are. ' +
      'Rename them (e.g. Phone → Other Phone), or map each to a field in the settings (headers.overrides).',
    'amount.periodSum':
      'Amount is the sum of the {count} columns {first}–{last} (sheet "{sheet}"; a blank one counts 0 beside a filled one, a row with all blank has no amount); the columns are read, never changed.',
    'amount.periodSumDated':
      'Amount is the sum of the {count} columns {first}–{last} (sheet "{sheet}"; a blank one counts 0 beside a filled one, a row with all blank has no amount); the columns are read, never changed. ' +
      'The last period a customer bought in ({year}) dates his last purchase, at the end of that month.',
    'amount.periodTotal':
      'Amount is "{total}" of "{sheet}", the sum of the {count} columns {first}–{last} beside it (read where "{total}" is blank); the columns are read, never changed.',
    'amount.periodTotalDiffers':
      'In row(s) {rows} of "{sheet}", "{total}" is not the sum of {first}–{last}: the amount is read from "{total}". Check those rows.',
    'sheet.totalRows':
      'Row(s) {rows} of "{sheet}" hold totals ({label}), not customers: they are left as they are and not counted.',
    'sheet.statisticRows':
      'Row(s) {rows} of "{sheet}" are statistics rows ({labels}), not customers: they are left as they are and not counted.',
    'sheet.groupOwners':
      '"{sheet}" is a report grouped by {header} (its {label} lines): {count} row(s) ({rows}) leave {header} blank under the first row of their group, ' +
      'so each is read as that row\'s {header} for reminders, duplicates and the report. Their cells stay blank in the sheet.',
    'sheet.headingOwners':
      'Owners of "{sheet}" are taken from its group heading rows ({groups|1 group|# groups}, row(s) {headings}): the {count|customer|# customers} under a heading that names a rep ' +
      'and no owner of their own are read as that rep\'s for reminders, the report and owner conflicts. Nothing is written into the sheet.',
    'sheet.headingRegions':
      'Regions of "{sheet}" are taken from its group heading rows (row(s) {headings}), as the sheet has no region column: the rows under each are read as in the region it names ({regions}) ' +
      'for the report and the rules. Nothing is written into the sheet.',
    'sheet.tabOwner':
      '"{sheet}" has no owner column: its customers are read as {owner}\'s, the rep the sheet\'s name names, for reminders, the report and owner conflicts. ' +
      'Nothing is written into the sheet. If the sheet is no rep\'s list, add an owner column (Owner, Sales Rep) or rename the sheet.',
    'sheet.tabDeparted':
      '"{sheet}" has no owner column, and its name says it is the list of a rep who has left: its customers have no owner now and are counted as unassigned ' +
      'in reminders, the report and owner conflicts. Give them a new owner (add an owner column, Owner or Sales Rep, or move them to a rep\'s sheet). Nothing is written into the sheet.',
    'sheet.sideBySide':
      'Nothing was changed: "{sheet}" holds two tables side by side: columns {first} and columns {second}, apart by the empty column {gap}, ' +
      'with the same header in row {row} ({headers}). Read as one table, the second table\'s values would be added to the first one\'s customers. ' +
      'Move the table in columns {second} under the first (same columns, below its last row), or to another sheet, and run again.',
    'sheet.unitRow':
      'Row {row} of "{sheet}" holds the units of the header above it ({units}): read as part of the header, as "Revenue ($K)" would be, ' +
      'so the amounts are counted in that unit; the row is no customer, left as it is and not counted.',
    'sheet.secondHeaderRow':
      'Row {rows} of "{sheet}" writes the header again in other words ({label} …), not a customer: left as it is and not counted.',
    'sheet.sectionRows':
      'Row(s) {rows} of "{sheet}" hold only a heading for the rows below ({label}), not a customer: left as they are and not counted.',
    'sheet.transposed':
      'Nothing was changed: "{sheet}" looks turned on its side: column {column} names the fields down the rows ({fields}), ' +
      'one customer per column. Sheet Keeper reads one customer per row under a header row. Turn the table ' +
      '(copy it, then Paste Special › Transpose) and run again, or set the header row in the settings (headers.row).',
    'sheet.besideTable':
      'Column {column} onwards of "{sheet}" lies beyond an empty column, not in the customer table (which ends at column {last}): ' +
      'left as it is, not cleaned and not counted. If it belongs to the table, delete the empty column between them.',
    'sheet.tableBelow':
      'From row {row} of "{sheet}" on, after blank rows, comes another table (a title or a header row of its own): ' +
      'left as it is, not cleaned and not counted; the customer table ends at row {last}. Put it on a sheet of its own to clean it.',
    'sheet.noteRows':
      'Row(s) {rows} of "{sheet}" under the table hold a note ({label}), not a customer: left as they are and not counted.',
    'sheet.leadNoteRows':
      'Row(s) {rows} of "{sheet}" above the first customer hold a note ({label}), not a customer: left as they are, not classified, reminded or counted.',
    'sheet.blankHeaders':
      'Column(s) {columns} of "{sheet}" hold data but have no header in row {row} (in {rowCount} row(s): {rows}). They are kept unchanged ' +
      'and not checked. Give them a header if they should be cleaned.',
    'sheet.hiddenRows':
      '{count} hidden or filtered-out row(s) of "{sheet}" are included: Sheet Keeper works on every row, not only ' +
      'the visible ones. Show them or clear the filter to review the changes there too.',
    'sheet.struckRows':
      'Row(s) {rows} of "{sheet}" are struck through (often meaning the record is void). Sheet Keeper does not read formatting, ' +
      'so these {count} row(s) are still cleaned, reminded and counted as customers: write 作废 / Void in a status column, or delete them.',
    'sheet.errorCells':
      '{count} cell(s) of "{sheet}" show a spreadsheet error such as {example} (first at {cell}). They are left ' +
      'untouched and count as missing values. Fix the formula or value behind them and run again.',
    'sheet.longNumbers':
      'Column "{header}" of "{sheet}" holds {count} number(s) longer than 15 digits, such as {example} at {cell}: Excel keeps ' +
      '15 significant digits and turned the rest into zeros, which cannot be recovered from the sheet. The column is left ' +
      'as it is; retype those numbers from the source into the column formatted as Text.',
    'sheet.errorCellsPartly':
      '{count} cell(s) of "{sheet}" show a spreadsheet error such as {example} (first at {cell}): {listed} in columns ' +
      'Sheet Keeper reads, listed in the issues, and {unlisted} in columns it leaves as they are. They are left ' +
      'untouched and count as missing values. Fix the formula or value behind them and run again.',
    'sheet.noData':
      '"{sheet}" has a header in row {row} but no data below it: there are no customers to work on. ' +
      'Check that the data sits directly under the header, or set the header row in the settings (headers.row).',
  },
  {
    'headers.overrideUnused': 'headers.overrides 中的“{header}”与工作表“{sheet}”的任何列标题都对不上：请对照表头检查拼写。',
    'headers.fewRead':
      '“{sheet}”共 {total} 列，只识别了 {read} 列：其余 {unread} 列（见“未识别的列”）的值不会被整理、检查、查重，也不会用于提醒和报告。' +
      '如果这些列是客户资料，请在设置文件中把每个表头对应到字段，再用 -c settings.json 重新运行：' +
      '{ "headers": { "overrides": { "{example}": "<field>" } } }' +
      '（字段如 name、firstName、lastName、mobile、phone、email、company、city、birthday、amount、owner、contractEnd、nextFollowUp）。',
    'sheet.noHeader':
      '在“{sheet}”中没有找到表头：前 {rows} 行里没有哪一行写着能识别的列名，例如 姓名、手机、邮箱（Name、Mobile、E-mail）。' +
      '请把列名放在数据上方的同一行，或在设置中指定表头所在行（headers.row）。',
    'sheet.headerRowOutside':
      '设置中指定第 {row} 行为表头，但“{sheet}”只有第 {first}–{last} 行有内容。' +
      '请在设置中改正表头行（headers.row），或清空该项，由客户表管家自动查找表头。',
    'sheet.headerRowBlank':
      '设置中指定第 {row} 行为表头，但“{sheet}”的这一行是空的。' +
      '请在设置中改正表头行（headers.row），或清空该项，由客户表管家自动查找表头。',
    'sheet.headerRowNoFields':
      '未做任何修改：设置中指定第 {row} 行为表头，但“{sheet}”的这一行没有可识别的列名（是标题或客户数据，而不是列名）；' +
      '客户表管家找到的表头在第 {found} 行。请把 headers.row 改为 {found}，或清空该项，由客户表管家自动查找表头。',
    'sheet.headerRowNoFieldsNone':
      '未做任何修改：设置中指定第 {row} 行为表头，但“{sheet}”的这一行没有可识别的列名。' +
      '请检查 headers.row，或在设置中把各列对应到字段（headers.overrides）。',
    'sheet.merged':
      '未做任何修改：“{sheet}”的表格区域中有 {count} 处合并单元格（{ranges}）。合并单元格只保留左上角的值，' +
      '无法可靠地读取和写入这些行。请取消这些单元格的合并（合并后居中 › 取消单元格合并），补全数值后再运行。' +
      '表头上方的合并标题、合计行、分组标题行和说明行里的合并，以及表格旁边或下方的合并单元格不受影响。',
    'sheet.duplicateHeaders':
      '“{sheet}”中有 {count} 个列名重复出现：{headers}。一个字段只能对应一列：多出的电话、手机、邮箱、微信、QQ 列作为该字段的补充列读取，其余同名列保持原样。' +
      '请给它们改名（如 电话 → 备用电话），或在设置中为每一列指定字段（headers.overrides）。',
    'amount.periodSum': '金额按 {first}–{last} 共 {count} 列相加（工作表“{sheet}”；有一列填了时，空的一列按 0 计，一行全空则没有金额）；这些列只读取，不改写。',
    'amount.periodSumDated':
      '金额按 {first}–{last} 共 {count} 列相加（工作表“{sheet}”；有一列填了时，空的一列按 0 计，一行全空则没有金额）；这些列只读取，不改写。' +
      '客户最后有金额的那个月（{year} 年）记为最近购买，按该月最后一天计。',
    'amount.periodTotal': '金额取“{sheet}”的“{total}”列，即旁边 {first}–{last} 共 {count} 列之和（“{total}”为空的行按这些列相加）；这些列只读取，不改写。',
    'amount.periodTotalDiffers': '“{sheet}”第 {rows} 行的“{total}”不等于 {first}–{last} 之和：金额按“{total}”计，请核对这些行。',
    'sheet.totalRows': '“{sheet}”的第 {rows} 行是合计行（{label}），不是客户：保持原样，不计入统计。',
    'sheet.statisticRows': '“{sheet}”的第 {rows} 行是统计行（{labels}），不是客户：保持原样，不计入统计。',
    'sheet.groupOwners': '“{sheet}”是按“{header}”分组的报表（有{label}行）：{count} 行（第 {rows} 行）的“{header}”留空，位于所在分组第一行之下，提醒、查重和报告都按该组第一行的“{header}”读取。这些单元格在表中仍保持空白。',
    'sheet.headingOwners': '“{sheet}”的负责人取自分组标题行（{groups} 组，第 {headings} 行）：标题下的 {count} 位客户归标题所写的负责人（本行已填负责人的除外），提醒、报告和撞单都按此计算；表中不写入任何内容。',
    'sheet.headingRegions': '“{sheet}”没有地区列，分组标题行（第 {headings} 行）不是客户；其下各行的地区按标题读取（{regions}），报告和分类规则按此计算；表中不写入任何内容。',
    'sheet.tabOwner': '“{sheet}”没有负责人列：按工作表名，表中客户归 {owner}，提醒、报告和撞单都按此计算；表中不写入任何内容。如果这张表不是某位销售的客户，请添加“负责人”列或重命名工作表。',
    'sheet.tabDeparted': '“{sheet}”没有负责人列，表名说明这是已离职销售的表：表中客户现在没有负责人，提醒、报告和撞单都按“未分配”计算。请为他们指定新的负责人（添加“负责人”列填写，或移到在职销售的表中）；表中不写入任何内容。',
    'sheet.sideBySide': '未做任何修改：“{sheet}”中有并排的两个表格：{first} 列和 {second} 列，中间隔着空列 {gap}，第 {row} 行的表头相同（{headers}）。如果当作一个表格读取，第二个表格的数据会被算到第一个表格的客户名下。请把 {second} 列的表格移到第一个表格下方（对齐相同的列，接在最后一行之后），或移到另一个工作表，然后重新运行。',
    'sheet.unitRow': '“{sheet}”的第 {row} 行是表头下的单位行（{units}）：已作为表头的一部分读取，与“累计采购额（万元）”的写法相同，金额按该单位计算；这一行不是客户，保持原样，不计入统计。',
    'sheet.secondHeaderRow': '“{sheet}”的第 {rows} 行是用另一种说法再写一遍的表头（{label} …），不是客户：保持原样，不计入统计。',
    'sheet.sectionRows': '“{sheet}”的第 {rows} 行只有分组标题（{label}），不是客户：保持原样，不计入统计。',
    'sheet.transposed': '未做任何修改：“{sheet}”看起来是横着排的：{column} 列自上而下是字段名（{fields}），每一列是一位客户。客户表管家按“表头一行、每行一位客户”读取。请先转置表格（复制后“选择性粘贴 › 转置”）再运行，或在设置中指定表头行（headers.row）。',
    'sheet.besideTable': '“{sheet}”从 {column} 列起的内容与客户表隔着一列空列，不属于客户表（客户表到 {last} 列为止）：保持原样，不整理、不计入。如果它属于客户表，请删掉中间的空列。',
    'sheet.tableBelow': '“{sheet}”从第 {row} 行起（空行之后、另有标题或表头）是另一张表：保持原样，不整理、不计入；客户表到第 {last} 行为止。如需整理，请把它放到单独的工作表。',
    'sheet.noteRows': '“{sheet}”的第 {rows} 行是表格下方的说明（{label}），不是客户：保持原样，不计入统计。',
    'sheet.leadNoteRows': '“{sheet}”的第 {rows} 行是说明行（{label}），不是客户：保持原样，不分类、不提醒、不计入统计。',
    'sheet.blankHeaders':
      '“{sheet}”的 {columns} 列有数据（共 {rowCount} 行，行号 {rows}），但第 {row} 行的表头是空的。这些列保持原样，不做检查。' +
      '如需整理，请为它们填写列名。',
    'sheet.hiddenRows':
      '“{sheet}”中有 {count} 行被隐藏或筛选掉，这些行也会被处理：客户表管家处理所有行，而不只是可见的行。' +
      '请显示这些行或清除筛选，以便一并查看改动。',
    'sheet.struckRows':
      '“{sheet}”的第 {rows} 行整行带删除线（常表示已作废）。客户表管家不读格式，这 {count} 行仍按正常客户整理、提醒和统计；' +
      '如已作废，请在状态列写“作废”，或删除这些行。',
    'sheet.errorCells':
      '“{sheet}”中有 {count} 个单元格显示错误值，例如 {example}（第一个在 {cell}）。这些单元格保持不变，按缺失值处理。' +
      '请修正其背后的公式或数值后再运行。',
    'sheet.longNumbers':
      '“{sheet}”的“{header}”列有 {count} 个超过 15 位的数字，例如 {cell} 的 {example}：Excel 只保留 15 位有效数字，' +
      '其后的位数已变成 0，无法从表中恢复。该列保持原样；请把这一列设为文本格式，再按原始资料重新输入这些号码。',
    'sheet.errorCellsPartly':
      '“{sheet}”中有 {count} 个单元格显示错误值，例如 {example}（第一个在 {cell}）：其中 {listed} 个在客户表管家读取的列中，已列入问题清单；' +
      '另外 {unlisted} 个在原样保留的列中。这些单元格保持不变，按缺失值处理。请修正其背后的公式或数值后再运行。',
    'sheet.noData':
      '“{sheet}”第 {row} 行是表头，但下面没有数据，没有可处理的客户。' +
      '请确认数据紧接在表头下方，或在设置中指定表头所在行（headers.row）。',
  },
);
