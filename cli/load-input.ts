/** Reads the input file the user named (.xlsx or .csv) into a Grid, with clear errors for what cannot be read. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { ClassMemory, DateSystem, Grid } from '../shared';
import { CliError, errorDetail } from './errors';
import { readCsvFile, type TextMarks } from './io/read-csv';
import type { CsvDelimiter } from './io/write-csv';
import type { RunNote } from './notes';
import { gridOf, readXlsx } from './io/read-xlsx';
import { readClassMemory, readOwnColumns, readOwnColumnsFile } from './io/own-columns';
import { companionPath } from './io/csv-companions';
import { unkeptParts, type UnkeptPart } from './io/unkept-parts';
import { restoreEmptyCellNotes } from './io/empty-cell-notes';
import { refuseZipBomb } from './io/zip-bomb';
import { modeOf } from './io/write-file';
import { fileKind, isOle, isZip, type FileKind } from './io/file-kind';

export interface LoadedInput {
  kind: 'xlsx' | 'csv';
  grid: Grid;
  dateSystem: DateSystem;
  /** For an .xlsx input: the workbook and sheet, so the writer changes only the planned cells. */
  base?: { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet };
  /** Other sheets of the workbook holding a customer table, hidden ones included. */
  otherTables?: string[];
  /** Of those, the hidden ones (a departed rep's tab): named in the summary, never cleaned unless asked for. */
  hiddenTables?: string[];
  /** Those sheets' grids, read when asked (for duplicates across sheets); `only`: of these sheets alone (the hidden ones). */
  otherGrids?: (only?: readonly string[]) => Grid[];
  /** What the summary must say about reading the file (characters that could not be read). */
  notes?: RunNote[];
  /** Parts of the input workbook an .xlsx output will lack (charts, pivot tables …). */
  unkept?: UnkeptPart[];
  /** A CSV input's values written behind Excel's text mark ('02134), for a CSV output to mark again. */
  textMarks?: TextMarks;
  /** A CSV input's delimiter (`;` from German or French Excel), which the CSVs the run writes keep. */
  csvDelimiter?: CsvDelimiter;
  /** The input file's permission bits, which new outputs take (a private sheet gives private outputs). */
  mode?: number;
  /** The classes an earlier run recorded for the sheet's rows (an .xlsx's _SheetKeeper): what tells a class the user set by hand. */
  classMemory?: ClassMemory;
}

const XLSX_EXT = new Set(['.xlsx', '.xlsm']);
const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
/** WPS Spreadsheets' own format (and its template). */
const WPS_EXT = new Set(['.et', '.ett']);

/** `shown` is the path as the user wrote it, for messages; `file` is what is opened. */
export async function loadInput(file: string, sheet?: string, shown = file): Promise<LoadedInput> {
  const loaded = await readInput(file, sheet, shown);
  return { ...loaded, mode: await modeOf(file) };
}

async function readInput(file: string, sheet: string | undefined, shown: string): Promise<LoadedInput> {
  const bytes = await readBytes(file, shown);
  const ext = path.extname(file).toLowerCase();
  // A CSV is read as text, unless its bytes are a workbook's (an .xlsx or an old .xls under a .csv
  // name); anything else by what its bytes are.
  const kind = CSV_EXT.has(ext) && !isZip(bytes) && !isOle(bytes) ? null : fileKind(bytes);
  if (kind === 'ooxml') {
    refuseZipBomb(bytes, shown);
    try {
      const { grid: read, dateSystem, workbook, worksheet, otherTables, hiddenTables } = await readXlsx(bytes, sheet);
      // The rule columns an earlier run recorded (own-columns.ts): the run's own without its settings file.
      const grid = withOwnColumns(read, readOwnColumns(workbook, worksheet.name));
      // After the grid is read: a note pinned on an empty cell is kept in the output, not read as a cell.
      restoreEmptyCellNotes(bytes, workbook);
      // Each tab with its own record: another rep's 大区 is his tab's run column, no customer data to compare.
      const otherGrids = (only?: readonly string[]) => (only ?? otherTables).filter((name) => otherTables.includes(name)).map((name) => withOwnColumns(gridOf(workbook.getWorksheet(name)!, dateSystem), readOwnColumns(workbook, name)));
      const classMemory = readClassMemory(workbook, worksheet.name);
      return { kind: 'xlsx', grid, dateSystem, base: { workbook, worksheet }, otherTables, hiddenTables, otherGrids, unkept: unkeptParts(bytes, workbook), ...(classMemory ? { classMemory } : {}) };
    } catch (err) {
      if (err instanceof CliError) throw err;
      // The zh message leaves out the library's English reason; the en one keeps it for a bug report.
      throw new CliError('cli.badXlsx', { path: shown, detail: errorDetail(err) });
    }
  }
  if (kind !== null) throw notReadable(kind, ext, shown);
  const read = readCsvNamed(bytes, file, shown);
  // The rule columns an earlier run recorded in the file beside this one (own-columns.ts).
  read.grid = withOwnColumns(read.grid, await readCompanionColumns(file));
  // A CSV has one sheet: a --sheet (kept from a command for the workbook) is said to do nothing, not dropped unseen.
  if (sheet !== undefined) read.notes.unshift({ key: 'cli.note.sheetOfCsv', params: { sheet, path: shown } });
  return { kind: 'csv', dateSystem: '1900', ...read };
}

const withOwnColumns = (grid: Grid, ownColumns: string[] | undefined): Grid => (ownColumns ? { ...grid, ownColumns } : grid);

/** The headers `<base>.columns.csv` beside a CSV input records, or undefined when there is none of ours. */
async function readCompanionColumns(file: string): Promise<string[] | undefined> {
  const beside = companionPath(file, 'columns');
  const bytes = await fs.readFile(beside).catch(() => undefined);
  return bytes === undefined ? undefined : readOwnColumnsFile(bytes, path.basename(beside));
}

/** The refusal of a file that is not a workbook this tool reads: what it is, and how to get an .xlsx or .csv of it. */
function notReadable(kind: Exclude<FileKind, 'ooxml'>, ext: string, shown: string): CliError {
  const named = (key: string, params: Record<string, string> = {}) => new CliError(key, { path: shown, ...params });
  switch (kind) {
    case 'encrypted':
      return named('cli.encrypted');
    case 'xls':
    case 'otherOle':
      // WPS writes its .et in the same compound file as an .xls; it is saved as .xlsx in WPS.
      if (WPS_EXT.has(ext)) return named('cli.wpsEt');
      if (kind === 'xls' && ext !== '.xls') return named('cli.xlsOldRenamed', { ext });
      // A compound file whose streams are not found (damaged directory) under an .xlsx name: Excel
      // writes no other compound file with that name than an encrypted workbook.
      if (XLSX_EXT.has(ext)) return named('cli.encrypted');
      return named(ext === '.xls' ? 'cli.xlsOld' : 'cli.unsupportedType');
    case 'numbers':
      return named('cli.numbers');
    case 'ods':
      return named('cli.ods');
    case 'webPage':
      return named('cli.webPage');
    case 'xml2003':
      return named('cli.xml2003');
    case 'tsv':
    case 'csv':
      return named('cli.textAsWorkbook', { ext: `.${kind}` });
    case 'empty':
      return named('cli.emptyFile');
    case 'truncatedZip':
      return named('cli.truncatedXlsx');
    case 'otherZip':
      return named(XLSX_EXT.has(ext) || WPS_EXT.has(ext) ? 'cli.zipNotWorkbook' : 'cli.unsupportedType');
    case 'unknown':
      if (XLSX_EXT.has(ext)) return named('cli.notXlsx');
      return named(ext === '.xls' ? 'cli.xlsOld' : 'cli.unsupportedType');
  }
}

/** A CSV's refusal and notes name the file as the user wrote it. */
function readCsvNamed(bytes: Uint8Array, file: string, shown: string): { grid: Grid; notes: RunNote[]; textMarks: TextMarks; csvDelimiter: CsvDelimiter } {
  try {
    const { grid, notes, marks, delimiter } = readCsvFile(bytes, path.basename(file));
    return { grid, notes: notes.map((n) => ({ ...n, params: { ...n.params, path: shown } })), textMarks: marks, csvDelimiter: delimiter };
  } catch (err) {
    if (err instanceof CliError) throw new CliError(err.key, { ...err.params, path: shown }, err.exitCode);
    throw err;
  }
}

export async function readBytes(file: string, shown = file): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError('cli.notFound', { path: shown });
    if (code === 'EISDIR') throw new CliError('cli.isDirectory', { path: shown });
    throw new CliError('cli.unreadable', { path: shown, detail: errorDetail(err) });
  }
}
