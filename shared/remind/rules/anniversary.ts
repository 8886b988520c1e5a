/**
 * Wedding anniversaries in the next N days (an Indian account's Date of Anniversary, 结婚纪念日): the
 * day comes round each year as a birthday does, read and placed the same way (29 February as the
 * settings say), and is greeted as much. A year-less day (15 Feb) is reminded without the years.
 */
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { readBirthday } from '../month-day';
import { comingWithin } from './yearly-day';

export const anniversaryRule: ReminderRule<RemindSettings['anniversary']> = (record, settings, ctx): ReminderDraft | null => {
  const spec = readBirthday(record.fields.anniversary, ctx.yearlessOrders?.anniversary);
  // A lunar date is a birthday's way (农历生日); an anniversary written so is left to the user.
  if (!spec || spec.lunar) return null;
  const coming = comingWithin(spec, ctx, settings.feb29, settings.daysAhead);
  if (!coming) return null;
  const { next, due, days, date, today } = coming;
  // The wedding year ahead of today is a typo: no years to count.
  if (next.age !== undefined && next.age > 0) {
    return { kind: 'anniversary', due, event: date, reason: { code: today ? 'remind.reason.anniversaryYearsToday' : 'remind.reason.anniversaryYears', params: { date, days, years: next.age } } };
  }
  return { kind: 'anniversary', due, event: date, reason: { code: today ? 'remind.reason.anniversaryToday' : 'remind.reason.anniversary', params: { date, days } } };
};
