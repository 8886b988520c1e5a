/**
 * An owner's reminders as his to-do list writes them: one line per customer for what is due of him this
 * week (overdue and today included), or on one later day, listing every reason (tester h71: 王子涵's
 * 剩余课时 and 缴费日 were two lines of one call). The plan and the JSON keep each reminder on its own;
 * the digest (long-lost.ts ownerBlocks) and the Reminders sheet show the lines (reminder-text.ts reminderLineText).
 */
import type { Reminder } from './types';

/** Reminders due within this many days (overdue included) are one week's calls: one line per customer. */
export const ONE_LINE_WITHIN_DAYS = 7;

/**
 * The customer a reminder is of: its row, or the first of the rows of him it stands for (a copy typed
 * twice, a co-carer's row). An account's other contacts (`contacts`) are other people, each his own line.
 */
function customerOf(r: Reminder): number {
  if (r.contacts || !r.alsoRows || r.alsoRows.length === 0) return r.sheetRow;
  return Math.min(r.sheetRow, ...r.alsoRows);
}

/** `reminders` (one owner's, in his list's order) as lines, each at the place of its first reminder. */
export function customerLines(reminders: readonly Reminder[]): Reminder[][] {
  const lines: Reminder[][] = [];
  const byKey = new Map<string, Reminder[]>();
  for (const r of reminders) {
    const window = r.daysLeft <= ONE_LINE_WITHIN_DAYS ? 'week' : r.due;
    const key = `${customerOf(r)}\u0000${window}`;
    const line = byKey.get(key);
    if (line) line.push(r);
    else {
      const fresh = [r];
      byKey.set(key, fresh);
      lines.push(fresh);
    }
  }
  return lines;
}
