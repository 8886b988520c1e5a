import fc from 'fast-check';
import { sortSmall } from '../../../shared/dedupe/sort-small';

type Item = { key: number; at: number };
const byKey = (a: Item, b: Item) => a.key - b.key;
const items = (keys: number[]): Item[] => keys.map((key, at) => ({ key, at }));

describe('sortSmall', () => {
  it.each<[string, number[], number[]]>([
    ['empty', [], []],
    ['one', [3], [0]],
    ['two, swapped', [2, 1], [1, 0]],
    ['ties keep their order (stable, as Array.prototype.sort)', [1, 0, 1, 0], [1, 3, 0, 2]],
    ['already sorted', [1, 2, 3], [0, 1, 2]],
  ])('%s', (_, keys, order) => {
    expect(sortSmall(items(keys), byKey).map((x) => x.at)).toEqual(order);
  });

  it('sorts in place and returns the same array', () => {
    const xs = items([2, 1]);
    expect(sortSmall(xs, byKey)).toBe(xs);
  });

  it('gives the order Array.prototype.sort gives, short lists and long ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        expect(sortSmall(items(keys), byKey)).toEqual(items(keys).sort(byKey));
      }),
      { seed: 20241201 },
    );
  });
});
