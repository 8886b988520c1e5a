/**
 * A column headed like money owed whose cells are dates (MOT Due, Accounts Due, Tax Return Due, 尾款截止日):
 * the day something falls due, never an amount. Read as money owed, a garage's MOT and an accountant's
 * filing deadline were listed as debts and never reminded (testers h72 #20, h73 #4, #5); read as a due
 * day (contractEnd, as a fallback: any column naming the contract end keeps it, this one an extra due
 * column beside it) it is reminded in its own words (remind/due-label.ts: Accounts due on …).
 */
import type { Cell } from '../table/cell';
import { isOwed } from '../dedupe/owed';
import { countFilled, isDateCell } from './sniff-column';

/** Filled cells a column needs before its dates say what it holds. */
const MIN_DATES = 3;

/** Whether the column is headed as owed money (isOwed) but most of its filled cells are dates: a due day, no amount. */
export function isDatedDue(header: string, cells: readonly Cell[] | undefined): boolean {
  if (header === '' || cells === undefined || !isOwed(header)) return false;
  const { seen, hits } = countFilled(cells, isDateCell);
  return seen >= MIN_DATES && hits * 2 > seen;
}

/** The columns of `headers` that isDatedDue reads as due days, among those `open` (no field or rule has them). */
export function datedDueColumns(headers: readonly string[], sample: readonly (readonly Cell[])[] | undefined, open: (col: number) => boolean): Set<number> {
  const cols = new Set<number>();
  headers.forEach((h, col) => {
    if (open(col) && isDatedDue(h, sample?.[col])) cols.add(col);
  });
  return cols;
}
