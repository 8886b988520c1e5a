/**
 * The number format each column's amounts were cleaned into ($#,##0.00 for a Square export's $124.00),
 * read from the run's edits: a number the run writes there without one of its own (a merge's sum of
 * two spends, 250.4) is shown as its column's other numbers are, $250.40, not as a bare 250.4 (tester h73 #8).
 */
import type { CellEdit, Plan } from '../../shared';

/** Per sheet column, the format most of its edited numbers carry; a column with none is absent. */
export function editedNumberFormats(plan: Plan): Map<number, string> {
  const counts = new Map<number, Map<string, number>>();
  for (const edit of plan.edits) {
    if (edit.after.kind !== 'number' || edit.after.format === undefined) continue;
    const col = plan.firstCol + edit.col;
    let byFormat = counts.get(col);
    if (!byFormat) counts.set(col, (byFormat = new Map()));
    byFormat.set(edit.after.format, (byFormat.get(edit.after.format) ?? 0) + 1);
  }
  const formats = new Map<number, string>();
  for (const [col, byFormat] of counts) {
    let best: [string, number] | undefined;
    for (const e of byFormat) if (!best || e[1] > best[1]) best = e;
    if (best) formats.set(col, best[0]);
  }
  return formats;
}

/**
 * The column's format for a number a merge wrote with none of its own (a sum, a total taken from a
 * duplicate), else undefined: a cleaned amount keeps the format it was typed in, or none.
 */
export function mergedNumberFormat(edit: CellEdit, columnFormat: string | undefined): string | undefined {
  return edit.after.kind === 'number' && edit.after.format === undefined && edit.reason.startsWith('dedupe.') ? columnFormat : undefined;
}
