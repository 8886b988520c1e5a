import { parseChineseAmount, parseChineseNumber } from '../../../shared/normalize/chinese-numerals';

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

describe('parseChineseAmount', () => {
  it.each<[string, number, string]>([
    ['三千', 3000, 'one unit'],
    ['壹万', 10000, 'financial numerals'],
    ['一亿二千万', 120000000, '亿 and 万 groups'],
    ['一百五', 150, 'spoken: the last digit in the place below 百'],
    ['一万零五', 10005, 'after 零 a digit is itself'],
    ['十五', 15, 'after 十 too'],
    ['1万2000', 12000, 'digits filling the places below 万'],
  ])('%s → %d (%s)', (s, n) => {
    expect(parseChineseAmount(s)).toBe(n);
  });
  it.each([['万', 'no digit'], ['十万', 'no digit: "a hundred thousand or so" is no figure'], ['1万25', 'two digits below 万'], ['万三', 'a unit with nothing before it'], ['二〇二四', 'a year, not an amount'], ['三千abc', 'words']])('%j → null (%s)', (s) => {
    expect(parseChineseAmount(s)).toBeNull();
  });
});
