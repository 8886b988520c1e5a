/**
 * A yearly day written without its year (生日 05-12, 有赞's usual form) beside a duplicate's whole date of the same
 * day (1992-05-12): the same birthday, the copy's the fuller. A merge keeps the whole date (his age, the 身份证号
 * check and the year come with it) and lists the yearless form with the merged values, as a surname and title
 * gives way to the full name (full-name.ts). A whole date of another day, or two whole dates, are values that
 * differ: the kept row keeps its own (tester h64 finding 12).
 */
import type { FieldId } from '../schema/fields';
import { cellText, type Cell } from '../table/cell';
import { parseMonthDay } from '../normalize/month-day';

/** The fields of a day that comes back every year, which a sheet often writes without its year. */
export const YEARLY_FIELDS: ReadonlySet<string> = new Set<FieldId>(['birthday', 'anniversary']);

/** The month and day of a cell written without a year (05-12, 5月12日), or null for a whole date or no date. */
function yearless(c: Cell): { month: number; day: number } | null {
  if (c.kind !== 'text') return null;
  const md = parseMonthDay(c.value);
  return md !== null && md.year === undefined ? md : null;
}

/** Whether `whole` is a date with its year on the day `kept` names without one. */
export function completesDate(kept: Cell, whole: Cell): boolean {
  if (whole.kind !== 'date') return false;
  const md = yearless(kept);
  if (md === null) return false;
  const iso = whole.value;
  return +iso.slice(5, 7) === md.month && +iso.slice(8, 10) === md.day && cellText(whole) !== '';
}
