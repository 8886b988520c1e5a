/**
 * Reads a birthday from a cell: a date cell, or text the date cleaner leaves alone because it has
 * no year — '3月5日', '03-05', '--03-05', 'March 5', '5 Mar' — and lunar birthdays written
 * '农历三月初五', '阴历腊月廿三', '农历闰四月初八' or '农历3月5日'.
 * `03/05` without a year is read month-first (the Chinese and ISO order); `25/12` can only be
 * day-first and is read so.
 */
import type { Cell } from '../table/cell';
import { isValidCivil, parseIso } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';

export interface BirthdaySpec {
  month: number;
  day: number;
  year?: number;
  /** A lunar (农历) month and day; `leapMonth` when written as a leap month (闰). */
  lunar?: boolean;
  leapMonth?: boolean;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** An English month name or its abbreviation of three letters or more ('Mar', 'Sept', 'December'). */
function monthFromName(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(n));
  if (i >= 0) return i + 1;
  return n === 'sept' ? 9 : null;
}

/** A month-day that exists in some year (29 February included). */
function validMonthDay(month: number, day: number): boolean {
  return isValidCivil(2000, month, day);
}

function solar(month: number, day: number, year?: number): BirthdaySpec | null {
  if (year !== undefined) return isValidCivil(year, month, day) ? { month, day, year } : null;
  return validMonthDay(month, day) ? { month, day } : null;
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

export function readBirthday(cell: Cell | undefined): BirthdaySpec | null {
  if (!cell) return null;
  if (cell.kind === 'date') {
    const c = parseIso(cell.value);
    return c ? { month: c.m, day: c.d, year: c.y } : null;
  }
  if (cell.kind !== 'text') return null;
  const s = toHalfWidth(cell.value.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (s === '') return null;
  if (/^(?:农历|阴历|旧历)/u.test(s)) return readLunar(s);
  let m = /^(\d{4}) ?[年\-/.] ?(\d{1,2}) ?[月\-/.] ?(\d{1,2}) ?[日号]?$/u.exec(s);
  if (m) return solar(+m[2], +m[3], +m[1]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return solar(+m[2], +m[3], +m[1]);
  m = /^(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?$/u.exec(s);
  if (m) return solar(+m[1], +m[2]);
  m = /^(?:--)?(\d{1,2}) ?[-/.] ?(\d{1,2})$/.exec(s);
  if (m) {
    const a = +m[1], b = +m[2];
    return a <= 12 ? solar(a, b) : solar(b, a);
  }
  m = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(s);
  if (m) {
    const month = monthFromName(m[1]);
    return month ? solar(month, +m[2], m[3] ? +m[3] : undefined) : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+)\.?(?:,? (\d{4}))?$/.exec(s);
  if (m) {
    const month = monthFromName(m[2]);
    return month ? solar(month, +m[1], m[3] ? +m[3] : undefined) : null;
  }
  return null;
}
