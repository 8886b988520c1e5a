/**
 * A column headed like money owed whose cells are dates (MOT Due, Accounts Due, Tax Return Due, 尾款截止日):
 * the day something falls due, never an amount. Read as money owed, a garage's MOT and an accountant's
 * filing deadline were listed as debts and never reminded (testers h72 #20, h73 #4, #5); read as a due
 * day (contractEnd, as a fallback: any column naming the contract end keeps it, this one an extra due
 * column beside it) it is reminded in its own words (remind/due-label.ts: Accounts due on …).
 */
import { cellText, type Cell } from '../table/cell';
import { toHalfWidth } from '../text/fold';
import { isOwed } from '../dedupe/owed';
import { countFilled } from './sniff-column';

/** Filled cells a column needs before its dates say what it holds. */
const MIN_DATES = 3;
/**
 * A date as any office types it, whichever order its parts come in (2026-12-31, 31/12/2026, 12/31/2026,
 * 2026年12月31日, 31.12.26) or with its month's name (31-Dec-2026, Dec 31, 2026): no amount looks so.
 */
const TYPED_DATE = /^(?:\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}\s*日?|\d{1,2}[-\s]+\p{L}{3,9}\.?[-\s,]+\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u;

const isDate = (cell: Cell): boolean => cell.kind === 'date' || (cell.kind === 'text' && TYPED_DATE.test(toHalfWidth(cellText(cell)).trim()));

/** Whether the column is headed as owed money (isOwed) but most of its filled cells are dates: a due day, no amount. */
export function isDatedDue(header: string, cells: readonly Cell[] | undefined): boolean {
  if (header === '' || cells === undefined || !isOwed(header)) return false;
  const { seen, hits } = countFilled(cells, isDate);
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
