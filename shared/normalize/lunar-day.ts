/**
 * A lunar date written with its year (2027年正月初八, 2027年农历三月初五) is one fixed day: a 婚期 or a
 * booking chosen by the lunar calendar (tester h70 #17), not a yearly birthday whose solar day moves.
 * Its solar day is read here (lunar.ts) for the cleaner's note and the reminders; the cell keeps the
 * text the user typed.
 */
import type { Cell } from '../table/cell';
import { formatIso, toDayNumber } from '../table/civil-date';
import { readLunarDate } from './lunar-date';
import { lunarToSolar } from '../remind/lunar';

/** The ISO solar day of a lunar date with its year, or null (no year, not lunar, a day the month lacks). */
export function lunarFixedDay(text: string): string | null {
  const lunar = readLunarDate(text.trim());
  if (lunar === null || lunar.year === undefined) return null;
  const solar = lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leapMonth === true);
  return solar === null ? null : formatIso(solar);
}

/** The day number of a text cell holding a lunar date with its year, else null. */
export function lunarFixedDayOf(cell: Cell | undefined): number | null {
  if (cell === undefined || cell.kind !== 'text') return null;
  const iso = lunarFixedDay(cell.value);
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return toDayNumber({ y, m, d });
}
