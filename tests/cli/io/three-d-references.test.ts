/** 3-D references through the cleaned sheet that a merge's moving rows would misplace (three-d-references.ts). */
import { spansMovingRows } from '../../../cli/io/three-d-references';

// A shop's tabs in order; the merge archives row 4 of 客户, so rows from 4 down move.
const ORDER = ['一月', '客户', '三月', '1 月汇总', "王's", '汇总'];
const reads = (formula: string) => spansMovingRows(formula, '客户', ORDER, 4);

describe('a 3-D reference that takes in the customer sheet and reaches the rows that move', () => {
  it.each([
    ['a cell below the first removed row, 客户 between', 'SUM(一月:三月!E4)'],
    ['the span written backwards', 'SUM(三月:一月!E9)'],
    ['客户 at one end of the span', 'AVERAGE(客户:汇总!$E$6)'],
    ['a range ending below it', 'SUM(一月:三月!E2:E9)'],
    ['whole rows', 'SUM(一月:三月!4:6)'],
    ['a span quoted as a whole', "SUM('一月:1 月汇总'!E5)"],
    ['a quote doubled in a sheet name', "SUM('客户:王''s'!B7)"],
  ])('%s: %s', (_, formula) => expect(reads(formula)).toBe(true));
});

describe('one that reads no moving row of it', () => {
  it.each([
    ['rows above the first removed one', 'SUM(一月:三月!E2:E3)'],
    ['whole columns', 'SUM(一月:三月!E:E)'],
    ['sheets after it only', 'SUM(三月:汇总!E9)'],
    ['a plain reference to it (rewritten, shifted-formulas.ts)', 'SUM(客户!E4:E9)'],
    ['a span in a text', 'IF(A1>0,"一月:三月!E4","")'],
    ['a sheet the workbook does not have', 'SUM(去年:三月!E4)'],
  ])('%s: %s', (_, formula) => expect(reads(formula)).toBe(false));
});

describe('one over every row of the customer table from the first moved one on (客户 ends at row 8)', () => {
  // After the merge the kept rows stand within it still, and nothing else comes in: it reads the same customers.
  const readsTo8 = (formula: string) => spansMovingRows(formula, '客户', ORDER, 4, 8);
  it.each([
    ['a range sized ahead, past the last row', 'SUM(一月:三月!E2:E200)', false],
    ['to the sheet\'s last row', 'SUM(一月:三月!$E$1:$E$1048576)', false],
    ['whole rows past the last one', 'SUM(一月:三月!2:500)', false],
    ['starting at the first moved row', 'SUM(一月:三月!E4:E8)', false],
    ['starting below it: rows move out of its top', 'SUM(一月:三月!E5:E200)', true],
    ['ending inside the table', 'SUM(一月:三月!E2:E7)', true],
    ['one cell of a moving row', 'SUM(一月:三月!E6)', true],
  ])('%s: %s', (_, formula, expected) => expect(readsTo8(formula)).toBe(expected));
});
