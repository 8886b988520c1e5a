/**
 * Orders reminders and groups them by owner, deterministically: owners by code point (the
 * unassigned group last), then due date, then sheet row, then kind. No locale collation, so every
 * host (Node, browser, Apps Script) gives the same order.
 */
import { REMINDER_KINDS, type Reminder, type ReminderGroup } from './types';
import { ownersOf } from '../table/owner-name';

export { ownersOf };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareReminders(a: Reminder, b: Reminder): number {
  if (a.owner !== b.owner) {
    if (a.owner === '') return 1;
    if (b.owner === '') return -1;
    return cmp(a.owner, b.owner);
  }
  return byDue(a, b);
}

/** Within one owner's group: due date, then sheet row, then kind. */
const byDue = (a: Reminder, b: Reminder): number =>
  cmp(a.due, b.due) || a.sheetRow - b.sheetRow || REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind);

/** Reminders by owner; a reminder of a shared customer sits in the group of each of its owners. */
export function groupByOwner(reminders: readonly Reminder[]): ReminderGroup[] {
  const byOwner = new Map<string, Reminder[]>();
  for (const r of reminders) {
    for (const owner of ownersOf(r.owner)) {
      const list = byOwner.get(owner);
      if (list) list.push(r);
      else byOwner.set(owner, [r]);
    }
  }
  const owners = [...byOwner.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : cmp(a, b)));
  return owners.map((owner) => ({ owner, reminders: (byOwner.get(owner) as Reminder[]).sort(byDue) }));
}
