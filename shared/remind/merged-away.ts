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
