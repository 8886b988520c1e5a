/**
 * A contract end written as a month (服务到期 2026年12月, 2026.12, 2027-01): a bookkeeping firm's or
 * a subscription's service runs to the end of that month. The cell keeps what was typed (the date
 * cleaner asks for the day); its reminders fall due on the month's last day, not never.
 */
import { toHalfWidth } from '../../text/fold';
import { daysInMonth, dayNumberOf } from '../../table/civil-date';
import type { Cell } from '../../table/cell';

const YEAR_MONTH = /^(\d{4})\s*(?:年\s*|[-./]\s*)(\d{1,2})\s*月?(?:份|底|末)?$/u;
/** 12/2026: month and year, as a card's expiry is written. */
const MONTH_YEAR = /^(\d{1,2})\s*[-./]\s*(\d{4})$/;

/** The day number of the last day of the month a text cell names, or null. */
export function monthEndDay(cell: Cell | undefined): number | null {
  if (!cell || cell.kind !== 'text') return null;
  const text = toHalfWidth(cell.value).trim();
  const ym = YEAR_MONTH.exec(text);
  const my = ym ? null : MONTH_YEAR.exec(text);
  if (!ym && !my) return null;
  const y = Number(ym ? ym[1] : my![2]);
  const month = Number(ym ? ym[2] : my![1]);
  if (month < 1 || month > 12 || y < 1900 || y > 2200) return null;
  return dayNumberOf(y, month, daysInMonth(y, month));
}
