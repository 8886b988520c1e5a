/**
 * Whom each customer belongs to, read one way wherever owners are listed per customer (his reminders,
 * the duplicate finder's 撞单 check, the report's owner table): his owner cell as typed (王磊/刘洋) with
 * the co-owners an earlier merge noted in his 合并记录 (dedupe/noted-co-owners.ts) and those this run's
 * merge gathers (dedupe/co-owners.ts). Before a merge, a customer typed twice under overlapping reps
 * belongs to the reps of all his rows (remind/same-customer.ts groupCoOwners), as his reminders say, so
 * the owner table reads the same before the merge, on the merge's run and on the run after it.
 */
import type { CustomerRecord } from '../table/records';
import { displayText } from '../text/fold';
import { withMergedCoOwners } from '../dedupe/co-owners';
import { withNotedCoOwners } from '../dedupe/noted-co-owners';
import { groupCoOwners, rowsByGroup, type SameCustomer } from '../remind/same-customer';

/** A kept row and the reps a merge gathered for it (MergePlan.coOwners). */
type CoOwned = { sheetRow: number; owners: string };

/**
 * The records with each one's owner as his co-owners make it (a view: the cell keeps what the user
 * typed). `noted`: sheet row → the co-owner lists of its 合并记录 note; `merged`: this run's merge's.
 */
export function withCoOwners<R extends CustomerRecord>(records: R[], noted: ReadonlyMap<number, readonly string[]>): R[];
export function withCoOwners<R extends CustomerRecord>(records: readonly R[], noted: ReadonlyMap<number, readonly string[]>, merged?: readonly CoOwned[]): readonly R[];
export function withCoOwners<R extends CustomerRecord>(records: readonly R[], noted: ReadonlyMap<number, readonly string[]>, merged?: readonly CoOwned[]): readonly R[] {
  const read = withNotedCoOwners(records, noted);
  return merged === undefined || merged.length === 0 ? read : withMergedCoOwners(read, merged);
}

/**
 * The owner text of each of `counted` (the customers a report counts, one row each), aligned with
 * them: a customer typed twice and not merged yet (`same`, over `rows`, every row of the sheet) whose
 * rows name overlapping reps is all of theirs; any other, his own row's. Both read through withCoOwners.
 */
export function customerOwners(counted: readonly CustomerRecord[], rows: readonly CustomerRecord[], same?: SameCustomer): string[] {
  const byGroup = same && same.size > 0 ? rowsByGroup(rows, same) : null;
  const shared = byGroup && same ? groupCoOwners(byGroup, same) : null;
  return counted.map((r) => {
    const group = same?.get(r.sheetRow)?.group;
    return (group !== undefined ? shared?.get(group) : undefined) ?? displayText(r.fields.owner);
  });
}
