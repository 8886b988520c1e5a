import { parseChineseNumber } from '../../../shared/normalize/chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['二〇二四', 2024], ['一九九〇', 1990], ['十', 10], ['十二', 12], ['二十', 20], ['三十一', 31],
    ['两百', 200], ['一百零五', 105], ['一千二百三十四', 1234], ['零', 0],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });
  it.each([[''], ['十十'], ['百十千'], ['三a']])('%j → null', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});
