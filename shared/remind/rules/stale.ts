/**
 * Stale records: nothing in the contact / update dates (or a purchase since) for N days or more. The
 * due date is the day the record became stale. A row with none of these dates is not judged (its age
 * is unknown).
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { FieldId } from '../../schema/fields';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';
import { POOL_OWNER } from '../../table/public-pool';

export const staleRule: ReminderRule<RemindSettings['stale']> = (record, settings, ctx): ReminderDraft | null => {
  let latest: number | null = null;
  let field: FieldId | null = null;
  // A rep's claim (领取时间) dates his hold; once the customer is back in the pool it holds nothing.
  const pooled = record.fields.owner === POOL_OWNER;
  for (const f of settings.fields) {
    if (pooled && f === 'claimedAt') continue;
    const day = dayOf(record.fields[f]);
    if (day !== null && (latest === null || day > latest)) {
      latest = day;
      field = f;
    }
  }
  if (latest === null || field === null) return null;
  // A purchase since is a touch too: a customer who bought last month is no record to review. It
  // only refreshes a row the contact dates judge; a sheet of purchases alone (a shop's customers,
  // an order list) is the activity classes' to judge, or every lapsed buyer would be a reminder.
  const bought = dayOf(record.fields.lastPurchase);
  if (bought !== null && bought > latest) {
    latest = bought;
    field = 'lastPurchase';
  }
  const ago = ctx.todayDay - latest;
  if (ago < settings.days) return null;
  const date = formatIso(fromDayNumber(latest));
  return {
    kind: 'stale', due: latest + settings.days, event: date,
    reason: { code: 'remind.reason.stale', params: { field, date, days: ago, limit: settings.days } },
  };
};
