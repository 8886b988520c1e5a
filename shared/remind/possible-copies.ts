/**
 * Rows the duplicate finder only offers for review (one name and phone, two birthdays: a slip, or two
 * people) are reminded each as his own customer, never folded into one: were they two people, one
 * would miss his birthday. But each reminder names the other row, so the rep looks before he calls,
 * above all when that row says not to contact him (黑名单) or another rep holds it (perhaps 撞单).
 */
import type { CustomerRecord } from '../table/records';
import { ownerName } from '../table/owner-name';
import type { Reminder } from './types';

/** Each row of a review group that may be one customer → the group's other rows. */
export type PossibleCopies = ReadonlyMap<number, readonly number[]>;

/** Sets `maybeSame` on each reminder of a row in `possible`, from its other rows present in `records`. */
export function notePossibleCopies(reminders: readonly Reminder[], possible: PossibleCopies, records: readonly CustomerRecord[], doNotContact: (r: CustomerRecord) => boolean): void {
  if (possible.size === 0) return;
  const bySheetRow = new Map<number, CustomerRecord>();
  for (const r of records) if (possible.has(r.sheetRow)) bySheetRow.set(r.sheetRow, r);
  for (const reminder of reminders) {
    const others = possible.get(reminder.sheetRow)?.map((row) => bySheetRow.get(row)).filter((r): r is CustomerRecord => r !== undefined) ?? [];
    if (others.length === 0) continue;
    reminder.maybeSame = others.map((r) => ({ row: r.sheetRow, owner: ownerName(r.fields.owner), ...(doNotContact(r) ? { doNotContact: true as const } : {}) }));
  }
}
