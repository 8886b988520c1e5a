/**
 * A billing system's subscriptions export (Stripe's Subscriptions, Chargebee's, Recurly's): one row per
 * subscription, a customer holding one or several. Its Created is the sign-up, not a purchase; the
 * Current Period Start is the day the current period was invoiced, his latest purchase (Stripe: "Start
 * of the current period that the subscription has been invoiced for"); the Current Period End the day
 * it renews by itself, no renewal for anyone to chase unless Cancel At Period End says it will end
 * then; a Trial End the day a trial is to turn into a payment. Its Status is the subscription's own
 * (Stripe: active, trialing, past_due, unpaid, incomplete, incomplete_expired, canceled, paused): a
 * canceled one was paid for until it ended, no order voided, and ended its customer on its Canceled At.
 * The words are data: SUBSCRIPTION_HEADERS tell the sheet, the *_STATUSES the subscription's state.
 */
import { cellText, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import type { Table } from '../table/table';
import { foldHeader } from '../schema/fold-header';

/** Headers only a subscriptions export has: its billing period and whether it ends with it. */
export const SUBSCRIPTION_HEADERS: readonly string[] = [
  'current period start', 'current period end', 'cancel at period end',
  // Chargebee's Current Term Start / End, Recurly's Current Period Started At / Ends At.
  'current term start', 'current term end', 'current period started at', 'current period ends at',
];

/** A subscription that ended (Stripe canceled, incomplete_expired; Chargebee cancelled): not renewed, its customer gone. */
export const ENDED_STATUSES: readonly string[] = ['canceled', 'cancelled', 'incomplete_expired', 'incomplete expired', 'expired', 'ended'];
/** A subscription on a free trial: its Trial End is the day it is to pay (Stripe trialing, Chargebee in_trial). */
export const TRIAL_STATUSES: readonly string[] = ['trialing', 'in_trial', 'in trial', 'trial'];
/** The header of the day a trial ends (an extra due column of the contract end: fields.ts). */
export const TRIAL_END_HEADERS: readonly string[] = ['trial end', 'trial ends', 'trial end date', 'trial ends at', 'trial ended at'];
/** The header of whether the subscription ends at its period's end (Stripe's Cancel At Period End: true / false). */
const CANCEL_AT_END_HEADERS: readonly string[] = ['cancel at period end', 'cancel at end of term', 'non renewing'];
/** A yes in such a cell. */
const YES = /^(?:true|yes|y|1|是)$/iu;

const keys = (words: readonly string[]) => new Set(words.map((w) => foldHeader(w).key));
const SUBSCRIPTION_KEYS = keys(SUBSCRIPTION_HEADERS);
const ENDED_KEYS = keys(ENDED_STATUSES);
const TRIAL_KEYS = keys(TRIAL_STATUSES);
const TRIAL_END_KEYS = keys(TRIAL_END_HEADERS);
const CANCEL_AT_END_KEYS = keys(CANCEL_AT_END_HEADERS);

const keyOf = (h: unknown) => (typeof h === 'string' && h.trim() !== '' ? foldHeader(h).key : '');

/** The sheet's headers name a subscription's billing period. */
export function isSubscriptionList(headers: readonly unknown[]): boolean {
  return headers.some((h) => SUBSCRIPTION_KEYS.has(keyOf(h)));
}

/** A header naming the day a trial ends. */
export const isTrialEndHeader = (h: unknown): boolean => TRIAL_END_KEYS.has(keyOf(h));

const statusKey = (c: Cell | undefined) => (c !== undefined && c.kind === 'text' ? foldHeader(c.value).key : '');
/** The subscription's status says it ended. */
export const subscriptionEnded = (r: CustomerRecord, field: FieldId = 'status'): boolean => ENDED_KEYS.has(statusKey(r.fields[field]));

function without(fields: Partial<Record<FieldId, Cell>>, ...drop: FieldId[]): Partial<Record<FieldId, Cell>> {
  const out = { ...fields };
  for (const f of drop) delete out[f];
  return out;
}

/**
 * The subscription rows as the classes and reminders read them (the sheet's cells stay as typed): an
 * ended one is no voided order (its status is left out of the view, so what it was paid stays his) and
 * ends its customer on its Canceled At (endedAt), or else on the end of the period it was paid for; one
 * that renews by itself has no renewal due (its period end left out) unless its Cancel At Period End is
 * true; a Trial End is a day to call only while the subscription is on trial, and a trial has bought nothing yet.
 */
export function subscriptionRows(records: readonly CustomerRecord[], table: Pick<Table, 'headers' | 'rows'>, extraCols: Partial<Record<FieldId, number[]>> = {}): CustomerRecord[] {
  const cancelCol = table.headers.findIndex((h) => CANCEL_AT_END_KEYS.has(keyOf(h)));
  const trialExtras = (extraCols.contractEnd ?? []).map((col) => isTrialEndHeader(table.headers[col]));
  const rowOf = new Map(table.rows.map((row) => [row.sheetRow, row]));
  return records.map((r) => {
    const trialing = TRIAL_KEYS.has(statusKey(r.fields.status));
    const extra = r.extra?.contractEnd && trialExtras.some(Boolean) && !trialing
      ? { ...r.extra, contractEnd: r.extra.contractEnd.map((c, i): Cell => (trialExtras[i] ? { kind: 'empty' } : c)) }
      : r.extra;
    const withExtra = extra === r.extra ? r : { ...r, extra };
    if (subscriptionEnded(r)) {
      const ended = r.fields.endedAt ?? r.fields.contractEnd ?? r.fields.lastPurchase;
      const fields = without(r.fields, 'status', 'contractEnd');
      return { ...withExtra, fields: ended === undefined ? fields : { ...fields, endedAt: ended } };
    }
    const cancel = cancelCol < 0 ? undefined : rowOf.get(r.sheetRow)?.cells[cancelCol];
    const endsWithPeriod = cancel !== undefined && YES.test(cellText(cancel).trim());
    const renews: FieldId[] = endsWithPeriod ? [] : ['contractEnd'];
    // A trial has paid nothing yet: its period's start, its price and its start are no purchase (a prospect until it converts).
    if (trialing) return { ...withExtra, fields: without(r.fields, 'lastPurchase', 'amount', 'contractStart', ...renews) };
    return { ...withExtra, fields: without(r.fields, ...renews) };
  });
}
