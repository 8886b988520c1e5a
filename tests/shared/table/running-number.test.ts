/** A running number (序号) counts rows: it tells no copy of a customer from another. */
import { isRunningNumber } from '../../../shared/table/running-number';
import type { Cell } from '../../../shared/table/cell';
import type { Row } from '../../../shared/table/table';

const column = (...values: (string | number | null)[]): Row[] =>
  values.map((v, i): Row => ({
    sheetRow: i + 2,
    cells: [v === null ? { kind: 'empty' } : typeof v === 'number' ? ({ kind: 'number', value: v } as Cell) : { kind: 'text', value: v }],
  }));

describe('a running number', () => {
  it.each<[string, (string | number | null)[]]>([
    ['1, 2, 3 … as numbers', [1, 2, 3, 4, 5]],
    ['as text, a gap and a blank row', ['1', '2', null, '4', '7']],
    ['one out of order after an insert among many', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 32]],
  ])('is told: %s', (_, values) => {
    expect(isRunningNumber(column(...values), 0)).toBe(true);
  });

  it.each<[string, (string | number | null)[]]>([
    ['a number twice (a customer number, an amount)', [1, 2, 2, 3]],
    ['numbers falling as often as rising (ages, amounts)', [35, 28, 41, 30, 52]],
    ['text (names, room types)', ['大床房', '双床房', '套房']],
    ['a single value', [1]],
  ])('is not: %s', (_, values) => {
    expect(isRunningNumber(column(...values), 0)).toBe(false);
  });
});
