/**
 * Contract expiry as a ladder (30 / 7 / 1 days by default): one reminder per row, at the most
 * urgent step reached; a contract that ended within `expiredWithinDays` gets an "expired" reminder.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';
import { monthEndDay } from './month-end';
import type { Params } from '../../i18n/define';

export const contractRule: ReminderRule<RemindSettings['contract']> = (record, settings, ctx): ReminderDraft | null => {
  // 2026年12月: the month's last day.
  const end = dayOf(record.fields.contractEnd) ?? monthEndDay(record.fields.contractEnd);
  if (end === null) return null;
  const days = end - ctx.todayDay;
  const date = formatIso(fromDayNumber(end));
  // A column of what else ends (疫苗到期, 会员卡到期) names it in the reminder.
  const what = ctx.dueLabel;
  if (days < 0) {
    if (-days > settings.expiredWithinDays) return null;
    const params: Params = what === undefined ? { date, days: -days } : { what, date, days: -days };
    return { kind: 'contractExpired', due: end, event: date, reason: { code: what === undefined ? 'remind.reason.contractExpired' : 'remind.reason.dueExpired', params } };
  }
  const reached = settings.steps.filter((step) => days <= step);
  if (reached.length === 0) return null;
  const step = Math.min(...reached);
  const code = what === undefined
    ? days === 0 ? 'remind.reason.contractToday' : 'remind.reason.contractExpiring'
    : days === 0 ? 'remind.reason.dueToday' : 'remind.reason.dueExpiring';
  return { kind: 'contract', due: end, step, event: `${date}/${step}`, reason: { code, params: what === undefined ? { date, days, step } : { what, date, days, step } } };
};
