/**
 * The customer's child's birthday in the next N days (宝宝生日 beside 妈妈姓名, Child DOB): a
 * mother-and-baby shop's most important reminder (a gift, a party voucher, the next stage of milk
 * powder), raised apart from the customer's own birthday, naming the child and the parent to call.
 * Read and placed as birthdays are, with their settings (remind.birthday: daysAhead, feb29, lunar).
 */
import type { RemindSettings } from '../settings';
import type { ReminderDraft, RuleContext } from '../types';
import type { MessageKey } from '../../i18n';
import { readBirthday } from '../month-day';
import { comingWithin } from './yearly-day';
import { contactText, personName, type CustomerRecord } from '../../table/records';
import { displayText } from '../../text/fold';

const CODES: Readonly<Record<'named' | 'unnamed', Readonly<Record<'age' | 'ageToday' | 'day' | 'dayToday', MessageKey>>>> = {
  named: { age: 'remind.reason.childBirthdayAge', ageToday: 'remind.reason.childBirthdayAgeToday', day: 'remind.reason.childBirthday', dayToday: 'remind.reason.childBirthdayToday' },
  unnamed: { age: 'remind.reason.childBirthdayUnnamedAge', ageToday: 'remind.reason.childBirthdayUnnamedAgeToday', day: 'remind.reason.childBirthdayUnnamed', dayToday: 'remind.reason.childBirthdayUnnamedToday' },
};

/** A draft for each of the row's children whose birthday falls within the days ahead. */
export function childBirthdayDrafts(record: CustomerRecord, settings: RemindSettings['birthday'], ctx: RuleContext): ReminderDraft[] {
  const children = record.children;
  if (children === undefined) return [];
  const out: ReminderDraft[] = [];
  for (const child of children) {
    const spec = readBirthday(child.birthday, ctx.yearlessOrders?.birthday);
    if (!spec || (spec.lunar && !settings.lunar)) continue;
    // No year of entry is guessed here, as it is of a customer's 12/5: a child born this year is a
    // newborn, and a day of this year still to come is one not born yet.
    const coming = comingWithin(spec, ctx, settings.feb29, settings.daysAhead);
    if (!coming) continue;
    const { next, due, days, date, today } = coming;
    if (!spec.lunar && spec.year !== undefined && next.date.y <= spec.year) continue;
    const name = displayText(child.name);
    const parent = personName(record) || contactText(record);
    const codes = CODES[name === '' ? 'unnamed' : 'named'];
    const age = spec.lunar ? undefined : next.age;
    const code = age !== undefined ? (today ? codes.ageToday : codes.age) : today ? codes.dayToday : codes.day;
    // {baby|宝宝|孩子}: the shop's own word for the child (1: 宝宝生日, Baby DOB).
    const params = { child: name, parent, baby: child.baby ? 1 : 0, date, days, ...(age !== undefined && { age }) };
    // Twins typed on two rows of one mother are two children: the name is part of the event.
    out.push({ kind: 'childBirthday', due, event: `${date}@${child.n}:${name}`, reason: { code, params } });
  }
  return out;
}
