/**
 * A day that comes round each year (a birthday, a wedding anniversary) as a rule reminds of it: its
 * next date on or after today, when that lies within the rule's days ahead.
 */
import { formatIso, toDayNumber } from '../../table/civil-date';
import type { BirthdaySpec } from '../month-day';
import { nextBirthday, type Feb29Policy, type NextBirthday } from '../next-birthday';
import type { RuleContext } from '../types';

export interface ComingDay {
  next: NextBirthday;
  /** Day number of the next date. */
  due: number;
  /** Days from today to it (0: today). */
  days: number;
  /** The next date, ISO. */
  date: string;
  today: boolean;
}

export function comingWithin(spec: BirthdaySpec, ctx: RuleContext, feb29: Feb29Policy, daysAhead: number): ComingDay | null {
  const next = nextBirthday(spec, ctx.today, feb29);
  if (!next) return null;
  const due = toDayNumber(next.date);
  const days = due - ctx.todayDay;
  if (days > daysAhead) return null;
  return { next, due, days, date: formatIso(next.date), today: days === 0 };
}
