/**
 * The days rows merged into a kept row still hold for the reminders, as its merged-values note says
 * them (a merge writes the note; every later run reads it back): another rep's open follow-up
 * (dedupe/open-follow-ups.ts) and a birthday or anniversary a folded row gave differently
 * (dedupe/noted-values.ts). remind.ts reminds each as the row's own day is reminded.
 */
import type { FieldId } from '../schema/fields';
import { notedFollowUps } from '../dedupe/open-follow-ups';
import { notedValues } from '../dedupe/noted-values';

/** The yearly days a merge may leave a second value of in the note, each reminded (rules as data). */
export const YEARLY_REMINDED = ['birthday', 'anniversary'] as const;
export type YearlyReminded = (typeof YEARLY_REMINDED)[number];

/** What one kept row's note holds for the reminders. */
export interface MergedAway {
  /** Other reps' open follow-ups: each rep and the day he planned. */
  plans?: readonly { owner: string; day: string }[];
  /** The other values of a yearly day, as the note writes them (1985-12-03, 12月3日). */
  days?: Partial<Record<YearlyReminded, readonly string[]>>;
}

/** Sheet row → what its merged-values note (`notes`, merged-column.ts mergedNotes) holds for the reminders. */
export function mergedAwayDays(notes: ReadonlyMap<number, string>, headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>): Map<number, MergedAway> {
  const out = new Map<number, MergedAway>();
  if (notes.size === 0) return out;
  const headerOf = (field: FieldId): string | undefined => {
    const col = fieldCols[field];
    const h = col === undefined ? undefined : headers[col];
    return typeof h === 'string' ? h : undefined;
  };
  for (const [row, plans] of notedFollowUps(notes)) out.set(row, { plans });
  const wanted: Partial<Record<YearlyReminded, string>> = {};
  for (const field of YEARLY_REMINDED) {
    const header = headerOf(field);
    if (header !== undefined) wanted[field] = header;
  }
  for (const [row, days] of notedValues(notes, wanted)) out.set(row, { ...out.get(row), days });
  return out;
}

/**
 * An order list's notes by customer: a merge folds an order typed twice into one order row, and its
 * note (another rep's open follow-up, another birthday) is the customer's, reminded once on the record
 * his orders make (`customers[k]`, of the rows `rowsOf[k]`), as his other follow-ups are; two of his
 * orders carrying one plan remind it once (remind.ts carriedDrafts and otherDayDrafts keep one per day).
 */
export function mergedAwayByCustomer(away: ReadonlyMap<number, MergedAway>, customers: readonly { sheetRow: number }[], rowsOf: readonly (readonly number[])[]): Map<number, MergedAway> {
  const out = new Map<number, MergedAway>();
  if (away.size === 0) return out;
  customers.forEach((customer, k) => {
    const plans: { owner: string; day: string }[] = [];
    const days: Partial<Record<YearlyReminded, string[]>> = {};
    for (const row of [...(rowsOf[k] ?? [])].sort((a, b) => a - b)) {
      const held = away.get(row);
      if (held === undefined) continue;
      plans.push(...(held.plans ?? []));
      for (const field of YEARLY_REMINDED) if (held.days?.[field]) (days[field] ??= []).push(...held.days[field]!);
    }
    const merged: MergedAway = { ...(plans.length > 0 ? { plans } : {}), ...(Object.keys(days).length > 0 ? { days } : {}) };
    if (merged.plans !== undefined || merged.days !== undefined) out.set(customer.sheetRow, merged);
  });
  return out;
}
