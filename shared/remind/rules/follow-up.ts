/**
 * Follow-ups whose planned date (下次跟进, 复诊日期) is today or past, or within `daysAhead`; one the
 * customer was contacted or bought on or after is done (a clinic's 复诊 of 05-20 with 最近就诊 06-03
 * is no follow-up 21 days overdue), whoever forgot to clear the date.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';

export const followUpRule: ReminderRule<RemindSettings['followUp']> = (record, settings, ctx): ReminderDraft | null => {
  const due = dayOf(record.fields.nextFollowUp);
  if (due === null) return null;
  const days = due - ctx.todayDay;
  if (days > settings.daysAhead) return null;
  if (settings.maxOverdueDays !== null && -days > settings.maxOverdueDays) return null;
  if (days <= 0 && metSince(due, dayOf(record.fields.lastContact), dayOf(record.fields.lastPurchase))) return null;
  const date = formatIso(fromDayNumber(due));
  const reason: ReminderDraft['reason'] = days < 0
    ? { code: 'remind.reason.followUpOverdue', params: { date, days: -days } }
    : days === 0
      ? { code: 'remind.reason.followUpToday', params: { date } }
      : { code: 'remind.reason.followUpSoon', params: { date, days } };
  return { kind: 'followUp', due, event: date, reason };
};

const metSince = (due: number, contact: number | null, purchase: number | null) =>
  (contact !== null && contact >= due) || (purchase !== null && purchase >= due);
