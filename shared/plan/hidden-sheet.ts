/**
 * What a host says of a customer sheet it leaves uncleaned because it is hidden (a departed rep's tab,
 * 陈静(离职), hidden while his customers wait for a new owner): the reminders it holds, and how many
 * of them cannot wait, so a contract ending in four days there is not left unseen until someone thinks
 * of running --sheet on it. The sheet is read as a run of its own would read it, and written nothing.
 */
import type { Reminder, ReminderKind } from '../remind/types';
import { run, type RunOptions } from './build';
import type { Grid } from '../table/grid';

/**
 * A reminder that cannot wait for the next weekly look at the sheet: one of these kinds due within
 * this many days, or already overdue (a follow-up missed, a contract just ended). A stale record or a
 * dormant VIP is a standing state, not a date coming up, whatever its day count.
 */
export const URGENT_REMINDERS: { readonly kinds: readonly ReminderKind[]; readonly withinDays: number } = {
  kinds: ['contract', 'contractExpired', 'followUp', 'birthday', 'childBirthday', 'anniversary'],
  withinDays: 7,
};

export const isUrgent = (r: Pick<Reminder, 'kind' | 'daysLeft'>): boolean => URGENT_REMINDERS.kinds.includes(r.kind) && r.daysLeft <= URGENT_REMINDERS.withinDays;

export interface HiddenSheetReminders {
  sheet: string;
  /** Every reminder a run of the sheet would raise, in its order. */
  reminders: Reminder[];
  /** Of those, the urgent ones (URGENT_REMINDERS). */
  urgent: Reminder[];
}

/**
 * The reminders of a hidden sheet, as `--sheet` on it would raise them today with the same settings
 * (never merged); null when it cannot be read as a customer table.
 */
export function hiddenSheetReminders(grid: Grid, options: RunOptions): HiddenSheetReminders | null {
  // Its columns are not those the settings were written for: a rule on a header it lacks costs it no reminder.
  const out = run(grid, { ...options, merge: [], ruleColumnsOptional: true });
  if (!out.ok) return null;
  const reminders = out.plan.reminders.reminders;
  return { sheet: grid.sheetName, reminders, urgent: reminders.filter(isUrgent) };
}
