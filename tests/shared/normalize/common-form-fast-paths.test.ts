import fc from 'fast-check';
import { parseAmount } from '../../../shared/normalize/amount';
import { parseDateText } from '../../../shared/normalize/date-text';

/*
 * The commonest cells (a plain 12800 in an amount column, 2024-03-05 in a date column) are read
 * by a short path. A space in front sends the same text down the full route (both readers trim
 * first), so each fast reading can be held to the full one.
 */
const today = { y: 2024, m: 12, d: 1 };
const options = [{ ambiguous: 'flag', today }, { ambiguous: 'month-first', today }, { ambiguous: 'day-first', today }] as const;

describe('short paths read common cells exactly as the full route does', () => {
  it('plain decimal amounts', () => {
    const decimal = fc.oneof(
      fc.stringMatching(/^\d{1,20}(?:\.\d{1,12})?$/),
      fc.stringMatching(/^0{0,3}\d{1,6}(?:\.\d{0,3}0{0,3})?$/),
      fc.nat().map(String),
      fc.double({ min: 0, max: 1e12, noNaN: true }).map((x) => x.toFixed(2)),
      fc.stringMatching(/^\d{300,330}$/),
    );
    fc.assert(
      fc.property(decimal, fc.constantFrom('CNY', 'USD'), (s, currency) => {
        expect(parseAmount(s, currency)).toEqual(parseAmount(` ${s}`, currency));
      }),
      { numRuns: 3000 },
    );
  });

  it('year-first dates with one separator, valid or not', () => {
    const ymd = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('-', '/', '.'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
      .map(([y, sep, m, d, pad]) => {
        const two = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        return `${String(y).padStart(4, '0')}${sep}${two(m)}${sep}${two(d)}`;
      });
    fc.assert(
      fc.property(ymd, fc.constantFrom(...options), (s, opts) => {
        expect(parseDateText(s, opts)).toEqual(parseDateText(` ${s}`, opts));
      }),
      { numRuns: 4000 },
    );
  });

  it.each([
    ['2024-03-05', { kind: 'date', iso: '2024-03-05' }],
    ['2024/3/5', { kind: 'date', iso: '2024-03-05' }],
    ['2023-02-29', { kind: 'invalid' }],
    ['2024-02-29', { kind: 'date', iso: '2024-02-29' }],
  ])('%s', (s, expected) => {
    expect(parseDateText(s, options[0])).toEqual(expected);
  });
});
