/**
 * Birthdays in the next N days, from date cells, month-day text and (when switched on) lunar text,
 * in the birthday column or in a lunar birthday column (农历生日), which wins when both are filled:
 * a sheet keeps it because that is the day the customer celebrates. With both blank, the ID
 * number's date of birth stands in (`fromIdCard`).
 */
import { isStandIn } from '../../normalize/stand-in-birthday';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { readBirthday, readLunarBirthday } from '../month-day';
import { comingWithin } from './yearly-day';
import { lunarMonthText, lunarText } from '../lunar-text';
import { isBlank, type Cell } from '../../table/cell';
import { idCardHolderOf } from '../../normalize/id-card';
import type { BirthdaySpec } from '../month-day';

/**
 * The date of birth a valid resident ID number (身份证号) states, for a row whose birthday cells are
 * blank: many Chinese sheets keep the ID number and no birthday. A cell that holds something
 * unreadable is not overridden (the user wrote a birthday; the cleaner flags it).
 */
function fromIdCard(idCard: Cell | undefined, thisYear: number): BirthdaySpec | null {
  const holder = idCardHolderOf(idCard);
  return holder && holder.birth.y <= thisYear ? { month: holder.birth.m, day: holder.birth.d, year: holder.birth.y } : null;
}

const blank = (cell: Cell | undefined) => !cell || isBlank(cell);

export const birthdayRule: ReminderRule<RemindSettings['birthday']> = (record, settings, ctx): ReminderDraft | null => {
  const { lunarBirthday, idCard } = record.fields;
  // 1990-01-01 on every member a platform exported is nobody's birthday: as good as blank.
  const birthday = ctx.standInBirthdays && isStandIn(record.fields.birthday, ctx.standInBirthdays) ? undefined : record.fields.birthday;
  let spec = (settings.lunar ? readLunarBirthday(lunarBirthday) : null) ?? readBirthday(birthday, ctx.yearlessOrders?.birthday);
  const byId = !spec && settings.fromIdCard && blank(birthday) && blank(lunarBirthday);
  // An ID number born in a later year is a typo that passed its check digit: no birthday to keep.
  if (byId) spec = fromIdCard(idCard, ctx.today.y);
  if (!spec || (spec.lunar && !settings.lunar)) return null;
  // Excel and WPS fill in the year of entry when someone types 12/5 in a date cell: a date of birth in
  // this very year is a birthday typed without its year, greeted as one (no age). An ID number's is real.
  if (!byId && !spec.lunar && spec.year === ctx.today.y) spec = { month: spec.month, day: spec.day };
  const coming = comingWithin(spec, ctx, settings.feb29, settings.daysAhead);
  if (!coming) return null;
  const { next, due, days, date, today } = coming;
  // Born in a year still to come (2027-12-05), or by an ID number on a day still to come: no birthday
  // to greet yet. A typo or a child not yet born; the cleaner flags the date (rule.dateInFuture).
  if (!spec.lunar && spec.year !== undefined && next.date.y <= spec.year) return null;
  if (spec.lunar) {
    const params = { date, days, lunar: lunarText(spec.month, spec.day), lunarMonth: spec.month, lunarDay: spec.day };
    // 腊月三十 in a 29-day 腊月 is kept on 廿九: said, or the reason would name a day the month lacks.
    if (next.keptOnLunarDay !== undefined) {
      const short = { ...params, kept: lunarText(spec.month, next.keptOnLunarDay), keptDay: next.keptOnLunarDay, month: lunarMonthText(spec.month) };
      return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayLunarKeptToday' : 'remind.reason.birthdayLunarKept', params: short } };
    }
    return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayLunarToday' : 'remind.reason.birthdayLunar', params } };
  }
  if (byId && next.age !== undefined) {
    const params = { date, days, age: next.age };
    return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayIdCardToday' : 'remind.reason.birthdayIdCard', params } };
  }
  if (next.age !== undefined) {
    const params = { date, days, age: next.age };
    return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayAgeToday' : 'remind.reason.birthdayAge', params } };
  }
  return { kind: 'birthday', due, event: date, reason: { code: today ? 'remind.reason.birthdayToday' : 'remind.reason.birthday', params: { date, days } } };
};
