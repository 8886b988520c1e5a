import { withinOneEdit, withinTwoEdits, boundedLevenshtein } from '../../../../shared/dedupe/similarity/edit';
import fc from 'fast-check';

describe('withinOneEdit', () => {
  it.each([
    ['13812345678', '13812345679', true, 'one substitution'],
    ['13812345678', '13812345687', true, 'adjacent transposition'],
    ['13812345678', '1381234567', true, 'one deletion'],
    ['13812345678', '13812345600', false, 'two substitutions'],
    ['abc', 'abc', true, 'equal'],
    ['ab', 'ba', true, 'swap'],
    ['abcd', 'badc', false, 'two swaps'],
  ])('%s / %s → %s (%s)', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('agrees with Levenshtein distance ≤ 1 on strings without swaps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        if (boundedLevenshtein(a, b, 1) <= 1) expect(withinOneEdit(a, b)).toBe(true);
      }),
    );
  });
});

describe('withinTwoEdits', () => {
  it.each([
    ['marshall-hughes.com', 'marsahll-hughs.com', true, 'a swap and a deletion'],
    ['xingchen-keji.com', 'xingchenkej.com', true, 'two deletions'],
    ['abcd', 'badc', true, 'two swaps'],
    ['hsbc.com', 'hkbn.com', true, 'two substitutions'],
    ['hsbc.com', 'hkbn.co', false, 'three edits'],
    ['abc', 'abcdef', false, 'three insertions'],
  ])('%s / %s → %s (%s)', (a, b, expected) => {
    expect(withinTwoEdits(a, b)).toBe(expected);
  });

  it('agrees with Levenshtein distance ≤ 2, and is no wider than two edits with swaps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        if (boundedLevenshtein(a, b, 2) <= 2) expect(withinTwoEdits(a, b)).toBe(true);
        // A swap is one edit here and two for Levenshtein: never more than four of those.
        if (withinTwoEdits(a, b)) expect(boundedLevenshtein(a, b, 4)).toBeLessThanOrEqual(4);
      }),
    );
  });
});
