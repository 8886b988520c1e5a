/**
 * Which formulas of other sheets read the sheet a merge removes rows from: a real reference to it
 * (客户!A1, '客户'!A1, a row of one of its tables; not its whole columns, 客户!$C:$C), or a text that names a place on it
 * for HYPERLINK or INDIRECT; never a word inside a text ("新增客户达标"), nor another sheet whose
 * name holds its name (老客户!A1).
 */
import { pointsAtSheet } from '../../../cli/io/sheet-references';

const SHEET = '客户';
const TABLES = ['客户表'];

describe('pointsAtSheet: a formula of another sheet that reads the customer sheet', () => {
  it.each<[string, boolean, string]>([
    ['客户!A2', true, 'a cell of the sheet'],
    ["'客户'!A2", true, 'the sheet name quoted, as Excel may write it'],
    ['SUM(客户!$G$3:$G$10)', true, 'a range'],
    ['COUNTIF(客户!$C:$C,A2)', false, 'a whole column: Excel leaves it as it is when rows go, and it still counts every row'],
    ["SUM('客户'!J:J)", false, 'a whole column, the sheet name quoted'],
    ['SUM(客户!J2:J500)', true, 'rows of a column: they move'],
    ['VLOOKUP(A2,客户!B3:K10,3,FALSE)', true, 'a lookup table'],
    ['SUM(Sheet1:客户!B2)', true, 'a 3-D reference ending at the sheet'],
    ['客户!本表区域', true, 'a name of the sheet\'s own'],
    ['HYPERLINK("#客户!A8","→ 孙强（第8行）")', true, 'a link to a row of the sheet, in a text'],
    ['INDIRECT("客户!C"&ROW())', true, 'a place on the sheet built from a text'],
    ["HYPERLINK(\"#'客户'!A8\",\"孙强\")", true, 'a link to a quoted sheet name'],
    ['客户表[@姓名]', true, 'a row of the sheet\'s table'],
    ['客户表[[#This Row],[手机]]', true, 'a row of the sheet\'s table, written out'],
    ['IF(B2>2,"新增客户达标","新增客户未达标")', false, 'the word 客户 in texts only'],
    ['SUM(B2:B3)', false, 'cells of its own sheet'],
    ['老客户!A1', false, 'another sheet whose name ends with the name'],
    ["'老客户'!A1+客户2!B2", false, 'other sheets whose names hold the name'],
    ['[1]客户!A1', false, 'a sheet of the same name in another workbook'],
    ["'[名单.xlsx]客户'!A1", false, 'the same, quoted'],
    ['SUM(客户表[成交金额])', false, 'a whole column of the sheet\'s table: it ends where the table does after the merge'],
    ['COUNTIF(客户表[等级],"A")', false, 'the same, counted'],
    ['ROWS(客户表)', false, 'the whole table'],
    ['SUM(销售表[金额])', false, 'another sheet\'s table'],
    ['"客户!A1"&"说明"', true, 'a text that names a cell of the sheet'],
    ['"见客户表"', false, 'a text that names no place'],
  ])('%s → %s (%s)', (formula, expected) => {
    expect(pointsAtSheet(formula, SHEET, TABLES)).toBe(expected);
  });

  it('knows the sheet by its name in any case, as Excel does', () => {
    expect(pointsAtSheet('customers!A2', 'Customers', [])).toBe(true);
    expect(pointsAtSheet("'My Customers'!A2", 'my customers', [])).toBe(true);
    expect(pointsAtSheet("'Bob''s list'!A2", "Bob's list", [])).toBe(true);
    expect(pointsAtSheet('SUM(customertable[@LTV])', 'Customers', ['CustomerTable'])).toBe(true);
  });
});
