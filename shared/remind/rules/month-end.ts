/**
 * A contract end written as a month (服务到期 2026年12月, 2026.12, 12/2026): a bookkeeping firm's or a
 * subscription's service runs to the end of that month. The cell keeps what was typed (the date
 * cleaner asks for the day, normalize/date-vague.ts); its reminders fall due on the month's last
 * day, not never.
 */
import { toHalfWidth } from '../../text/fold';
import { daysInMonth, dayNumberOf } from '../../table/civil-date';
import type { Cell } from '../../table/cell';
import { yearMonth } from '../../normalize/date-vague';

/** The day number of the last day of the month a text cell names, or null. */
export function monthEndDay(cell: Cell | undefined): number | null {
  if (!cell || cell.kind !== 'text') return null;
  const named = yearMonth(toHalfWidth(cell.value));
  return named === null ? null : dayNumberOf(named.year, named.month, daysInMonth(named.year, named.month));
}
