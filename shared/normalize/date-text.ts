/**
 * Reads a date written as text in any of the forms customer sheets hold: 2024-03-05, 2024/3/5,
 * 2024.03.05, 20240305, 2024年3月5日(号), 二〇二四年三月五日, Mar 5, 2024, 5 March 2024,
 * March 5th 2024, 05-Mar-24, ISO with T, each with an optional time of day (14:30, 2:30 PM,
 * 下午2点30分). The result is a civil date. A time written with its zone (an export's
 * 2026-12-31T16:00:00.000Z, 14:30+08:00) is the civil time of the sheet's zone when the settings name
 * one (`timeZone`), else the time as written, its zone dropped.
 */
import type { CivilDate } from '../table/civil-date';
import { formatIso, isValidCivil } from '../table/civil-date';
import type { AmbiguousDatePolicy } from '../settings/types';
import { foldAll } from '../text/fold';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-numerals';
import { MONTH_NAME, WEEKDAY, monthNumber } from './month-names';
import { readLunarDate, saysLunar } from './lunar-date';
import { isYearPlaceholder } from './placeholder';

export type DateReading =
  /** `iso` is YYYY-MM-DD, plus THH:MM[:SS] when a time was written (:SS when typed; midnight only with keepMidnight). */
  /**
   * `twoDigitYear`: the year a two-digit year was read as. `roc`: how a 民國 (Republic of China) year
   * figures: `read` when a two-digit year was read as one (the column writes them), `possible` when
   * a two-digit year first (75/03/08) was read in the century but is a 民國 year as well (1986).
   */
  | { kind: 'date'; iso: string; twoDigitYear?: number; roc?: { how: 'read' | 'possible'; year: number }; zoned?: true; rocTyped?: true }
  | { kind: 'ambiguous'; monthFirst: string; dayFirst: string }
  | { kind: 'invalid' }
  | { kind: 'noYear'; month: number; day: number }
  /** A lunar-calendar date (农历三月初五): not ours to convert; birthday reminders read it as text. */
  | { kind: 'lunar' }
  /** Says lunar (农历生日不详, 农历十月) but is no lunar month and day. */
  | { kind: 'lunarUnread' }
  | { kind: 'unrecognized' };

export interface DateTextOptions {
  ambiguous: AmbiguousDatePolicy;
  /**
   * The sheet's IANA time zone (`dates.timeZone`): a time written with a zone (Z, +08:00) is read as
   * the civil date and time it is there. Unset: the zone is dropped and the time kept as written.
   */
  timeZone?: string;
  /** Anchors two-digit years: they are read in the 100 years ending 10 years after today. */
  today: CivilDate;
  /**
   * `roc`: the column writes 民國 years (Taiwan's calendar: year 1 is 1912), so a two-digit year
   * first (75/03/08, 71年12月3日) is one, not a year of the 1900s; `gregorian`: it never is. Unset:
   * read in the century, saying it may be one.
   */
  era?: 'roc' | 'gregorian';
  /**
   * The column's times of day are not all midnight (normalize/column-times.ts): a 00:00 written there is
   * one of them and is kept, so that the column keeps one form (Zoho's Last Activity Time). Unset:
   * 00:00:00 is how a database exports a date without a time, and the reading is that day.
   */
  keepMidnight?: boolean;
  /**
   * The column's one form for times (column-times.ts timesWithSeconds): true writes every time with
   * its seconds (14:30:00), false as HH:MM (a time with seconds other than :00 keeps them: nothing
   * typed is lost). Unset: each time as typed.
   */
  seconds?: boolean;
  /**
   * The column writes dotted two-digit years first, yy.mm.dd (dotted-years.ts: a cell such as 98.05.12
   * whose first part can only be a year). Unset: 01.11.24 is day.month.year, as 01.11.2024 is.
   */
  dottedYearFirst?: boolean;
}

/** Year 1 of the 民國 calendar is 1912. */
const ROC_OFFSET = 1911;

/** A two-digit year in the window of 100 years ending ten years after `today` (24 → 2024, 90 → 1990). */
export function pivotYear(yy: number, today: CivilDate): number {
  const hi = today.y + 10;
  return hi - ((((hi - yy) % 100) + 100) % 100);
}

interface Time {
  h: number;
  m: number;
  s: number;
  /** The zone written after the time (Z: 0, +08:00: 480), in minutes east of UTC. */
  zone?: number;
  /**
   * Typed with its seconds (09:01:00): shown with them, :00 too, as typed and as the column's others
   * are. Not an instant's (T16:00:00.000Z): that text is rewritten anyway, its zone dropped or applied.
   */
  seconds?: true;
}

/** What a date written without a time of day has: its day, midnight never said (withTime). */
const NO_TIME: Readonly<Time> = Object.freeze({ h: 0, m: 0, s: 0 });

/**
 * A time of day after the date, or null when `rest` is not one. Empty `rest` is midnight (NO_TIME).
 * Accepts 14:30, 14:30:05, 2:30 pm, 下午2点30分, 14时30分, T14:30Z, 14:30+08:00 (the zone is
 * returned for `finish` to place in the sheet's zone, when it has one).
 */
function parseTime(rest: string): Time | null {
  const r = rest.trim().replace(/^t/i, '').trim();
  if (r === '') return NO_TIME;
  const m = /^(上午|早上|凌晨|中午|下午|晚上)?\s*(\d{1,2})\s*(?:[:点點时時]\s*(\d{1,2}|半)?\s*分?(?:\s*[:]\s*(\d{1,2}(?:\.\d+)?)|\s*(\d{1,2})\s*秒)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/iu.exec(r);
  if (!m) return null;
  if (m[3] === undefined && m[1] === undefined && m[6] === undefined && !/[点點时時]/u.test(r)) return null;
  let h = +m[2];
  const min = m[3] === undefined ? 0 : m[3] === '半' ? 30 : +m[3];
  const sec = Math.floor(+(m[4] ?? m[5] ?? 0));
  const half = (m[6] ?? '').toLowerCase().replace(/\./g, '');
  if (half && (h < 1 || h > 12)) return null;
  // 下午2点 is 14:00; 下午14点 is also seen and already on the 24-hour clock.
  const pm = half === 'pm' || m[1] === '下午' || m[1] === '晚上' || (m[1] === '中午' && h < 11);
  if (pm && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return null;
  const zone = m[7]?.toLowerCase();
  if (zone === undefined) return m[4] !== undefined || m[5] !== undefined ? { h, m: min, s: sec, seconds: true } : { h, m: min, s: sec };
  const offset = zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +(zone.replace(':', '').slice(3, 5) || 0));
  return { h, m: min, s: sec, zone: offset };
}

/** One formatter per zone: building one costs more than reading a date with it (a CRM export writes every date so). */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
function formatterIn(timeZone: string): Intl.DateTimeFormat {
  let f = FORMATTERS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    FORMATTERS.set(timeZone, f);
  }
  return f;
}

/**
 * The civil date and time in `timeZone` of a date and time written in another zone (`time.zone`
 * minutes east of UTC): 2026-12-31 16:00 Z is 2027-01-01 00:00 in Asia/Shanghai. Intl is what Apps
 * Script's V8 and every host have; null when the instant is out of its range.
 */
function inZone(date: CivilDate, time: Time, timeZone: string): { date: CivilDate; time: Time } | null {
  const instant = Date.UTC(date.y, date.m - 1, date.d, time.h, time.m, time.s) - (time.zone ?? 0) * 60000;
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return null;
  // Years before 100 are no dates of a customer sheet; Date.UTC would read 0099 as 1999.
  if (date.y < 100) return null;
  const parts = formatterIn(timeZone).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const out = { date: { y: part('year'), m: part('month'), d: part('day') }, time: { h: part('hour') % 24, m: part('minute'), s: part('second') } };
  return [out.date.y, out.date.m, out.date.d, out.time.h, out.time.m, out.time.s].every(Number.isFinite) ? out : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO date, with the time as written (its seconds where typed, or as the column writes them:
 * `seconds`) unless none was, or midnight stands for the day alone.
 */
function withTime(date: CivilDate, time: Time, keepMidnight: boolean, seconds?: boolean): string {
  const day = formatIso(date);
  if (time === NO_TIME || (time.h === 0 && time.m === 0 && time.s === 0 && !keepMidnight)) return day;
  return `${day}T${pad(time.h)}:${pad(time.m)}${time.s || (seconds ?? time.seconds) ? `:${pad(time.s)}` : ''}`;
}

/** Year, month, day and what follows them, before validation. */
interface Parts {
  y: number;
  m: number;
  d: number;
  rest: string;
  twoDigit?: boolean;
  /** The year is a 民國 year said so (民國75年, 115/12/20): `y` is already the civil year. */
  roc?: true;
  /** A two-digit year written first (75/03/08, 71年12月3日): the order 民國 dates are written in. */
  yearFirst?: true;
}

type Match =
  | { parts: Parts }
  /**
   * `dotted`: 01.11.2024 (or 01.11.24), dots and the year last, the way German, French, Russian and Swiss
   * sheets write a date: day first wherever it is written (the US never writes dots).
   */
  | { orders: { a: number; b: number; y: number; twoDigit: boolean; rest: string; dotted?: true } }
  /** `numeric`: written 3/5 or 03-05, so the order of the two numbers is a convention, not a fact. */
  | { noYear: { m: number; d: number; rest: string; numeric: boolean } };

/** A run of Chinese numerals before 年/月/日/号 (made once: replace restarts a global pattern at 0). */
const CHINESE_DATE_NUMBER = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+(?=\\s*[年月日号號])`, 'gu');

/** Chinese numerals before 年/月/日/号 become digits: 二〇二四年三月五日 → 2024年3月5日. */
function chineseDigits(s: string): string {
  return s.replace(CHINESE_DATE_NUMBER, (run) => {
    const n = parseChineseNumber(run);
    return n === null ? run : String(n);
  });
}

/**
 * A word saying the date is the solar (Gregorian) one, before it or after it as a note: 公历1990-01-03,
 * 阳历1月3日, 新历1月3日, 1990-01-03(阳历), 1月3日（公历）. Written to tell it from a 农历 birthday, it
 * changes nothing of the date: dropped, and the cell is cleaned to the date it says.
 */
const SOLAR = '(?:公历|阳历|新历|国历|西历|公曆|陽曆|新曆|國曆|西曆)';
const SOLAR_LEADING = new RegExp(`^${SOLAR}\\s*[:：]?\\s*`, 'u');
const SOLAR_TRAILING = new RegExp(`\\s*[(\\[【]?\\s*${SOLAR}\\s*[)\\]】]?$`, 'u');

function prepare(text: string): string {
  return chineseDigits(foldAll(text))
    .replace(WEEKDAY, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .replace(SOLAR_LEADING, '')
    .replace(SOLAR_TRAILING, '')
    .toLowerCase();
}

const PLAIN_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YMD = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?)/u;
const YY_NIAN = /^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|[\sT])/i;
const TRIPLE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{1,2})(?![\d.])/;
const MONTH_FIRST = new RegExp(`^(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+|[-/])(\\d{4}|'?\\d{2})(?![\\d:]))?`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*of)?[\\s\\-/.]*(${MONTH_NAME})(?:[\\s\\-/.,]+(\\d{4}|'?\\d{2})(?![\\d:]))?`, 'i');
const YEAR_MONTH_NAME = new RegExp(`^(\\d{4})[\\s\\-/.]*(${MONTH_NAME})[\\s\\-/.]*(\\d{1,2})(?!\\d)`, 'i');
const MD_CHINESE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/u;
const MD_NUMERIC = /^(?:--)?(\d{1,2})([-/])(\d{1,2})(?![\d/-])/;
/**
 * A 民國 year said so, year first: 民國75年3月8日, 民国 75/3/8, 民75.3.8 (any one or two or three
 * digits), or three digits 100–199 alone (115/12/20, 115.12.25, 115年12月20日: 2026, as Taiwan's
 * forms and systems write today's dates; no other calendar has three-digit years in use), or seven
 * digits 0750308 / 1151220 (Taiwan's compact yyymmdd, zero-padded).
 */
const ROC_PREFIX = '(?:中華民國|中华民国|民國|民国|民)';
const ROC_YMD = new RegExp(`^(?:${ROC_PREFIX}\\s*(\\d{1,3})|(1\\d{2}))(?:\\s*([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{1,2})(?![\\d.])|\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?)`, 'u');
const ROC_COMPACT = /^([01]\d{2})(\d{2})(\d{2})(?=$|[\sT])/i;

function year(text: string): { y: number; twoDigit: boolean } {
  const digits = text.replace(/^'/, '');
  return { y: +digits, twoDigit: digits.length === 2 };
}

/**
 * `dottedYearFirst`: a dotted two-digit year is written first (24.11.01), as in a 民國 column or one of yy.mm.dd.
 * `rocYearFirst`: the column writes 民國 years, YY/MM/DD with slashes too: 24/05/10 there is 民國 24, not
 * 24 May 2010 (tester h78 #1: a 長照 roster's 民國 15–31 birthdays were read as days of the 2000s).
 */
function match(s: string, dottedYearFirst = false, rocYearFirst = false): Match | null {
  let m: RegExpExecArray | null;
  if ((m = ROC_YMD.exec(s))) {
    const [mo, d] = m[3] ? [m[4], m[5]] : [m[6], m[7]];
    return { parts: { y: +(m[1] ?? m[2]) + ROC_OFFSET, m: +mo, d: +d, rest: s.slice(m[0].length), roc: true } };
  }
  if ((m = ROC_COMPACT.exec(s))) {
    // Seven digits are a date only when they make one: 1234567 stays a number nobody can place.
    const y = +m[1] + ROC_OFFSET, mo = +m[2], d = +m[3];
    return +m[1] > 0 && isValidCivil(y, mo, d) ? { parts: { y, m: mo, d, rest: s.slice(m[0].length), roc: true } } : null;
  }
  if ((m = YMD.exec(s))) {
    const [mo, d] = m[2] ? [m[3], m[4]] : [m[5], m[6]];
    return { parts: { y: +m[1], m: +mo, d: +d, rest: s.slice(m[0].length) } };
  }
  if ((m = COMPACT.exec(s))) {
    const y = +m[1];
    return y >= 1900 && y <= 2100 ? { parts: { y, m: +m[2], d: +m[3], rest: s.slice(m[0].length) } } : null;
  }
  if ((m = YY_NIAN.exec(s))) return { parts: { y: +m[1], m: +m[2], d: +m[3], rest: s.slice(m[0].length), twoDigit: true, yearFirst: true } };
  if ((m = TRIPLE.exec(s))) {
    const a = +m[1], b = +m[3], c = m[4], sep = m[2];
    const rest = s.slice(m[0].length);
    if (c.length === 4) return { orders: sep === '.' ? { a, b, y: +c, twoDigit: false, rest, dotted: true } : { a, b, y: +c, twoDigit: false, rest } };
    // Two-digit year: '/' puts it last (3/5/24, the English habit), and so do dots (01.11.24, the
    // European day.month.year, as 01.11.2024) unless the column writes yy.mm.dd; '-' puts it first
    // (24-3-5, the Chinese and ISO habit) unless only the last part can be a year.
    const canLast = c.length === 2;
    const canFirst = m[1].length === 2;
    const dotsLast = sep === '.' && !dottedYearFirst;
    const slashLast = sep === '/' && !(rocYearFirst && canFirst);
    const yearLast = slashLast || dotsLast ? canLast && (a <= 31 || !canFirst) : canLast && (!canFirst || +c > 31);
    if (yearLast) return { orders: dotsLast ? { a, b, y: +c, twoDigit: true, rest, dotted: true } : { a, b, y: +c, twoDigit: true, rest } };
    if (canFirst) return { parts: { y: a, m: b, d: +c, rest, twoDigit: true, yearFirst: true } };
    return null;
  }
  if ((m = YEAR_MONTH_NAME.exec(s))) {
    return { parts: { y: +m[1], m: monthNumber(m[2]) ?? 0, d: +m[3], rest: s.slice(m[0].length) } };
  }
  if ((m = MONTH_FIRST.exec(s))) {
    const mo = monthNumber(m[1]) ?? 0;
    if (m[3] === undefined) return { noYear: { m: mo, d: +m[2], rest: s.slice(m[0].length), numeric: false } };
    const { y, twoDigit } = year(m[3]);
    return { parts: { y, m: mo, d: +m[2], rest: s.slice(m[0].length), twoDigit } };
  }
  if ((m = DAY_FIRST.exec(s))) {
    const mo = monthNumber(m[2]) ?? 0;
    if (m[3] === undefined) return { noYear: { m: mo, d: +m[1], rest: s.slice(m[0].length), numeric: false } };
    const { y, twoDigit } = year(m[3]);
    return { parts: { y, m: mo, d: +m[1], rest: s.slice(m[0].length), twoDigit } };
  }
  if ((m = MD_CHINESE.exec(s))) return { noYear: { m: +m[1], d: +m[2], rest: s.slice(m[0].length), numeric: false } };
  if ((m = MD_NUMERIC.exec(s))) return { noYear: { m: +m[1], d: +m[3], rest: s.slice(m[0].length), numeric: true } };
  return null;
}

/** A month and day without a year (3月5日, --03-05, 0000-03-05). */
function monthDay(month: number, day: number): DateReading {
  // 2000 is a leap year, so 2月29日 is a possible birthday.
  return isValidCivil(2000, month, day) ? { kind: 'noYear', month, day } : { kind: 'invalid' };
}

function finish(p: Parts, opts: DateTextOptions): DateReading {
  const time = parseTime(p.rest);
  if (!time) return { kind: 'unrecognized' };
  // 0000-12-03 00:00:00, 1604-12-04T00:00: a birthday exported without its year.
  if (!p.twoDigit && !p.roc && isYearPlaceholder(p.y)) return monthDay(p.m, p.d);
  const rocYear = p.twoDigit && p.yearFirst && opts.era !== 'gregorian' ? p.y + ROC_OFFSET : null;
  const asRoc = rocYear !== null && opts.era === 'roc';
  const y = asRoc ? rocYear : p.twoDigit ? pivotYear(p.y, opts.today) : p.y;
  if (!isValidCivil(y, p.m, p.d)) return { kind: 'invalid' };
  // An export's instant (2026-12-31T16:00:00.000Z) is the sheet's civil time where its zone is known.
  // Exactly midnight UTC (T00:00:00.000Z, +00:00) is how HubSpot, Airtable and JSON exports write a
  // date-only field: it is that day, not an instant, and placing it west of UTC would move it a day back.
  const dateOnly = time.zone === 0 && time.h === 0 && time.m === 0 && time.s === 0 && !/\.\d*[1-9]/.test(p.rest);
  if (time.zone !== undefined && opts.timeZone !== undefined && !p.twoDigit && !dateOnly) {
    const there = inZone({ y, m: p.m, d: p.d }, time, opts.timeZone);
    if (there) return { kind: 'date', iso: withTime(there.date, there.time, false, opts.seconds), zoned: true };
  }
  // An instant's midnight (a date-only field exported at T00:00:00Z) is its day, whatever the column holds.
  const iso = withTime({ y, m: p.m, d: p.d }, time, opts.keepMidnight === true && time.zone === undefined, time.zone === undefined ? opts.seconds : undefined);
  // Typed in 民國 years (115/12/20, 民國75年3月8日, or 75/03/08 in a column of them): `rocTyped`, so
  // the cell keeps its calendar (normalize/date.ts), the day read as its 西元 date.
  if (!p.twoDigit) return p.roc === true ? { kind: 'date', iso, rocTyped: true } : { kind: 'date', iso };
  if (asRoc) return { kind: 'date', iso, twoDigitYear: y, roc: { how: 'read', year: y }, rocTyped: true };
  // Read in the century, never silently: the same text is a 民國 date too when that day exists.
  return rocYear !== null && isValidCivil(rocYear, p.m, p.d)
    ? { kind: 'date', iso, twoDigitYear: y, roc: { how: 'possible', year: rocYear } }
    : { kind: 'date', iso, twoDigitYear: y };
}

/** A date written in 民國 years and saying so (民國75年3月8日, 115/12/20, 0750308): a column's evidence of them. */
export function saysRocYear(text: string): boolean {
  if (!/^\s*[01０１中民]/u.test(text)) return false;
  const found = match(prepare(text));
  return found !== null && 'parts' in found && found.parts.roc === true;
}

/**
 * What a numeric day-and-month date says about its column's order: 13/05/2024 can only be day
 * first, 05/13/2024 only month first, 03/05/2024 either; null for anything else (year-first,
 * month names, a day equal to its month, not a date).
 */
export function dayMonthOrder(text: string): 'month-first' | 'day-first' | 'either' | null {
  if (PLAIN_YMD.test(text)) return null;
  const s = prepare(text);
  if (s === '') return null;
  const found = match(s);
  if (!found || !('orders' in found)) return null;
  const { a, b, y, twoDigit, dotted } = found.orders;
  // 24.11.01 may be a yy.mm.dd column's (dotted-years.ts): no evidence of the order of its day and month.
  if (dotted && twoDigit) return null;
  if ((a > 12 && b > 12) || a === b || a < 1 || b < 1) return null;
  // Only a possible date says anything (31/4 is no evidence of day first: it is no date at all).
  const year = twoDigit ? 2000 : y;
  if (a > 12) return isValidCivil(year, b, a) ? 'day-first' : null;
  if (b > 12) return isValidCivil(year, a, b) ? 'month-first' : null;
  // 01.11.2024 is read day first (parseDateText), and says so of its column as 13.05.2024 does.
  if (dotted) return isValidCivil(year, b, a) ? 'day-first' : null;
  return 'either';
}

/**
 * How `text` reads as a date. 03/05/2024 (both parts ≤ 12, different) is `ambiguous` under the
 * `flag` policy and read month-first or day-first under the others; 13/05/2024 is always
 * day-first and 05/13/2024 month-first; 03.05.2024 (dots, the year last) is day-first under `flag`. Impossible dates (2023-02-29) are `invalid`.
 */
export function parseDateText(text: string, opts: DateTextOptions): DateReading {
  // The commonest form, year first with one separator (2024-03-05, 2024/3/5): read as the full
  // route below would, without preparing the text.
  const ymd = PLAIN_YMD.exec(text);
  if (ymd) {
    const y = +ymd[1], m = +ymd[3], d = +ymd[4];
    if (isYearPlaceholder(y)) return monthDay(m, d);
    return isValidCivil(y, m, d) ? { kind: 'date', iso: formatIso({ y, m, d }) } : { kind: 'invalid' };
  }
  const s = prepare(text);
  if (s === '') return { kind: 'unrecognized' };
  // Lunar is what birthday reminders read as lunar: one reading, so the cleaner's "reminders can
  // read it" holds; a lunar word on text no reading places is said so, not called any date.
  if (readLunarDate(text)) return { kind: 'lunar' };
  if (saysLunar(text)) return { kind: 'lunarUnread' };
  const found = match(s, opts.dottedYearFirst === true || opts.era === 'roc', opts.era === 'roc');
  if (!found) return { kind: 'unrecognized' };
  if ('parts' in found) return finish(found.parts, opts);
  if ('noYear' in found) {
    const { m, d, rest, numeric } = found.noYear;
    if (rest.trim() !== '' && !parseTime(rest)) return { kind: 'unrecognized' };
    // 3/5 is read month-first (the Chinese and US habit) unless the policy or the numbers say otherwise.
    const dayFirst = numeric && ((opts.ambiguous === 'day-first' && d <= 12) || (m > 12 && d <= 12));
    const [month, day] = dayFirst ? [d, m] : [m, d];
    return monthDay(month, day);
  }
  const { a, b, y, twoDigit, rest } = found.orders;
  const monthFirst: Parts = { y, m: a, d: b, rest, twoDigit };
  const dayFirst: Parts = { y, m: b, d: a, rest, twoDigit };
  if (a > 12 && b > 12) return { kind: 'invalid' };
  if (a > 12) return finish(dayFirst, opts);
  if (b > 12 || a === b) return finish(monthFirst, opts);
  // Dots and the year last: day first, unless the user (or his column's own dates) said month first.
  if (found.orders.dotted && opts.ambiguous === 'flag') return finish(dayFirst, opts);
  if (opts.ambiguous === 'month-first') return finish(monthFirst, opts);
  if (opts.ambiguous === 'day-first') return finish(dayFirst, opts);
  const mf = finish(monthFirst, opts);
  const df = finish(dayFirst, opts);
  if (mf.kind !== 'date' || df.kind !== 'date') return mf.kind === 'date' ? df : mf;
  return { kind: 'ambiguous', monthFirst: mf.iso, dayFirst: df.iso };
}
