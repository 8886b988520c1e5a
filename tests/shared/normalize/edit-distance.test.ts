import fc from 'fast-check';
import { osaDistance, osaDistanceWithin } from '../../../shared/normalize/edit-distance';

describe('osaDistance', () => {
  it.each([
    ['gmail', 'gmial', 1, 'adjacent transposition counts once'],
    ['qq.com', 'qq.con', 1, 'substitution'],
    ['hotmail', 'hotmai', 1, 'deletion'],
    ['163', '126', 2, 'two substitutions'],
    ['ca', 'abc', 3, 'OSA (unlike full Damerau) cannot edit a transposed pair again'],
    ['张伟', '张为', 1, 'code points, not UTF-16 units'],
    ['𠀀a', 'a𠀀', 1, 'astral characters are one character'],
    ['', 'abc', 3, 'empty'],
  ])('%s ↔ %s = %d (%s)', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('is zero on equal strings, symmetric, and bounded by the lengths', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const d = osaDistance(a, b);
      const la = Array.from(a).length, lb = Array.from(b).length;
      expect(osaDistance(a, a)).toBe(0);
      expect(osaDistance(b, a)).toBe(d);
      expect(d).toBeGreaterThanOrEqual(Math.abs(la - lb));
      expect(d).toBeLessThanOrEqual(Math.max(la, lb));
    }), { seed: 7 });
  });
});

describe('osaDistanceWithin: a slip or two apart, as the e-mail domain check and the duplicate finder ask', () => {
  it.each([
    ['gmial', 'gmail', 2, 1, 'a transposed pair: one slip, the distance itself'],
    ['qq', 'qq', 0, 0, 'equal'],
    ['hotmial', 'hotmail', 0, 1, 'past a budget of none: some number above it'],
    ['xingchen-tech', 'gmail', 2, 3, 'a company domain against a provider: stopped past two'],
    ['zhangwei1988', 'zhangwei1989', 2, 1, 'one digit of a user name'],
    ['abcd', 'badc', 1, 2, 'two transpositions past a budget of one'],
    ['张伟', '张为', 1, 1, 'Chinese characters, one code unit each'],
    ['𠀀a', 'a𠀀', 1, 1, 'astral characters are one character, as osaDistance counts them'],
  ])('%s ↔ %s within %d → %d (%s)', (a, b, max, d) => {
    expect(osaDistanceWithin(a, b, max)).toBe(d);
    expect(osaDistanceWithin(b, a, max)).toBe(d);
  });

  it('is osaDistance when that is at most max, and above max otherwise', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '张', '𠀀'), maxLength: 10 });
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
      const d = osaDistance(a, b);
      const within = osaDistanceWithin(a, b, max);
      if (d <= max) expect(within).toBe(d);
      else expect(within).toBeGreaterThan(max);
    }), { seed: 26, numRuns: 2000 });
  });
});
