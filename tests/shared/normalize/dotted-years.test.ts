import { dottedYearEvidence, dottedYearsFirst } from '../../../shared/normalize/dotted-years';
import type { Cell } from '../../../shared/table/cell';

const texts = (...values: string[]): Cell[] => values.map((value) => ({ kind: 'text', value }));
const first = (cells: Cell[], sheet: Cell[] = []) => dottedYearsFirst(dottedYearEvidence(cells), dottedYearEvidence(sheet));

describe('dottedYearsFirst: whether a column writes 24.11.01 year first', () => {
  it.each([
    [texts('98.05.12', '24.11.01'), true, '98 can only be a year: a yy.mm.dd column'],
    [texts('26.12.9', '26.11.28'), true, 'a one-digit last part is no year'],
    [texts('01.11.24', '15.03.25'), false, 'nothing says year first: day.month.year, as 01.11.2024'],
    [texts('24.11.01'), false, 'alone, no evidence'],
    [texts('98.05.12', '15.03.85', '01.11.85'), false, 'more cells can only be year last'],
    [texts('98.05.12 14:30', '03.02.15'), true, 'a time after the date'],
    [texts('1998.05.12', '24.11.2001'), false, 'four-digit years say nothing here'],
  ])('%j → %s (%s)', (cells, expected) => {
    expect(first(cells)).toBe(expected);
  });

  it('a column that says nothing goes by the sheet: 下次跟进 26.11.28 beside 合同到期 26.12.9', () => {
    expect(first(texts('26.11.28'), texts('26.12.9'))).toBe(true);
    // Its own cells outweigh the sheet's.
    expect(first(texts('15.03.85', '01.11.24'), texts('26.12.9', '98.05.12'))).toBe(false);
  });
});
