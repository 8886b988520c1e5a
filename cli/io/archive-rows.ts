/**
 * The archive a merge writes (sheet or CSV): each merged-away row with all its original cells, its
 * original row number, the row it was merged into, its group and why (PITFALLS D1, D2).
 */
import { t, type Cell, type Lang, type Plan } from '../../shared';
import type { RowMap } from './row-map';

export interface ArchiveLine {
  /** The row's cells as read from the input, one per table column (formulas included). */
  cells: Cell[];
  /** Row number in the input sheet. */
  sourceRow: number;
  /** Where the survivor is in the output (rows above it may have moved to the archive). */
  survivorRow: number;
  group: string;
  reason: string;
}

export interface ArchiveTable {
  /** The archive sheet's name (in the plan's language). */
  sheet: string;
  /** The table's headers, then original row, kept row, group, reason. */
  headers: string[];
  /** How many of `headers` are the table's own (the rest are the four the tool adds). */
  tableWidth: number;
  lines: ArchiveLine[];
}

/** The four columns a merge adds after the table's own. */
export const ARCHIVE_TOOL_COLUMNS = 4;

export function archiveTable(plan: Plan, lang: Lang, rows: RowMap): ArchiveTable | null {
  const merge = plan.merge;
  if (!merge || merge.archive.length === 0) return null;
  const tableWidth = merge.archiveHeaders.length - ARCHIVE_TOOL_COLUMNS;
  const lines = merge.archive.map((a): ArchiveLine => {
    const survivorRow = rows.target(a.survivorRow);
    const cells = a.cells.slice(0, tableWidth);
    while (cells.length < tableWidth) cells.push({ kind: 'empty' });
    // The reason names the kept row; say where that row is in the output, like the kept-row column.
    const params = a.reason.params.row === a.survivorRow ? { ...a.reason.params, row: survivorRow } : a.reason.params;
    return { cells, sourceRow: a.sheetRow, survivorRow, group: a.groupId, reason: t(lang, a.reason.code, params) };
  });
  return { sheet: merge.archiveSheet, headers: merge.archiveHeaders, tableWidth, lines };
}

/** An archive line as one row of cells (for the CSV companion). */
export function archiveCells(line: ArchiveLine): Cell[] {
  return [
    ...line.cells,
    { kind: 'number', value: line.sourceRow },
    { kind: 'number', value: line.survivorRow },
    { kind: 'text', value: line.group },
    { kind: 'text', value: line.reason },
  ];
}
