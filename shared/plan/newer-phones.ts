/**
 * Says, per merged group, which phone number its kept row holds when a newer row of the customer's
 * brought another (dedupe/newer-contact.ts): the newer one, the old one in the merged values. Said for
 * an accepted merge, and for the merge an exact or likely group proposes.
 */
import type { Table } from '../table/table';
import type { SheetProblem } from './issue';
import type { MergePlan } from '../dedupe/types';

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
