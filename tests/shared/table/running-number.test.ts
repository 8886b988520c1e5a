/** A running number (序号) counts rows: it tells no copy of a customer from another. */
import fc from 'fast-check';
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

describe('a running number is read from its values, never from the order of the rows (h61, 2)', () => {
  // The tester's 客户编号 after a merge and a sort by 负责人: KH0005, KH0006 … no longer rising down the sheet.
  const byOwner = ['KH0005', 'KH0006', 'KH0009', 'KH0015', 'KH0020', 'KH0001', 'KH0002', 'KH0007', 'KH0010', 'KH0013', 'KH0014', 'KH0003', 'KH0004', 'KH0008', 'KH0012', 'KH0017', 'KH0018', 'KH0022'];

  it('a register sorted by another column is still the register', () => {
    expect(isRunningNumber(column(...byOwner), 0, { prefixed: true })).toBe(true);
    expect(isRunningNumber(column(...[...byOwner].sort()), 0, { prefixed: true })).toBe(true);
    expect(isRunningNumber(column(...[...byOwner].sort().reverse()), 0, { prefixed: true })).toBe(true);
  });

  it('a few scattered numbers are no register in any order (card numbers, ages)', () => {
    expect(isRunningNumber(column('VIP1023', 'VIP1188', 'VIP1410', 'VIP1752'), 0, { prefixed: true })).toBe(false);
    expect(isRunningNumber(column(52, 41, 35, 30, 28), 0)).toBe(false);
  });

  it('gives the same answer for every order of the same values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(null)), { minLength: 2, maxLength: 30 }), fc.integer(), (values, seed) => {
        const shuffled = [...values].map((v, i) => [v, Math.sin(seed + i)] as const).sort((a, b) => a[1] - b[1]).map(([v]) => v);
        expect(isRunningNumber(column(...shuffled), 0)).toBe(isRunningNumber(column(...values), 0));
      }),
    );
  });
});
