/** Formulas rewritten as Excel rewrites them on a row delete, for a merge that archives rows (shifted-formulas.ts). */
import { rowShift } from '../../../cli/io/kept-rows';
import { readsRemovedRows, readsThroughText, shiftedAsExcel } from '../../../cli/io/shifted-formulas';

const SHEET = '会员';
// A 母婴店 会员 sheet, header on row 1, members on rows 2–9, 合计 on row 10: the merge archives rows 4 and 6.
const shift = rowShift([4, 6]);
const own = (formula: string) => shiftedAsExcel(formula, SHEET, true, shift);
const elsewhere = (formula: string) => shiftedAsExcel(formula, SHEET, false, shift);

describe('a formula on the merged sheet, rewritten as Excel does when the archived rows are deleted', () => {
  it.each([
    ['the 合计 row\'s sum shrinks by the rows taken out of it', 'SUM(F2:F9)', 'SUM(F2:F7)'],
    ['with its = kept off', '=SUM(F2:F9)', 'SUM(F2:F7)'],
    ['absolute rows move too, as Excel moves them on a delete', 'SUBTOTAL(109,$F$2:$F$9)', 'SUBTOTAL(109,$F$2:$F$7)'],
    ['several ranges and functions', 'ROUND(AVERAGE(F2:F9)/SUM(G2:G9),2)', 'ROUND(AVERAGE(F2:F7)/SUM(G2:G7),2)'],
    ['a per-row link reads its own row where the row went', 'HYPERLINK("mailto:"&E8,"写信")', 'HYPERLINK("mailto:"&E6,"写信")'],
    ['a text that looks like a cell is a text', 'IF(F9>1000,"F5 档","普通")', 'IF(F7>1000,"F5 档","普通")'],
    ['rows above the first removed stay', 'SUM(F2:F3)', 'SUM(F2:F3)'],
    ['a whole column stays', 'COUNTIF(J:J,"王芳")', 'COUNTIF(J:J,"王芳")'],
    ['another sheet\'s cells stay', 'F9*价格表!B4', 'F7*价格表!B4'],
    ['the sheet named with its own name moves', "SUM('会员'!F2:F9)", "SUM('会员'!F2:F7)"],
    ['a range starting on an archived row starts on the next row left', 'SUM(F4:F9)', 'SUM(F4:F7)'],
    ['whole rows', 'SUM(5:9)', 'SUM(4:7)'],
    ['a number with an exponent is a number', 'F9*1E+3', 'F7*1E+3'],
    ['a function that names no cell', 'TODAY()-H9', 'TODAY()-H7'],
    ['booleans', 'VLOOKUP(B9,价格表!A:B,2,FALSE)', 'VLOOKUP(B7,价格表!A:B,2,FALSE)'],
  ])('%s: %s', (_, formula, written) => expect(own(formula)).toBe(written));

  it.each([
    ['a single archived cell: Excel would write #REF!', 'F4*2'],
    ['a range all of whose rows are archived', 'SUM(F4:F4)'],
    ['a defined name may point at the rows', 'SUM(会员金额)'],
    ['a 3-D reference through sheets', 'SUM(一月:三月!B2)'],
    ['a structured reference is the table\'s (table-formulas.ts)', 'SUM(会员表[累计消费])'],
    ['an error already there', 'SUM(#REF!)'],
    ['a spilled range', 'SUM(A2#)'],
    ['another workbook', 'SUM([1]Sheet1!A2:A9)'],
  ])('not %s: %s', (_, formula) => expect(own(formula)).toBeNull());
});

describe('a formula on another sheet', () => {
  it('moves only its references to the merged sheet', () => {
    expect(elsewhere("SUM('会员'!F2:F9)+SUM(F2:F9)")).toBe("SUM('会员'!F2:F7)+SUM(F2:F9)");
    expect(elsewhere('会员!B8')).toBe('会员!B6');
  });

  it('is not rewritten when it reads an archived member by cell', () => {
    expect(elsewhere('会员!B4')).toBeNull();
  });
});

describe('a formula reading a place through a text, which no rewrite moves (refused by a merge)', () => {
  it.each([
    ['an INDIRECT of a typed address', 'INDIRECT("E7")'],
    ['an INDIRECT built from the row', 'SUM(INDIRECT("E2:E"&ROW()-1))'],
    ['a link into the sheet itself', 'HYPERLINK("#会员!A6","见第6行")'],
    ['a quoted sheet name in the link', 'HYPERLINK("#\'会员\'!A6","见第6行")'],
  ])('%s: %s', (_, formula) => expect(readsThroughText(formula, SHEET)).toBe(true));

  it.each([
    ['a mail link', 'HYPERLINK("mailto:"&E8,"写信")'],
    ['the sheet\'s name as a word in a text', 'IF(F9>1000,"会员达标","")'],
    ['a function whose name holds INDIRECT', 'MYINDIRECTX(E2)'],
  ])('not %s: %s', (_, formula) => expect(readsThroughText(formula, SHEET)).toBe(false));
});

describe('readsRemovedRows: a formula reading a row a merge removed, or one that only moved with the rows', () => {
  it.each([
    ['a 合计 whose range held the removed row', 'SUM(F4:F43)', '家具订单', [21], true],
    ['a 尾款 of a row below it, moved up', 'F22-G22', '家具订单', [21], false],
    ['a 小计 over the rows above', 'SUM(F4:F20)', '家具订单', [21], false],
    ['another sheet\'s total over it', "SUM('家具订单'!F4:F43)", '汇总', [21], true],
    ['another sheet\'s cell below it', '家具订单!F30', '汇总', [21], false],
    ['a word in a text', '"F21"&A1', '家具订单', [21], false],
  ] as const)('%s: =%s → %s', (_why, formula, at, removed, reads) => {
    expect(readsRemovedRows(formula, '家具订单', at, removed)).toBe(reads);
  });
});
