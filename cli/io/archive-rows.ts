/**
 * The archive a merge writes (sheet or CSV): each merged-away row with all its original cells, its
 * original row number, the row it was merged into, its group, why and the day (PITFALLS D1, D2).
 */
import { LANGS, t, type Cell, type Lang, type MessageKey, type Plan } from '../../shared';
import type { RowMap } from './row-map';
import { templateParams, templatePattern } from '../../shared/i18n/template-pattern';

export interface ArchiveLine {
  /** The row's cells as read from the input, one per table column (formulas included). */
  cells: Cell[];
  /** Row number in the input sheet. */
  sourceRow: number;
  /** Where the survivor is in the output (rows above it may have moved to the archive). */
  survivorRow: number;
  group: string;
  reason: string;
  /** The day of the merge (YYYY-MM-DD); absent when the plan has none. */
  mergedOn?: string;
  /** When the merge was applied (YYYY-MM-DD HH:MM:SS, merge-time.ts): shown in place of the day when the host gave it. */
  mergedAt?: string;
}

export interface ArchiveTable {
  /** The archive sheet's name (in the plan's language). */
  sheet: string;
  /** The table's headers, then original row, kept row, group, reason and the day merged. */
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

/** The columns a merge adds after the table's own: original row, kept row, group, reason, the day merged. */
export const ARCHIVE_TOOL_KEYS = ['dedupe.archive.sourceRow', 'dedupe.archive.survivorRow', 'dedupe.archive.group', 'dedupe.archive.reason', 'dedupe.archive.mergedOn'] as const;
export const ARCHIVE_TOOL_COLUMNS = ARCHIVE_TOOL_KEYS.length;

/**
 * The first four of them, side by side, tell our archive from a user's sheet: an archive written
 * before the day column existed has only those, and gets the day column at its right.
 */
export const ARCHIVE_BLOCK = 4;

export function archiveTable(plan: Plan, lang: Lang, rows: RowMap): ArchiveTable | null {
  const merge = plan.merge;
  if (!merge || merge.archive.length === 0) return null;
  const tableWidth = merge.archiveHeaders.length - ARCHIVE_TOOL_COLUMNS;
  const retyped = retypedCells(plan);
  const lines = merge.archive.map((a): ArchiveLine => {
    const survivorRow = rows.target(a.survivorRow);
    // A value typed as text that only became the date or number it showed is written as the main
    // sheet writes it (tester h75: 2025-02-11 14:20:00 as text in the archive, a date-time in the
    // sheet); anything the cleaning changed stays as typed, the archive keeping what was merged away.
    const cells = a.cells.slice(0, tableWidth).map((cell, i) => retyped.get(`${a.sheetRow}:${merge.archiveCols[i]}`) ?? cell);
    while (cells.length < tableWidth) cells.push({ kind: 'empty' });
    // The reason names the kept row; say where that row is in the output, like the kept-row column.
    const params = a.reason.params.row === a.survivorRow ? { ...a.reason.params, row: survivorRow } : a.reason.params;
    return { cells, sourceRow: a.sheetRow, survivorRow, group: a.groupId, reason: t(lang, a.reason.code, params), ...(merge.mergedOn === undefined ? {} : { mergedOn: merge.mergedOn }), ...(merge.mergedAt === undefined ? {} : { mergedAt: merge.mergedAt }) };
  });
  return { sheet: merge.archiveSheet, headers: merge.archiveHeaders, tableWidth, tableCols: merge.archiveCols, lines };
}

/** The plan's retypes (`retype`: text that only became the date or number it showed), by `row:tableCol`. */
function retypedCells(plan: Plan): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const e of plan.edits) if (e.retype) out.set(`${e.sheetRow}:${e.col}`, e.after);
  return out;
}

/** An archive line as one row of cells (for the CSV companion), its reason as given. */
export function archiveCells(line: ArchiveLine, reason: string = line.reason): Cell[] {
  return [
    ...line.cells,
    { kind: 'number', value: line.sourceRow },
    { kind: 'number', value: line.survivorRow },
    { kind: 'text', value: line.group },
    { kind: 'text', value: reason },
    line.mergedAt !== undefined ? { kind: 'text', value: line.mergedAt } : line.mergedOn === undefined ? { kind: 'empty' } : { kind: 'date', value: line.mergedOn },
  ];
}

/** Index of the tool's first four columns, side by side, in a header row; -1 when absent (not our archive). */
export function toolBlock(headers: readonly string[], tool: readonly string[]): number {
  const block = tool.slice(0, ARCHIVE_BLOCK);
  for (let i = 0; i + block.length <= headers.length; i++) {
    if (block.every((h, k) => headers[i + k] === h)) return i;
  }
  return -1;
}

/** The reasons an archive line gives, each naming the kept row. */
// The reason naming co-owners first: its words begin as the plain merge's do.
const REASON_KEYS: readonly MessageKey[] = ['dedupe.archive.mergedCoOwners', 'dedupe.archive.merged', 'dedupe.archive.copy'];

/** Each reason in each language as a pattern: its {row} caught as digits, its other parameters as any text. */
const REASON_PATTERNS = LANGS.flatMap((lang) =>
  REASON_KEYS.map((key) => {
    const template = t(lang, key);
    const captures = Object.fromEntries(templateParams(template).map((name) => [name, name === 'row' ? '\\d+' : '.+?']));
    return { lang, key, pattern: templatePattern(template, captures) };
  }),
);

/**
 * An earlier archive line's reason with its kept row moved from `from` to `to`, as the kept-row column
 * moves: "merged into row 188" of a line whose kept row is now 187 would send the reader to the
 * customer below. A reason in neither language's words, or naming another row, is left as it is.
 */
export function reasonWithKeptRow(reason: string, from: number, to: number): string {
  for (const { lang, key, pattern } of REASON_PATTERNS) {
    const params = pattern.exec(reason)?.groups;
    if (!params) continue;
    if (params.row !== String(from)) return reason;
    return t(lang, key, { ...params, row: to });
  }
  return reason;
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
  for (let k = 0; k < ARCHIVE_BLOCK; k++) used.add(block + k);
  let next = existing.length;
  const added: { col: number; header: string }[] = [];
  const place = (header: string, from = 0) => {
    const at = existing.findIndex((h, j) => j >= from && h === header && !used.has(j));
    if (at >= 0) {
      used.add(at);
      return at + 1;
    }
    added.push({ col: ++next, header });
    return next;
  };
  const cols = wanted.slice(0, tableWidth).map((header) => place(header));
  for (let k = 0; k < ARCHIVE_BLOCK; k++) cols.push(block + k + 1);
  // The day merged: ours is right of the four (a table column of the user's of that name is left of them).
  for (const header of tool.slice(ARCHIVE_BLOCK)) cols.push(place(header, block + ARCHIVE_BLOCK));
  return { cols, added };
}
