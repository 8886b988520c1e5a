import fc from 'fast-check';
import { osaDistance } from '../../../shared/normalize/edit-distance';

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
