/**
 * Amounts the run itself doubts: an amount kept in the sheet as typed, but flagged as likely another
 * figure (150000 under 成交金额（万元） is ¥15亿 read in the column's unit, more likely yuan). Counted,
 * one such cell would make its customer VIP and outweigh the whole report's spending, on a number the
 * run has just said it does not believe. So until the user confirms or corrects it, the amount counts
 * for nothing: no tier, no VIP, no share of the spending, as a blank amount would; the row's reasons
 * say it is the doubt, not a missing amount, that left it out.
 */
import { EMPTY } from '../table/cell';
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

/** Sheet row → the amount as typed, for each amount cell the run flagged as doubtful. */
export function doubtfulAmounts(issues: readonly CellIssue[], amountCol: number | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (amountCol === undefined) return out;
  for (const i of issues) {
    if (i.col === amountCol && DOUBTFUL_AMOUNT.has(i.code)) out.set(i.sheetRow, String(i.params?.value ?? ''));
  }
  return out;
}

/** The records with each doubtful amount left blank, for classes, reminders and the report. */
export function withoutDoubtful(records: CustomerRecord[], doubtful: ReadonlyMap<number, string>): CustomerRecord[] {
  if (doubtful.size === 0) return records;
  return records.map((r) => (doubtful.has(r.sheetRow) && r.fields.amount ? { ...r, fields: { ...r.fields, amount: EMPTY } } : r));
}

/** The classification with a doubtful row's "no amount" and "below the VIP rule" saying why instead. */
export function explainDoubtful(result: ClassifyResult, doubtful: ReadonlyMap<number, string>): ClassifyResult {
  if (doubtful.size === 0) return result;
  const rows = result.rows.map((row) => {
    const value = doubtful.get(row.sheetRow);
    if (value === undefined) return row;
    const reasons = row.reasons.map((r): Reason => (INSTEAD[r.dimension] === r.code ? { ...r, code: 'classify.reason.amountDoubtful', params: { value } } : r));
    return { ...row, reasons };
  });
  return { ...result, rows };
}
