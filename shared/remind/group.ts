/**
 * Orders reminders and groups them by owner, deterministically: owners by code point (the
 * unassigned group last), then due date, then sheet row, then kind. No locale collation, so every
 * host (Node, browser, Apps Script) gives the same order.
 */
import { REMINDER_KINDS, type Reminder, type ReminderGroup } from './types';
import { ownerKey, ownerPerson, ownersAlone, ownersOf } from '../table/owner-name';

export { ownersAlone, ownersOf };

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

/**
 * Reminders by owner; a reminder of a shared customer sits in the group of each of its owners. One
 * owner written in two scripts (陳經理, 陈经理) or with notes (张三（组长）, 销售一部-张三) is one group, named
 * by his plain name (ownerPerson) as most of his reminders write it (the first written way among equals).
 */
export function groupByOwner(reminders: readonly Reminder[], alone: ReadonlySet<string> = ownersAlone(reminders.map((r) => r.owner))): ReminderGroup[] {
  const byOwner = new Map<string, { list: Reminder[]; names: Map<string, number> }>();
  for (const r of reminders) {
    for (const owner of ownersOf(r.owner, alone)) {
      const key = ownerKey(owner);
      let g = byOwner.get(key);
      if (!g) byOwner.set(key, (g = { list: [], names: new Map() }));
      g.list.push(r);
      // Titled by the person, not by the notes one cell typed beside him (张三（组长）, 王磊(wanglei@…)).
      const name = ownerPerson(owner);
      g.names.set(name, (g.names.get(name) ?? 0) + 1);
    }
  }
  const groups = [...byOwner.values()].map(({ list, names }) => {
    let owner = '';
    let most = 0;
    for (const [name, n] of names) if (n > most) [owner, most] = [name, n];
    return { owner, reminders: list };
  });
  groups.sort((a, b) => (a.owner === '' ? 1 : b.owner === '' ? -1 : cmp(a.owner, b.owner)));
  return groups.map((g) => ({ owner: g.owner, reminders: g.reminders.sort(byDue) }));
}
