/**
 * Reads a birthday from a cell: a date cell, or text the date cleaner leaves alone because it has
 * no year — '3月5日', '03-05', '--03-05', 'March 5', '5 Mar' — and lunar birthdays as the date
 * cleaner reads them (normalize/lunar-date.ts): '农历三月初五', '陰曆十月廿五', '10月25日(农历)',
 * '腊月初八'.
 * `03/05` without a year is read month-first (the Chinese and ISO order) unless its column is day
 * first; `25/12` can only be day-first and is read so.
 */
import type { Cell } from '../table/cell';
import { parseIso } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { parseMonthDay, readMonthDayShorthand } from '../normalize/month-day';
import { readLunarDate, type LunarDate } from '../normalize/lunar-date';
import type { AmbiguousDatePolicy } from '../settings/types';

export interface BirthdaySpec {
  month: number;
  day: number;
  year?: number;
  /** A lunar (农历) month and day; `leapMonth` when written as a leap month (闰). */
  lunar?: boolean;
  leapMonth?: boolean;
}

function lunarSpec(date: LunarDate | null): BirthdaySpec | null {
  return date ? { ...date, lunar: true } : null;
}

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
  return lunarSpec(readLunarDate(cell.value, true));
}

/**
 * `order`: the order the column's year-less dates are written in (plan/sheet-locale.ts
 * yearlessOrder): a UK Mailchimp audience's Birthday 12/06 is 12 June. Absent, month first.
 */
export function readBirthday(cell: Cell | undefined, order: AmbiguousDatePolicy = 'flag'): BirthdaySpec | null {
  if (!cell) return null;
  if (cell.kind === 'date') {
    const c = parseIso(cell.value);
    return c ? { month: c.m, day: c.d, year: c.y } : null;
  }
  if (cell.kind !== 'text') return null;
  const lunar = readLunarDate(cell.value);
  if (lunar) return lunarSpec(lunar);
  // Solar dates and month-days are the date cleaner's reading; an ambiguous full date (03/05/1990)
  // stays unread, as the cleaner left it: a reminder on a guessed day would be wrong half the time.
  const s = toHalfWidth(cell.value.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  // 12.6 or 1206 in a birthday column: a month and day typed as a number would be (the cleaner reads them so too).
  const read = s === '' ? null : parseMonthDay(s, order) ?? readMonthDayShorthand(s, order);
  // A two-digit year the cleaner kept as typed (05-Mar-24: 2024 or 1924?) gives the day, not an age.
  return read && read.twoDigitYear ? { month: read.month, day: read.day } : read;
}
