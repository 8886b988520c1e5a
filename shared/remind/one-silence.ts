/**
 * One situation, one reminder. A VIP or top-tier customer quiet for 335 days is both stale (no contact
 * for 180 days) and dormant (no activity for 90): two reminders on one row for the same silence, which
 * a rep reads as two things to do and the summary counts twice (tester h66: 399 of a Zoho sheet's
 * rows). The dormant one says more (whom: a key customer; since when; his last activity and how long
 * ago), so it stands for the row and the stale one is dropped. So does a follow-up due or overdue (a
 * dental patient's recall 1 day overdue was also "no contact for 184 days": tester h69), and a
 * contract ending or just ended: the call it asks for is the contact the stale one asks for. A
 * customer with none of them keeps his stale reminder, as before.
 */
import type { Reminder, ReminderKind } from './types';
import { REMINDER_KINDS } from './types';
import { groupByOwner } from './group';
import type { RemindResult } from './remind';
import { withoutLongLost } from './long-lost';

/** Which kind of reminder stands for which other kind of the same customer: the key to the kinds it supersedes. */
export const SUPERSEDES: ReadonlyArray<{ kind: ReminderKind; over: ReminderKind }> = [
  { kind: 'highValueDormant', over: 'stale' },
  // A key customer lost: his win-back reminder is the call; he is not also counted among the lost in a line.
  { kind: 'winBack', over: 'stale' },
  { kind: 'followUp', over: 'stale' },
  { kind: 'contract', over: 'stale' },
  { kind: 'contractExpired', over: 'stale' },
];

/** The customer a sheet row is of: the row itself, or the group of his rows (a customer typed twice, a company's deals). */
export type CustomerOf = (sheetRow: number) => number | string;

/** The reminders without those another reminder of the same customer supersedes (SUPERSEDES), in their order. */
export function oneSilence(reminders: readonly Reminder[], customerOf: CustomerOf = (row) => row): Reminder[] {
  const kindsOf = new Map<number | string, Set<ReminderKind>>();
  for (const r of reminders) {
    const key = customerOf(r.sheetRow);
    const kinds = kindsOf.get(key) ?? new Set<ReminderKind>();
    kinds.add(r.kind);
    kindsOf.set(key, kinds);
  }
  return reminders.filter((r) => !SUPERSEDES.some((s) => s.over === r.kind && kindsOf.get(customerOf(r.sheetRow))!.has(s.kind)));
}

/**
 * An order list's reminders (per-order.ts: a customer's stale reminder and his orders' or deals'
 * follow-ups and contracts come from two passes) with one situation, one reminder per customer, whose
 * sheet rows `rowsOf` gives, raised with every stale record listed; then the long-lost ones taken out
 * (`lostAfterDays`, long-lost.ts), so that a customer reminded of his deal's overdue follow-up is not
 * also counted as lost. Its counts and owner groups are made again of what is listed: the report
 * counts no reminder it dropped. `alone`: the owners the owner column writes alone (group.ts).
 */
export function oneSilencePerCustomer(result: RemindResult, rowsOf: readonly (readonly number[])[], alone: ReadonlySet<string>, lostAfterDays: number | null): RemindResult {
  const customer = new Map<number, number>();
  rowsOf.forEach((rows, i) => rows.forEach((row) => customer.set(row, i)));
  const quiet = oneSilence(result.reminders, (row) => customer.get(row) ?? `row ${row}`);
  const { listed, lost } = withoutLongLost(quiet, lostAfterDays, alone);
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>;
  for (const r of listed) counts[r.kind]++;
  return { ...result, reminders: listed, groups: groupByOwner(listed, alone), counts, lost };
}
