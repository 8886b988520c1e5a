import fc from 'fast-check';
import { bcubedScores, clusterSizes, pairwiseScores, type ClusterId } from '../../../bench/lib/metrics';

/** Brute force over all pairs, to check the contingency-count version against. */
function bruteForcePairs(predicted: readonly ClusterId[], truth: readonly ClusterId[]) {
  const same = (ids: readonly ClusterId[], i: number, j: number) => ids[i] !== null && ids[i] !== undefined && ids[i] !== '' && ids[i] === ids[j];
  let truePairs = 0, predictedPairs = 0, correctPairs = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      const t = same(truth, i, j);
      const p = same(predicted, i, j);
      if (t) truePairs++;
      if (p) predictedPairs++;
      if (t && p) correctPairs++;
    }
  }
  return { truePairs, predictedPairs, correctPairs };
}

describe('pairwiseScores', () => {
  it.each<[string, ClusterId[], ClusterId[], { tp: number; pp: number; cp: number; p: number; r: number }]>([
    ['perfect clustering', [1, 1, 2, 2, 3], ['a', 'a', 'b', 'b', 'c'], { tp: 2, pp: 2, cp: 2, p: 1, r: 1 }],
    ['labels differ but groups agree', ['x', 'x', 'y'], [7, 7, 8], { tp: 1, pp: 1, cp: 1, p: 1, r: 1 }],
    ['nothing predicted: precision is vacuously 1, recall 0', [null, null, null], ['a', 'a', 'a'], { tp: 3, pp: 0, cp: 0, p: 1, r: 0 }],
    ['everything lumped together', [0, 0, 0, 0], ['a', 'a', 'b', 'c'], { tp: 1, pp: 6, cp: 1, p: 1 / 6, r: 1 }],
    ['half right (3+1 true pairs, 1+3 predicted, 2 shared)', [1, 1, 2, 2, 2], ['a', 'a', 'a', 'b', 'b'], { tp: 4, pp: 4, cp: 2, p: 0.5, r: 0.5 }],
    ['no duplicates anywhere: both vacuously 1', [1, 2, 3], ['a', 'b', 'c'], { tp: 0, pp: 0, cp: 0, p: 1, r: 1 }],
    ['empty-string and undefined ids are "no group", never one big group', ['', '', undefined, undefined], ['a', 'b', 'c', 'd'], { tp: 0, pp: 0, cp: 0, p: 1, r: 1 }],
    ['the number 1 and the string "1" are different clusters', [1, '1'], ['a', 'a'], { tp: 1, pp: 0, cp: 0, p: 1, r: 0 }],
  ])('%s', (_, predicted, truth, want) => {
    const s = pairwiseScores(predicted, truth);
    expect([s.truePairs, s.predictedPairs, s.correctPairs]).toEqual([want.tp, want.pp, want.cp]);
    expect(s.precision).toBeCloseTo(want.p, 12);
    expect(s.recall).toBeCloseTo(want.r, 12);
    const f1 = want.p + want.r === 0 ? 0 : (2 * want.p * want.r) / (want.p + want.r);
    expect(s.f1).toBeCloseTo(f1, 12);
  });

  it('refuses lists of different lengths', () => {
    expect(() => pairwiseScores([1, 2], [1])).toThrow(RangeError);
  });

  it('agrees with counting every pair (property)', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null));
    fc.assert(fc.property(fc.array(fc.tuple(id, fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), (rows) => {
      const predicted = rows.map(([p]) => p);
      const truth = rows.map(([, t]) => t);
      const s = pairwiseScores(predicted, truth);
      expect({ truePairs: s.truePairs, predictedPairs: s.predictedPairs, correctPairs: s.correctPairs }).toEqual(bruteForcePairs(predicted, truth));
    }));
  });

  it('does not depend on row order or on the names of the predicted ids (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 40 }),
      fc.integer(),
      (rows, salt) => {
        const base = pairwiseScores(rows.map(([p]) => p), rows.map(([, t]) => t));
        const reversed = [...rows].reverse();
        const renamed = pairwiseScores(reversed.map(([p]) => `c${p * 31 + salt}`), reversed.map(([, t]) => t));
        expect(renamed).toEqual(base);
      },
    ));
  });
});

describe('bcubedScores', () => {
  it('matches the hand-worked example: truth {0,1,2}{3,4}, predicted {0,1}{2,3,4}', () => {
    // Per row precision 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1: both average 11/15.
    const s = bcubedScores([1, 1, 2, 2, 2], ['a', 'a', 'a', 'b', 'b']);
    expect(s.precision).toBeCloseTo(11 / 15, 12);
    expect(s.recall).toBeCloseTo(11 / 15, 12);
    expect(s.f1).toBeCloseTo(11 / 15, 12);
  });

  it.each<[string, ClusterId[], ClusterId[], number, number]>([
    ['identical clusterings score 1', [1, 1, 2], ['a', 'a', 'b'], 1, 1],
    ['all singletons: precision 1, recall = mean of 1/|truth cluster|', [null, null, null, null], ['a', 'a', 'a', 'b'], 1, (1 / 3 + 1 / 3 + 1 / 3 + 1) / 4],
    ['one cluster: recall 1, precision = mean of |truth cluster|/n', [0, 0, 0, 0], ['a', 'a', 'a', 'b'], (3 / 4 * 3 + 1 / 4) / 4, 1],
    ['empty input scores 1', [], [], 1, 1],
  ])('%s', (_, predicted, truth, p, r) => {
    const s = bcubedScores(predicted, truth);
    expect(s.precision).toBeCloseTo(p, 12);
    expect(s.recall).toBeCloseTo(r, 12);
  });

  it('one giant true cluster weighs per row, not per pair (why it is reported for patstat)', () => {
    // 10 rows of one entity + 10 singletons; the matcher finds none of the big entity.
    const truth = [...Array(10).fill('big'), ...Array.from({ length: 10 }, (_, i) => `s${i}`)];
    const predicted = truth.map(() => null);
    expect(pairwiseScores(predicted, truth).recall).toBe(0);
    expect(bcubedScores(predicted, truth).recall).toBeCloseTo((10 * 0.1 + 10) / 20, 12);
  });

  it('stays within [0, 1] and swapping predicted and truth swaps precision and recall (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { maxLength: 30 }), (rows) => {
      const p = rows.map(([a]) => a);
      const t = rows.map(([, b]) => b);
      const s = bcubedScores(p, t);
      const swapped = bcubedScores(t, p);
      for (const v of [s.precision, s.recall, s.f1]) expect(v >= 0 && v <= 1).toBe(true);
      expect(swapped.precision).toBeCloseTo(s.recall, 12);
      expect(swapped.recall).toBeCloseTo(s.precision, 12);
    }));
  });
});

describe('clusterSizes', () => {
  it('counts clusters, singletons (blank ids included) and the largest group', () => {
    expect(clusterSizes([1, 1, 1, 2, null, '', 3])).toEqual({ clusters: 5, singletons: 4, largest: 3 });
  });
});
