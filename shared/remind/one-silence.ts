/**
 * One silence, one reminder. A VIP or top-tier customer quiet for 335 days is both stale (no contact
 * for 180 days) and dormant (no activity for 90): two reminders on one row for the same silence, which
 * a rep reads as two things to do and the summary counts twice (tester h66: 399 of a Zoho sheet's
 * rows). The dormant one says more (whom: a key customer; since when; his last activity and how long
 * ago), so it stands for the row and the stale one is dropped. A customer no VIP and no top tier
 * keeps his stale reminder, as before.
 */
import type { Reminder, ReminderKind } from './types';

/** Which kind of reminder stands for which other kind of the same row: the key to the kinds it supersedes. */
export const SUPERSEDES: ReadonlyArray<{ kind: ReminderKind; over: ReminderKind }> = [
  { kind: 'highValueDormant', over: 'stale' },
];

/** The reminders without those another reminder of the same row supersedes (SUPERSEDES), in their order. */
export function oneSilence(reminders: readonly Reminder[]): Reminder[] {
  const kindsOf = new Map<number, Set<ReminderKind>>();
  for (const r of reminders) {
    const kinds = kindsOf.get(r.sheetRow) ?? new Set<ReminderKind>();
    kinds.add(r.kind);
    kindsOf.set(r.sheetRow, kinds);
  }
  return reminders.filter((r) => !SUPERSEDES.some((s) => s.over === r.kind && kindsOf.get(r.sheetRow)!.has(s.kind)));
}
