/**
 * A day written without its year (下次跟进 11月10日, 11-15, 12/05, Jan 20) read as the nearest such
 * day to today, within half a year either side: a rep planning a call writes the day, not the year,
 * and means the coming one or the one just missed. 12/05 is read month-first, as a birthday's month
 * and day are, unless `order` is the sheet's day-first (plan/sheet-locale.ts `yearlessOrder`: its
 * other dates are 25/11/2026, or its region writes the day first); 25/12 is day-first either way.
 */
import type { AmbiguousDatePolicy } from '../settings/types';
import { dayNumberOf, formatIso, fromDayNumber, isValidCivil, toDayNumber, type CivilDate } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { parseMonthDay } from './month-day';

/** Half a year either side of today: a day further off is no plan the text can mean. */
const HALF_YEAR = 183;

/**
 * The day `text` names without a year, placed in the year that brings it nearest to `today` (the
 * later one when two are as near), or null: the text has a year, is no month and day, or (29 February)
 * no year within half a year has that day.
 */
export function nearestDay(text: string, today: CivilDate, order: AmbiguousDatePolicy = 'flag'): { day: number; iso: string } | null {
  const s = toHalfWidth(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  const md = s === '' ? null : parseMonthDay(s, order === 'day-first' ? 'day-first' : 'flag');
  if (!md || md.year !== undefined) return null;
  const todayDay = toDayNumber(today);
  let best: number | null = null;
  for (const y of [today.y - 1, today.y, today.y + 1]) {
    if (!isValidCivil(y, md.month, md.day)) continue;
    const day = dayNumberOf(y, md.month, md.day);
    if (Math.abs(day - todayDay) > HALF_YEAR) continue;
    if (best === null || Math.abs(day - todayDay) <= Math.abs(best - todayDay)) best = day;
  }
  return best === null ? null : { day: best, iso: formatIso(fromDayNumber(best)) };
}
