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
  /**
   * The table column (0-based) each of the table's own archive columns comes from: the user's
   * columns, not those an earlier run added, wherever he typed them (one right of 分类依据 too).
   */
  tableCols: readonly number[];
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
  return { sheet: merge.archiveSheet, headers: merge.archiveHeaders, tableWidth, tableCols: merge.archiveCols, lines };
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

/** Index of the tool's four columns, side by side, in a header row; -1 when absent (not our archive). */
export function toolBlock(headers: readonly string[], tool: readonly string[]): number {
  for (let i = 0; i + tool.length <= headers.length; i++) {
    if (tool.every((h, k) => headers[i + k] === h)) return i;
  }
  return -1;
}

/**
 * Where each archive column goes in an earlier archive (sheet or CSV file): the tool's four columns onto its
 * own, table columns onto the first unused column of the same header (a header that appears twice
 * matches in order), and a header the archive does not have yet onto a new column at the right. A
 * rerun on a cleaned file has more table columns than the first run had, so they are added.
 */
export function alignColumns(existing: readonly string[], wanted: readonly string[], tableWidth: number): { cols: number[]; added: { col: number; header: string }[] } {
  const tool = wanted.slice(tableWidth);
  const block = toolBlock(existing, tool);
  const used = new Set<number>();
  for (let k = 0; k < ARCHIVE_TOOL_COLUMNS; k++) used.add(block + k);
  let next = existing.length;
  const added: { col: number; header: string }[] = [];
  const cols = wanted.slice(0, tableWidth).map((header) => {
    const at = existing.findIndex((h, j) => h === header && !used.has(j));
    if (at >= 0) {
      used.add(at);
      return at + 1;
    }
    added.push({ col: ++next, header });
    return next;
  });
  for (let k = 0; k < tool.length; k++) cols.push(block + k + 1);
  return { cols, added };
}
