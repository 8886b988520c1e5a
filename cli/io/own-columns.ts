/**
 * Where the CLI keeps the headers of the columns a run added under the user's rule titles (大区 from
 * settings.classify.custom), for the next run to know them as its own without the settings file
 * (shared Grid.ownColumns / Plan.ownColumns). The headers every run writes (整理问题, 客户类型 …) are
 * known by their text and not recorded; a run without rule columns records nothing.
 *
 * In an .xlsx: a very hidden sheet, one line per cleaned sheet and column. exceljs reads and writes a
 * sheet's `veryHidden` state back (a workbook custom property or a constant defined name it would drop
 * or, for names, kept-parts.ts would have to rewrite), Excel keeps such a sheet on save without
 * showing it in Unhide, and the add-in (PITFALLS A1: state in a hidden sheet, not in settings or
 * customXmlParts) and Apps Script can read and write the same lines. It holds headers and sheet names,
 * no customer's data (PITFALLS E1).
 * Next to a CSV: `<base>.columns.csv`, one header per line (csv-companions.ts writes it).
 */
import type ExcelJS from 'exceljs';
import { runColumnKey, type Cell, type Plan } from '../../shared';
import { readCsv } from './read-csv';
import { rowValues } from './own-sheet';

/** The hidden sheet's name: not a name a user gives a sheet of his, and the same in either language. */
export const OWN_COLUMNS_SHEET = '_SheetKeeper';
const SHEET_HEAD = ['工作表 / Sheet', '运行添加的列 / Column a run added'] as const;
/** The CSV file's one header: a user who opens it sees what it is. */
export const FILE_HEAD = SHEET_HEAD[1];

/** The headers worth recording: the run's columns no header text tells (the user's rule titles). */
export function toRecord(plan: Plan): string[] {
  return [...new Set((plan.ownColumns ?? []).map((h) => h.trim()).filter((h) => h !== '' && runColumnKey(h) === null))];
}

const isOurs = (sheet: ExcelJS.Worksheet) => rowValues(sheet, 1, 2).every((v, i) => v === SHEET_HEAD[i]);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** The lines of our hidden sheet: [sheet, header]. */
function linesOf(sheet: ExcelJS.Worksheet): [string, string][] {
  const out: [string, string][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const [name, header] = rowValues(sheet, r, 2).map(text);
    if (name !== '' && header !== '') out.push([name, header]);
  }
  return out;
}

/**
 * The headers an earlier run recorded for `sheetName`, or undefined when none. A sheet the user renamed
 * since (客户 → 客户2026) is still found when the record names one sheet only and it is gone from the workbook.
 */
export function readOwnColumns(workbook: ExcelJS.Workbook, sheetName: string): string[] | undefined {
  const record = workbook.getWorksheet(OWN_COLUMNS_SHEET);
  if (!record || !isOurs(record)) return undefined;
  const lines = linesOf(record);
  const names = [...new Set(lines.map(([name]) => name))];
  const own = lines.filter(([name]) => name === sheetName);
  const renamed = own.length === 0 && names.length === 1 && !workbook.getWorksheet(names[0]) ? lines : own;
  return renamed.length === 0 ? undefined : renamed.map(([, header]) => header);
}

/**
 * Records `headers` for `sheetName` (replacing what an earlier run recorded for it, keeping the other
 * sheets' lines). A user's sheet of our name is never touched: nothing is recorded then.
 */
export function writeOwnColumns(workbook: ExcelJS.Workbook, sheetName: string, headers: readonly string[]): void {
  const earlier = workbook.getWorksheet(OWN_COLUMNS_SHEET);
  if (earlier && !isOurs(earlier)) return;
  if (!earlier && headers.length === 0) return;
  // Rewritten in place, not removed and added again: the sheets' positions, which a sheet-scoped
  // defined name counts (kept-parts.ts), stay as they were.
  const record = earlier ?? workbook.addWorksheet(OWN_COLUMNS_SHEET, { state: 'veryHidden' });
  // A sheet since deleted from the workbook leaves its lines.
  const others = earlier ? linesOf(earlier).filter(([name]) => name !== sheetName && workbook.getWorksheet(name)) : [];
  const lines: string[][] = [[...SHEET_HEAD], ...others, ...headers.map((h) => [sheetName, h])];
  // Row by row, and the earlier lines below emptied (exceljs's spliceRows on a read sheet left them in).
  const last = Math.max(record.rowCount, lines.length);
  for (let r = 1; r <= last; r++) record.getRow(r).values = lines[r - 1] ?? [];
}

/** The headers a `<base>.columns.csv` holds, or undefined when it is no file of ours. */
export function readOwnColumnsFile(bytes: Uint8Array, name: string): string[] | undefined {
  let rows: Cell[][];
  try {
    rows = readCsv(bytes, name).cells;
  } catch {
    return undefined;
  }
  const cellOf = (row: Cell[] | undefined) => (row?.[0]?.kind === 'text' ? row[0].value.trim() : '');
  if (cellOf(rows[0]) !== FILE_HEAD) return undefined;
  return rows.slice(1).map(cellOf).filter((h) => h !== '');
}
