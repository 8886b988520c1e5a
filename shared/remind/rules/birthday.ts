/**
 * Birthdays in the next N days, from date cells, month-day text and (when switched on) lunar text,
 * in the birthday column or in a lunar birthday column (农历生日), which wins when both are filled:
 * a sheet keeps it because that is the day the customer celebrates.
 */
import { formatIso, toDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { readBirthday, readLunarBirthday } from '../month-day';
import { nextBirthday } from '../next-birthday';
import { lunarText } from '../lunar-text';

export const birthdayRule: ReminderRule<RemindSettings['birthday']> = (record, settings, ctx): ReminderDraft | null => {
  const spec = (settings.lunar ? readLunarBirthday(record.fields.lunarBirthday) : null) ?? readBirthday(record.fields.birthday);
  if (!spec || (spec.lunar && !settings.lunar)) return null;
  const next = nextBirthday(spec, ctx.today, settings.feb29);
  if (!next) return null;
  const due = toDayNumber(next.date);
  const days = due - ctx.todayDay;
  if (days > settings.daysAhead) return null;
  const date = formatIso(next.date);
  const today = days === 0;
  if (spec.lunar) {
    const params = { date, days, lunar: lunarText(spec.month, spec.day), lunarMonth: spec.month, lunarDay: spec.day };
    return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayLunarToday' : 'remind.reason.birthdayLunar', params } };
  }
  if (next.age !== undefined) {
    const params = { date, days, age: next.age };
    return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayAgeToday' : 'remind.reason.birthdayAge', params } };
  }
  return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayToday' : 'remind.reason.birthday', params: { date, days } } };
};
