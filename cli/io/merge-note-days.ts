/**
 * The kept row's merged-values note (合并记录) cites the rows it lists as that day's input rows
 * (客户编号: KH001（2026-12-02 原第2行）), and the archive line of each carries that day. When the
 * same merge is run again on a later day, the CSV archive already holds those lines and the run adds
 * none (csv-companions.ts): the note then cites the day of the line that holds the row, so the user
 * finds it, rather than today's merge, which wrote nothing. An earlier line without a day (an archive
 * from before the day column) is cited by its row alone.
 */
import { t, type Lang, type Plan } from '../../shared';

/** Each held row's earlier archive day: input row → YYYY-MM-DD, or null when the line has none. */
export type ArchivedDays = ReadonlyMap<number, string | null>;

/** The plan with the merged-values notes citing `days` for the rows an earlier run archived. */
export function citeEarlierMergeDays(plan: Plan, lang: Lang, days: ArchivedDays): Plan {
  const today = plan.merge?.mergedOn;
  if (!plan.merge?.mergedColumn || today === undefined || days.size === 0) return plan;
  const swaps: [string, string][] = [];
  for (const [row, day] of days) {
    if (day === today) continue;
    swaps.push([citation(lang, row, today), day === null ? citation(lang, row, null) : citation(lang, row, day)]);
  }
  if (swaps.length === 0) return plan;
  const column = plan.merge.mergedColumn;
  const redated = {
    ...column,
    values: column.values.map((c) => (c.kind === 'text' ? { ...c, value: swaps.reduce((text, [from, to]) => text.split(from).join(to), c.value) } : c)),
  };
  return {
    ...plan,
    merge: { ...plan.merge, mergedColumn: redated },
    addedColumns: plan.addedColumns.map((a) => (a === column ? redated : a)),
  };
}

/** The part of a note item after its value that names the row: （2026-12-02 原第2行） / (row 2 as of 2026-12-02). */
function citation(lang: Lang, row: number, date: string | null): string {
  const item = date === null ? t(lang, 'dedupe.note.item', { field: '\u0001', value: '\u0002', row }) : t(lang, 'dedupe.note.itemOn', { field: '\u0001', value: '\u0002', row, date });
  return item.slice(item.indexOf('\u0002') + 1);
}
