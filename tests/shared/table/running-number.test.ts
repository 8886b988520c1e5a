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

describe('a slice of a long series is a running number when its header says so (a region\'s 130 of KH0001 … KH0400)', () => {
  // Every third number or so of the company's register, as one region's or one rep's export holds it: a third of the range or less.
  const slice = <T,>(write: (n: number) => T): T[] => [...Array.from({ length: 129 }, (_, i) => 1 + 3 * i), 400].map(write);
  const kh = (n: number) => `KH${String(n).padStart(4, '0')}`;
  const tellsRows = (values: (string | number)[], header: string, prefixed = true) => isRunningNumber(column(...values), 0, { prefixed, header });

  it('without a header the values alone decide, as before: too sparse to count rows', () => {
    expect(isRunningNumber(column(...slice(kh)), 0, { prefixed: true })).toBe(false);
  });

  it.each<[string, string, (string | number)[]]>([
    ['客户编号 over KH0001 …', '客户编号', slice(kh)],
    ['客户编号 sorted by owner (seven owners, each one\'s rising)', '客户编号', [...slice(kh)].sort((a, b) => (Number(a.slice(2)) % 7) - (Number(b.slice(2)) % 7) || (a < b ? -1 : 1))],
    ['客户编号 with kh typed in lower case once', '客户编号', slice((n) => (n === 100 ? 'kh0100' : kh(n)))],
    ['Customer No. over C0001 …', 'Customer No.', slice((n) => `C${String(n).padStart(4, '0')}`)],
    ['序号 over plain numbers', '序号', slice((n) => n)],
    ['编号 over plain numbers as text', '编号', slice((n) => String(n))],
    ['No. over plain numbers', 'No.', slice((n) => n)],
    ['#', '#', slice((n) => n)],
  ])('is a running number: %s', (_, header, values) => {
    expect(tellsRows(values, header)).toBe(true);
  });

  it.each<[string, string, (string | number)[]]>([
    ['会员卡号 over the same KH numbers: a card\'s number is an account\'s', '会员卡号', slice(kh)],
    ['Customer ID over C0001 …', 'Customer ID', slice((n) => `C${String(n).padStart(4, '0')}`)],
    ['会员卡号 6222… (16 digits)', '会员卡号', slice((n) => `6222${String(200000000000 + n * 7368421).slice(-12)}`)],
    ['客户编号 over codes of several prefixes (BJ00012, SH00021, GZ00003): an ERP\'s, by branch', '客户编号', slice((n) => ['BJ', 'SH', 'GZ', 'SZ'][n % 4] + String(n * 3).padStart(5, '0'))],
    ['客户编号 over VIP1007 … (no zero-padding: a card\'s own number)', '客户编号', slice((n) => `VIP${1000 + n * 7}`)],
    ['序号 where numbers repeat (a count, not a row number)', '序号', slice((n) => Math.floor(n / 20))],
    ['No. over Shopify\'s customer IDs stored as numbers (6012345678901 …)', 'No.', slice((n) => 6012345678000 + n * 37)],
  ])('is not: %s', (_, header, values) => {
    expect(tellsRows(values, header)).toBe(false);
  });
});
