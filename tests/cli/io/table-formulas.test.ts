import ExcelJS from 'exceljs';
import { movesWithItsTable, readsOnlyTable } from '../../../cli/io/table-formulas';

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
  ];
  it.each(moves)('%s: %s', (_, formula) => expect(readsOnlyTable(formula, '客户表')).toBe(true));

  const stays: [string, string][] = [
    ['a cell of its row', 'E5*0.9'],
    ['an absolute cell', '$E$2*[@数量]'],
    ['a range', 'SUM(E2:E7)'],
    ['a whole column', 'COUNTIF(B:B,[@手机])'],
    ['another sheet', "VLOOKUP([@城市],'大区 对照'!A:B,2,FALSE)"],
    ['another sheet unquoted', 'VLOOKUP([@城市],大区!A:B,2,FALSE)'],
    ['another table', 'VLOOKUP([@等级],折扣表[#Data],2,FALSE)'],
    ['a defined name', '[@消费金额]*税率'],
    ['an unclosed reference', '客户表[[#This Row],[姓名]'],
  ];
  it.each(stays)('not %s: %s', (_, formula) => expect(readsOnlyTable(formula, '客户表')).toBe(false));


  it('only inside a table: a formula outside the sheet’s tables stops a merge, whatever it reads', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '消费金额' }], rows: [['张伟', 12800], ['李娜', 8600]] });
    expect(movesWithItsTable(ws, 'IF([@消费金额]>10000,"VIP","普通")', 2, 2)).toBe(true);
    expect(movesWithItsTable(ws, 'IF([@消费金额]>10000,"VIP","普通")', 2, 3)).toBe(false);
    expect(movesWithItsTable(ws, 'TODAY()', 3, 2)).toBe(true);
    expect(movesWithItsTable(ws, 'TODAY()', 5, 1)).toBe(false);
    expect(movesWithItsTable(ws, 'SUM(客户表[消费金额])', 5, 2)).toBe(false);
  });
});
