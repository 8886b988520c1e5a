/**
 * The day number of a date cell, or null for anything else (blank, text, a malformed date).
 * The plain `YYYY-MM-DD` form is read without a regular expression: rules read several dates of
 * every row, and on a sheet of a million rows the regex was the largest cost after allocation.
 */
import type { Cell } from '../table/cell';
import { isValidCivil, parseIso, toDayNumber } from '../table/civil-date';

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Day number of an IsoDate string (time part ignored), or null. */
export function isoDay(value: string): number | null {
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digits(value, 0, 4), m = digits(value, 5, 2), d = digits(value, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0) return isValidCivil(y, m, d) ? toDayNumber({ y, m, d }) : null;
  }
  const civil = parseIso(value);
  return civil ? toDayNumber(civil) : null;
}

export function cellDay(cell: Cell | undefined): number | null {
  return cell && cell.kind === 'date' ? isoDay(cell.value) : null;
}
