/**
 * Says, per merged group, which phone number its kept row holds when a newer row of the customer's
 * brought another (dedupe/newer-contact.ts): the newer one, the old one in the merged values. Said for
 * an accepted merge, and for the merge an exact or likely group proposes.
 */
import type { Table } from '../table/table';
import type { SheetProblem } from './issue';
import type { DuplicateGroup, MergePlan } from '../dedupe/types';
import type { FieldId } from '../schema/fields';

export function newerPhones(cleaned: Table, plan: MergePlan | null, merged: boolean): SheetProblem[] {
  return (plan?.newerNumbers ?? []).map((n): SheetProblem => {
    const code = n.said ? (merged ? 'dedupe.newerPhone.saidMerged' : 'dedupe.newerPhone.saidProposed') : merged ? 'dedupe.newerPhone.merged' : 'dedupe.newerPhone.proposed';
    return {
      code,
      severity: 'info',
      params: { survivor: n.survivor, others: n.rows.filter((r) => r !== n.survivor).join(', '), header: String(cleaned.headers[n.col] ?? ''), from: n.from, value: n.value, old: n.old, day: n.day },
    };
  });
}

/**
 * The groups with their field choices as the merge takes the phone: a newer row's number is the one
 * kept, taken from that row ('fill'), so a host showing a group's proposal shows what a merge writes.
 * So is a copy's further stage (已成交 over the kept row's 意向客户, dedupe/merged-stage.ts).
 * The proposal (dedupe/proposal.ts) ranks rows, not their dates nor stages; the merge decides this, once.
 */
export function withNewerNumbers(groups: DuplicateGroup[], plan: MergePlan | null, fieldCols: Partial<Record<FieldId, number>>): DuplicateGroup[] {
  const newer = [...(plan?.newerNumbers ?? []), ...(plan?.stages ?? [])];
  if (newer.length === 0) return groups;
  const fieldAt = new Map<number, FieldId>();
  for (const [field, col] of Object.entries(fieldCols)) if (col !== undefined) fieldAt.set(col, field as FieldId);
  return groups.map((g) => {
    const mine = newer.filter((n) => n.survivor === g.survivor && g.rows.includes(n.from));
    if (mine.length === 0) return g;
    const fields = g.fields.map((choice) => {
      const n = mine.find((x) => fieldAt.get(x.col) === choice.field);
      return n ? { ...choice, sheetRow: n.from, value: n.value, action: 'fill' as const } : choice;
    });
    return { ...g, fields };
  });
}
