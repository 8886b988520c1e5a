/**
 * What the user typed into a run sheet (提醒 / 问题清单 / …) of an earlier run: the columns he added
 * to the right of the run's own (处理结果: "12/3 已电话，客户下周来店"). A rerun replaces its own
 * sheet, and those cells went with it. Now they are read before the old sheet goes, put back on the
 * new sheet beside the lines that are still there (matched by what identifies a line: its row, kind
 * and date, not its position, which changes with every run), and the lines that are gone are kept
 * whole, with what was typed on them, in a sheet of their own that later runs append to.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, type Lang } from '../../shared';
import { say } from '../messages';
import { ownSheet, rowValues, startsWith } from './own-sheet';
import { fillOf } from './xlsx-values';

/** A cell the user filled in: its value, look and note, as they were. */
interface TypedCell {
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note?: ExcelJS.Cell['note'];
}

/** A line of the old sheet with something typed beside it. */
interface TypedLine {
  /** The run's own cells of the line (what it is matched by), as read. */
  own: unknown[];
  /** Every cell of the line, the run's and the user's, for keeping the line whole. */
  all: TypedCell[];
  typed: TypedCell[];
}

export interface TypedCells {
  /** The old sheet's name (the new one takes it). */
  sheet: string;
  /** How many columns the run writes: the user's are to their right. */
  width: number;
  /** The user's own headers (row 1, right of the run's). */
  header: TypedCell[];
  /** The old sheet's full row 1, for the sheet the unmatched lines are kept in. */
  headerRow: TypedCell[];
  lines: TypedLine[];
  widths: Map<number, number>;
}

/** Whether a cell holds something the user typed: a value or a note. */
function typedCell(cell: ExcelJS.Cell): TypedCell | undefined {
  const value = cell.value;
  const empty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  if (empty && !cell.note) return undefined;
  return { col: Number(cell.col), value: empty ? null : value, style: structuredClone(cell.style ?? {}), ...(cell.note ? { note: cell.note } : {}) };
}

function cellsOf(row: ExcelJS.Row, from: number): TypedCell[] {
  const out: TypedCell[] = [];
  for (let c = from; c <= row.cellCount; c++) {
    const typed = typedCell(row.getCell(c));
    if (typed) out.push(typed);
  }
  return out;
}

/**
 * The cells typed right of the run's `width` columns in `sheet` (the run's own sheet of an earlier
 * run, about to be replaced); undefined when there are none.
 */
export function readTyped(sheet: ExcelJS.Worksheet, width: number): TypedCells | undefined {
  const header = cellsOf(sheet.getRow(1), width + 1);
  const lines: TypedLine[] = [];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const typed = cellsOf(row, width + 1);
    if (typed.length === 0) return;
    lines.push({ own: rowValues(sheet, r, width), all: cellsOf(row, 1), typed });
  });
  if (header.length === 0 && lines.length === 0) return undefined;
  const widths = new Map<number, number>();
  // Loops, not Math.max(...): a sheet of 200,000 typed lines would overflow the call's arguments.
  let last = width;
  for (const cell of header) last = Math.max(last, cell.col);
  for (const line of lines) for (const cell of line.typed) last = Math.max(last, cell.col);
  for (let c = width + 1; c <= last; c++) {
    const w = sheet.getColumn(c).width;
    if (w !== undefined) widths.set(c, w);
  }
  return { sheet: sheet.name, width, header, headerRow: cellsOf(sheet.getRow(1), 1), lines, widths };
}

/**
 * How a line is recognised from one run to the next: keys from the most to the least exact (a
 * reminder by owner, kind, row and date, then without the owner, then by customer instead of row,
 * for a sheet whose rows moved). The same function reads the old sheet's cells and makes the new
 * lines' keys, so both sides say a line the same way.
 */
export type LineKeys = (own: readonly unknown[]) => string[];

/** A cell's value as a key part: a date as its day, text trimmed. */
export function keyPart(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('').trim();
  return String(value).trim();
}

export interface TypedOutcome {
  /** The run sheet the cells were typed in. */
  sheet: string;
  /** The user's column headers (or letters), for the summary. */
  columns: string[];
  /** Lines whose typed cells were put back beside the same line on the new sheet. */
  carried: number;
  /** Lines no longer listed, kept whole in `keptSheet`. */
  kept: number;
  keptSheet?: string;
}

/**
 * Puts `typed` back on `sheet`, the new run sheet whose data line i (sheet row i + 2) has the keys
 * `newKeys[i]` (made by `keys` from the line's own cells as the old sheet held them). Lines with no
 * line to go to are returned for keepLines.
 */
export function putTyped(sheet: ExcelJS.Worksheet, typed: TypedCells, newKeys: readonly string[][], keys: LineKeys | undefined): { carried: number; left: TypedLine[] } {
  for (const cell of typed.header) {
    const target = sheet.getCell(1, cell.col);
    put(target, cell);
  }
  for (const [col, width] of typed.widths) sheet.getColumn(col).width = width;
  const taken = new Set<number>();
  const matched = new Map<TypedLine, number>();
  if (keys) {
    const oldKeys = typed.lines.map((line) => keys(line.own));
    const levels = oldKeys.reduce((most, k) => Math.max(most, k.length), 0);
    // The most exact key first for every line, then the looser ones for the lines still unmatched.
    for (let level = 0; level < levels; level++) {
      const free = new Map<string, number[]>();
      newKeys.forEach((k, i) => {
        if (taken.has(i) || !k[level]) return;
        const list = free.get(k[level]);
        if (list) list.push(i);
        else free.set(k[level], [i]);
      });
      typed.lines.forEach((line, j) => {
        const key = oldKeys[j][level];
        if (matched.has(line) || !key) return;
        const i = free.get(key)?.shift();
        if (i === undefined) return;
        taken.add(i);
        matched.set(line, i);
      });
    }
  }
  for (const [line, i] of matched) for (const cell of line.typed) put(sheet.getCell(i + 2, cell.col), cell);
  let right = 0;
  for (const cell of typed.header) right = Math.max(right, cell.col);
  for (const line of matched.keys()) for (const cell of line.typed) right = Math.max(right, cell.col);
  // The filter takes in the user's columns, so he can still filter on 处理结果.
  const filter = sheet.autoFilter;
  if (filter && typeof filter === 'object' && 'to' in filter && typeof filter.to === 'object' && right > filter.to.column) {
    sheet.autoFilter = { from: filter.from, to: { row: filter.to.row, column: right } };
  }
  return { carried: matched.size, left: typed.lines.filter((line) => !matched.has(line)) };
}

function put(target: ExcelJS.Cell, cell: TypedCell): void {
  target.value = cell.value;
  target.style = structuredClone(cell.style);
  if (cell.note) target.note = cell.note;
}

/** Excel's limit on a sheet name. */
const NAME_LIMIT = 31;

/** The name of the sheet a run sheet's gone lines are kept in: 提醒（旧备注） / "Reminders - earlier notes", within Excel's 31 characters. */
export function keptSheetName(lang: Lang, sheet: string): string {
  const chars = Array.from(sheet);
  for (let n = chars.length; n > 0; n--) {
    const name = say(lang, 'cli.typed.keptSheet', { sheet: chars.slice(0, n).join('') });
    if (name.length <= NAME_LIMIT) return name.replace(/[:\\/?*[\]]/g, '_');
  }
  return sheet;
}

/**
 * Keeps `lines` (old lines with typed cells and no line left to go to) whole in the kept sheet of
 * `typed.sheet`, appended below what earlier runs kept there; `headers` are the run's own, which
 * begin the kept sheet (so a later run knows it for its own, and never as a customer table). The
 * user's columns go under his headers, a header the kept sheet lacks added at its right.
 */
export function keepLines(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, typed: TypedCells, lines: readonly TypedLine[], headers: readonly string[], lang: Lang): string {
  const { name, existing } = ownSheet(workbook, keptSheetName(lang, typed.sheet), (s) => startsWith(s, headers), 'append', cleaned);
  const sheet = existing ?? workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = sheet.getRow(1);
  // Where each old column goes: the run's own in place, the user's under the header of that text.
  const colOf = new Map<number, number>();
  for (let c = 1; c <= typed.width; c++) colOf.set(c, c);
  const byHeader = new Map<string, number>();
  for (let c = typed.width + 1; c <= head.cellCount; c++) {
    const text = keyPart(head.getCell(c).value);
    if (text && !byHeader.has(text)) byHeader.set(text, c);
  }
  let next = Math.max(typed.width, head.cellCount) + 1;
  const userCols = [...new Set([...typed.headerRow.map((c) => c.col), ...lines.flatMap((l) => l.typed.map((c) => c.col))])].filter((c) => c > typed.width).sort((a, b) => a - b);
  for (const col of userCols) {
    const source = typed.headerRow.find((c) => c.col === col);
    const text = keyPart(source?.value);
    // A new kept sheet has the old sheet's columns where they were; one kept before, under the same header or a new one at its right.
    const at = existing ? (text && byHeader.get(text)) || next++ : col;
    colOf.set(col, at);
    if (text) byHeader.set(text, at);
    if (source && keyPart(head.getCell(at).value) === '') put(head.getCell(at), source);
    if (!existing) sheet.getColumn(at).width = typed.widths.get(col) ?? 16;
  }
  if (!existing) {
    headers.forEach((text, i) => {
      const cell = head.getCell(i + 1);
      cell.value = text;
      cell.style = { font: { bold: true }, fill: fillOf('FFF2F2F2') };
      sheet.getColumn(i + 1).width = 16;
    });
  }
  let r = existing ? lastUsedRow(sheet) + 1 : 2;
  for (const line of lines) {
    for (const cell of line.all) {
      const col = colOf.get(cell.col) ?? cell.col;
      put(sheet.getCell(r, col), cell);
    }
    r++;
  }
  return name;
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 1;
  sheet.eachRow((_, r) => (last = r));
  return last;
}

/** How a run sheet is told and its lines recognised, for replaceKeepingTyped. */
export interface Typing {
  /** The run's headers: its sheet starts with them, the user's columns are right of them. */
  headers: readonly string[];
  keys?: LineKeys;
  /** The own cells of each data line of the new sheet, as `keys` reads them (the row numbers of the input). */
  lines?: () => readonly (readonly unknown[])[];
}

/**
 * Replaces the run sheet `base` an earlier run wrote, keeping what the user typed on it: `make`
 * writes the new sheet under the name it is given; the typed cells are put back beside their lines
 * on it, or kept whole in the kept sheet. What was done is pushed on `log`, for the summary.
 */
export function replaceKeepingTyped(
  workbook: ExcelJS.Workbook,
  cleaned: ExcelJS.Worksheet,
  base: string,
  typing: Typing,
  lang: Lang,
  make: (name: string) => ExcelJS.Worksheet,
  log?: TypedOutcome[],
): string {
  let typed: TypedCells | undefined;
  const { name } = ownSheet(workbook, base, (s) => startsWith(s, typing.headers), 'replace', cleaned, (old) => (typed = readTyped(old, typing.headers.length)));
  const sheet = make(name);
  if (!typed) return name;
  const keys = typing.keys;
  const newKeys = keys && typing.lines ? typing.lines().map((own) => keys(own)) : [];
  const { carried, left } = putTyped(sheet, typed, newKeys, keys);
  const keptSheet = left.length > 0 ? keepLines(workbook, cleaned, typed, left, typing.headers, lang) : undefined;
  if (carried > 0 || keptSheet) log?.push({ sheet: name, columns: typedColumns(typed), carried, kept: left.length, ...(keptSheet ? { keptSheet } : {}) });
  return name;
}

/** The summary's name for the user's columns: their headers, or their letters when untitled. */
function typedColumns(typed: TypedCells): string[] {
  const cols = [...new Set([...typed.header.map((c) => c.col), ...typed.lines.flatMap((l) => l.typed.map((c) => c.col))])].sort((a, b) => a - b);
  return cols.map((col) => keyPart(typed.header.find((c) => c.col === col)?.value) || columnLetter(col));
}
