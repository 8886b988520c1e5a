/**
 * Chinese numerals as people write them in dates and counts: digit by digit (二〇二四, 一九九〇) or
 * with 十/百/千 (三十一, 十二, 两百). Values up to 9999; anything else is null.
 */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** All the characters a Chinese numeral may contain, for building regexes. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两兩三四五六七八九十百千';

export function parseChineseNumber(s: string): number | null {
  if (s === '') return null;
  const chars = Array.from(s);
  if (chars.every((c) => c in DIGITS)) {
    // Digit by digit: 二〇二四 → 2024. A lone 零 is 0, but 零 is never a leading digit elsewhere.
    return chars.reduce((n, c) => n * 10 + DIGITS[c], 0);
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return null;
      digit = DIGITS[c] === 0 ? null : DIGITS[c];
    } else if (c in UNITS) {
      const unit = UNITS[c];
      if (unit >= lastUnit) return null;
      // 十二 means 12: a unit with no digit before it counts once.
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else return null;
  }
  return total + (digit ?? 0);
}
