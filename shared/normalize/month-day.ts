/** Month and day of a date written with or without a year, for birthday reminders (3月5日, 03-05, Mar 5, 1990-03-05). */
import type { AmbiguousDatePolicy } from '../settings/types';
import { parseDateText } from './date-text';

export interface MonthDay {
  month: number;
  day: number;
  /** When the text has one (1990-03-05, 1990年3月5日). */
  year?: number;
  /** The year was written with two digits (05-Mar-24, 90.12.4): its century is a guess. */
  twoDigitYear?: true;
}

/** Any fixed day works: the year only matters for two-digit years, whose month and day are kept anyway. */
const ANCHOR = { y: 2000, m: 1, d: 1 };

/**
 * The month and day in `text`, or null. Numeric forms without a year (3/5, 03-05) are read
 * month-first unless `order` is `day-first` or only day-first makes sense (13/5). A full date
 * that is ambiguous (03/05/2024) gives null under `flag`.
 */
export function parseMonthDay(text: string, order: AmbiguousDatePolicy = 'month-first'): MonthDay | null {
  const r = parseDateText(text, { ambiguous: order, today: ANCHOR });
  if (r.kind === 'noYear') return { month: r.month, day: r.day };
  if (r.kind === 'date') return { month: +r.iso.slice(5, 7), day: +r.iso.slice(8, 10), year: +r.iso.slice(0, 4), ...(r.twoDigitYear === undefined ? {} : { twoDigitYear: true as const }) };
  return null;
}

/** 12.6 (月.日) and 1206 (MMDD): how a birthday is often typed in China without its year. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})$/;
const FOUR = /^(\d{2})(\d{2})$/;

/**
 * A month and day typed as a number would be, 12.6 or 1206: only for a column that holds yearly days
 * (生日, Birthday, 纪念日), where 12.6 is no amount and 1206 no year. 12.6 is month first, as 12月6日,
 * unless `order` is day-first (a British Birthday column: 12 June) or only day first makes sense
 * (25.12). 1206 is always month first; in a day-first column it is not read. Null for anything else
 * (13.6, 2.30, 1985, 126).
 */
export function readMonthDayShorthand(text: string, order: AmbiguousDatePolicy = 'month-first'): MonthDay | null {
  const s = text.normalize('NFKC').trim();
  const valid = (month: number, day: number): MonthDay | null =>
    month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] ? { month, day } : null;
  const dotted = DOTTED.exec(s);
  if (dotted) {
    const a = +dotted[1], b = +dotted[2];
    return order === 'day-first' ? valid(b, a) : (valid(a, b) ?? valid(b, a));
  }
  const four = order === 'day-first' ? null : FOUR.exec(s);
  return four ? valid(+four[1], +four[2]) : null;
}

/** Days in each month of a leap year: a birthday may be 29 February. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

