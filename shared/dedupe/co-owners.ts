/**
 * The reps who share a customer a merge folds into one row: his rows' owner cells (王磊/刘洋 on the kept
 * row, 王磊/陈静 on the folded one) name more reps together than the kept cell does alone. Owner cells
 * are the user's text and are never rewritten; the set is said beside them (the merged-values note, the
 * archive) and each rep in it is reminded of the customer.
 */
import type { Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { coOwners, ownerKeys, ownerName } from '../table/owner-name';

/**
 * `cells`: the owner cells of a merged group, the kept row's first. The co-owners joined by "/"
 * (owner-name.ts coOwners) when the kept cell does not name them all, else null (one rep, a set the
 * kept row already names, nobody, or a 撞单, which the owner rule settles instead).
 */
export function mergedCoOwners(cells: readonly (Cell | undefined)[]): string | null {
  const owners = cells.map(ownerName);
  const all = coOwners(owners);
  if (all === null) return null;
  const kept = ownerKeys(owners[0]);
  return ownerKeys(all).every((k) => kept.includes(k)) ? null : all;
}

/**
 * The records as the reminders read them after a merge: each kept row with its customer's co-owners
 * as its owner (a view; the sheet's cell keeps what the user typed).
 */
export function withMergedCoOwners<R extends CustomerRecord>(records: readonly R[], shared: readonly { sheetRow: number; owners: string }[] | undefined): readonly R[] {
  if (!shared || shared.length === 0) return records;
  const byRow = new Map(shared.map((s) => [s.sheetRow, s.owners]));
  return records.map((r) => {
    const owners = byRow.get(r.sheetRow);
    return owners === undefined ? r : { ...r, fields: { ...r.fields, owner: { kind: 'text', value: owners } } };
  });
}
