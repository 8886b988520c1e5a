import ExcelJS from 'exceljs';
import { movesWithItsRow, readsNoMovingRow } from '../../../cli/io/table-formulas';
import { pointsAtSheet } from '../../../cli/io/sheet-references';

/**
 * Which formulas of a table's row keep their meaning when a merge moves the row up: those that read
 * the sheet only through structured references to their own table 客户表 (the file's form and Excel's
 * short one), or not at all.
 */
describe('a formula a merge can move with its row', () => {
  const moves: [string, string][] = [
    ['a calculated column’s age, as the file writes it', '=DATEDIF(客户表[[#This Row],[生日]],TODAY(),"Y")'],
    ['a level, the short form', 'IF([@消费金额]>10000,"VIP","普通")'],
    ['a column name with a space', 'IF([@[消费 金额]]>1E+4,"VIP","普通")'],
    ['a totals row’s sum over the column', 'SUBTOTAL(109,客户表[消费金额])'],
    ['a count with a text that looks like a reference', 'COUNTIF(客户表[城市],"A1")'],
    ['an escaped bracket in a column name', "[@['[备注']]]&\"\""],
    ['joined with a boolean', '客户表[[#This Row],[姓名]]&TRUE'],
    ['no reference at all', '=TODAY()'],
    ['a newer function', '_xlfn.IFS([@消费金额]>10000,"VIP",TRUE,"普通")'],
    // Excel leaves these as they are when it deletes rows: a whole column stays whole, another sheet's rows stay put.
    ['a whole column', 'COUNTIF(B:B,[@手机])'],
    ['another sheet', "VLOOKUP([@城市],'大区 对照'!A:B,2,FALSE)"],
    ['another sheet unquoted', 'VLOOKUP([@城市],大区!A:B,2,FALSE)'],
  ];
  it.each(moves)('%s: %s', (_, formula) => expect(readsNoMovingRow(formula, '客户', { table: '客户表' })).toBe(true));

  const stays: [string, string][] = [
    ['a cell of its row', 'E5*0.9'],
    ['an absolute cell', '$E$2*[@数量]'],
    ['a range', 'SUM(E2:E7)'],
    ['another table', 'VLOOKUP([@等级],折扣表[#Data],2,FALSE)'],
    ['a defined name', '[@消费金额]*税率'],
    ['an unclosed reference', '客户表[[#This Row],[姓名]'],
  ];
  it.each(stays)('not %s: %s', (_, formula) => expect(readsNoMovingRow(formula, '客户', { table: '客户表' })).toBe(false));


  it('structured references only inside their table; a formula of no reference anywhere', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '消费金额' }], rows: [['张伟', 12800], ['李娜', 8600]] });
    expect(movesWithItsRow(ws, 'IF([@消费金额]>10000,"VIP","普通")', 2, 2)).toBe(true);
    expect(movesWithItsRow(ws, 'IF([@消费金额]>10000,"VIP","普通")', 2, 3)).toBe(false);
    expect(movesWithItsRow(ws, 'TODAY()', 3, 2)).toBe(true);
    expect(movesWithItsRow(ws, 'TODAY()', 5, 1)).toBe(true);
    expect(movesWithItsRow(ws, 'SUM(客户表[消费金额])', 5, 2)).toBe(false);
    expect(movesWithItsRow(ws, 'B2*2', 5, 2)).toBe(false);
  });
});

/**
 * Which formulas keep their meaning when a merge takes rows out of the sheet 客户档案 and moves the rows
 * below up, wherever they stand (in a table or not): exceljs moves a formula as written, so a formula is
 * safe when Excel, deleting those rows itself, would not rewrite it either.
 */
describe('a formula that reads no row a merge moves', () => {
  const SHEET = '客户档案';
  const safe: [string, string][] = [
    ['a sum typed by hand', '=59134+2000'],
    ['a number in scientific form', '1.2E+4*3'],
    ['a function of no cell', 'ROUND(TODAY()-DATE(2024,1,1),0)'],
    ['a text that looks like a reference', 'CONCAT("A1",":","B2")'],
    ['a whole column of its own sheet', 'COUNTIF(B:B,"张*")'],
    ['an absolute whole column', 'SUM($J:$J)'],
    ['a whole column of its own sheet, named', "SUM('客户档案'!J:J)"],
    ['another sheet, unquoted', 'VLOOKUP("上海",大区!A:B,2,FALSE)'],
    ['another sheet, quoted', "'价格 表'!B2*1.1"],
    ['another sheet\'s cell range', 'SUM(价格表!B2:B9)'],
  ];
  it.each(safe)('%s: %s', (_, formula) => expect(readsNoMovingRow(formula, SHEET)).toBe(true));

  const moving: [string, string][] = [
    ['a cell of the sheet', 'J5*0.9'],
    ['an absolute cell', '$J$2'],
    ['a range of rows', 'SUM(J2:J600)'],
    ['a whole row', 'SUM(5:5)'],
    ['its own sheet by name', "'客户档案'!J5"],
    ['its own sheet by name, unquoted', '客户档案!J5'],
    ['its own sheet, whatever the case', "SUM('客户档案'!j2:j9)"],
    ['sheets through its own (3-D)', 'SUM(一月:三月!B2)'],
    ['a defined name', '税率*J5'],
    ['a name alone', '税率'],
    ['a name scoped to another sheet', '价格表!税率'],
    ['a spilled range', 'SUM(A2#)'],
    ['an error already', '#REF!+1'],
    ['a structured reference outside its table', 'SUM(客户表[消费金额])'],
  ];
  it.each(moving)('not %s: %s', (_, formula) => expect(readsNoMovingRow(formula, SHEET)).toBe(false));

  /**
   * A merge moves only the rows below the first one it takes out: a per-rep 小计 =SUM(H4:H6) or a
   * 合计 over rows 4–17 keeps its meaning when the rows removed lie below all it reads (the new
   * customers typed under the table), wherever the formula itself ends up.
   */
  const firstMoved = 24;
  const above: [string, string][] = [
    ['a 小计 over rows above', 'SUM(H4:H6)'],
    ['an absolute range above', 'SUBTOTAL(9,$H$4:$H$17)'],
    ['a cell above', 'H19*0.1'],
    ['its own sheet by name, above', "SUM('客户档案'!H4:H17)"],
    ['the last row before the first removed one', 'H23'],
  ];
  it.each(above)('reads only rows above the first removed one, %s: %s', (_, formula) => expect(readsNoMovingRow(formula, SHEET, { firstMoved })).toBe(true));

  const reaching: [string, string][] = [
    ['a range reaching the removed row', 'SUM(H4:H24)'],
    ['a range reaching below it', 'SUM(H4:H600)'],
    ['the removed row itself', 'H24'],
    ['a row below', 'H30*2'],
    ['a whole row below', 'SUM(25:25)'],
    ['its own sheet by name, below', "'客户档案'!H40"],
    ['a defined name (it may point anywhere)', '税率*H5'],
  ];
  it.each(reaching)('not when it reaches the first removed row or below, %s: %s', (_, formula) => expect(readsNoMovingRow(formula, SHEET, { firstMoved })).toBe(false));

  it('in a table, its own structured references too; another sheet\'s formula only when it names the sheet\'s rows (pointsAtSheet)', () => {
    expect(readsNoMovingRow('IF([@消费金额]>10000,"VIP","普通")', SHEET, { table: '客户表' })).toBe(true);
    expect(readsNoMovingRow('COUNTIF(B:B,[@手机])', SHEET, { table: '客户表' })).toBe(true);
    expect(readsNoMovingRow('VLOOKUP([@等级],折扣表[#Data],2,FALSE)', SHEET, { table: '客户表' })).toBe(false);
    // A 汇总 sheet: its own cells move nothing; the customer sheet's cells do, its whole columns do not.
    const readsNoMovingRowElsewhere = (formula: string) => !pointsAtSheet(formula, SHEET, ['客户表']);
    expect(readsNoMovingRowElsewhere('SUM(B2:B9)')).toBe(true);
    expect(readsNoMovingRowElsewhere("COUNTIF('客户档案'!Q:Q,\"张敏\")")).toBe(true);
    expect(readsNoMovingRowElsewhere("'客户档案'!A2")).toBe(false);
    expect(readsNoMovingRowElsewhere('SUM(客户档案!J2:J600)')).toBe(false);
    expect(readsNoMovingRowElsewhere('SUM(一月:客户档案!B2)')).toBe(false);
  });
});
