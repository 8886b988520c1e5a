/**
 * Writes the cleaned result to a new .xlsx: for an .xlsx input, the original workbook with only the
 * planned cells of the target sheet changed; for a CSV input, a workbook built from the grid. Text
 * columns are written as strings in Text-format cells, dates as real dates, changed and flagged cells
 * are highlighted with a note, and sheets list the issues, the reminders and the report (PITFALLS
 * A4, A5, A6). An accepted merge (--merge) fills the survivors, archives the merged-away rows and
 * only then removes them from the sheet (PITFALLS D2).
 */
import ExcelJS from 'exceljs';
import {
  cellText, columnLetter, t,
  type Cell, type CellEdit, type CellIssue, type DateSystem, type Grid, type Lang, type Plan, type Severity,
} from '../../shared';
import { say } from '../messages';
import { archiveTable } from './archive-rows';
import { addArchiveSheet } from './archive-sheet';
import { ownSheet, safeSheetName, startsWith } from './own-sheet';
import { cellKey, gridCell, placePlan, type PlacedPlan } from './place-plan';
import { addRemindersSheet } from './reminders-sheet';
import { removeRows } from './remove-rows';
import { addReportSheet } from './report-sheet';
import { rowMap, type RowMap } from './row-map';
import { writeFileAtomic } from './write-file';
import { writeWorkbookStreaming } from './stream-xlsx';
import { displayWidth, fillOf, holdsFormula, numberAsText, putValue, styler, TEXT_FORMAT, type Restyle, type Style } from './xlsx-values';

export { numberAsText, safeSheetName };
export { serialOf } from './xlsx-values';

export interface XlsxTarget {
  grid: Grid;
  plan: Plan;
  dateSystem: DateSystem;
  lang: Lang;
  /** The workbook and sheet the grid was read from; absent for a CSV input. */
  base?: { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet };
  /** Most notes to add (default NOTE_LIMIT). */
  noteLimit?: number;
  /** The day of the run, shown on the report sheet. */
  today?: string;
}

export interface XlsxWritten {
  workbook: ExcelJS.Workbook;
  /** Planned edits not applied because the cell holds a formula (a plan should never contain them). */
  skipped: CellEdit[];
  issuesSheet: string;
  /** Highlighted cells left without a note because the sheet reached NOTE_LIMIT. */
  notesOmitted: number;
  /** The archive sheet a merge wrote to (absent when nothing was merged). */
  archiveSheet?: string;
  remindersSheet: string;
  reportSheet: string;
}

/**
 * Most notes a run adds. Each note is a comment plus a VML shape in the file: exceljs needs about
 * 0.1 ms and 8 kB of memory per note to write it, and Excel opens a sheet with many thousands of
 * them slowly. Past the limit, cells keep their fill; the JSON report lists every change and issue.
 */
export const NOTE_LIMIT = 20000;

/** Fills: Excel's own "bad" red and "neutral" yellow, a light blue for notes, a faint green for changes. */
const FILL: Record<Severity | 'changed', string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
  changed: 'FFE2EFDA',
};
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export async function writeXlsx(path: string, target: XlsxTarget): Promise<XlsxWritten> {
  const written = applyToWorkbook(target);
  if (!target.base) {
    // A workbook we built from a CSV holds only what the streaming writer carries (stream-xlsx.ts).
    await writeWorkbookStreaming(written.workbook, path);
    return written;
  }
  const buffer = await written.workbook.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
  return written;
}

/** Applies the plan to the base workbook (or a new one built from the grid) in memory. */
export function applyToWorkbook({ grid, plan, dateSystem, lang, base, noteLimit = NOTE_LIMIT, today }: XlsxTarget): XlsxWritten {
  const restyle = styler();
  const workbook = base?.workbook ?? new ExcelJS.Workbook();
  const worksheet = base?.worksheet ?? sheetFromGrid(workbook, grid, plan, dateSystem, restyle);
  const placed = placePlan(grid, plan);
  const skipped = [...placed.skipped];
  const rows = rowMap(plan);

  keepTextColumnsText(worksheet, plan, restyle);
  for (const placedCell of placed.cells.values()) {
    const { row, col, edit } = placedCell;
    if (!edit) continue;
    const cell = worksheet.getCell(row, col);
    if (holdsFormula(cell)) {
      skipped.push(edit);
      placedCell.edit = undefined;
      continue;
    }
    putValue(cell, edit.after, placed.writeOf.get(col), dateSystem, restyle);
  }
  const notesOmitted = highlight(worksheet, placed, lang, restyle, noteLimit, rows.removed);
  addColumns(worksheet, plan, placed, dateSystem, restyle);
  const issuesSheet = addIssuesSheet(workbook, worksheet, grid, plan, placed, lang, rows);
  const archive = archiveTable(plan, lang, rows);
  const archived = archive ? addArchiveSheet(workbook, worksheet, archive, plan, lang, dateSystem, restyle) : undefined;
  const remindersSheet = addRemindersSheet(workbook, worksheet, plan, lang, dateSystem, rows, restyle);
  const reportSheet = addReportSheet(workbook, worksheet, plan, lang, today);
  if (plan.merge && plan.merge.removeRows.length > 0) {
    // Only rows read back from the archive leave the sheet; anything else is a bug, and nothing is written.
    const dataRows = new Set(plan.rows);
    const unsafe = plan.merge.removeRows.filter((r) => !archived?.verified.has(r) || !dataRows.has(r));
    if (unsafe.length > 0) throw new Error(`refusing to remove rows not in the archive: ${unsafe.join(', ')}`);
    // write-output refuses a merge over formulas before we get here (their references would point
    // at other rows once rows move); the workbook is still only in memory if that ever slips.
    if (removeRows(worksheet, plan.merge.removeRows) > 0) throw new Error('a merge moved formula cells; nothing was written');
  }
  return { workbook, skipped, issuesSheet, notesOmitted, archiveSheet: archived?.name, remindersSheet, reportSheet };
}

/** A workbook sheet holding the grid's values at their sheet positions (for a CSV input). */
function sheetFromGrid(workbook: ExcelJS.Workbook, grid: Grid, plan: Plan, dateSystem: DateSystem, restyle: Restyle): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(safeSheetName(grid.sheetName), { views: [{ state: 'frozen', ySplit: plan.headerRow }] });
  const plain: Style = {};
  const widths = new Map<number, number>();
  grid.cells.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.kind === 'empty') return;
      const col = grid.firstCol + j;
      const target = sheet.getCell(grid.firstRow + i, col);
      target.style = plain;
      putValue(target, cell, undefined, dateSystem, restyle);
      if (i < WIDTH_SAMPLE_ROWS) widths.set(col, Math.max(widths.get(col) ?? 0, displayWidth(cellText(cell))));
    });
  });
  for (const [col, width] of widths) sheet.getColumn(col).width = Math.min(50, Math.max(8, width + 2));
  sheet.getRow(plan.headerRow).eachCell((cell) => restyle(cell, 'bold', { font: { ...(cell.style.font ?? {}), bold: true } }));
  return sheet;
}

/** Column widths are guessed from the first rows: enough to look right, cheap on a million rows. */
const WIDTH_SAMPLE_ROWS = 1000;

/**
 * Existing values in text columns become strings in Text-format cells, so phones and IDs never show
 * as 1.38E+10 and stay text when edited later. A number whose format shows it differently (a
 * currency, decimals) is left as it is rather than guessed at; zero-padding formats keep their zeros.
 */
function keepTextColumnsText(worksheet: ExcelJS.Worksheet, plan: Plan, restyle: Restyle): void {
  for (const column of plan.columns) {
    if (column.write !== 'text') continue;
    const col = plan.firstCol + column.col;
    for (const r of plan.rows) {
      const row = worksheet.findRow(r);
      const cell = row?.findCell(col);
      if (!cell || holdsFormula(cell) || cell.value === null || cell.value === undefined) continue;
      if (typeof cell.value === 'number') {
        const text = numberAsText(cell.value, cell.numFmt);
        if (text === null) continue;
        restyle(cell, 'text', { numFmt: TEXT_FORMAT });
        cell.value = text;
      } else if (typeof cell.value === 'string' || (typeof cell.value === 'object' && !(cell.value instanceof Date) && !('error' in cell.value))) {
        restyle(cell, 'text', { numFmt: TEXT_FORMAT });
      }
    }
  }
}

/** Fills every changed or flagged cell and explains it in a note (issues first); returns the notes left out. */
function highlight(worksheet: ExcelJS.Worksheet, placed: PlacedPlan, lang: Lang, restyle: Restyle, noteLimit: number, removed: ReadonlySet<number>): number {
  // A retype (text that became the date or number it showed) is applied but not flagged: the
  // person sees the same value, and thousands of "was: 2024-03-09" notes would bury the real fixes.
  // Rows a merge moves to the archive leave the sheet: their notes would only use up the limit.
  const marked = [...placed.cells.values()].filter((p) => !removed.has(p.row) && ((p.edit && !p.edit.retype) || p.issues.length > 0));
  const withNote = new Set(
    [...marked].sort((a, b) => Number(b.issues.length > 0) - Number(a.issues.length > 0) || a.row - b.row || a.col - b.col).slice(0, noteLimit),
  );
  for (const placedCell of marked) {
    const { row, col, edit, issues } = placedCell;
    const cell = worksheet.getCell(row, col);
    const worst = issues.reduce<Severity | null>((w, i) => (w === null || SEVERITY_RANK[i.severity] > SEVERITY_RANK[w] ? i.severity : w), null);
    const color = worst ? FILL[worst] : FILL.changed;
    restyle(cell, `fill:${color}`, { fill: fillOf(color) });
    if (!withNote.has(placedCell)) continue;
    const lines = issues.map((i) => issueLine(i, lang));
    if (edit?.reason === 'dedupe.fix.fill') lines.push(t(lang, edit.reason));
    if (edit && !edit.retype) lines.push(say(lang, 'cli.xlsx.was', { value: shown(edit.before, lang) }));
    const existing = noteText(cell.note);
    cell.note = existing ? `${existing}\n\n${lines.join('\n')}` : lines.join('\n');
  }
  return marked.length - withNote.size;
}

function issueLine(issue: CellIssue, lang: Lang): string {
  const line = `${say(lang, `severity.${issue.severity}`)}: ${say(lang, issue.code, issue.params)}`;
  return issue.suggestion ? `${line}\n${say(lang, 'cli.xlsx.suggestion', { value: issue.suggestion })}` : line;
}

function shown(cell: Cell, lang: Lang): string {
  const text = cellText(cell);
  return text === '' ? say(lang, 'cli.xlsx.empty') : text;
}

function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as ExcelJS.Comment).texts)) {
    return ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
  }
  return '';
}

function addColumns(worksheet: ExcelJS.Worksheet, plan: Plan, placed: PlacedPlan, dateSystem: DateSystem, restyle: Restyle): void {
  const lastHeader = plan.columns.length > 0 ? worksheet.getCell(plan.headerRow, plan.firstCol + plan.columns.length - 1) : null;
  plan.addedColumns.forEach((added, i) => {
    const col = placed.addedCols[i];
    const header = worksheet.getCell(plan.headerRow, col);
    header.value = added.header;
    const { numFmt: _ignored, ...look } = lastHeader?.style ?? {};
    header.style = { ...look, font: { ...(look.font ?? {}), bold: true } };
    plan.rows.forEach((r, j) => {
      const value = added.values[j];
      if (value && value.kind !== 'empty') putValue(worksheet.getCell(r, col), value, added.write, dateSystem, restyle);
      else {
        // Rewriting our column from an earlier run: a row that is clean now loses its old text.
        const old = worksheet.findRow(r)?.findCell(col);
        if (old && old.value !== null && old.value !== undefined) old.value = null;
      }
    });
    const widest = added.values.slice(0, WIDTH_SAMPLE_ROWS).reduce((w, v) => Math.max(w, displayWidth(cellText(v))), displayWidth(added.header));
    worksheet.getColumn(col).width = Math.min(60, Math.max(12, widest + 2));
  });
}

const ISSUE_HEADER_KEYS = [
  'cli.issues.row', 'cli.issues.column', 'cli.issues.header', 'cli.issues.value',
  'cli.issues.severity', 'cli.issues.message', 'cli.issues.suggestion',
] as const;

/**
 * The issues sheet: one line per finding, in sheet order; reruns replace their own earlier sheet.
 * After a merge, rows are numbered as in the output and the merged-away rows' issues are left out
 * (the JSON report keeps every one).
 */
function addIssuesSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, grid: Grid, plan: Plan, placed: PlacedPlan, lang: Lang, rows: RowMap): string {
  const headers = ISSUE_HEADER_KEYS.map((k) => say(lang, k));
  const { name } = ownSheet(workbook, say(lang, 'cli.issues.sheet'), (s) => startsWith(s, headers), 'replace', cleaned);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { width: 8 }, { width: 8 }, { width: 16 }, { width: 28, style: { numFmt: TEXT_FORMAT } },
    { width: 10 }, { width: 60 }, { width: 28, style: { numFmt: TEXT_FORMAT } },
  ];
  const head = sheet.getRow(1);
  headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.style = { font: { bold: true }, fill: fillOf('FFF2F2F2') };
  });
  const severityStyles = { error: { fill: fillOf(FILL.error) }, warning: { fill: fillOf(FILL.warning) }, info: { fill: fillOf(FILL.info) } };
  const messageStyle: Style = { alignment: { wrapText: true, vertical: 'top' } };
  const listed = plan.issues.filter((issue) => !rows.removed.has(issue.sheetRow));
  listed.forEach((issue, i) => {
    const col = issue.col >= 0 ? plan.firstCol + issue.col : null;
    const value = col === null ? '' : cellText(placed.cells.get(cellKey(issue.sheetRow, col))?.edit?.after ?? gridCell(grid, issue.sheetRow, col));
    const row = sheet.getRow(i + 2);
    row.values = [
      rows.out(issue.sheetRow),
      col === null ? null : columnLetter(col),
      col === null ? null : plan.columns[issue.col]?.header || null,
      value || null,
      say(lang, `severity.${issue.severity}`),
      say(lang, issue.code, issue.params),
      issue.suggestion || null,
    ];
    const severityCell = row.getCell(5);
    severityCell.style = severityStyles[issue.severity];
    row.getCell(6).style = messageStyle;
  });
  if (listed.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: listed.length + 1, column: headers.length } };
  return name;
}
