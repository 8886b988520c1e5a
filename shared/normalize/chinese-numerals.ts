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

/** Financial (大写) numerals, as contracts and cheques write them, and the traditional 萬 and 億. */
const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九',
  拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿',
};
/** Each unit of an amount as a power of ten; 万 and 亿 close a group of four places. */
const PLACES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** All the characters a Chinese amount may contain besides digits, for building regexes. */
export const CHINESE_AMOUNT_CHARS = `${CHINESE_NUMERAL_CHARS}万亿${Object.keys(FINANCIAL).join('')}`;

/**
 * A whole amount in Chinese numerals, or in digits with Chinese units, as people write them:
 * 三千, 两万, 壹万元整's 壹万, 一百二十万, 1万5千. The spoken shorthand counts a last single digit in
 * the place below its unit (三万五 and 3万5 are 35000, 两千五 is 2500); after 零 a digit is itself
 * (一万零五 is 10005). Digits after a unit fill its lower places exactly (1万2000) or are one digit:
 * 1万25 could be 10025 or 12500, and is null, as is anything else that is no amount.
 */
export function parseChineseAmount(s: string): number | null {
  const tokens = Array.from(s, (c) => FINANCIAL[c] ?? c).join('').match(/\d+|./gu) ?? [];
  let total = 0;
  let group = 0;
  let pending: { value: number; length: number } | null = null;
  let lastSmall = 4;
  let lastBig = Infinity;
  /** The power of the unit right before the current token: null at the start and after 零. */
  let prevUnit: number | null = null;
  /** prevUnit as it was when the pending digits came. */
  let unitBefore: number | null = null;
  for (const t of tokens) {
    const digit = /^\d/.test(t) ? t : t in DIGITS && DIGITS[t] !== 0 ? String(DIGITS[t]) : null;
    if (digit !== null) {
      if (pending) return null;
      pending = { value: Number(digit), length: digit.length };
      unitBefore = prevUnit;
      continue;
    }
    if (t in DIGITS) {
      prevUnit = null;
      continue;
    }
    const power = PLACES[t];
    if (power === undefined) return null;
    if (power < 4) {
      if (power >= lastSmall) return null;
      group += (pending?.value ?? 1) * 10 ** power;
      lastSmall = power;
    } else {
      const value = group + (pending?.value ?? 0);
      if (power >= lastBig || value === 0) return null;
      total += value * 10 ** power;
      group = 0;
      lastSmall = 4;
      lastBig = power;
    }
    pending = null;
    prevUnit = power;
  }
  if (!tokens.some((t) => /^\d/.test(t) || DIGITS[t] > 0)) return null;
  let last = pending?.value ?? 0;
  if (pending && unitBefore !== null && unitBefore >= 2) {
    if (pending.length === 1) last *= 10 ** (unitBefore - 1);
    else if (pending.length !== unitBefore) return null;
  }
  return total + group + last;
}
