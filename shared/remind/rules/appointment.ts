/**
 * A day the customer is booked for (开庭日期, 考试日期, 预约日期, Hearing Date, Appointment: the
 * appointment field), reminded from `daysAhead` days before (or its kind's longer lead: a departure,
 * a 预产期: appointment-word.ts) until the day itself, as the rep
 * prepares for it: "开庭 2026-12-05，明天". Its word is the column's (appointmentWord). A day gone by
 * is held or missed: what follows is the rep's next follow-up, not this reminder.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';
import { appointmentLead, appointmentWord } from '../appointment-word';
import { lunarFixedDayOf } from '../../normalize/lunar-day';
import type { Params } from '../../i18n/define';

export const appointmentRule: ReminderRule<RemindSettings['appointment']> = (record, settings, ctx): ReminderDraft | null => {
  // A day chosen by the lunar calendar, typed with its year (2027年正月初八), is read on its solar day.
  const due = dayOf(record.fields.appointment) ?? lunarFixedDayOf(record.fields.appointment);
  if (due === null) return null;
  const days = due - ctx.todayDay;
  if (days < 0 || days > appointmentLead(ctx.headers?.appointment, settings.daysAhead)) return null;
  const date = formatIso(fromDayNumber(due));
  const what = appointmentWord(ctx.headers?.appointment);
  const params: Params = what === undefined ? { date, days } : { what, date, days };
  const code = days === 0
    ? what === undefined ? 'remind.reason.appointmentToday' : 'remind.reason.appointmentTodayWhat'
    : what === undefined ? 'remind.reason.appointmentSoon' : 'remind.reason.appointmentSoonWhat';
  return { kind: 'appointment', due, event: date, reason: { code, params } };
};
