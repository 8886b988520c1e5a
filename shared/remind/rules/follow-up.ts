/** Follow-ups whose planned date (下次跟进) is today or past, or within `daysAhead`. */
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
  const date = formatIso(fromDayNumber(due));
  const reason: ReminderDraft['reason'] = days < 0
    ? { code: 'remind.reason.followUpOverdue', params: { date, days: -days } }
    : days === 0
      ? { code: 'remind.reason.followUpToday', params: { date } }
      : { code: 'remind.reason.followUpSoon', params: { date, days } };
  return { kind: 'followUp', due, event: date, reason };
};
