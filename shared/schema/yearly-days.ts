/**
 * A column of days that come round each year, typed without a year (12月6日, 6月1日): an agent's yearly
 * premium day (缴费日), as a birthday column is one of birthdays. A due column so written still names the
 * day to remind of (tester h78 #6: a policy book's 缴费日 went unread for holding "no dates"). Not a day
 * of the month (每月1号) nor a day described (每年6月15日): those name no coming day.
 */
import type { Cell } from '../table/cell';
import { toHalfWidth } from '../text/fold';
import { countFilled, isDateCell } from './sniff-column';

/** A month and day with no year (12月6日, 6月1号): the month and the day captured. One pattern for the column and its reminder (remind/yearly-due.ts). */
export const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/u;

/** A cell typed as a month and day (12月6日), no year. */
export function isMonthDayCell(cell: Cell): boolean {
  return cell.kind === 'text' && MONTH_DAY.test(toHalfWidth(cell.value).trim());
}

/** Half the sample's filled cells or more are dates or month-days: a column of due days. */
export function holdsDueDays(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (c) => isDateCell(c) || isMonthDayCell(c));
  return hits * 2 >= seen;
}
