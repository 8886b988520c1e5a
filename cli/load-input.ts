/** Reads the input file the user named (.xlsx or .csv) into a Grid, with clear errors for what cannot be read. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { DateSystem, Grid } from '../shared';
import { CliError, errorDetail } from './errors';
import { readCsvFile, type TextMarks } from './io/read-csv';
import type { RunNote } from './notes';
import { gridOf, readXlsx } from './io/read-xlsx';
import { unkeptParts, type UnkeptPart } from './io/unkept-parts';
import { restoreEmptyCellNotes } from './io/empty-cell-notes';
import { refuseZipBomb } from './io/zip-bomb';
import { modeOf } from './io/write-file';

export interface LoadedInput {
  kind: 'xlsx' | 'csv';
  grid: Grid;
  dateSystem: DateSystem;
  /** For an .xlsx input: the workbook and sheet, so the writer changes only the planned cells. */
  base?: { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet };
  /** Other sheets of the workbook holding a customer table, when no sheet was named. */
  otherTables?: string[];
  /** Those sheets' grids, read when asked (for duplicates across sheets). */
  otherGrids?: () => Grid[];
  /** What the summary must say about reading the file (characters that could not be read). */
  notes?: RunNote[];
  /** Parts of the input workbook an .xlsx output will lack (charts, pivot tables …). */
  unkept?: UnkeptPart[];
  /** A CSV input's values written behind Excel's text mark ('02134), for a CSV output to mark again. */
  textMarks?: TextMarks;
  /** The input file's permission bits, which new outputs take (a private sheet gives private outputs). */
  mode?: number;
}

const XLSX_EXT = new Set(['.xlsx', '.xlsm']);
const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
/** Every .xlsx is a zip archive. */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The OLE2 compound file header of old .xls workbooks. */
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** `shown` is the path as the user wrote it, for messages; `file` is what is opened. */
export async function loadInput(file: string, sheet?: string, shown = file): Promise<LoadedInput> {
  const loaded = await readInput(file, sheet, shown);
  return { ...loaded, mode: await modeOf(file) };
}

async function readInput(file: string, sheet: string | undefined, shown: string): Promise<LoadedInput> {
  const bytes = await readBytes(file, shown);
  const ext = path.extname(file).toLowerCase();
  // Excel wraps a password-protected .xlsx in the same OLE2 container as an old .xls.
  if (isOle(bytes) && XLSX_EXT.has(ext)) throw new CliError('cli.encrypted', { path: shown });
  if (ext === '.xls' || isOle(bytes)) throw new CliError('cli.xlsOld', { path: shown });
  if (XLSX_EXT.has(ext) || (!CSV_EXT.has(ext) && isZip(bytes))) {
    if (!isZip(bytes)) throw new CliError('cli.badXlsx', { path: shown, detail: 'not a zip archive' });
    refuseZipBomb(bytes, shown);
    try {
      const { grid, dateSystem, workbook, worksheet, otherTables } = await readXlsx(bytes, sheet);
      // After the grid is read: a note pinned on an empty cell is kept in the output, not read as a cell.
      restoreEmptyCellNotes(bytes, workbook);
      const otherGrids = () => otherTables.map((name) => gridOf(workbook.getWorksheet(name)!, dateSystem));
      return { kind: 'xlsx', grid, dateSystem, base: { workbook, worksheet }, otherTables, otherGrids, unkept: unkeptParts(bytes, workbook) };
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError('cli.badXlsx', { path: shown, detail: errorDetail(err) });
    }
  }
  if (CSV_EXT.has(ext)) {
    const read = readCsvNamed(bytes, file, shown);
    // A CSV has one sheet: a --sheet (kept from a command for the workbook) is said to do nothing, not dropped unseen.
    if (sheet !== undefined) read.notes.unshift({ key: 'cli.note.sheetOfCsv', params: { sheet, path: shown } });
    return { kind: 'csv', dateSystem: '1900', ...read };
  }
  throw new CliError('cli.unsupportedType', { path: shown });
}

/** A CSV's refusal and notes name the file as the user wrote it. */
function readCsvNamed(bytes: Uint8Array, file: string, shown: string): { grid: Grid; notes: RunNote[]; textMarks: TextMarks } {
  try {
    const { grid, notes, marks } = readCsvFile(bytes, path.basename(file));
    return { grid, notes: notes.map((n) => ({ ...n, params: { ...n.params, path: shown } })), textMarks: marks };
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
