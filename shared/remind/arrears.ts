/**
 * Money a current customer owes and is late with (Arrears, 欠租, 欠款, 欠费, Overdue): chased while his
 * account runs, once per customer, with the amount as the sheet shows it (tester h73 #16: a tenant 1,200
 * in arrears on a running tenancy got nothing; h72 #13: 欠租 never said). A Balance Due, 尾款 or 应收款
 * alone says what is left to pay, not that it is late: it is chased by its due day or its event
 * (collection-list.ts, owed-after-event.ts), never by this.
 */
import type { CustomerRecord } from '../table/records';
import type { ReminderDraft } from './types';
import { remarkSettled } from './settled-words';
import { dayOf } from './rules/date-of';
import { formatIso, fromDayNumber } from '../table/civil-date';

/** Header words that say the money is already late, in the languages headers are read in. */
const LATE = /arrears|overdue|past\s*due|in\s*default|欠租|欠款|欠费|欠繳|欠缴|拖欠|逾期|未缴|未繳|rückstand|rückstände|impayé|achterstand/iu;

/** Whether an owed column's header says the money is already late (Arrears (£), 欠租金额), not merely due. */
export function isArrearsHeader(header: string): boolean {
  return LATE.test(header);
}

/**
 * The draft of a row's arrears, due today: its event is the amount, so a digest raises it once while it
 * stands and again when it changes. A remark saying it is paid (已结清: settled-words.ts) stops it.
 */
export function arrearsDraft(record: CustomerRecord, owed: { header: string; amount: string } | undefined, todayDay: number): ReminderDraft | null {
  if (owed === undefined || !isArrearsHeader(owed.header) || remarkSettled(record.fields.notes) !== null) return null;
  return {
    kind: 'owed',
    due: todayDay,
    event: `owed@${owed.amount}`,
    reason: { code: 'remind.reason.arrears', params: { owed: owed.header, amount: owed.amount } },
  };
}

/**
 * A subscription whose latest payment failed and is still retried or left unpaid (Stripe's and Recurly's
 * past_due, Stripe's unpaid): the customer keeps the service and owes the current period's invoice.
 * Canceled, active and trialing are none (plan/subscription-list.ts has the other statuses).
 */
const FAILED_PAYMENT_STATUSES: ReadonlySet<string> = new Set(['past_due', 'past due', 'unpaid']);

/**
 * The draft of a failed subscription payment: said as the export knows it, the status and the period left
 * unpaid since its start (Current Period Start, read as the latest purchase), due that day, its event the
 * day, so each period that fails reminds once.
 */
export function failedPaymentDraft(record: CustomerRecord, todayDay: number): ReminderDraft | null {
  const status = record.fields.status;
  const word = status?.kind === 'text' ? status.value.trim() : '';
  if (!FAILED_PAYMENT_STATUSES.has(word.toLowerCase())) return null;
  const since = dayOf(record.fields.lastPurchase);
  if (since === null || since > todayDay) {
    return { kind: 'owed', due: todayDay, event: 'failed', reason: { code: 'remind.reason.paymentFailedNoDay', params: { status: word } } };
  }
  return { kind: 'owed', due: since, event: `failed@${formatIso(fromDayNumber(since))}`, reason: { code: 'remind.reason.paymentFailed', params: { status: word, since: formatIso(fromDayNumber(since)) } } };
}
