/**
 * Contract expiry as a ladder (30 / 7 / 1 days by default): one reminder per row, at the most
 * urgent step reached; a contract that ended within `expiredWithinDays` gets an "expired" reminder.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';

export const contractRule: ReminderRule<RemindSettings['contract']> = (record, settings, ctx): ReminderDraft | null => {
  const end = dayOf(record.fields.contractEnd);
  if (end === null) return null;
  const days = end - ctx.todayDay;
  const date = formatIso(fromDayNumber(end));
  if (days < 0) {
    if (-days > settings.expiredWithinDays) return null;
    return { kind: 'contractExpired', due: end, event: date, reason: { code: 'remind.reason.contractExpired', params: { date, days: -days } } };
  }
  const reached = settings.steps.filter((step) => days <= step);
  if (reached.length === 0) return null;
  const step = Math.min(...reached);
  const code = days === 0 ? 'remind.reason.contractToday' : 'remind.reason.contractExpiring';
  return { kind: 'contract', due: end, step, event: `${date}/${step}`, reason: { code, params: { date, days, step } } };
};
