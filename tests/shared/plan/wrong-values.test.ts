/**
 * Which flagged values count as wrong for a merge (plan/wrong-values.ts): one the run says cannot be
 * right (a cut phone, 2 月 30 日, an ID failing its check), not one merely unusual (a landline, a
 * year-less birthday), nor a cell of several numbers of which one is wrong, the others right.
 */
import { wrongCells } from '../../../shared/plan/wrong-values';
import type { CellIssue } from '../../../shared/plan/issue';

const issue = (sheetRow: number, col: number, code: CellIssue['code'], field: CellIssue['field'] = 'mobile'): CellIssue => ({ rule: code, sheetRow, col, field, code, severity: 'error' });

describe('wrongCells', () => {
  it('names the cells of a cut phone, an impossible date and an ID failing its check', () => {
    const wrong = wrongCells([issue(2, 1, 'phone.precisionLost'), issue(3, 4, 'date.invalid', 'birthday'), issue(3, 5, 'idCard.checksum', 'idCard')]);
    expect([...wrong].map(([row, cols]) => [row, [...cols]])).toEqual([[2, [1]], [3, [4, 5]]]);
  });

  it('leaves out a value merely unusual: a landline where a mobile was expected, a birthday without its year', () => {
    expect(wrongCells([issue(2, 1, 'phone.notMobile'), issue(2, 4, 'date.noYear', 'birthday')]).size).toBe(0);
  });

  it('leaves out a cell of two numbers one of which is wrong: the other is right, and a merge keeps the cell', () => {
    expect(wrongCells([issue(2, 1, 'phone.multiple'), issue(2, 1, 'phone.invalid')]).get(2)?.has(1) ?? false).toBe(false);
    expect(wrongCells([issue(2, 1, 'phone.invalid')]).get(2)?.has(1)).toBe(true);
  });
});
