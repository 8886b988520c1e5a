/**
 * The next day, on or after today, on which a birthday is celebrated.
 * 29 February in a year without one: 28 February by default (the birthday stays in its month, as
 * most people born that day celebrate it), or 1 March when the settings say so.
 * Lunar (农历) birthdays: day 30 in a 29-day month is kept on day 29, the month's last day; a birthday
 * written in a leap month (闰月) is kept in the ordinary month of that number, which every year has.
 */
import { isLeapYear, toDayNumber, type CivilDate } from '../table/civil-date';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, lunarMonthDays, lunarToSolar } from './lunar';
import type { BirthdaySpec } from './month-day';

export type Feb29Policy = 'feb28' | 'mar1';

export interface NextBirthday {
  date: CivilDate;
  /** Age reached that day, when the birth year is known (solar birthdays only). */
  age?: number;
  /** The lunar day it is kept on when the month lacks the written one (29 for 腊月三十 in a 29-day 腊月). */
  keptOnLunarDay?: number;
}

function solarIn(year: number, month: number, day: number, feb29: Feb29Policy): CivilDate {
  if (month === 2 && day === 29 && !isLeapYear(year)) return feb29 === 'feb28' ? { y: year, m: 2, d: 28 } : { y: year, m: 3, d: 1 };
  return { y: year, m: month, d: day };
}

function lunarIn(lunarYear: number, spec: BirthdaySpec): { date: CivilDate; day: number } | null {
  if (lunarYear < LUNAR_FIRST_YEAR || lunarYear > LUNAR_LAST_YEAR) return null;
  const day = Math.min(spec.day, lunarMonthDays(lunarYear, spec.month));
  const date = lunarToSolar(lunarYear, spec.month, day);
  return date ? { date, day } : null;
}

export function nextBirthday(spec: BirthdaySpec, today: CivilDate, feb29: Feb29Policy = 'feb28'): NextBirthday | null {
  const todayDay = toDayNumber(today);
  if (spec.lunar) {
    // A lunar year starts between 21 January and 20 February, so the birthday of lunar year y - 1
    // can still lie ahead in January or February of solar year y.
    for (const ly of [today.y - 1, today.y, today.y + 1]) {
      const kept = lunarIn(ly, spec);
      if (kept && toDayNumber(kept.date) >= todayDay) return kept.day === spec.day ? { date: kept.date } : { date: kept.date, keptOnLunarDay: kept.day };
    }
    return null;
  }
  for (const y of [today.y, today.y + 1]) {
    const date = solarIn(y, spec.month, spec.day, feb29);
    if (toDayNumber(date) >= todayDay) {
      const age = spec.year !== undefined ? y - spec.year : undefined;
      return age !== undefined && age > 0 && age < 120 ? { date, age } : { date };
    }
  }
  return null;
}
