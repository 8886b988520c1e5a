/**
 * The day number of a date cell, or null for anything else (blank, text, a malformed date).
 * The plain `YYYY-MM-DD` form is read without a regular expression or an object: rules read
 * several dates of every row.
 */
import type { Cell } from '../table/cell';
import { isoDayNumber } from '../table/civil-date';

export function cellDay(cell: Cell | undefined): number | null {
  return cell && cell.kind === 'date' ? isoDayNumber(cell.value) : null;
}
