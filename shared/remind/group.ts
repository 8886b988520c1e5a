/**
 * Orders reminders and groups them by owner, deterministically: owners by code point (the
 * unassigned group last), then due date, then sheet row, then kind. No locale collation, so every
 * host (Node, browser, Apps Script) gives the same order.
 */
import { REMINDER_KINDS, type Reminder, type ReminderGroup } from './types';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareReminders(a: Reminder, b: Reminder): number {
  if (a.owner !== b.owner) {
    if (a.owner === '') return 1;
    if (b.owner === '') return -1;
    return cmp(a.owner, b.owner);
  }
  return cmp(a.due, b.due) || a.sheetRow - b.sheetRow || REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind);
}

export function groupByOwner(reminders: readonly Reminder[]): ReminderGroup[] {
  const sorted = [...reminders].sort(compareReminders);
  const groups: ReminderGroup[] = [];
  for (const r of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.owner === r.owner) last.reminders.push(r);
    else groups.push({ owner: r.owner, reminders: [r] });
  }
  return groups;
}
