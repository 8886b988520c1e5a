/**
 * The merged-values column (合并记录 / Merged values) an earlier merge added to the sheet. Its header
 * is the run's, so it follows the language of the run that writes the sheet now, like 整理问题 /
 * Sheet Keeper issues beside it; its notes are history, each kept as it was written, in the language
 * of the merge that wrote it (a later merge adds to them: merge.ts).
 */
import { t, type Lang } from '../i18n';
import { LANGS } from '../i18n/define';
import { runColumns } from '../schema/run-columns';
import { EMPTY, cellText, isBlank, type Cell } from '../table/cell';
import type { Table } from '../table/table';
import type { AddedColumn } from '../plan/types';

/** The merged-values column's header in every language: an earlier run's may be in either. */
const MERGED_HEADERS: ReadonlySet<string> = new Set(LANGS.map((lang) => t(lang, 'dedupe.column.merged')));

/** Index (of `table.headers`) of the merged-values column an earlier run added; -1 when none. */
export function earlierMergedCol(table: Table, ruleTitles?: readonly string[]): number {
  const run = runColumns(table.headers, ruleTitles);
  return table.headers.findIndex((h, col) => run.has(col) && MERGED_HEADERS.has(typeof h === 'string' ? h.trim() : ''));
}

/**
 * The merged-values column of `lang` holding the earlier notes as they are, for a run that adds no
 * note (no merge asked, or none to make): without it the column kept last run's header (合并记录
 * beside this run's Duplicate group). Null when the sheet has no such column.
 */
export function carriedMergedColumn(table: Table, lang: Lang, ruleTitles?: readonly string[]): AddedColumn | null {
  const col = earlierMergedCol(table, ruleTitles);
  if (col < 0) return null;
  return {
    id: 'dedupe.merged',
    header: t(lang, 'dedupe.column.merged'),
    write: 'text',
    values: table.rows.map((r) => {
      const c = r.cells[col];
      return c === undefined || isBlank(c) ? EMPTY : c;
    }),
  };
}

/**
 * Sheet row → its merged-values note, as written (not folded: the note's full-width ：and （ tell its
 * items apart): of `values` (aligned with `table.rows`: the column a merge writes now), else of the
 * column an earlier merge left in the sheet. Read back by the reminders (open-follow-ups.ts, noted-values.ts).
 */
export function mergedNotes(table: Table, values?: readonly Cell[], ruleTitles?: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  const col = values === undefined ? earlierMergedCol(table, ruleTitles) : -1;
  if (values === undefined && col < 0) return out;
  table.rows.forEach((row, i) => {
    const cell = values === undefined ? row.cells[col] : values[i];
    if (cell !== undefined && !isBlank(cell)) out.set(row.sheetRow, cellText(cell));
  });
  return out;
}
