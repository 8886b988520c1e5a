/**
 * The archive sheet of a merge ("已合并重复" / "Merged duplicates"): one row per merged-away row with
 * all its original values, its original row number and a pointer to the row it was merged into.
 * An archive from an earlier run is appended to, never overwritten (PITFALLS D2).
 */
import type ExcelJS from 'exceljs';
import { cellText, isFormula, lostDigitCells, maxOf, type Cell, type DateSystem, type Lang, type Plan, type WriteType } from '../../shared';
import { say } from '../messages';
import { alignColumns, reasonWithKeptRow, toolBlock, type ArchiveTable } from './archive-rows';
import type { RowMap } from './row-map';
import { capCellText, capNoteText, EXCEL_NOTE_LIMIT } from './cell-cap';
import { noteMoved } from './kept-parts';
import { ownSheet, safeSheetName } from './own-sheet';
import { refuseRowsPast } from './sheet-rows';
import { fillOf, keepLink, linkOf, numberAsText, putValue, serialOf, type Restyle } from './xlsx-values';
import { noteText } from './stale-notes';
import { hyperlinkTarget, type LinkFormula, type ValueAt } from './hyperlink-target';

/** A cell of a merged-away row as the input had it, before the run cleaned or restyled it: what its archived copy looks like. */
export interface OriginalLook {
  style: Partial<ExcelJS.Style>;
  value: ExcelJS.CellValue;
}

/** The input's look of a cell of the cleaned sheet (row and column 1-based); undefined when it had none. */
export type OriginalLooks = (row: number, col: number) => OriginalLook | undefined;

/**
 * The looks of the rows a merge removes, read before the run touches the sheet (its own Text format
 * on text columns, a cleaned value in place of rich text). The style objects are kept as they are:
 * the run gives a cell a changed copy and never changes one in place (xlsx-values.ts styler).
 */
export function originalLooks(sheet: ExcelJS.Worksheet, rows: readonly number[]): OriginalLooks {
  const looks = new Map<number, Map<number, OriginalLook>>();
  for (const r of rows) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const cells = new Map<number, OriginalLook>();
    row.eachCell((cell, col) => cells.set(col, { style: cell.style ?? {}, value: cell.value }));
    looks.set(r, cells);
  }
  return (row, col) => looks.get(row)?.get(col);
}

export interface ArchiveWritten {
  name: string;
  /** Input rows the sheet now holds with every non-empty original value, read back after writing. */
  verified: Set<number>;
  /** Where each archived input row is on the sheet (its row there), for what pointed at it (row-pointers.ts). */
  rowOf: Map<number, number>;
  /** Where a column of the cleaned sheet is on the sheet: its table columns' own; one beyond them, as far right of the archive's. */
  colOf: (col: number) => number;
}

export function addArchiveSheet(
  workbook: ExcelJS.Workbook,
  cleaned: ExcelJS.Worksheet,
  table: ArchiveTable,
  plan: Plan,
  lang: Lang,
  dateSystem: DateSystem,
  restyle: Restyle,
  /** Where this run's input rows end up in the output: the earlier lines' kept rows move with them. */
  rows: RowMap,
  /**
   * The archive as a run in another language names it and its four columns (Merged duplicates,
   * Original row …): a workbook merged last week in English is appended to this week in Chinese,
   * so its merged rows stay in one sheet, not two.
   */
  elsewhere: readonly { sheet: string; tool: readonly string[] }[] = [],
  /** How the merged-away cells looked in the input: each archived cell keeps its fill, font, number format and rich text. */
  looks: OriginalLooks = () => undefined,
): ArchiveWritten {
  let tool = table.headers.slice(table.tableWidth);
  let { name, existing } = ownSheet(workbook, safeSheetName(table.sheet), (s) => toolBlock(headerTexts(s), tool) >= 0, 'append', cleaned);
  for (const other of existing ? [] : elsewhere) {
    const found = ownSheet(workbook, safeSheetName(other.sheet), (s) => toolBlock(headerTexts(s), other.tool) >= 0, 'append', cleaned);
    if (!found.existing) continue;
    ({ name, existing } = found);
    tool = [...other.tool];
    table = { ...table, headers: [...table.headers.slice(0, table.tableWidth), ...tool] };
    break;
  }
  // An archive appended to run after run can outgrow a sheet: refused before it is touched.
  const first = existing ? lastUsedRow(existing) + 1 : 2;
  refuseRowsPast(name, first + table.lines.length - 1);
  const sheet = existing ?? workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const { cols, added } = existing
    ? alignColumns(headerTexts(existing), table.headers, table.tableWidth)
    : { cols: table.headers.map((_, i) => i + 1), added: table.headers.map((header, i) => ({ col: i + 1, header })) };
  for (const { col, header } of added) {
    const cell = sheet.getCell(1, col);
    cell.value = header === '' ? null : header;
    cell.style = { font: { bold: true }, fill: fillOf('FFF2F2F2') };
    sheet.getColumn(col).width = 16;
  }
  if (!existing) sheet.getColumn(cols[table.tableWidth + 3]).width = 40;
  if (existing) moveKeptRows(sheet, first, cols.slice(table.tableWidth), rows);

  const lost = lostDigitCells(plan.issues);
  // What a formula of an archived row reads: the row's own cells as typed (the archived line), any other
  // cell as the cleaned sheet holds it, its rows not yet removed.
  const rowValues = (sourceRow: number, cells: readonly Cell[]): ValueAt => (row, col) => {
    const k = row === sourceRow ? table.tableCols.indexOf(col - plan.firstCol) : -1;
    return k >= 0 && k < cells.length ? coreValue(cells[k]) : sheetValue(cleaned.findCell(row, col)?.value);
  };
  table.lines.forEach((line, i) => {
    const row = sheet.getRow(first + i);
    line.cells.forEach((cell, c) => {
      const target = row.getCell(cols[c]);
      const col = table.tableCols[c] ?? c;
      // The user's colours and fonts are his data (a rep's yellow for 重点客户): the copy looks as the original did.
      const look = looks(line.sourceRow, plan.firstCol + col);
      if (look) target.style = look.style;
      const link = isFormula(cell) ? formulaLink(cell, rowValues(line.sourceRow, line.cells)) : null;
      if (lost.get(line.sourceRow)?.has(col)) writeLostDigits(target, cell, dateSystem, restyle);
      else writeOriginal(target, cell, plan.columns[col]?.write, lang, dateSystem, restyle, link?.literal === true);
      if (link) keepFormulaLink(target, cell, link);
      // The core's cells carry no link target or note; the row is still in the cleaned sheet, with
      // both (a rep's 客户说换号了 on the old number is the user's data as much as the number).
      const source = cleaned.findCell(line.sourceRow, plan.firstCol + col);
      keepLink(target, linkOf(source?.value ?? null));
      if (look) keepRichText(target, look.value);
      const bare = target.note === undefined;
      keepNote(target, source?.note, lang);
      // Its author, size and "always show" go with it (kept-parts.ts puts them in the written file).
      if (bare && target.note !== undefined) noteMoved(workbook, cleaned.name, { row: line.sourceRow, col: plan.firstCol + col }, sheet.name, { row: first + i, col: cols[c] });
    });
    const [source, survivor, group, reason, mergedOn] = cols.slice(table.tableWidth);
    row.getCell(source).value = line.sourceRow;
    row.getCell(survivor).value = line.survivorRow;
    row.getCell(group).value = line.group;
    row.getCell(reason).value = capCellText(line.reason);
    if (mergedOn !== undefined && line.mergedAt !== undefined) putDateTime(row.getCell(mergedOn), line.mergedAt, dateSystem);
    else if (mergedOn !== undefined && line.mergedOn !== undefined) putValue(row.getCell(mergedOn), { kind: 'date', value: line.mergedOn }, 'date', dateSystem, restyle);
  });

  // Read the copy back before any row leaves the main sheet: a row counts as archived only when
  // every one of its non-empty original values is there.
  const verified = new Set<number>();
  const rowOf = new Map<number, number>();
  table.lines.forEach((line, i) => {
    const row = sheet.getRow(first + i);
    const complete = line.cells.every((cell, c) => !hasValue(cell) || written(row.getCell(cols[c]).value));
    if (complete && row.getCell(cols[table.tableWidth]).value === line.sourceRow) verified.add(line.sourceRow);
    rowOf.set(line.sourceRow, first + i);
  });
  const tableCol = new Map(table.tableCols.map((col, c) => [plan.firstCol + col, cols[c]]));
  const lastTableCol = plan.firstCol + plan.columns.length - 1;
  const lastCol = maxOf(cols);
  const colOf = (col: number) => tableCol.get(col) ?? (col > lastTableCol ? lastCol + (col - lastTableCol) : cols[0]);
  return { name, verified, rowOf, colOf };
}

/**
 * The merge's day and time as one date-time cell shown 2026-12-02 14:35:07: Excel sorts and filters it
 * as the date it is (an archive line of an older run holds the day alone, and sorts before it).
 */
function putDateTime(cell: ExcelJS.Cell, at: string, dateSystem: DateSystem): void {
  const serial = serialOf(at, dateSystem);
  if (serial === null) return;
  cell.value = serial;
  cell.numFmt = MERGE_TIME_FORMAT;
}

const MERGE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * The earlier runs' lines (rows 2 to `end` - 1) point at rows of this run's input, the sheet they were
 * written beside: once this merge takes rows out, each kept row is where the row map sends it (up by
 * the rows removed above it, or, merged away itself now, to the row that took it in), and the reason
 * that names it says the same row. A kept-row cell that holds no row number (edited by hand) is left.
 */
function moveKeptRows(sheet: ExcelJS.Worksheet, end: number, tool: readonly number[], rows: RowMap): void {
  const [, survivorCol, , reasonCol] = tool;
  for (let r = 2; r < end; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const kept = row.getCell(survivorCol);
    const from = kept.value;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) continue;
    const to = rows.target(from);
    if (to === from) continue;
    kept.value = to;
    const reason = row.getCell(reasonCol);
    if (typeof reason.value === 'string') reason.value = reasonWithKeptRow(reason.value, from, to);
  }
}

/**
 * An original value as it was typed: text as a Text-format string, a number of a text column as the
 * text it shows (like the main sheet), a formula as its result with the formula in a note.
 */
function writeOriginal(target: ExcelJS.Cell, cell: Cell, write: WriteType | undefined, lang: Lang, dateSystem: DateSystem, restyle: Restyle, formulaInCell = false): void {
  const shown = write === 'text' && cell.kind === 'number' ? numberAsText(cell.value, cell.format) : null;
  if (shown !== null) putValue(target, { kind: 'text', value: shown }, 'text', dateSystem, restyle);
  else putValue(target, cell, cell.kind === 'text' || (cell.kind === 'error' && cell.typed) ? 'text' : undefined, dateSystem, restyle);
  // A formula the cell itself holds again (keepFormulaLink) needs no note repeating it.
  if (isFormula(cell) && !formulaInCell) target.note = say(lang, 'cli.archive.formula', { formula: cell.formula! });
}

/**
 * A number whose digits the sheet threw away (13800000000 of a 手机 shown 1.38E+10), kept the number
 * it is, as the main sheet keeps it (lost-digit-cells.ts): as the text "13800000000" it would read as
 * a real mobile. Unformatted, it gets the scientific form the user saw in his narrow column, which the
 * archive's wider one would otherwise spell out in full.
 */
function writeLostDigits(target: ExcelJS.Cell, cell: Cell, dateSystem: DateSystem, restyle: Restyle): void {
  putValue(target, cell, undefined, dateSystem, restyle);
  if (cell.kind === 'number' && (target.numFmt === undefined || target.numFmt === 'General')) restyle(target, 'scientific', { numFmt: SCIENTIFIC });
}

const SCIENTIFIC = '0.00E+00';

/**
 * An archived =HYPERLINK keeps its link (tester h69 #14): the sheet saved only its text ("map"), which
 * writeOriginal put in the cell. A formula that reads no cell is written as it is, giving the same link
 * in the archive; one built of the row's values becomes the link it led to, with its text, the formula
 * staying in the note. A link into the workbook (#客户!A6) is left as before: its row may have moved.
 */
function keepFormulaLink(target: ExcelJS.Cell, cell: Cell, link: LinkFormula): void {
  // What the cell showed: the formula's saved result (a text, at times a number).
  const shown = cell.kind === 'text' || cell.kind === 'number' ? cell.value : '';
  if (link.literal) target.value = { formula: cell.formula!.replace(/^=/, ''), result: shown } as ExcelJS.CellFormulaValue;
  else target.value = { text: cellText(cell) || link.target, hyperlink: link.target };
}

/** The link an archived cell's =HYPERLINK leads to, or null: no HYPERLINK, a target not told, or one into the workbook (#客户!A6), whose row may have moved. */
function formulaLink(cell: Cell, valueAt: ValueAt): LinkFormula | null {
  const read = hyperlinkTarget(cell.formula!, valueAt);
  return read === null || read.target.startsWith('#') ? null : read;
}

/** A core cell's value as a formula reads it (hyperlink-target.ts); undefined for a date or an error, not guessed at. */
function coreValue(cell: Cell): string | number | undefined {
  if (cell.kind === 'text') return cell.value;
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.kind === 'empty' ? '' : undefined;
}

/** An exceljs cell value as a formula reads it; undefined for a date or an error. */
function sheetValue(value: ExcelJS.CellValue | undefined): string | number | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return undefined;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : undefined;
  if ('formula' in value || 'sharedFormula' in value) return sheetValue((value as { result?: ExcelJS.CellValue }).result);
  return undefined;
}

/**
 * The original's rich text (a red bold 新手机号 in 新手机号已确认) on its archived copy, which holds
 * the same text plain: the core reads a cell's text only.
 */
function keepRichText(target: ExcelJS.Cell, original: ExcelJS.CellValue): void {
  const rich = richTextOf(original);
  if (!rich) return;
  const text = rich.richText.map((run) => run.text).join('');
  const v = target.value;
  if (v === text) target.value = rich;
  else if (v !== null && typeof v === 'object' && 'hyperlink' in v && v.text === text) target.value = { ...v, text: rich as unknown as string };
}

function richTextOf(value: ExcelJS.CellValue): ExcelJS.CellRichTextValue | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if ('richText' in value && Array.isArray(value.richText)) return value;
  const text = 'hyperlink' in value ? (value.text as unknown) : undefined;
  return text && typeof text === 'object' && 'richText' in text ? (text as ExcelJS.CellRichTextValue) : undefined;
}

/**
 * The user's note on the original cell, beside the one a formula's result gets: cut to what the note
 * has left after the formula (a note of 30,000 characters on a cell with a long formula would pass
 * Excel's limit, cell-cap.ts), the original cell still holding it whole.
 */
function keepNote(target: ExcelJS.Cell, note: ExcelJS.Cell['note'] | undefined, lang: Lang): void {
  if (note === undefined || note === null || noteText(note) === '') return;
  if (target.note === undefined) {
    target.note = note;
    return;
  }
  const formula = noteText(target.note);
  const kept = capNoteText(noteText(note), EXCEL_NOTE_LIMIT - formula.length - 1, lang);
  if (kept !== '') target.note = `${formula}\n${kept}`;
}

const hasValue = (cell: Cell) => cell.kind !== 'empty' && cellText(cell) !== '';
const written = (v: ExcelJS.CellValue) => v !== null && v !== undefined && v !== '';

function headerTexts(sheet: ExcelJS.Worksheet): string[] {
  const row = sheet.getRow(1);
  return Array.from({ length: row.cellCount }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return v === null || v === undefined ? '' : String(v);
  });
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  for (let r = sheet.rowCount; r > 1; r--) if (sheet.findRow(r)?.hasValues) return r;
  return 1;
}
