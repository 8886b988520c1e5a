/**
 * The days rows merged into a kept row still hold for the reminders, as its merged-values note says
 * them (a merge writes the note; every later run reads it back): another rep's open follow-up
 * (dedupe/open-follow-ups.ts) and a birthday or anniversary a folded row gave differently
 * (dedupe/noted-values.ts). remind.ts reminds each as the row's own day is reminded.
 */
import type { FieldId } from '../schema/fields';
import { notedFollowUps } from '../dedupe/open-follow-ups';
import { notedValues } from '../dedupe/noted-values';
import { ownerKey, shareAnOwner } from '../table/owner-name';
import type { Reminder } from './types';
import { isServiceRoleHeader, isShopClerkHeader } from '../schema/service-roles';
import { isProviderHeader, isStaffHeader } from '../schema/staff-names';

/** The owner column names a rep who holds the customer, not staff who serve him (analyze.ts staffOwner reads the same words). */
const isRepHeader = (header: string): boolean => !(isServiceRoleHeader(header) || isStaffHeader(header) || isProviderHeader(header) || isShopClerkHeader(header));

/** The yearly days a merge may leave a second value of in the note, each reminded (rules as data). */
export const YEARLY_REMINDED = ['birthday', 'anniversary'] as const;
export type YearlyReminded = (typeof YEARLY_REMINDED)[number];

/** What one kept row's note holds for the reminders. */
export interface MergedAway {
  /** Other reps' open follow-ups: each rep and the day he planned. */
  plans?: readonly { owner: string; day: string }[];
  /** The other values of a yearly day, as the note writes them (1985-12-03, 12月3日). */
  days?: Partial<Record<YearlyReminded, readonly string[]>>;
  /**
   * The owners of the rows merged in (管家: 罗斌（原第29行）), as the note writes them: another carer
   * of the customer, whom the kept row's reminders name so he is not left out (remind.ts).
   */
  carers?: readonly string[];
  /** The owner column is a rep's (Sales Rep, 负责人), not service staff's: the `carers` hold the customer, said so. Present only when true. */
  reps?: true;
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
  const owner = headerOf('owner');
  const reps = owner !== undefined && isRepHeader(owner) ? { reps: true as const } : {};
  if (owner !== undefined) for (const [row, found] of notedValues(notes, { owner })) if (found.owner) out.set(row, { ...out.get(row), carers: found.owner, ...reps });
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
    const carers: string[] = [];
    let reps = false;
    const days: Partial<Record<YearlyReminded, string[]>> = {};
    for (const row of [...(rowsOf[k] ?? [])].sort((a, b) => a - b)) {
      const held = away.get(row);
      if (held === undefined) continue;
      plans.push(...(held.plans ?? []));
      carers.push(...(held.carers ?? []));
      reps ||= held.reps === true;
      for (const field of YEARLY_REMINDED) if (held.days?.[field]) (days[field] ??= []).push(...held.days[field]!);
    }
    const merged: MergedAway = { ...(plans.length > 0 ? { plans } : {}), ...(Object.keys(days).length > 0 ? { days } : {}), ...(carers.length > 0 ? { carers, ...(reps ? { reps: true as const } : {}) } : {}) };
    if (merged.plans !== undefined || merged.days !== undefined || merged.carers !== undefined) out.set(customer.sheetRow, merged);
  });
  return out;
}

/**
 * Each reminder of a kept row given the carers its note names (`alsoCaredBy`), the reminder's own
 * owner (and a rep his cell shares) aside: the customer two 前台 or two providers typed in is one
 * reminder after the merge, to the kept row's carer, and the other is named as before it (tester h68/h69).
 */
export function namesMergedCarers(reminders: readonly Reminder[], away: ReadonlyMap<number, MergedAway>): void {
  if (away.size === 0) return;
  for (const r of reminders) {
    const carers = away.get(r.sheetRow)?.carers;
    if (!carers) continue;
    const named = new Map<string, string>();
    for (const c of carers) {
      const key = ownerKey(c);
      if (key === '' || key === ownerKey(r.owner) || shareAnOwner(c, r.owner) || named.has(key)) continue;
      named.set(key, c);
    }
    // A rep column's other rep holds the customer too; only service staff care for him (tester h76 #13).
    if (named.size > 0) r[away.get(r.sheetRow)?.reps ? 'alsoHeldBy' : 'alsoCaredBy'] = [...named.values()];
  }
}
