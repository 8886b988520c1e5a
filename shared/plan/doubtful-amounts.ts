/**
 * Amounts the run itself doubts: an amount kept in the sheet as typed, but flagged as likely another
 * figure (150000 under 成交金额（万元） is ¥15亿 read in the column's unit, more likely yuan). Counted,
 * one such cell would make its customer VIP and outweigh the whole report's spending, on a number the
 * run has just said it does not believe. So until the user confirms or corrects it, the amount counts
 * for nothing: no tier, no VIP, no share of the spending, as a blank amount would; the row's reasons
 * say it is the doubt, not a missing amount, that left it out. That he bought is not in doubt: the
 * amount is held beside the record, for the classes that ask only that (lifecycle: a customer, not a
 * prospect; classify.ts).
 */
import { EMPTY, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { MessageKey } from '../i18n';
import type { ClassifyResult } from '../classify/classify';
import type { Reason } from '../classify/reason';
import type { CellIssue } from './issue';

/**
 * Findings that doubt an amount the run could read (a number cell stays a number, a text one its
 * text: amount.ts), whose reading would otherwise still count. Other amount findings are on text
 * the run could not read, which counts for nothing anyway.
 */
const DOUBTFUL_AMOUNT: ReadonlySet<MessageKey> = new Set<MessageKey>(['amount.unitSuspicious']);

/**
 * The reasons a blank amount gives, per dimension, that a doubtful one says instead (the tier by
 * amount's "no amount", the VIP rule's "below the VIP rule").
 */
const INSTEAD: Readonly<Record<string, MessageKey>> = {
  tier: 'classify.reason.noAmount',
  vip: 'classify.reason.notVip',
};

/** A doubtful amount: as typed, and as the run read it in whole units (¥80,000 in 万元: 800000000). */
export interface DoubtfulAmount {
  value: string;
  whole: number;
}

/** Sheet row → the doubtful amount, for each amount cell the run flagged as doubtful. */
export function doubtfulAmounts(issues: readonly CellIssue[], amountCol: number | undefined): Map<number, DoubtfulAmount> {
  const out = new Map<number, DoubtfulAmount>();
  if (amountCol === undefined) return out;
  for (const i of issues) {
    if (i.col === amountCol && DOUBTFUL_AMOUNT.has(i.code)) out.set(i.sheetRow, { value: String(i.params?.value ?? ''), whole: Number(i.params?.whole ?? NaN) });
  }
  return out;
}

/** The doubtful amounts' cells for a merge (dedupe/merge.ts MergeOptions.doubtful): sheet row → the amount column. */
export function doubtfulCellsOf(doubtful: ReadonlyMap<number, DoubtfulAmount>, amountCol: number | undefined): Map<number, ReadonlySet<number>> {
  const out = new Map<number, ReadonlySet<number>>();
  if (amountCol === undefined) return out;
  const cols: ReadonlySet<number> = new Set([amountCol]);
  for (const row of doubtful.keys()) out.set(row, cols);
  return out;
}

/**
 * The records with each doubtful amount left blank, for tiers, VIP, reminders and the report, and
 * held beside the record as read (a text ¥80,000 as its number), for whether he bought.
 */
export function withoutDoubtful(records: CustomerRecord[], doubtful: ReadonlyMap<number, DoubtfulAmount>): CustomerRecord[] {
  if (doubtful.size === 0) return records;
  return records.map((r) => {
    const d = doubtful.get(r.sheetRow);
    if (!d || !r.fields.amount) return r;
    const cell = r.fields.amount;
    const heldAmount: Cell = cell.kind !== 'number' && Number.isFinite(d.whole) ? { kind: 'number', value: d.whole } : cell;
    return { ...r, fields: { ...r.fields, amount: EMPTY }, heldAmount };
  });
}

/** The classification with a doubtful row's "no amount" and "below the VIP rule" saying why instead. */
export function explainDoubtful(result: ClassifyResult, doubtful: ReadonlyMap<number, DoubtfulAmount>): ClassifyResult {
  if (doubtful.size === 0) return result;
  const rows = result.rows.map((row) => {
    const value = doubtful.get(row.sheetRow)?.value;
    if (value === undefined) return row;
    const reasons = row.reasons.map((r): Reason => (INSTEAD[r.dimension] === r.code ? { ...r, code: 'classify.reason.amountDoubtful', params: { value } } : r));
    return { ...row, reasons };
  });
  return { ...result, rows };
}
