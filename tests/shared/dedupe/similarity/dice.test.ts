import { dice } from '../../../../shared/dedupe/similarity/dice';

describe('dice', () => {
  it.each([
    ['星辰科技', '星辰科技', 1, 'identical'],
    ['布莱顿', '布赖顿', 0, 'CJK bigrams: 布莱/莱顿 vs 布赖/赖顿 share none'],
    ['建国路88号', '建国路86号', 0.6, '3 of 5 bigrams shared'],
    ['王', '王', 1, 'a single character is its own gram'],
  ])('%s / %s = %d (%s)', (a, b, expected) => {
    expect(dice(a, b)).toBeCloseTo(expected, 5);
  });
});
