/**
 * Reads a birthday from a cell: a date cell, or text the date cleaner leaves alone because it has
 * no year — '3月5日', '03-05', '--03-05', 'March 5', '5 Mar' — and lunar birthdays written
 * '农历三月初五', '阴历腊月廿三', '农历闰四月初八' or '农历3月5日'.
 * `03/05` without a year is read month-first (the Chinese and ISO order); `25/12` can only be
 * day-first and is read so.
 */
import type { Cell } from '../table/cell';
import { parseIso } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { parseMonthDay } from '../normalize/month-day';

export interface BirthdaySpec {
  month: number;
  day: number;
  year?: number;
  /** A lunar (农历) month and day; `leapMonth` when written as a leap month (闰). */
  lunar?: boolean;
  leapMonth?: boolean;
}

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function lunarMonth(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return +word;
  if (word === '正') return 1;
  if (word === '冬') return 11;
  if (word === '腊') return 12;
  if (word === '十一') return 11;
  if (word === '十二') return 12;
  return CN_DIGITS[word] ?? null;
}

function lunarDay(word: string): number | null {
  const w = word.replace(/[日号]$/, '');
  if (/^\d{1,2}$/.test(w)) return +w;
  let m = /^初([一二三四五六七八九十])$/.exec(w);
  if (m) return CN_DIGITS[m[1]];
  if (w === '二十' || w === '廿') return 20;
  if (w === '三十' || w === '卅') return 30;
  m = /^(十|廿|二十|三十)([一二三四五六七八九])$/.exec(w);
  if (m) return (m[1] === '十' ? 10 : m[1] === '三十' ? 30 : 20) + CN_DIGITS[m[2]];
  return null;
}

const LUNAR = /^(?:农历|阴历|旧历)\s*(?:(\d{4})\s*年)?\s*(闰)?\s*(\d{1,2}|正|十一|十二|冬|腊|[一二三四五六七八九十])\s*月\s*(\S+)$/u;

function readLunar(s: string): BirthdaySpec | null {
  const m = LUNAR.exec(s);
  if (!m) return null;
  const month = lunarMonth(m[3]);
  const day = lunarDay(m[4]);
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const spec: BirthdaySpec = { month, day, lunar: true };
  if (m[1]) spec.year = +m[1];
  if (m[2]) spec.leapMonth = true;
  return spec;
}

/** The word that says a date is lunar: 农历, 阴历, 旧历. */
const LUNAR_WORD = /^(?:农历|阴历|旧历)\s*/u;

const NUMERIC_LUNAR = /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/u;

/**
 * Reads a lunar birthday column's cell (农历生日): its dates are lunar however they are written —
 * 三月初八, 闰四月初五, 1990年腊月廿三, 农历3月8日, and in digits 1990-03-08, 3/8 or 3月8日 (the column
 * says lunar, so the digits are a lunar month and day) — or a date cell a spreadsheet made of such
 * digits.
 */
export function readLunarBirthday(cell: Cell | undefined): BirthdaySpec | null {
  if (!cell) return null;
  if (cell.kind === 'date') {
    const c = parseIso(cell.value);
    return c ? { month: c.m, day: c.d, year: c.y, lunar: true } : null;
  }
  if (cell.kind !== 'text') return null;
  const s = toHalfWidth(cell.value.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (s === '') return null;
  const digits = NUMERIC_LUNAR.exec(s.replace(LUNAR_WORD, ''));
  if (digits) {
    const month = +digits[2];
    const day = +digits[3];
    if (month < 1 || month > 12 || day < 1 || day > 30) return null;
    return digits[1] ? { month, day, year: +digits[1], lunar: true } : { month, day, lunar: true };
  }
  return readLunar(LUNAR_WORD.test(s) ? s : `农历${s}`);
}

/** The year written before the lunar word: 1990年农历三月初八 is 农历1990年三月初八. */
const YEAR_THEN_LUNAR = /^(\d{4})\s*年?\s*((?:农历|阴历|旧历))\s*/u;

export function readBirthday(cell: Cell | undefined): BirthdaySpec | null {
  if (!cell) return null;
  if (cell.kind === 'date') {
    const c = parseIso(cell.value);
    return c ? { month: c.m, day: c.d, year: c.y } : null;
  }
  if (cell.kind !== 'text') return null;
  const s = toHalfWidth(cell.value.normalize('NFKC')).replace(/\s+/g, ' ').trim().replace(YEAR_THEN_LUNAR, '$2$1年');
  if (s === '') return null;
  if (LUNAR_WORD.test(s)) return readLunar(s);
  // Solar dates and month-days are the date cleaner's reading; an ambiguous full date (03/05/1990)
  // stays unread, as the cleaner left it: a reminder on a guessed day would be wrong half the time.
  return parseMonthDay(s, 'flag');
}
