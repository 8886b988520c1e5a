/**
 * Which cells of its own sheet a formula reads, told from its A1 references: what says whether a
 * formula's saved result still holds after a run changed cells (stale-formulas.ts). Not an engine:
 * it reads where a formula looks, never what it computes.
 */
import { formulaReads } from '../../../cli/io/formula-reads';
import { a1RangeRef } from '../../../cli/io/a1-range';

const areas = (formula: string) => {
  const reads = formulaReads(formula, '客户');
  return { areas: reads.areas.map(a1RangeRef), unknown: reads.unknown };
};

describe('formulaReads: the cells of its own sheet a formula reads', () => {
  it.each<[string, string, string[]]>([
    ['a 合计 row’s sum', '=SUM(C2:C6)', ['C2:C6']],
    ['a 小计 column’s product', '=D2*E2', ['D2:D2', 'E2:E2']],
    ['absolute references', '=$D$2*E$3', ['D2:D2', 'E3:E3']],
    ['a whole column, as a 汇总 counts', '=COUNTIF(J:J,"张敏")', ['J1:J1048576']],
    ['whole rows', '=SUM(2:3)', ['A2:XFD3']],
    ['its own sheet named', "=SUM(客户!C2:C4)+'客户'!D2", ['C2:C4', 'D2:D2']],
    ['another sheet’s cells are not its own', "=价格表!B2*C2+'大区 对照'!A1", ['C2:C2']],
    ['a text that looks like a reference reads nothing', '=IF(C2>0,"A1","B2:B9")', ['C2:C2']],
    ['a function whose name ends in digits is no cell', '=LOG10(C2)+ATAN2(1,2)', ['C2:C2']],
    ['numbers and booleans are no cells', '=ROUND(C2*1.5E+3,2)&TRUE', ['C2:C2']],
    ['an error literal is no reference', '=IFERROR(C2,#N/A)', ['C2:C2']],
    ['a sum typed by hand reads nothing', '=59134+2000', []],
    ['TODAY() reads nothing', '=TODAY()', []],
    ['another workbook’s sheet is not its own', '=[1]客户!A1+C2', ['C2:C2']],
  ])('%s: %s', (_, formula, expected) => {
    expect(areas(formula)).toEqual({ areas: expected, unknown: false });
  });

  it.each<[string, string]>([
    ['a defined name may point at any cell', '=C2*税率'],
    ['a table’s column', '=SUBTOTAL(109,客户表[消费金额])'],
    ['INDIRECT builds its reference from text', '=INDIRECT("C"&ROW())'],
    ['OFFSET reads beyond the cell it names', '=SUM(OFFSET(C2,0,0,5,1))'],
  ])('%s: cannot be told from its text', (_, formula) => {
    expect(formulaReads(formula, '客户').unknown).toBe(true);
  });
});
