import fc from 'fast-check';
import { permutation, shuffleLabelled, shuffled } from '../../../bench/lib/shuffle';

describe('permutation', () => {
  it('is a permutation of 0 … n−1, the same for the same seed (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (n, seed) => {
      const order = permutation(n, seed);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(permutation(n, seed)).toEqual(order);
    }));
  });

  it('actually moves rows (grouped sets must not stay grouped)', () => {
    const order = permutation(1000, 1);
    const inPlace = order.filter((v, i) => v === i).length;
    expect(inPlace).toBeLessThan(20);
    expect(permutation(1000, 2)).not.toEqual(order);
  });
});

describe('shuffled', () => {
  it('returns a new array and leaves the input alone', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'];
    const copy = rows.slice();
    const out = shuffled(rows, 9);
    expect(rows).toEqual(copy);
    expect([...out].sort()).toEqual(copy);
  });
});

describe('shuffleLabelled', () => {
  it('keeps each row with its truth label and reports where it came from', () => {
    const rows = ['r0', 'r1', 'r2', 'r3', 'r4'];
    const truth = ['t0', 't1', 't2', 't3', 't4'];
    const out = shuffleLabelled(rows, truth, 4);
    out.rows.forEach((r, i) => {
      expect(out.truth[i]).toBe(`t${r.slice(1)}`);
      expect(rows[out.order[i]]).toBe(r);
    });
  });

  it('refuses rows and truth of different lengths', () => {
    expect(() => shuffleLabelled([1, 2], [1], 0)).toThrow(RangeError);
  });
});
