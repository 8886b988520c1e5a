/**
 * The company an account's contract reminder is keyed by (one-account.ts companyOf), asked once per
 * contract reminder: a reminder run keeps each company text's key, so a rep's hundred rows of one
 * company parse its name once. The key kept must be the key worked out afresh, whatever row asks first.
 */
import { companyOf } from '../../../shared/remind/one-account';
import { records } from '../dedupe/helpers';

describe('companyOf through a run memo', () => {
  const rows = records([
    { name: '张伟', company: '上海申达精工机械有限公司' },
    { name: '李娜', company: '上海申达精工机械' },
    { name: '王芳', company: '上海申达精工机械有限公司上海分公司' },
    { name: '陈晓明', company: '个人' },
    { name: '刘洋', company: '无' },
    { name: 'Emily Carter', company: 'Brightwater Ltd' },
    { name: 'James Reed', company: 'Brightwater Limited' },
    { name: '赵敏' },
    { name: '孙丽', company: '上海申达精工机械有限公司' },
  ]);

  it('gives every row the key it has without the memo, in either order of asking', () => {
    const fresh = rows.map((r) => companyOf(r));
    const memo = new Map<string, string>();
    expect(rows.map((r) => companyOf(r, memo))).toEqual(fresh);
    const backwards = new Map<string, string>();
    expect([...rows].reverse().map((r) => companyOf(r, backwards)).reverse()).toEqual(fresh);
  });

  it.each([
    ['one company with and without its legal form', 0, 1, true],
    ['a branch is another account', 0, 2, false],
    ['Ltd and Limited are one company', 5, 6, true],
  ])('%s', (_why, a, b, same) => {
    const memo = new Map<string, string>();
    expect(companyOf(rows[a], memo) === companyOf(rows[b], memo)).toBe(same);
  });

  it('a blank, a placeholder or 个人 names no company, remembered or not', () => {
    const memo = new Map<string, string>();
    for (const at of [3, 4, 7]) {
      expect(companyOf(rows[at], memo)).toBe('');
      expect(companyOf(rows[at], memo)).toBe('');
    }
  });
});
