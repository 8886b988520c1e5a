import { bigrams, dice, diceOfGrams } from '../../../../shared/dedupe/similarity/dice';

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

describe('dice without gram strings', () => {
  it('equals the Dice of the bigram lists, repeated grams, astral and lone surrogates included', () => {
    const alphabet = ['a', 'b', '星', '辰', '科', '😀', '\uD83D', '\uDE00', '有'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let t = 0; t < 5000; t++) {
      const a = word(t % 4 === 0 ? 80 : 8);
      const b = word(t % 7 === 0 ? 80 : 8);
      if (a === b) continue;
      expect(dice(a, b)).toBe(diceOfGrams(bigrams(a), bigrams(b)));
    }
  });
});
