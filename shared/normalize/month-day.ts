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
