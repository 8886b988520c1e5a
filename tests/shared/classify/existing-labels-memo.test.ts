import fc from 'fast-check';
import { readExistingLabel } from '../../../shared/classify/existing-labels';
import { BUILTIN_DIMENSIONS, type BuiltinDimension } from '../../../shared/classify/labels';
import { rec } from './helpers';

// The what-if preview passes one memo per dimension (text → word) so each distinct text is folded
// once per sheet; the answer must be the same as reading every cell afresh.
const WORDS = ['高价值客户', 'A级', 'High value', '潜在客户', '已流失', 'VIP', 'svip', 'ka', '普通', 'dormant', ' 休眠 ', '', '  ', '其他', 'customer'];

describe('readExistingLabel with a memo', () => {
  it('answers exactly as without one, over a whole sheet sharing the memo', () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
    const row = fc.record({ customerType: word, status: word, tier: word, tags: word });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const records = rows.map((fields, i) => rec(i + 2, fields));
        for (const dimension of BUILTIN_DIMENSIONS) {
          const memo = new Map<string, string | null>();
          for (const r of records) expect(readExistingLabel(r, dimension, memo)).toBe(readExistingLabel(r, dimension));
        }
      }),
      { seed: 20241201 },
    );
  });

  it.each<[BuiltinDimension, string, string, string]>([
    ['tier', '高价值客户', 'high', 'suffixes dropped, then looked up'],
    ['vip', 'svip', 'vip', 'a VIP mark inside the text'],
    ['lifecycle', '其他', 'unrecognized', 'written but names no class'],
  ])('%s: %s reads %s the second time too (%s)', (dimension, text, expected) => {
    const memo = new Map<string, string | null>();
    const field = dimension === 'tier' || dimension === 'vip' ? 'tier' : 'customerType';
    expect(readExistingLabel(rec(2, { [field]: text }), dimension, memo)).toBe(expected);
    expect(readExistingLabel(rec(3, { [field]: text }), dimension, memo)).toBe(expected);
  });
});
