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

/**
 * `list` sorted in place as a stable sort by compareReminders sorts it, and returned. A 100,000-row
 * sheet gives about 100,000 reminders: compared as they are, each of some 1.7 million comparisons
 * matched two owner texts and two due texts character by character and looked the kinds up in a list.
 * Here each distinct owner and due text is ranked once (there are a few dozen owners and a few
 * thousand days), and the comparisons read numbers; the position breaks a tie, as a stable sort keeps it.
 */
export function sortReminders(list: Reminder[]): Reminder[] {
  const n = list.length;
  if (n < 2) return list;
  const ownerRank = ranks(list.map((r) => r.owner), (a, b) => (a === '' ? 1 : b === '' ? -1 : cmp(a, b)));
  const dueRank = ranks(list.map((r) => r.due), cmp);
  const owner = new Float64Array(n);
  const due = new Float64Array(n);
  const kind = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = list[i];
    owner[i] = ownerRank.get(r.owner)!;
    due[i] = dueRank.get(r.due)!;
    kind[i] = KIND_RANK[r.kind] ?? -1;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => owner[a] - owner[b] || due[a] - due[b] || list[a].sheetRow - list[b].sheetRow || kind[a] - kind[b] || a - b);
  const sorted = order.map((i) => list[i]);
  for (let i = 0; i < n; i++) list[i] = sorted[i];
  return list;
}

/** Each distinct text's place among them under `compare` (equal texts share one). */
function ranks(texts: readonly string[], compare: (a: string, b: string) => number): Map<string, number> {
  const distinct = [...new Set(texts)].sort(compare);
  return new Map(distinct.map((t, i) => [t, i]));
}

const KIND_RANK = Object.fromEntries(REMINDER_KINDS.map((k, i) => [k, i])) as Record<Reminder['kind'], number>;

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
  // A team's 100,000 reminders name a few dozen owner texts: each is split, keyed and named once.
  const read = new Map<string, readonly { key: string; name: string }[]>();
  for (const r of reminders) {
    let owners = read.get(r.owner);
    if (owners === undefined) {
      // Titled by the person, not by the notes one cell typed beside him (张三（组长）, 王磊(wanglei@…)).
      owners = ownersOf(r.owner, alone).map((owner) => ({ key: ownerKey(owner), name: ownerPerson(owner) }));
      read.set(r.owner, owners);
    }
    for (const { key, name } of owners) {
      let g = byOwner.get(key);
      if (!g) byOwner.set(key, (g = { list: [], names: new Map() }));
      g.list.push(r);
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
