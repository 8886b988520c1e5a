/**
 * The day number of a date cell, or null for anything else (blank, text, a malformed date).
 * The plain `YYYY-MM-DD` form is read without a regular expression or an object: rules read
 * several dates of every row.
 */
import type { Cell } from '../table/cell';
import { isoDayNumber } from '../table/civil-date';

/** Day number of an IsoDate string (time part ignored), or null. */
export const isoDay = isoDayNumber;

export function cellDay(cell: Cell | undefined): number | null {
  return cell && cell.kind === 'date' ? isoDay(cell.value) : null;
}
