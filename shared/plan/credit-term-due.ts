/**
 * A debt falls due a credit term after the purchase (账期(天) 30 beside 最近进货 2026-10-20, Payment
 * Terms "Net 30" beside Last Invoice Date): a 经销商's list to collect says no due date of its own, its
 * term and last purchase say it, 2026-11-19. Where the sheet has no due column, each row that owes
 * gets that day as its payment's due date, reminded as a Due Date is (schema/collection-list.ts).
 */
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import type { CustomerRecord } from '../table/records';
import { date, type Cell } from '../table/cell';
import { cellDay } from '../classify/cell-day';
import { formatIso, fromDayNumber } from '../table/civil-date';
import { isCreditTermHeader } from '../schema/collection-list';
import { isOwedIn } from '../dedupe/owed';

/** Longer than a year is no credit term a shop gives (a 2026 typed in the wrong column). */
const MAX_TERM_DAYS = 366;
/** Paid on delivery: due the day of the purchase. */
const ON_RECEIPT = /^(?:due\s+on\s+receipt|on\s+receipt|cash|cod|c\.o\.d\.?|sofort|sofort\s+netto|现结|现款|货到付款|款到发货|即付)$/iu;
/** 30, 30天, 30 天, Net 30, N30, 30 days, 30 Tage netto, 月结30天, 30 jours. */
const IN_DAYS = /^(?:月结|net\s*|n)?\s*(\d{1,3})\s*(?:天|日|days?|tage?|jours?|dagen)?(?:\s*(?:net(?:to)?|netto))?$/iu;

/** The days of a credit term cell, or null when it says none this run can count (月结, blank, 面议). */
export function termDays(cell: Cell | undefined): number | null {
  if (cell === undefined) return null;
  if (cell.kind === 'number') return Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= MAX_TERM_DAYS ? cell.value : null;
  if (cell.kind !== 'text') return null;
  const text = cell.value.normalize('NFKC').trim();
  if (ON_RECEIPT.test(text)) return 0;
  const m = IN_DAYS.exec(text);
  if (!m) return null;
  const days = Number(m[1]);
  return days <= MAX_TERM_DAYS ? days : null;
}

/**
 * The records with their debt's due date as contractEnd (last purchase + term), or null when the sheet
 * has a due column of its own, no credit term, no last purchase or no money owed.
 */
export function creditTermDues(records: readonly CustomerRecord[], table: Table, fieldCols: Partial<Record<FieldId, number>>): CustomerRecord[] | null {
  if (fieldCols.contractEnd !== undefined || fieldCols.contractTerm !== undefined || fieldCols.lastPurchase === undefined) return null;
  const read = new Set(Object.values(fieldCols));
  const termCol = table.headers.findIndex((h, col) => !read.has(col) && isCreditTermHeader(h));
  if (termCol < 0 || !table.headers.some((h, col) => !read.has(col) && isOwedIn(h, table.headers))) return null;
  const rowAt = new Map(table.rows.map((r) => [r.sheetRow, r]));
  return records.map((r) => {
    const days = termDays(rowAt.get(r.sheetRow)?.cells[termCol]);
    const bought = cellDay(r.fields.lastPurchase);
    if (days === null || bought === null || r.fields.contractEnd !== undefined) return r;
    return { ...r, fields: { ...r.fields, contractEnd: date(formatIso(fromDayNumber(bought + days))) } };
  });
}
