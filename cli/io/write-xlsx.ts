/**
 * Writes the cleaned result to a new .xlsx: for an .xlsx input, the original workbook with only the
 * planned cells of the target sheet changed; for a CSV input, a workbook built from the grid. Text
 * columns are written as strings in Text-format cells, dates as real dates, changed and flagged cells
 * are highlighted with a note, and sheets list the issues, the reminders and the report (PITFALLS
 * A4, A5, A6). An accepted merge (--merge) fills the survivors, archives the merged-away rows and
 * only then removes them from the sheet (PITFALLS D2).
 */
import { writeOwnColumns, type RecordElsewhere } from './own-columns';
import ExcelJS from 'exceljs';
import type { TypedOver } from '../../shared';
import {
  cellText, columnLetter, issueValueText, LANGS, lostDigitCells, maxOf, shownText, t, toRecord,
  type AcrossSheetsResult, type AddedColumn, type Cell, type CellEdit, type CellIssue, type DateSystem, type Grid, type Lang, type Plan, type Severity,
} from '../../shared';
import { say } from '../messages';
import { ARCHIVE_TOOL_KEYS, archiveTable } from './archive-rows';
import { addArchiveSheet, originalLooks, type ArchiveWritten, type OriginalLooks } from './archive-sheet';
import { keepSheetOrder, safeSheetName, startsWith, tabSheetName } from './own-sheet';
import { keyPart, replaceKeepingTyped, type TypedOutcome } from './typed-cells';
import { clearOwnFill, clearOwnIssues, noteText, ownIssues, usersOwnFill } from './stale-notes';
import { cellKey, gridCell, placePlan, type PlacedCell, type PlacedPlan } from './place-plan';
import { addRemindersSheet } from './reminders-sheet';
import { acrossHeaders, addAcrossSheet } from './across-sheet';
import type { HiddenSheet } from '../hidden-sheets';
import { reminderHeaders } from './reminder-rows';
import { removeRows } from './remove-rows';
import { movesWithItsRow } from './table-formulas';
import { shiftedAsExcel, shiftWorkbookFormulas, type FormulasShifted } from './shifted-formulas';
import { recalcOnOpenAfterChanges } from './recalc-on-open';
import { addReportSheet } from './report-sheet';
import { rowMap, type RowMap } from './row-map';
import { giveTablesAStyle } from './table-styles';
import { editedNumberFormats, mergedNumberFormat } from './edited-number-formats';
import { stageText, writeFileAtomic, type StagedFile } from './write-file';
import { ignoreNumbersAsText, moveKeptRows, putKeptParts } from './kept-parts';
import { columnRanges, readsAsNumber, textColumns, textNumberRanges } from './text-number-ranges';
import { withNumbersAsText } from './ignored-errors';
import { moveFormats, rowShift, shiftFormatsElsewhere, type Gone } from './kept-rows';
import { movePicturesRightOf } from './picture-columns';
import { moveLinks, movePictures, type ArchivePlace } from './row-pointers';
import { putLinkedAddress } from './mail-links';
import { writeWorkbookStreaming, type SheetEnd } from './stream-xlsx';
import { xlsxTextAsXstring } from './xstring';
import { displayWidth, fillOf, holdsFormula, needsTextFormat, numberAsText, putValue, columnDateFormat, columnNumberFormat, styler, TEXT_FORMAT, type Restyle, type Style } from './xlsx-values';
import { csvCellTyper } from './csv-numbers';
import { typedDateColumns } from './typed-date-columns';
import { carryNotes, notesToCarry } from './carried-notes';
import { capCell, capCellText, capNoteText, EXCEL_NOTE_LIMIT } from './cell-cap';
import type { OwnSheet } from './own-sheet';
import { typedOverLines, type KeptTyped } from './typed-over-rows';
import { typedOverTarget, writeTypedOverSheet } from './typed-over-sheet';
import { renameTableColumns, shrinkRanges, widenFilter, widenTables } from './filter-ranges';

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
  /** Customers in more than one of the workbook's customer sheets: written to their own sheet. */
  across?: AcrossSheetsResult;
  /** The workbook's hidden customer sheets left uncleaned, with their reminders: a table of the report sheet. */
  hidden?: readonly HiddenSheet[];
  /** The permissions of a new output file (the input's). */
  mode?: number;
  /** Text the user typed into the run's own columns, which this run writes over: kept as a note on its cell (shared typedOver). */
  typedOver?: readonly TypedOver[];
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
  /** The sheet of duplicates across the workbook's customer sheets, when they were looked for. */
  acrossSheet?: string;
  /**
   * Ranges of the input's drop-downs, conditional formats, editable ranges, sort and sparklines that lay
   * only on rows the merge moved to the archive: left out, as Excel drops them on a row delete.
   */
  keptGone?: number;
  /**
   * References in the formulas of such parts (a sparkline's, an Excel 2010 drop-down's) to a cell of an
   * archived row, written #REF! as Excel writes them; the merge is refused over the names, conditional
   * formats and drop-downs it can name (lost-references.ts).
   */
  keptRefs?: number;
  /** The formulas a merge rewrote as Excel would (a 合计's =SUM shrunk by the archived rows): how many, the first, and each. */
  formulasShifted?: FormulasShifted;
  /** Links to rows the merge archived, now leading to them on the archive sheet (row-pointers.ts). */
  linksToArchive?: number;
  /** Pictures on rows the merge archived, now beside them on the archive sheet. */
  picturesToArchive?: number;
  /** What the user had typed on the run sheets of an earlier run: put back beside the same lines, or kept in a sheet of their own. */
  typed?: TypedOutcome[];
  /** The user's own sheet under the record's name, left as it was, and where the record went instead (own-columns.ts). */
  recordElsewhere?: RecordElsewhere;
  /** Texts typed into the run's columns that no note could keep, and the sheet that keeps them whole (typed-over-sheet.ts). */
  typedOver?: { sheet: string; kept: KeptTyped[] };
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

/** With `staged`, the file is only made and added to it, for the caller to move in with the JSON report (write-file.ts commitStaged). */
export async function writeXlsx(path: string, target: XlsxTarget, staged?: StagedFile[]): Promise<XlsxWritten> {
  // A workbook we build from a CSV holds only what the streaming writer carries (stream-xlsx.ts);
  // its main sheet goes to the file row by row, never whole in memory.
  if (!target.base) return writeBuiltStreaming(path, target, staged);
  const written = applyToWorkbook(target);
  giveTablesAStyle(written.workbook);
  xlsxTextAsXstring();
  const buffer = await written.workbook.xlsx.writeBuffer();
  const bytes = await putKeptParts(new Uint8Array(buffer as ArrayBuffer), written.workbook);
  if (staged) staged.push(await stageText(path, bytes, target.mode));
  else await writeFileAtomic(path, bytes, target.mode);
  return written;
}

/** Applies the plan to the base workbook (or a new one built from the grid) in memory. */
export function applyToWorkbook(target: XlsxTarget): XlsxWritten {
  const { grid, plan, dateSystem, lang, base, noteLimit = NOTE_LIMIT, today, across, hidden } = target;
  const restyle = styler();
  const workbook = base?.workbook ?? new ExcelJS.Workbook();
  const worksheet = base?.worksheet ?? sheetFromGrid(workbook, grid, plan, dateSystem, restyle);
  const placed = placePlan(grid, plan);
  const skipped = [...placed.skipped];
  const rows = rowMap(plan);
  // The merged-away rows as the user made them, for their copies in the archive.
  const looks = base && plan.merge ? originalLooks(worksheet, plan.merge.removeRows) : undefined;
  // And their notes, read before the run writes its own: each goes to the kept row's cell too (carried-notes.ts).
  const carried = base && plan.merge ? notesToCarry(worksheet, plan) : [];

  keepTextColumnsText(worksheet, plan, restyle);
  // Read before any date is written: the user's own date formats, per date column, else the order
  // its text dates were typed in (a UK office's dd/mm/yyyy).
  const typedDates = typedDateColumns(plan);
  const dateFormats = new Map<number, string | undefined>();
  const dateFormatOf = (col: number) => {
    if (!dateFormats.has(col)) dateFormats.set(col, (base ? columnDateFormat(worksheet, col, plan.headerRow + 1) : undefined) ?? typedDates.get(col)?.date);
    return dateFormats.get(col);
  };
  for (const col of placed.writeOf.keys()) if (placed.writeOf.get(col) === 'date') dateFormatOf(col);
  // And their number formats (¥#,##0.00), for the text amounts the run makes numbers.
  const numberFormats = new Map<number, string | undefined>();
  for (const col of placed.writeOf.keys()) if (placed.writeOf.get(col) === 'number') numberFormats.set(col, base ? columnNumberFormat(worksheet, col, plan.headerRow + 1) : undefined);
  // A number a merge writes without a format (its sum of two spends) takes its column's, as the user's
  // cells or else the run's own cleaned amounts show it (edited-number-formats.ts). Only a merge's: a
  // cleaned 300 typed bare stays bare, and a 1,500.50 keeps the decimals it was typed with.
  const edited = editedNumberFormats(plan);
  let cellsWritten = 0;
  for (const placedCell of placed.cells.values()) {
    const { row, col, edit } = placedCell;
    if (!edit) continue;
    const cell = worksheet.getCell(row, col);
    if (holdsFormula(cell)) {
      skipped.push(edit);
      placedCell.edit = undefined;
      continue;
    }
    cellsWritten++;
    if (putLinkedAddress(cell, edit)) continue;
    if (edit.after.kind === 'number' && !numberFormats.has(col)) numberFormats.set(col, base ? columnNumberFormat(worksheet, col, plan.headerRow + 1) : undefined);
    const columnFormat = edit.after.kind === 'date' ? dateFormatOf(col) : edit.after.kind === 'number' ? numberFormats.get(col) ?? mergedNumberFormat(edit, edited.get(col)) : undefined;
    putValue(cell, edit.after, placed.writeOf.get(col), dateSystem, restyle, columnFormat, typedDates.get(col)?.twelveHour);
  }
  const notes = noteChoice(placed, noteLimit, rows.removed, base ? worksheet : undefined);
  if (base) clearStaleIssues(worksheet, plan, placed, lang, restyle, notes);
  const notesOmitted = highlight(worksheet, placed, lang, restyle, notes);
  addColumns(worksheet, plan, placed, dateSystem, restyle);
  const typedKept = keepTyped(workbook, worksheet, target.typedOver ?? [], rows, lang, (typed) => worksheet.getCell(typed.sheetRow, typed.col));
  // A picture beside the table moves right of the columns inserted there, not over them.
  movePicturesRightOf(worksheet, placed.appendedCols);
  if (placed.addedCols.length > 0 && plan.columns.length > 0) widenFilter(worksheet, plan.headerRow, plan.firstCol + plan.columns.length - 1, maxOf(placed.addedCols));
  if (placed.addedCols.length > 0) renameTableColumns(worksheet, plan.headerRow, placed.addedCols);
  if (placed.addedCols.length > 0) widenTables(worksheet, plan.headerRow, plan.rows.reduce((last, r) => Math.max(last, r), plan.headerRow), placed.addedCols);
  const { archived, ...added } = addRunSheets(workbook, worksheet, { grid, plan, placed, rows, lang, dateSystem, restyle, today, across, hidden, looks });
  const typedSheet = typedKept.target ? writeTypedOverSheet(workbook, typedKept.target, typedOverLines(typedKept.kept, rows, lang, today ?? ''), lang) : undefined;
  // The rule columns (大区) for the next run, which may be given no settings file (own-columns.ts).
  const recordElsewhere = writeOwnColumns(workbook, worksheet.name, toRecord(plan), plan.classMemory);
  // A formula reading moving rows is rewritten as Excel rewrites it on a row delete, just after the rows
  // move (shifted-formulas.ts); write-output refuses before we get here a merge over one that cannot be
  // (it would read other rows); the workbook is still only in memory if that ever slips.
  const shift = plan.merge ? rowShift(plan.merge.removeRows) : undefined;
  const movesSafely = (formula: string, row: number, col: number) =>
    movesWithItsRow(worksheet, formula, row, col, plan.merge?.removeRows[0]) || (shift !== undefined && shiftedAsExcel(formula, worksheet.name, true, shift) !== null);
  carryNotes(worksheet, carried, lang);
  if (plan.merge && removeRows(worksheet, plan.merge.removeRows, movesSafely) > 0) throw new Error('a merge moved formula cells; nothing was written');
  const formulasShifted = plan.merge && plan.merge.removeRows.length > 0 ? shiftWorkbookFormulas(workbook, worksheet, plan.merge.removeRows) : undefined;
  // The filter and tables end where the table now does.
  if (plan.merge) shrinkRanges(worksheet, plan.merge.removeRows);
  // The formulas' cached results were computed before the run changed cells or the rows left: Excel recomputes them on open.
  recalcOnOpenAfterChanges(workbook, { cellsWritten: cellsWritten + rewrittenCells(grid, plan, placed), rowsRemoved: plan.merge?.removeRows.length ?? 0 });
  // So do the drop-downs, editable ranges, sparklines and names put back from the input (kept-parts.ts), and the conditional formats.
  // A reference that became #REF! (refs) is told apart from a range dropped with its rows: write-output refused
  // the merge over those it can name (a name, a conditional format, a drop-down: lost-references.ts).
  const moved = plan.merge && base ? [moveKeptRows(workbook, worksheet.name, plan.merge.removeRows), moveConditionalFormats(workbook, worksheet, plan.merge.removeRows)] : [];
  const keptRefs = moved.reduce((n, g) => n + (g.refs ?? 0), 0);
  const keptGone = moved.reduce((n, g) => n + g.count, 0) - keptRefs;
  // And the links to its rows, on any sheet, and its pictures: they lead to, and sit beside, the same customers (row-pointers.ts).
  const toArchive = plan.merge && base && plan.merge.removeRows.length > 0 ? movePointers(workbook, worksheet, plan.merge.removeRows, archived) : undefined;
  // Phones and IDs stay text on purpose: Excel is told not to flag them as numbers stored as text.
  if (base) ignoreNumbersAsText(workbook, worksheet.name, textNumberRanges(worksheet, plan, rows));
  return {
    workbook, skipped, notesOmitted, ...added, ...(keptGone > 0 ? { keptGone } : {}), ...(keptRefs > 0 ? { keptRefs } : {}), ...(recordElsewhere ? { recordElsewhere } : {}),
    ...(typedSheet ? { typedOver: { sheet: typedSheet, kept: typedKept.kept } } : {}),
    ...(formulasShifted ? { formulasShifted } : {}),
    ...(toArchive?.links ? { linksToArchive: toArchive.links } : {}), ...(toArchive?.pictures ? { picturesToArchive: toArchive.pictures } : {}),
  };
}

/** Links to the sheet's removed rows and pictures on them, moved (row-pointers.ts); how many of each went to the archive. */
function movePointers(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, removed: readonly number[], archived: ArchiveWritten | undefined): { links: number; pictures: number } {
  const shift = rowShift(removed);
  const sheet = archived ? workbook.getWorksheet(archived.name) : undefined;
  const place: ArchivePlace | undefined = archived && sheet ? { sheet, rowOf: archived.rowOf, colOf: archived.colOf } : undefined;
  return { links: moveLinks(workbook, worksheet.name, shift, place), pictures: movePictures(worksheet, new Set(removed), shift, place) };
}

interface RunSheetsInput {
  grid: Grid;
  plan: Plan;
  placed: PlacedPlan;
  rows: RowMap;
  lang: Lang;
  dateSystem: DateSystem;
  restyle: Restyle;
  today?: string;
  across?: AcrossSheetsResult;
  hidden?: readonly HiddenSheet[];
  /** The input's look of the rows a merge archives (absent for a CSV input). */
  looks?: OriginalLooks;
}

/** Whether any cell right of the run's `width` columns holds something the user typed. */
function typedBeside(sheet: ExcelJS.Worksheet, width: number): boolean {
  let found = false;
  sheet.eachRow((row) => {
    if (found) return;
    for (let c = width + 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
        found = true;
        return;
      }
    }
  });
  return found;
}

/**
 * The sheets a run adds beside the cleaned one (issues, merged rows, reminders, report). After a
 * merge, only rows read back from the archive may leave the sheet: anything else is a bug, and
 * nothing is written.
 */
function addRunSheets(
  workbook: ExcelJS.Workbook,
  cleaned: ExcelJS.Worksheet,
  { grid, plan, placed, rows, lang, dateSystem, restyle, today, across, hidden, looks }: RunSheetsInput,
): Pick<XlsxWritten, 'issuesSheet' | 'archiveSheet' | 'remindersSheet' | 'reportSheet' | 'acrossSheet' | 'typed'> & { archived?: ArchiveWritten } {
  // `across` is there when the workbook holds other customer tabs: each tab's run sheets then carry its name.
  const ofTab = (name: string) => tabSheetName(name, plan.sheetName, across !== undefined, lang);
  const named = (key: string) => ofTab(say(lang, key));
  // Last week's run in the other language left its own sheets (Issues, Reminders, Report): this run's
  // replace them as they replace their own, in their place, so no stale reminder stays beside the new.
  const renamed = new Map<string, string>();
  const namesBefore = workbook.worksheets.map((w) => w.name);
  for (const other of LANGS.filter((l) => l !== lang)) {
    const stale: [string, string, readonly string[]][] = [
      ['cli.issues.sheet', tabSheetName(say(other, 'cli.issues.sheet'), plan.sheetName, across !== undefined, other), ISSUE_HEADER_KEYS.map((k) => say(other, k))],
      ['cli.reminders.sheet', tabSheetName(say(other, 'cli.reminders.sheet'), plan.sheetName, across !== undefined, other), reminderHeaders(other)],
      ['cli.report.sheet', tabSheetName(say(other, 'cli.report.sheet'), plan.sheetName, across !== undefined, other), [say(other, 'cli.report.title')]],
      ...(across ? [['cli.across.sheet.name', say(other, 'cli.across.sheet.name'), acrossHeaders(other)] as [string, string, readonly string[]]] : []),
    ];
    for (const [key, base, headers] of stale) {
      const sheet = workbook.worksheets.find((w) => w !== cleaned && (w.name.toLowerCase() === base.toLowerCase() || w.name.toLowerCase().startsWith(`${base.toLowerCase()} (`)) && startsWith(w, headers));
      // A list the user typed beside (处理结果 right of the reminders' columns) stays: what he typed is
      // his. Not the report, whose tables are wider than its title and which a rerun replaces whole.
      if (!sheet || (key !== 'cli.report.sheet' && typedBeside(sheet, headers.length))) continue;
      renamed.set(sheet.name.toLowerCase(), key === 'cli.across.sheet.name' ? say(lang, key) : named(key));
      workbook.removeWorksheet(sheet.id);
    }
  }
  const before = namesBefore.map((n) => renamed.get(n.toLowerCase()) ?? n);
  const typed: TypedOutcome[] = [];
  const issuesSheet = addIssuesSheet(workbook, cleaned, named('cli.issues.sheet'), grid, plan, placed, lang, rows, typed);
  const archive = archiveTable(plan, lang, rows);
  // One archive per tab too: its 原行号 are rows of this tab, not of the rep's tab merged before.
  const elsewhere = LANGS.filter((l) => l !== lang).map((other) => ({
    sheet: tabSheetName(t(other, 'dedupe.sheet.archive'), plan.sheetName, across !== undefined, other),
    tool: ARCHIVE_TOOL_KEYS.map((k) => t(other, k)),
  }));
  const archived = archive ? addArchiveSheet(workbook, cleaned, { ...archive, sheet: ofTab(archive.sheet) }, plan, lang, dateSystem, restyle, rows, elsewhere, looks) : undefined;
  const remindersSheet = addRemindersSheet(workbook, cleaned, named('cli.reminders.sheet'), plan, lang, dateSystem, rows, restyle, typed);
  const reportSheet = addReportSheet(workbook, cleaned, named('cli.report.sheet'), plan, lang, today, hidden);
  const acrossSheet = across ? addAcrossSheet(workbook, cleaned, across, plan, lang, dateSystem, rows, restyle, typed) : undefined;
  // The sheet keeping a run sheet's gone lines goes right after it.
  const keptAfter = (sheet: string | undefined) => typed.find((x) => x.sheet === sheet)?.keptSheet;
  keepSheetOrder(workbook, before, [issuesSheet, keptAfter(issuesSheet), archived?.name, remindersSheet, keptAfter(remindersSheet), reportSheet, acrossSheet, keptAfter(acrossSheet)]);
  if (plan.merge && plan.merge.removeRows.length > 0) {
    const dataRows = new Set(plan.rows);
    const unsafe = plan.merge.removeRows.filter((r) => !archived?.verified.has(r) || !dataRows.has(r));
    if (unsafe.length > 0) throw new Error(`refusing to remove rows not in the archive: ${unsafe.join(', ')}`);
  }
  return { issuesSheet, archiveSheet: archived?.name, remindersSheet, reportSheet, ...(acrossSheet ? { acrossSheet } : {}), ...(typed.length > 0 ? { typed } : {}), ...(archived ? { archived } : {}) };
}

/**
 * A CSV input written to .xlsx without its main sheet ever being whole in memory: the sheets the run
 * adds are built as usual, the main sheet is an empty stand-in with its view and widths, and its rows
 * are made one at a time, each cell going through the same steps in the same order as in
 * applyToWorkbook (value, Text format, edit, highlight and note, added columns; rows a merge archives
 * left out and the rows below moved up). tests/cli/io/stream-xlsx.test.ts holds the two to one file.
 */
async function writeBuiltStreaming(path: string, { grid, plan, dateSystem, lang, noteLimit = NOTE_LIMIT, today, mode, typedOver = [] }: XlsxTarget, staged?: StagedFile[]): Promise<XlsxWritten> {
  const restyle = styler();
  const workbook = new ExcelJS.Workbook();
  const main = builtSheet(workbook, grid, plan);
  const placed = placePlan(grid, plan);
  const rows = rowMap(plan);
  placed.addedCols.forEach((col, i) => (main.getColumn(col).width = addedWidth(plan.addedColumns[i])));
  const notes = noteChoice(placed, noteLimit, rows.removed, undefined);
  const added = addRunSheets(workbook, main, { grid, plan, placed, rows, lang, dateSystem, restyle, today });
  const recordElsewhere = writeOwnColumns(workbook, main.name, toRecord(plan), plan.classMemory);
  // The main rows are made later, one at a time, each cell without a note (a CSV has none): which
  // texts its note cannot hold is known now, as keepTypedInNote will find it on an empty note.
  const typedKept: KeptTyped[] = typedOver.flatMap((typed): KeptTyped[] => {
    if (rows.removed.has(typed.sheetRow)) return [{ typed, why: 'merged' }];
    return say(lang, 'cli.typed.overNote', { text: typed.text }).length > EXCEL_NOTE_LIMIT ? [{ typed, why: 'noteFull' }] : [];
  });
  const typedTarget = typedKept.length > 0 ? typedOverTarget(workbook, main, lang) : undefined;
  const typedSheet = typedTarget ? writeTypedOverSheet(workbook, typedTarget, typedOverLines(typedKept, rows, lang, today ?? ''), lang) : undefined;
  const keptIn = () => typedSheet ?? '';
  const makeMain = (sheet: ExcelJS.Worksheet, commit: (row: ExcelJS.Row) => void) => writeMainRows(sheet, commit, { grid, plan, dateSystem, lang, placed, rows, notes, restyle, typedOver, keptIn });
  await writeWorkbookStreaming(workbook, path, new Map([[main, makeMain]]), mode, staged);
  return {
    workbook, skipped: [...placed.skipped], notesOmitted: notes.marked.length - notes.withNote.size, ...added, ...(recordElsewhere ? { recordElsewhere } : {}),
    ...(typedSheet ? { typedOver: { sheet: typedSheet, kept: typedKept } } : {}),
  };
}

interface MainRows {
  grid: Grid;
  plan: Plan;
  dateSystem: DateSystem;
  lang: Lang;
  placed: PlacedPlan;
  rows: RowMap;
  notes: NoteChoice;
  restyle: Restyle;
  typedOver: readonly TypedOver[];
  /** The sheet keeping the typed texts no note can hold, named in the note of each. */
  keptIn: () => string;
}

/**
 * The main sheet of a CSV input, row by row into `sheet` (a streaming worksheet): see writeBuiltStreaming.
 * Returns the sheet's `<ignoredErrors>`: "number stored as text" ignored on the data rows of the text
 * columns that hold such numbers, as applyToWorkbook asks of textNumberRanges for a workbook.
 */
function writeMainRows(sheet: ExcelJS.Worksheet, commit: (row: ExcelJS.Row) => void, { grid, plan, dateSystem, lang, placed, rows, notes, restyle, typedOver, keptIn }: MainRows): SheetEnd {
  const typedAt = new Map<number, TypedOver[]>();
  for (const typed of typedOver) typedAt.set(typed.sheetRow, [...(typedAt.get(typed.sheetRow) ?? []), typed]);
  const plain: Style = {};
  const dataIndex = new Map(plan.rows.map((r, j) => [r, j]));
  const textCols = textColumns(plan);
  const textCellsOf = keptTextCells(plan);
  const typedDates = typedDateColumns(plan);
  // The format the run's own amounts of a column carry ($#,##0.00): a merge's sum written there shows in it.
  const numberFormats = editedNumberFormats(plan);
  const placedByRow = new Map<number, PlacedCell[]>();
  for (const p of placed.cells.values()) {
    const list = placedByRow.get(p.row);
    if (list) list.push(p);
    else placedByRow.set(p.row, [p]);
  }
  const marked = new Set(notes.marked);
  const lastHeaderCol = plan.columns.length > 0 ? plan.firstCol + plan.columns.length - 1 : null;
  const typed = csvCellTyper(plan, grid);
  const numbersAsText = new Set<number>();
  let top = Infinity;
  let bottom = -Infinity;
  grid.cells.forEach((gridRow, i) => {
    const sheetRow = grid.firstRow + i;
    const out = rows.out(sheetRow);
    if (out === null) return;
    const row = sheet.getRow(out);
    gridRow.forEach((cell, j) => {
      if (cell.kind !== 'empty') putGridValue(row.getCell(grid.firstCol + j), typed(sheetRow, grid.firstCol + j, cell), plain, dateSystem, restyle);
    });
    if (sheetRow === plan.headerRow) boldHeader(row, restyle);
    const j = dataIndex.get(sheetRow);
    if (j !== undefined) for (const col of textCellsOf(sheetRow)) keepText(row.findCell(col), restyle);
    const here = (placedByRow.get(sheetRow) ?? []).sort((a, b) => a.col - b.col);
    for (const p of here) {
      if (!p.edit) continue;
      const typedDate = p.edit.after.kind === 'date' ? typedDates.get(p.col) : undefined;
      const columnFormat = p.edit.after.kind === 'number' ? mergedNumberFormat(p.edit, numberFormats.get(p.col)) : typedDate?.date;
      putValue(row.getCell(p.col), p.edit.after, placed.writeOf.get(p.col), dateSystem, restyle, columnFormat, typedDate?.twelveHour);
    }
    for (const p of here) if (marked.has(p)) markCell(row.getCell(p.col), p, notes.withNote.has(p), true, lang, restyle);
    if (sheetRow === plan.headerRow) {
      const lastHeader = lastHeaderCol === null ? null : row.getCell(lastHeaderCol);
      plan.addedColumns.forEach((added, k) => putAddedHeader(row.getCell(placed.addedCols[k]), placed.addedHeaders[k] ?? added.header, lastHeader));
    }
    if (j !== undefined) {
      plan.addedColumns.forEach((added, k) => {
        const col = placed.addedCols[k];
        putAddedValue(added, j, () => row.getCell(col), () => row.findCell(col), dateSystem, restyle);
      });
      for (const typed of typedAt.get(sheetRow) ?? []) keepTypedInNote(row.getCell(typed.col), typed, lang, keptIn);
      top = Math.min(top, out);
      bottom = Math.max(bottom, out);
      for (const col of textCols) if (readsAsNumber(row.findCell(col)?.value)) numbersAsText.add(col);
    }
    commit(row);
  });
  return { ignoredErrors: withNumbersAsText(undefined, columnRanges(textCols.filter((col) => numbersAsText.has(col)), top, bottom)) };
}

/** A workbook sheet holding the grid's values at their sheet positions (for a CSV input). */
function sheetFromGrid(workbook: ExcelJS.Workbook, grid: Grid, plan: Plan, dateSystem: DateSystem, restyle: Restyle): ExcelJS.Worksheet {
  const sheet = builtSheet(workbook, grid, plan);
  const plain: Style = {};
  const typed = csvCellTyper(plan, grid);
  grid.cells.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.kind !== 'empty') putGridValue(sheet.getCell(grid.firstRow + i, grid.firstCol + j), typed(grid.firstRow + i, grid.firstCol + j, cell), plain, dateSystem, restyle);
    });
  });
  boldHeader(sheet.getRow(plan.headerRow), restyle);
  return sheet;
}

/** The sheet a CSV becomes, frozen under its header, its columns as wide as their first values. */
function builtSheet(workbook: ExcelJS.Workbook, grid: Grid, plan: Plan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(safeSheetName(grid.sheetName), { views: [{ state: 'frozen', ySplit: plan.headerRow }] });
  const widths = new Map<number, number>();
  grid.cells.slice(0, WIDTH_SAMPLE_ROWS).forEach((row) => {
    row.forEach((cell, j) => {
      if (cell.kind === 'empty') return;
      const col = grid.firstCol + j;
      widths.set(col, Math.max(widths.get(col) ?? 0, displayWidth(cellText(cell))));
    });
  });
  for (const [col, width] of widths) sheet.getColumn(col).width = Math.min(50, Math.max(8, width + 2));
  return sheet;
}

/** A CSV value in its cell: one shared plain style to start from, then the value's own format. */
function putGridValue(target: ExcelJS.Cell, cell: Cell, plain: Style, dateSystem: DateSystem, restyle: Restyle): void {
  target.style = plain;
  putValue(target, cell, undefined, dateSystem, restyle);
}

function boldHeader(row: ExcelJS.Row, restyle: Restyle): void {
  row.eachCell((cell) => restyle(cell, 'bold', { font: { ...(cell.style.font ?? {}), bold: true } }));
}

/** Column widths are guessed from the first rows: enough to look right, cheap on a million rows. */
const WIDTH_SAMPLE_ROWS = 1000;

/**
 * Existing values in text columns become strings, in Text-format cells where Excel would read them
 * otherwise when edited (needsTextFormat): phones and IDs never show as 1.38E+10 and stay text, while
 * a name, an owner or a note keeps its cell's format. A number whose format shows it differently (a
 * currency, decimals) is left as it is rather than guessed at; zero-padding formats keep their zeros.
 */
function keepTextColumnsText(worksheet: ExcelJS.Worksheet, plan: Plan, restyle: Restyle): void {
  const textCellsOf = keptTextCells(plan);
  for (const r of plan.rows) for (const col of textCellsOf(r)) keepText(worksheet.findRow(r)?.findCell(col), restyle);
}

/**
 * Sheet row → the sheet columns whose value keepText makes text: those of the text columns, but a
 * number whose digits the sheet threw away (13800000000, shown 1.38E+10), which stays the number it
 * is: as text it would read as a real mobile, here and on the next run (lost-digit-cells.ts). One
 * rule for the in-memory and the streaming writer, so a CSV's file does not depend on its size.
 */
function keptTextCells(plan: Plan): (sheetRow: number) => readonly number[] {
  const textCols = plan.columns.filter((c) => c.write === 'text');
  const all = textCols.map((c) => plan.firstCol + c.col);
  const lost = lostDigitCells(plan.issues);
  return (sheetRow) => {
    const lostCols = lost.get(sheetRow);
    return lostCols ? textCols.filter((c) => !lostCols.has(c.col)).map((c) => plan.firstCol + c.col) : all;
  };
}

/** One existing value of a text column as a string in a Text-format cell (see keepTextColumnsText). */
function keepText(cell: ExcelJS.Cell | undefined, restyle: Restyle): void {
  if (!cell || holdsFormula(cell) || cell.value === null || cell.value === undefined) return;
  if (typeof cell.value === 'number') {
    const text = numberAsText(cell.value, cell.numFmt);
    if (text === null) return;
    restyle(cell, 'text', { numFmt: TEXT_FORMAT });
    cell.value = text;
  } else if (typeof cell.value === 'string' || (typeof cell.value === 'object' && !(cell.value instanceof Date) && !('error' in cell.value))) {
    if (needsTextFormat(cell.text)) restyle(cell, 'text', { numFmt: TEXT_FORMAT });
  }
}

/**
 * The cells to highlight, those of them that get a note (issues first, then in sheet order, up to
 * the limit), and those whose fill is the user's own: they keep it, and their note is their only mark.
 */
interface NoteChoice {
  marked: PlacedCell[];
  withNote: ReadonlySet<PlacedCell>;
  usersFill: ReadonlySet<PlacedCell>;
}

function noteChoice(placed: PlacedPlan, noteLimit: number, removed: ReadonlySet<number>, sheet: ExcelJS.Worksheet | undefined): NoteChoice {
  // A retype (text that became the date or number it showed) is applied but not flagged: the
  // person sees the same value, and thousands of "was: 2024-03-09" notes would bury the real fixes.
  // Rows a merge moves to the archive leave the sheet: their notes would only use up the limit.
  const marked = [...placed.cells.values()].filter((p) => !removed.has(p.row) && ((p.edit && !p.edit.retype) || p.issues.length > 0));
  // Read before this run writes any mark: whether a fill is the run's own depends on the note the earlier run left.
  const usersFill = new Set(sheet ? marked.filter((p) => usersOwnFill(sheet.findRow(p.row)?.findCell(p.col), RUN_FILLS)) : []);
  // A cell keeping the user's colour has no other mark than its note: it gets one before the cells the run fills.
  const rank = (p: PlacedCell) => (p.issues.length > 0 ? 2 : usersFill.has(p) ? 1 : 0);
  const withNote = new Set([...marked].sort((a, b) => rank(b) - rank(a) || a.row - b.row || a.col - b.col).slice(0, noteLimit));
  return { marked, withNote, usersFill };
}

/** Fills every changed or flagged cell (but those the user coloured) and explains it in a note (issues first); returns the notes left out. */
function highlight(worksheet: ExcelJS.Worksheet, placed: PlacedPlan, lang: Lang, restyle: Restyle, notes: NoteChoice): number {
  for (const placedCell of notes.marked) markCell(worksheet.getCell(placedCell.row, placedCell.col), placedCell, notes.withNote.has(placedCell), !notes.usersFill.has(placedCell), lang, restyle);
  return notes.marked.length - notes.withNote.size;
}

/**
 * Takes the run's own issue lines of an earlier run off the table's cells before this run marks
 * them (stale-notes.ts), and the issue fill of a cell it no longer flags: a fixed typo loses its
 * yellow and its 疑似拼写错误, a changed issue is said once, in its new words. A cell whose note
 * already ends with what this run says of it is left as it is.
 */
function clearStaleIssues(worksheet: ExcelJS.Worksheet, plan: Plan, placed: PlacedPlan, lang: Lang, restyle: Restyle, notes: NoteChoice): void {
  if (plan.columns.length === 0) return;
  const marked = new Set(notes.marked);
  const last = plan.firstCol + plan.columns.length - 1;
  for (const r of [plan.headerRow, ...plan.rows]) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let col = plan.firstCol; col <= last; col++) {
      const cell = row.findCell(col);
      if (!cell?.note) continue;
      const p = placed.cells.get(cellKey(r, col));
      const flagged = p !== undefined && marked.has(p);
      // The same issues said as before: the note stays as it is (markCell adds nothing said already).
      if (flagged && notes.withNote.has(p) && ownIssues(noteText(cell.note))?.lines.join('\n') === issueLines(p, lang).join('\n')) continue;
      const left = clearOwnIssues(cell);
      if (left !== null && !flagged) clearOwnFill(cell, left, ISSUE_FILLS, fillOf(FILL.changed), restyle);
    }
  }
}

const ISSUE_FILLS = [FILL.error, FILL.warning, FILL.info];
const RUN_FILLS = [...ISSUE_FILLS, FILL.changed];

/** What the run says of a flagged cell's issues, each with its suggestion, a line each. */
function issueLines({ issues }: PlacedCell, lang: Lang): string[] {
  return issues.flatMap((i) => issueLine(i, lang).split('\n'));
}

/** What the run says of a changed or flagged cell in its note, a line each. */
function noteLines({ edit, issues }: PlacedCell, lang: Lang): string[] {
  const lines = issues.map((i) => issueLine(i, lang));
  if (edit?.reason === 'dedupe.fix.fill') lines.push(t(lang, edit.reason));
  if (edit && !edit.retype) lines.push(say(lang, 'cli.xlsx.was', { value: shown(edit.before, lang) }));
  return lines;
}

/**
 * One changed or flagged cell: the fill of its worst finding (or of a change), and its note. A cell
 * the user coloured (`fill` false) keeps his colour, which is his data (a rep's yellow 重点客户): the
 * note alone says what the run did there.
 */
function markCell(cell: ExcelJS.Cell, placedCell: PlacedCell, withNote: boolean, fill: boolean, lang: Lang, restyle: Restyle): void {
  const { issues } = placedCell;
  const worst = issues.reduce<Severity | null>((w, i) => (w === null || SEVERITY_RANK[i.severity] > SEVERITY_RANK[w] ? i.severity : w), null);
  const color = worst ? FILL[worst] : FILL.changed;
  if (fill) restyle(cell, `fill:${color}`, { fill: fillOf(color) });
  if (!withNote) return;
  const lines = noteLines(placedCell, lang);
  const existing = cell.note;
  const text = noteText(existing);
  // A rerun on a cleaned file finds the cell's issue said by the run before: said once, not once per run.
  if (text.includes(lines.join('\n'))) return;
  const gap = text ? '\n\n' : '';
  // The user's note stays whole; ours is cut to what the note has left (a 原值 of 32,767 characters).
  const ours = capNoteText(lines.join('\n'), EXCEL_NOTE_LIMIT - text.length - gap.length, lang);
  if (ours === '') return;
  // The user's note keeps its runs (a bold 小王: heading, colours) and its box; ours follows as plain text.
  if (existing && typeof existing === 'object' && Array.isArray(existing.texts) && existing.texts.length > 0) {
    cell.note = { ...existing, texts: [...existing.texts, { text: `${gap}${ours}` }] };
    return;
  }
  cell.note = `${text}${gap}${ours}`;
}

/**
 * What the user typed into a cell of the run's own columns, which the run now writes over: kept in the
 * cell's note (after his own note, which stays whole), so nothing he typed is lost. Said once: a
 * rerun that finds the same line there adds it again no more. False when the note cannot hold the
 * line whole (a note holds 32,767 characters, and his own may fill most of it): never cut, the text
 * then goes whole to the list of typed texts (`elsewhere`, typed-over-sheet.ts), the note saying
 * where when that line fits.
 */
function keepTypedInNote(cell: ExcelJS.Cell, typed: TypedOver, lang: Lang, elsewhere: () => string): boolean {
  const existing = cell.note;
  const text = noteText(existing);
  const line = say(lang, 'cli.typed.overNote', { text: typed.text });
  if (text.includes(line)) return true;
  const gap = text ? '\n\n' : '';
  const room = EXCEL_NOTE_LIMIT - text.length - gap.length;
  const fits = line.length <= room;
  const ours = fits ? line : say(lang, 'cli.typed.overNoteElsewhere', { kept: elsewhere() });
  if (ours.length > room) return fits;
  if (existing && typeof existing === 'object' && Array.isArray(existing.texts) && existing.texts.length > 0) {
    cell.note = { ...existing, texts: [...existing.texts, { text: `${gap}${ours}` }] };
  } else {
    cell.note = `${text}${gap}${ours}`;
  }
  return fits;
}

/**
 * Keeps each typed text in its cell's note, or, where no note can keep it (its row merged away, the
 * note too full), in the list of typed texts: the texts that went there, for the summary.
 */
function keepTyped(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, typedOver: readonly TypedOver[], rows: RowMap, lang: Lang, cellAt: (typed: TypedOver) => ExcelJS.Cell | undefined): { kept: KeptTyped[]; target?: OwnSheet } {
  let target: OwnSheet | undefined;
  const elsewhere = () => (target ??= typedOverTarget(workbook, cleaned, lang)).name;
  const kept: KeptTyped[] = [];
  for (const typed of typedOver) {
    // A row the merge moves to the archive takes its notes along, and the archive keeps the user's columns only.
    if (rows.removed.has(typed.sheetRow)) kept.push({ typed, why: 'merged' });
    else {
      const cell = cellAt(typed);
      if (cell && !keepTypedInNote(cell, typed, lang, elsewhere)) kept.push({ typed, why: 'noteFull' });
    }
  }
  if (kept.length > 0) elsewhere();
  return { kept, ...(target ? { target } : {}) };
}

function issueLine(issue: CellIssue, lang: Lang): string {
  const line = `${say(lang, `severity.${issue.severity}`)}: ${say(lang, issue.code, issue.params)}`;
  return issue.suggestion ? `${line}\n${say(lang, 'cli.xlsx.suggestion', { value: issue.suggestion })}` : line;
}

/** A value as the cell showed it (a phone number under 000-0000-0000 as 138-0013-8000), for the note's 原值. */
function shown(cell: Cell, lang: Lang): string {
  const text = shownText(cell);
  return text === '' ? say(lang, 'cli.xlsx.empty') : text;
}

/**
 * The cells of an earlier run's columns (a rerun writes over its 活跃度, 价值等级 …) that say something
 * else now: a formula of the user's may count them (=COUNTIF(客户!T:T,"活跃")). Columns added now are
 * new to the sheet: nothing read them.
 */
function rewrittenCells(grid: Grid, plan: Plan, placed: PlacedPlan): number {
  const appended = new Set(placed.appendedCols);
  let changed = 0;
  plan.addedColumns.forEach((added, i) => {
    const col = placed.addedCols[i];
    if (appended.has(col)) return;
    plan.rows.forEach((r, j) => {
      if (cellText(gridCell(grid, r, col)) !== cellText(added.values[j] ?? { kind: 'empty' })) changed++;
    });
  });
  return changed;
}

function addColumns(worksheet: ExcelJS.Worksheet, plan: Plan, placed: PlacedPlan, dateSystem: DateSystem, restyle: Restyle): void {
  const lastHeader = plan.columns.length > 0 ? worksheet.getCell(plan.headerRow, plan.firstCol + plan.columns.length - 1) : null;
  plan.addedColumns.forEach((added, i) => {
    const col = placed.addedCols[i];
    putAddedHeader(worksheet.getCell(plan.headerRow, col), placed.addedHeaders[i] ?? added.header, lastHeader);
    plan.rows.forEach((r, j) => putAddedValue(added, j, () => worksheet.getCell(r, col), () => worksheet.findRow(r)?.findCell(col), dateSystem, restyle));
    worksheet.getColumn(col).width = addedWidth(added);
  });
}

/** An added column's header: the look of the table's last header, bold, without its number format. */
function putAddedHeader(header: ExcelJS.Cell, text: string, lastHeader: ExcelJS.Cell | null): void {
  header.value = text;
  const { numFmt: _ignored, ...look } = lastHeader?.style ?? {};
  header.style = { ...look, font: { ...(look.font ?? {}), bold: true } };
}

/**
 * Data row `j`'s value of an added column, in the cell `at` makes. A row without one keeps no old
 * text (`existing`, without making the cell): our column from an earlier run is rewritten, and a
 * row that is clean now loses what it said then.
 */
function putAddedValue(added: AddedColumn, j: number, at: () => ExcelJS.Cell, existing: () => ExcelJS.Cell | undefined, dateSystem: DateSystem, restyle: Restyle): void {
  const value = added.values[j];
  if (value && value.kind !== 'empty') {
    putValue(at(), capCell(value), added.write, dateSystem, restyle);
    return;
  }
  const old = existing();
  if (old && old.value !== null && old.value !== undefined) old.value = null;
}

function addedWidth(added: AddedColumn): number {
  const widest = added.values.slice(0, WIDTH_SAMPLE_ROWS).reduce((w, v) => Math.max(w, displayWidth(cellText(v))), displayWidth(added.header));
  return Math.min(60, Math.max(12, widest + 2));
}

export const ISSUE_HEADER_KEYS = [
  'cli.issues.row', 'cli.issues.column', 'cli.issues.header', 'cli.issues.value',
  'cli.issues.severity', 'cli.issues.message', 'cli.issues.suggestion',
] as const;

/**
 * The issues sheet: one line per finding, in sheet order; reruns replace their own earlier sheet.
 * After a merge, rows are numbered as in the output and the merged-away rows' issues are left out
 * (the JSON report keeps every one).
 */
function addIssuesSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, base: string, grid: Grid, plan: Plan, placed: PlacedPlan, lang: Lang, rows: RowMap, log: TypedOutcome[]): string {
  const headers = ISSUE_HEADER_KEYS.map((k) => say(lang, k));
  const listed = plan.issues.filter((issue) => !rows.removed.has(issue.sheetRow));
  const valueOf = (issue: CellIssue, col: number | null) => {
    const value = col === null ? '' : issueValueText(issue, placed.cells.get(cellKey(issue.sheetRow, col))?.edit?.after ?? gridCell(grid, issue.sheetRow, col));
    return value ? capCellText(value) : null;
  };
  const colOf = (issue: CellIssue) => (issue.col >= 0 ? plan.firstCol + issue.col : null);
  // What a user typed beside an issue (已核实, 客户确认) stays beside it on the next run.
  const typing = {
    headers,
    keys: issueKeys,
    // The row an earlier run's sheet names is a row of this run's input (that run's output).
    lines: () => listed.map((issue) => {
      const col = colOf(issue);
      return [issue.sheetRow, col === null ? null : columnLetter(col), col === null ? null : plan.columns[issue.col]?.header || null, valueOf(issue, col), say(lang, `severity.${issue.severity}`), capCellText(say(lang, issue.code, issue.params))];
    }),
  };
  return replaceKeepingTyped(workbook, cleaned, base, typing, lang, (name) => writeIssuesSheet(workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }), headers, listed, plan, rows, lang, colOf, valueOf), log);
}

/**
 * How an issue line is recognised on the next run (typed-cells.ts): by row, column and message; then
 * by row, column, header and severity (a message that names a changed count); then, for a sheet whose
 * rows the user moved, by column, value and message.
 */
function issueKeys(own: readonly unknown[]): string[] {
  const [row, col, header, value, severity, message] = own.slice(0, 6).map(keyPart);
  if (message === '') return [];
  const key = (...parts: string[]) => parts.join('\u0000');
  return [key(row, col, message), key(row, col, header, severity), ...(value === '' ? [] : [key(col, value, message)])];
}

function writeIssuesSheet(
  sheet: ExcelJS.Worksheet,
  headers: readonly string[],
  listed: readonly CellIssue[],
  plan: Plan,
  rows: RowMap,
  lang: Lang,
  colOf: (issue: CellIssue) => number | null,
  valueOf: (issue: CellIssue, col: number | null) => string | null,
): ExcelJS.Worksheet {
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
  listed.forEach((issue, i) => {
    const col = colOf(issue);
    const row = sheet.getRow(i + 2);
    row.values = [
      rows.out(issue.sheetRow),
      col === null ? null : columnLetter(col),
      col === null ? null : plan.columns[issue.col]?.header || null,
      valueOf(issue, col),
      say(lang, `severity.${issue.severity}`),
      capCellText(say(lang, issue.code, issue.params)),
      issue.suggestion ? capCellText(issue.suggestion) : null,
    ];
    const severityCell = row.getCell(5);
    severityCell.style = severityStyles[issue.severity];
    row.getCell(6).style = messageStyle;
  });
  if (listed.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: listed.length + 1, column: headers.length } };
  return sheet;
}

type WithFormats = { conditionalFormattings?: { ref: string; rules: { formulae?: unknown[] }[] }[] };

/**
 * The sheet's conditional formats moved with the rows a merge removed (kept-rows.ts moveFormats),
 * and the other sheets' rules reading it (跟进记录's COUNTIF(客户!$C$3:$C$10,A2)=0); how many
 * references were left with no row.
 */
function moveConditionalFormats(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, removed: readonly number[]): Gone {
  const gone: Gone = { count: 0, refs: 0 };
  if (removed.length === 0) return gone;
  const shift = rowShift(removed);
  for (const ws of workbook.worksheets) {
    const sheet = ws as unknown as WithFormats;
    if (!sheet.conditionalFormattings?.length) continue;
    sheet.conditionalFormattings = ws === worksheet
      ? moveFormats(sheet.conditionalFormattings, worksheet.name, shift, gone)
      : shiftFormatsElsewhere(sheet.conditionalFormattings, worksheet.name, shift, gone);
  }
  return gone;
}
