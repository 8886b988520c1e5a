/**
 * The day number of a date cell, or null for anything else (blank, text, a malformed date).
 * parseIso reads the plain `YYYY-MM-DD` form without a regular expression: rules read several
 * dates of every row.
 */
import type { Cell } from '../table/cell';
import { parseIso, toDayNumber } from '../table/civil-date';

/** Day number of an IsoDate string (time part ignored), or null. */
export function isoDay(value: string): number | null {
  const civil = parseIso(value);
  return civil ? toDayNumber(civil) : null;
}

export function cellDay(cell: Cell | undefined): number | null {
  return cell && cell.kind === 'date' ? isoDay(cell.value) : null;
}
