/**
 * Where the CLI keeps the record of the columns a run added under the user's rule titles (大区), for
 * the next run to know them as its own without the settings file: its layout and reading are the
 * core's, one for every host (shared/plan/own-columns-record.ts).
 *
 * In an .xlsx: the very hidden sheet _SheetKeeper (_SheetKeeper2 where the user has a sheet of that name). exceljs reads and writes a sheet's `veryHidden`
 * state back, in its in-memory and its streaming writer alike; Excel keeps such a sheet on save
 * without listing it in Unhide; the add-in can do the same (PITFALLS A1 keeps add-in state in a hidden
 * sheet, not in settings or customXmlParts). Workbook custom properties (docProps/custom.xml) exceljs
 * has no model for and drops; a constant defined name would have to pass kept-parts.ts, which writes
 * the input's names back over exceljs's. Next to a CSV: `<base>.columns.csv` (csv-companions.ts).
 */
import type ExcelJS from 'exceljs';
import { OWN_COLUMNS_HEAD, classesRecordedFor, recordAfter, recordedFor, recordSheet, type Cell, type ClassMemory } from '../../shared';
import { readCsv } from './read-csv';

/** The CSV file's one head: a user who opens it sees what it is. */
export const FILE_HEAD = OWN_COLUMNS_HEAD[1];

/** A sheet's rows as plain values (exceljs's row.values is 1-based). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) out.push(((sheet.getRow(r).values as unknown[]) ?? []).slice(1));
  return out;
}

const sheetNames = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((w) => w.name);

/** Where the workbook's record is, or goes (shared recordSheet: never a sheet of the user's of our name). */
const whereRecord = (workbook: ExcelJS.Workbook) =>
  recordSheet(workbook.worksheets.map((w) => ({ name: w.name, firstRow: ((w.getRow(1).values as unknown[]) ?? []).slice(1) })));

/** The headers an earlier run recorded for `sheetName`, or undefined when none. */
export function readOwnColumns(workbook: ExcelJS.Workbook, sheetName: string): string[] | undefined {
  const where = whereRecord(workbook);
  const record = where.exists ? workbook.getWorksheet(where.name) : undefined;
  return record ? recordedFor(rowsOf(record), sheetName, sheetNames(workbook)) : undefined;
}

/** The classes an earlier run recorded for `sheetName`'s rows (hand-set-classes.ts), or undefined when none. */
export function readClassMemory(workbook: ExcelJS.Workbook, sheetName: string): ClassMemory | undefined {
  const where = whereRecord(workbook);
  const record = where.exists ? workbook.getWorksheet(where.name) : undefined;
  return record ? classesRecordedFor(rowsOf(record), sheetName, sheetNames(workbook)) : undefined;
}

/** A sheet of the user's under the record's name (`taken`), left as it was, and the hidden sheet the record is in instead. */
export interface RecordElsewhere {
  taken: string;
  sheet: string;
}

/**
 * Records `headers` (shared toRecord) and the classes of its rows (`classes`) for `sheetName`. A user's sheet of our name is never touched:
 * the record goes to a sheet of a free name beside it, which is returned for the summary to say.
 * No record is made for nothing.
 */
export function writeOwnColumns(workbook: ExcelJS.Workbook, sheetName: string, headers: readonly string[], classes?: ClassMemory): RecordElsewhere | undefined {
  const where = whereRecord(workbook);
  const earlier = where.exists ? workbook.getWorksheet(where.name) : undefined;
  if (!earlier && headers.length === 0 && (classes?.size ?? 0) === 0) return undefined;
  const rows = earlier ? rowsOf(earlier) : [];
  const lines = recordAfter(rows, sheetName, headers, sheetNames(workbook), classes);
  // Rewritten in place, not removed and added again: the sheets' positions, which a sheet-scoped
  // defined name counts (kept-parts.ts), stay as they were. Row by row, the earlier lines below
  // emptied (exceljs's spliceRows on a sheet it read left them in).
  const record = earlier ?? workbook.addWorksheet(where.name, { state: 'veryHidden' });
  const last = Math.max(record.rowCount, lines.length);
  for (let r = 1; r <= last; r++) record.getRow(r).values = lines[r - 1] ?? [];
  return where.taken === undefined ? undefined : { taken: where.taken, sheet: record.name };
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
