/**
 * A date written in the lunar calendar (农历), the one reading the date cleaner, birthday reminders
 * and the duplicate finder share, so that a date the cleaner keeps as lunar is one reminders can read.
 * It says lunar with a word before or after it (农历/阴历/旧历, 農曆/陰曆/舊曆: 农历十月廿五,
 * 1988年農曆十月廿五, 10月25日(农历), 1988-10-25（农历）), or with a month only the lunar calendar
 * has (正月初一, 冬月十五, 腊月初八: the solar calendar says 一月, 十一月, 十二月), or a day only it
 * writes (十一月初六, 十月廿五: the solar calendar says 六日, 二十五日), or as a leap month (闰六月初五:
 * the solar calendar has no leap months).
 */
import { foldAll } from '../text/fold';

export interface LunarDate {
  month: number;
  day: number;
  year?: number;
  /** Written as a leap month (闰四月). */
  leapMonth?: boolean;
}

/** The words for the lunar calendar: 农历, and what older people call it (古历, 老历). */
const MARKER = '(?:农历|阴历|旧历|古历|老历|農曆|陰曆|舊曆|古曆|老曆|lunar)';
/** The word anywhere in a text: what makes a date lunar even when the rest cannot be read. */
const SAYS_LUNAR = new RegExp(`农历|阴历|旧历|古历|老历|農曆|陰曆|舊曆|古曆|老曆|[(（]\\s*[农阴農陰]\\s*[)）]|(?<![\\p{L}\\p{N}])lunar(?![\\p{L}\\p{N}])`, 'iu');
/**
 * Before the date, maybe after its year, maybe in brackets: 农历十月廿五, 农历：十月廿五, 【农历】11-06,
 * 1988年農曆十月廿五, 1988 lunar 3/5, 90年农历10月25 (a two-digit year: read without it, as its
 * century is a guess and the reminder needs only the month and day).
 */
const LEADING = new RegExp(`^(?:(\\d{4})\\s*年?\\s*|\\d{2}\\s*年\\s*)?[(（\\[【]?\\s*${MARKER}\\s*[)）\\]】]?\\s*[:：]?\\s*`, 'iu');
/** After it, as a note: 10月25日(农历), 1988-10-25（农历）, 10月25日 农历, 10月25日(农) with the word cut short. */
const TRAILING = new RegExp(`\\s*(?:[(（\\[【]?\\s*${MARKER}\\s*[)）\\]】]?|[(（]\\s*[农阴農陰]\\s*[)）])$`, 'iu');

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Month words only the lunar calendar uses: 正月 is the first month, 冬月 the eleventh, 腊月 the twelfth. */
const LUNAR_ONLY_MONTH: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 };

/** Day words only the lunar calendar uses: 初一 … 初十 (初1 typed in digits), 廿 and 卅 for twenty and thirty. */
const LUNAR_ONLY_DAY = /^(?:初|廿|卅)/u;

function monthOf(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return +word;
  if (word in LUNAR_ONLY_MONTH) return LUNAR_ONLY_MONTH[word];
  if (word === '十一') return 11;
  if (word === '十二') return 12;
  return CN_DIGITS[word] ?? null;
}

/** A lunar day in words (初八, 十五, 廿三, 二十五, 三十) or digits; null otherwise. */
function dayWord(word: string): number | null {
  let m = /^初([一二三四五六七八九十])$/u.exec(word);
  if (m) return CN_DIGITS[m[1]];
  // 初1 … 初10, typed with the digit an input method offers first.
  m = /^初(\d{1,2})$/u.exec(word);
  if (m) return +m[1] >= 1 && +m[1] <= 10 ? +m[1] : null;
  if (word === '二十' || word === '廿') return 20;
  if (word === '三十' || word === '卅') return 30;
  if (word === '十') return 10;
  m = /^(十|廿|二十|三十)([一二三四五六七八九])$/u.exec(word);
  if (m) return (m[1] === '十' ? 10 : m[1] === '三十' ? 30 : 20) + CN_DIGITS[m[2]];
  return null;
}

const WORDS = /^(?:(\d{4})\s*年\s*)?([闰閏])?\s*(\d{1,2}|正|冬|腊|臘|十一|十二|[一二三四五六七八九十])\s*月\s*(\d{1,2}|初\d{1,2}|[初十廿卅一二三四五六七八九]{1,3})\s*[日号號]?$/u;
const DIGITS = /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$/u;

function valid(date: LunarDate): LunarDate | null {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 30 ? date : null;
}

/** True when `text` carries a word saying it is lunar (农历, 陰曆, lunar …), readable or not. */
export function saysLunar(text: string): boolean {
  return SAYS_LUNAR.test(text);
}

/**
 * The lunar date `text` is, or null. Unmarked text is lunar only in lunar-only wording: a lunar-only
 * month (腊月初八, 腊月8日) or day (十一月初六, 十月廿五), not 十月二十五 or 12月8日, which may be solar — unless `lunarColumn`: a
 * 农历生日 column says lunar for all its cells, so 三月初八 and 1990-03-08 there are lunar too.
 */
export function readLunarDate(text: string, lunarColumn = false): LunarDate | null {
  let s = foldAll(text.normalize('NFKC'));
  let year: number | undefined;
  let marked = lunarColumn;
  const lead = LEADING.exec(s);
  if (lead) {
    if (lead[1]) year = +lead[1];
    s = s.slice(lead[0].length);
    marked = true;
  } else if (TRAILING.test(s)) {
    s = s.replace(TRAILING, '');
    marked = true;
  }
  if (s === '') return null;
  const withYear = (date: LunarDate, written: string | undefined): LunarDate | null => {
    const y = written ? +written : year;
    if (written && year !== undefined) return null;
    return valid(y === undefined ? date : { ...date, year: y });
  };
  const digits = DIGITS.exec(s);
  if (digits) return marked ? withYear({ month: +digits[2], day: +digits[3] }, digits[1]) : null;
  const words = WORDS.exec(s);
  if (!words) return null;
  const month = monthOf(words[3]);
  const day = /^\d+$/.test(words[4]) ? +words[4] : dayWord(words[4]);
  if (month === null || day === null) return null;
  // Unmarked, lunar-only wording says lunar: a month the solar calendar never names (腊月8日), a day
  // it never writes (十一月初六: a Chinese user writing 初五 or 廿五 means the lunar calendar; the
  // solar calendar says 五日, 二十五日), or a leap month (闰六月初五, 闰4月8日).
  if (!marked && !words[2] && !(words[3] in LUNAR_ONLY_MONTH) && !LUNAR_ONLY_DAY.test(words[4])) return null;
  const date: LunarDate = words[2] ? { month, day, leapMonth: true } : { month, day };
  return withYear(date, words[1]);
}
