/**
 * Where an input row ends up in the output once a merge has removed the archived rows: every row
 * below a removed one moves up, so the sheets the run writes point at the rows a person will find.
 */
import type { Plan } from '../../shared';

export interface RowMap {
  /** The output row of an input row; null for a row the merge moved to the archive. */
  out(row: number): number | null;
  /** The output row a reader should go to: the row itself, or its survivor when it was archived. */
  target(row: number): number;
  /** Input rows moved to the archive (empty without --merge). */
  removed: ReadonlySet<number>;
}

export function rowMap(plan: Plan): RowMap {
  const removedRows = [...new Set(plan.merge?.removeRows ?? [])].sort((a, b) => a - b);
  const removed = new Set(removedRows);
  const survivorOf = new Map((plan.merge?.archive ?? []).map((a) => [a.sheetRow, a.survivorRow]));
  /** How many removed rows lie above `row` (binary search: a million rows, thousands removed). */
  const above = (row: number): number => {
    let lo = 0;
    let hi = removedRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removedRows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = (row: number): number | null => (removed.has(row) ? null : row - above(row));
  const target = (row: number): number => {
    const kept = out(row);
    if (kept !== null) return kept;
    const survivor = survivorOf.get(row);
    // A survivor is never archived itself; the row's own old place is the last resort.
    return survivor === undefined ? row - above(row) : out(survivor) ?? survivor - above(survivor);
  };
  return { out, target, removed };
}
