/**
 * Writes the cleaned file the user asked for: an .xlsx (the sheet plus the issues, archive,
 * reminders and report sheets) or a CSV with its companion files; reports what the summary and the
 * JSON report must mention.
 */
import type ExcelJS from 'exceljs';
import type { HiddenSheet } from './hidden-sheets';
import { cellText, columnLetter, isFormula, typedOver, type TypedOver, type AcrossSheetsResult, type Lang, type Params, type Plan } from '../shared';
import { EXCEL_CELL_LIMIT } from '../shared/dedupe';
import { CliError } from './errors';
import { outputKind } from './args';
import { companionPath, writeCsvCompanions } from './io/csv-companions';
import { csvText, writeCsv, type CsvTextMark } from './io/write-csv';
import { staleFormulasParams, staleTotalsCode, staleTotalsParams } from './io/stale-formulas';
import { gridCell, placePlan } from './io/place-plan';
import { writeXlsx } from './io/write-xlsx';
import { rowMap, type RowMap } from './io/row-map';
import { outputCell, typedOverLines, type KeptTyped } from './io/typed-over-rows';
import type { TypedOutcome } from './io/typed-cells';
import { movesWithItsRow } from './io/table-formulas';
import { readsThroughText, rewritesByKind, shiftedAsExcel, type FormulaRewritten } from './io/shifted-formulas';
import { rowShift } from './io/kept-rows';
import { namesLostByMerge, namesSpanningMovingRows, rulesLostByMerge } from './io/lost-references';
import { spansMovingRows } from './io/three-d-references';
import { pointsAtSheet } from './io/sheet-references';
import { tablesOf } from './io/sheet-tables';
import { tablesInRemovedRows } from './io/side-tables';
import type { StagedFile } from './io/write-file';
import { EXCEL_ROW_LIMIT, refuseRowsPast } from './io/sheet-rows';
import type { LoadedInput } from './load-input';
import type { SummaryInput } from './summary';
import { say, type CliMessageKey } from './messages';
import type { RunNote } from './notes';

export type Written = Pick<SummaryInput, 'skipped' | 'notesOmitted' | 'csvLossy' | 'csvGuarded' | 'csvGuardedIn' | 'csvMarked' | 'csvTextMark' | 'archive' | 'sheets' | 'files' | 'notes'> & {
  /** Where the archive went, for the JSON report: the sheet name, or the archive file as shown. */
  archiveAt?: string;
  /** The input rows merged away whose lines the CSV archive already held from the same merge run before (not added again). */
  alreadyArchived?: number[];
  /** Each formula a merge into an .xlsx rewrote as Excel would (shifted-formulas.ts), for the JSON report; [] for a merge that rewrote none. */
  formulasRewritten?: FormulaRewritten[];
  /** What the output makes of the sheet as a whole, for the JSON report's problems (the summary has them among its notes). */
  problems?: { code: CliMessageKey; severity: 'warning'; params: Params }[];
};

/**
 * `out` is opened, `shown` is how the user wrote it (companion files are shown the same way). The
 * files are only made, added to `staged`: the caller moves them in as one with the JSON report
 * (write-file.ts commitStaged), or discards them.
 */
export async function writeOutput(out: string, shown: string, loaded: LoadedInput, plan: Plan, lang: Lang, today: string, across: AcrossSheetsResult | undefined, staged: StagedFile[], hidden: readonly HiddenSheet[] = [], csvTextMark: CsvTextMark = 'excel'): Promise<Written> {
  // What the user typed into the run's own columns (已核实 in 整理问题, a class corrected by hand) before this run writes over it.
  const placed = placePlan(loaded.grid, plan);
  const typed = typedOver(loaded.grid, plan, placed.addedCols, new Set(placed.appendedCols));
  if (outputKind(out) === 'csv') {
    // The archive staged first, so moved in first: rows leave the main file only once they are in the
    // archive (PITFALLS D2), and a cleaned file that cannot be written leaves the archive and
    // reminders as they were (a rerun would archive the same rows again).
    // A CSV cell has no note: what was typed there goes whole to <name>.typed.csv.
    const rows = rowMap(plan);
    const typedKept = typed.map((x): KeptTyped => ({ typed: x, why: rows.removed.has(x.sheetRow) ? 'merged' : 'csv' }));
    const companions = await writeCsvCompanions(out, plan, lang, shown, loaded.mode, staged, typedOverLines(typedKept, rows, lang, today), loaded.csvDelimiter, loaded.textMarks, csvTextMark);
    // A row the archive held from the same merge run before is cited by that line's day already: the
    // plan was made knowing them (csv-companions.ts archivedDays).
    const made = { companions, csv: await writeCsv(out, loaded.grid, plan, loaded.mode, staged, loaded.textMarks, loaded.csvDelimiter, csvTextMark) };
    const { written: kinds, emptied } = made.companions;
    const { lossy: csvLossy, guarded: csvGuarded, marked: csvMarked, guardedIn, formulas } = made.csv;
    const files = [...kinds, ...emptied].map((kind) => companionPath(shown, kind));
    const notes: RunNote[] = emptied.map((kind) => ({ key: 'cli.note.companionEmptied', params: { path: companionPath(shown, kind) } }));
    // Rows that left the cleaned file but were already in the archive from the same merge run before: said, not claimed as written now.
    const { alreadyArchived } = made.companions;
    if (alreadyArchived.length > 0) notes.push({ key: 'cli.note.alreadyArchived', params: { path: companionPath(shown, 'archive'), count: alreadyArchived.length } });
    // The archive holds this run's rows, written now or by the same merge run before.
    const archiveAt = kinds.includes('archive') || alreadyArchived.length > 0 ? companionPath(shown, 'archive') : undefined;
    const archive = archiveAt === undefined ? undefined : { file: archiveAt, ...(alreadyArchived.length > 0 ? { held: alreadyArchived.length } : {}) };
    // Formulas reading cells the run changed: their saved results, which a CSV would write, are out of date.
    const { stale, staleTotals } = made.csv;
    const headerOf = (col: number) => plan.columns.find((c) => plan.firstCol + c.col === col)?.header ?? cellText(gridCell(loaded.grid, plan.headerRow, col));
    const problems: NonNullable<Written['problems']> = stale.length === 0 ? [] : [{ code: 'csv.staleFormulas' as const, severity: 'warning' as const, params: staleFormulasParams(stale, plan.sheetName, headerOf, lang) }];
    // A totals row a merge made stale keeps its figure in the CSV: said here, by its row (write-csv.ts).
    if (staleTotals.length > 0) problems.push({ code: staleTotalsCode(staleTotals, plan), severity: 'warning' as const, params: staleTotalsParams(staleTotals, plan.sheetName, lang, csvText) });
    notes.push(...problems.map((p) => ({ key: p.code, params: p.params })));
    const csvGuardedIn = [...(guardedIn ?? new Map<number, number>())].map(([col, count]) => ({ header: headerOf(col).trim() || columnLetter(col), count }));
    // The CSV's own formulas a merge moved, as Excel moves them (csv-formulas.ts).
    const shiftedNote = formulasShiftedNote(formulas?.rewritten ?? [], plan, shown, lang);
    if (shiftedNote) notes.push(shiftedNote);
    // Named by its cell alone: the file keeps the text, and the summary prints no customer's data (README).
    const typedProblems = [...handSetProblems(plan, lang, rows), ...typedOverProblems(typed, plan, lang, rows, 'cli.typed.overCsv', { file: companionPath(shown, 'typed') })];
    notes.push(...typedProblems.map((p) => ({ key: p.code, params: p.params })));
    problems.push(...typedProblems);
    return { csvLossy, csvGuarded, csvGuardedIn, csvMarked, csvTextMark, files, archive, archiveAt, alreadyArchived, notes, problems, ...(plan.merge ? { formulasRewritten: formulas?.rewritten ?? [] } : {}) };
  }
  refuseUnwritable(out, loaded, plan);
  const written = await writeXlsx(out, { grid: loaded.grid, plan, dateSystem: loaded.dateSystem, lang, base: loaded.base, today, across, hidden, mode: loaded.mode, typedOver: typed }, staged);
  const rows = rowMap(plan);
  const elsewhere = new Set((written.typedOver?.kept ?? []).map((x) => x.typed));
  const typedProblems = [
    ...handSetProblems(plan, lang, rows),
    ...typedOverProblems(typed.filter((x) => !elsewhere.has(x)), plan, lang, rows, 'cli.typed.overNotes'),
    ...(written.typedOver ? typedOverProblems(written.typedOver.kept.map((x) => x.typed), plan, lang, rows, 'cli.typed.overSheet', { kept: written.typedOver.sheet }) : []),
  ];
  const keptSheets = (written.typed ?? []).flatMap((x) => (x.keptSheet ? [x.keptSheet] : []));
  const sheets = [written.issuesSheet, ...(written.archiveSheet ? [written.archiveSheet] : []), written.remindersSheet, written.reportSheet, ...(written.acrossSheet ? [written.acrossSheet] : []), ...keptSheets, ...(written.typedOver ? [written.typedOver.sheet] : [])];
  return {
    skipped: written.skipped,
    notesOmitted: written.notesOmitted,
    archive: written.archiveSheet === undefined ? undefined : { sheet: written.archiveSheet },
    sheets,
    archiveAt: written.archiveSheet,
    ...(plan.merge ? { formulasRewritten: written.formulasShifted?.each ?? [] } : {}),
    ...(typedProblems.length > 0 ? { problems: typedProblems } : {}),
    notes: [
      ...typedProblems.map((p) => ({ key: p.code, params: p.params })),
      ...unkeptNote(loaded, shown, lang),
      ...(written.keptGone ? [{ key: 'cli.note.keptRowsGone' as const, params: { path: shown, count: written.keptGone } }] : []),
      ...(written.keptRefs ? [{ key: 'cli.note.keptRowsRef' as const, params: { path: shown, count: written.keptRefs } }] : []),
      ...[formulasShiftedNote(written.formulasShifted?.each ?? [], plan, shown, lang)].filter((n): n is RunNote => n !== undefined),
      ...(written.linksToArchive ? [{ key: 'cli.note.linksToArchive' as const, params: { path: shown, count: written.linksToArchive, sheet: written.archiveSheet ?? '' } }] : []),
      ...(written.picturesToArchive ? [{ key: 'cli.note.picturesToArchive' as const, params: { path: shown, count: written.picturesToArchive, sheet: written.archiveSheet ?? '' } }] : []),
      ...typedNotes(written.typed ?? [], lang),
      ...(written.recordElsewhere ? [{ key: 'cli.note.recordElsewhere' as const, params: { ...written.recordElsewhere } }] : []),
    ],
  };
}

/**
 * Stops the run (CliError) when the output cannot be written as asked: an .xlsx merge over formulas,
 * a cell longer than Excel takes. Called before anything is said to be written, and again by writeOutput.
 */
export function refuseUnwritable(out: string, loaded: LoadedInput, plan: Plan): void {
  // A CSV output drops the other table's row as well: refused whatever the output.
  refuseMergeOverSideTables(loaded, plan);
  if (outputKind(out) === 'csv') return;
  refuseMergeOverFormulas(loaded, plan);
  refuseMergeOverLostReferences(loaded, plan);
  refuseTooWide(loaded, plan.addedColumns.length);
  refuseTooLong(loaded, plan);
  refuseOverlongCells(loaded);
}

/**
 * What the sheet as read already shows an .xlsx cannot hold, checked before the cleaning (21 minutes
 * on 300,000 rows): cells too long, more columns than a sheet has, and, when no merge may remove
 * rows, more rows. refuseUnwritable checks again, with the run's added columns and merge.
 */
export function refuseUnwritableInput(out: string, loaded: LoadedInput, merging: boolean): void {
  if (outputKind(out) === 'csv') return;
  refuseOverlongCells(loaded);
  refuseTooWide(loaded, 0);
  if (!merging) refuseTooLong(loaded, null);
}

export { EXCEL_ROW_LIMIT };

/**
 * A CSV can have more rows than an Excel sheet holds: the .xlsx would be written whole, and Excel
 * opens it cut at row 1,048,576 ("file not loaded completely"), the members below gone from view.
 * Refused before anything is written, counting the header and title rows above it and the rows a merge
 * removes; so is an issues sheet that long (one line per finding), and the reminders, archive and
 * across-sheets sheets when they are written (sheet-rows.ts). A CSV output takes them all.
 */
function refuseTooLong(loaded: LoadedInput, plan: Plan | null): void {
  const { cells, firstRow } = loaded.grid;
  const removed = new Set(plan?.merge?.removeRows ?? []);
  const last = firstRow + cells.length - 1 - removed.size;
  refuseRowsPast(loaded.grid.sheetName, last);
  if (plan === null) return;
  let listed = 1;
  for (const issue of plan.issues) if (!removed.has(issue.sheetRow)) listed++;
  if (listed > EXCEL_ROW_LIMIT) throw new CliError('cli.tooManyIssueRows', { rows: listed });
}

/** Excel's last column, XFD. */
export const EXCEL_COLUMN_LIMIT = 16384;

/**
 * A CSV can have more columns than an Excel sheet holds: exceljs would stop mid-write with "16385 is
 * out of bounds". Refused before anything is written; a CSV output takes them all.
 */
function refuseTooWide(loaded: LoadedInput, added: number): void {
  const { cells, firstCol } = loaded.grid;
  let width = 0;
  for (const row of cells) width = Math.max(width, row.length);
  const last = firstCol + width - 1 + added;
  if (last > EXCEL_COLUMN_LIMIT) throw new CliError('cli.tooManyColumns', { columns: last, added });
}

/** The parts of the input workbook the written one lacks, named for the summary; none for a CSV input. */
function unkeptNote(loaded: LoadedInput, shown: string, lang: Lang): RunNote[] {
  const unkept = loaded.unkept ?? [];
  if (unkept.length === 0) return [];
  const parts = unkept.map((part) => say(lang, `cli.part.${part}`)).join(say(lang, 'cli.summary.sep'));
  return [{ key: 'cli.note.unkeptParts', params: { path: shown, parts } }];
}

/** What the user had typed on the run sheets of an earlier run, and where it is now: nothing he typed goes unsaid. */
function typedNotes(typed: readonly TypedOutcome[], lang: Lang): RunNote[] {
  return typed.flatMap((x): RunNote[] => {
    const columns = x.columns.join(say(lang, 'cli.summary.sep'));
    return [
      ...(x.carried > 0 ? [{ key: 'cli.note.typedCarried' as const, params: { sheet: x.sheet, columns, count: x.carried } }] : []),
      ...(x.keptSheet ? [{ key: 'cli.note.typedKept' as const, params: { sheet: x.sheet, columns, count: x.kept, kept: x.keptSheet } }] : []),
    ];
  });
}

/**
 * The cells of the run's own columns whose typed text this run wrote over, said with where it is kept
 * (a note on the cell; a sheet, or a CSV's file, listing the texts no note holds). Named by the
 * output's cell alone: the summary prints no customer's data (README), and the texts are kept.
 */
function typedOverProblems(typed: readonly TypedOver[], plan: Plan, lang: Lang, rows: RowMap, key: 'cli.typed.overNotes' | 'cli.typed.overSheet' | 'cli.typed.overCsv', where: Params = {}): { code: CliMessageKey; severity: 'warning'; params: Params }[] {
  if (typed.length === 0) return [];
  const columns = [...new Set(typed.map((x) => x.header))].join(say(lang, 'cli.summary.sep'));
  // The first cells, and how many in all: a rep who pasted a column of notes over 整理问题 finds each in its place.
  const sep = say(lang, 'cli.summary.sep');
  const cells = typed.slice(0, CELLS_NAMED).map((x) => outputCell(x, rows)).join(sep) + (typed.length > CELLS_NAMED ? `${sep}…` : '');
  return [{ code: key, severity: 'warning', params: { sheet: plan.sheetName, count: typed.length, columns, cells, ...where } }];
}

/** The class cells the user set by hand and the run kept (plan.handSet): named by their cells alone, no label (README). */
function handSetProblems(plan: Plan, lang: Lang, rows: RowMap): { code: CliMessageKey; severity: 'warning'; params: Params }[] {
  const kept = plan.handSet ?? [];
  if (kept.length === 0) return [];
  const sep = say(lang, 'cli.summary.sep');
  const columns = [...new Set(kept.map((x) => x.header))].join(sep);
  const cells = kept.slice(0, CELLS_NAMED).map((x) => `${columnLetter(x.col)}${rows.target(x.sheetRow)}`).join(sep) + (kept.length > CELLS_NAMED ? `${sep}…` : '');
  return [{ code: 'cli.classes.handSet', severity: 'warning', params: { sheet: plan.sheetName, count: kept.length, columns, cells } }];
}

/** Cells named in a refusal; the rest are counted. */
const CELLS_NAMED = 10;

/**
 * A CSV cell can hold more than the 32,767 characters an Excel cell takes; written to .xlsx, Excel
 * calls the whole file damaged and cuts the cell on repair (PITFALLS C4). Nothing is cut here: the
 * .xlsx is refused before anything is written, naming the cells (the first ten, and how many in all,
 * so one run tells the user everything to shorten), and a CSV output takes them whole.
 */
function refuseOverlongCells(loaded: LoadedInput): void {
  const { cells, firstRow, firstCol } = loaded.grid;
  const named: string[] = [];
  let count = 0;
  let first: { cell: string; length: number } | undefined;
  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      const cell = cells[r][c];
      if (cell.kind !== 'text' || cell.value.length <= EXCEL_CELL_LIMIT) continue;
      const at = `${columnLetter(firstCol + c)}${firstRow + r}`;
      first ??= { cell: at, length: cell.value.length };
      if (count++ < CELLS_NAMED) named.push(`${at} (${cell.value.length})`);
    }
  }
  if (!first) return;
  if (count === 1) throw new CliError('cli.cellTooLong', { ...first, limit: EXCEL_CELL_LIMIT });
  throw new CliError('cli.cellsTooLong', { count, cells: named.join(', ') + (count > CELLS_NAMED ? ', …' : ''), limit: EXCEL_CELL_LIMIT });
}

/**
 * A merge removes whole sheet rows: another table beside the customers' (a 门店表 in H1:J5) would lose
 * the rows lying beside the archived customers, their cells archived as the customer's own. Refused
 * before anything is written, with or without formulas and into a CSV too (its lines lose the row the
 * same way), naming the table and the rows; a table wholly
 * above or below them, or on another sheet, does not stop the merge (side-tables.ts).
 */
function refuseMergeOverSideTables(loaded: LoadedInput, plan: Plan): void {
  const sheet = loaded.base?.worksheet;
  if (!plan.merge || plan.merge.removeRows.length === 0 || !sheet) return;
  const fieldCols = plan.columns.filter((c) => c.field !== null).map((c) => plan.firstCol + c.col);
  const side = tablesInRemovedRows(sheet, plan.headerRow, fieldCols, plan.merge.removeRows);
  if (side.length === 0) return;
  const [first] = side;
  const params = { sheet: plan.sheetName, table: first.name, rows: first.rows.join(', ') };
  if (side.length === 1) throw new CliError('cli.mergeOverOtherTable', params);
  throw new CliError('cli.mergeOverOtherTables', { ...params, more: side.length - 1 });
}

/**
 * Removing merged rows shifts every row below them, and exceljs has no formula engine: the run
 * rewrites a formula's references itself the way Excel does on a row delete (shifted-formulas.ts):
 * a 合计's =SUM(I5:I400) shrinks by the archived rows, a per-row =HYPERLINK("mailto:"&E42) reads the
 * row it moved to. Formulas are sacred, so an .xlsx merge is still refused before anything is written
 * when the sheet (or another sheet pointing at it) holds a formula that cannot be rewritten exactly:
 * one Excel would turn into #REF! (it reads an archived cell), or one reading the rows through a
 * defined name, a 3-D reference or a text (INDIRECT("E7"), HYPERLINK("#客户!A6"): readsThroughText,
 * which Excel would leave pointing at another customer); a CSV output, or the add-ins (Excel deletes
 * rows itself), can still merge. A formula that reads no row a merge moves (a sum typed by hand =59134+2000,
 * =COUNTIF(J:J,"张敏"), another sheet's cell, a 汇总's =SUM('客户档案'!J:J), an Excel table's
 * calculated column) moves as it is (table-formulas.ts), and so does one reading only rows above the
 * first row removed. A formula in an archived row goes to the archive as its value, its formula in a
 * note: it reads nothing misplaced.
 */
function refuseMergeOverFormulas(loaded: LoadedInput, plan: Plan): void {
  if (!plan.merge || plan.merge.removeRows.length === 0) return;
  let count = 0;
  let pointing = 0;
  const { cells, firstRow, firstCol } = loaded.grid;
  const sheetOf = loaded.base?.worksheet;
  // Rows above the first one removed stay put: formulas reading only them (a 小计 over the rows above
  // the new customers typed under the table) keep their meaning. removeRows is ascending.
  const firstMoved = plan.merge.removeRows[0];
  const removed = new Set(plan.merge.removeRows);
  const shift = rowShift(plan.merge.removeRows);
  // The rows of the formulas counted, and one of them as written: a 合计 row's =SUM(I5:I121) is named.
  const formulaRows = new Set<number>();
  let example = '';
  // The sheet's formulas from the grid already read, not a second walk of a sheet of 300,000 rows.
  const own: OwnFormula[] = [];
  cells.forEach((row, r) => row.forEach((cell, c) => {
    if (isFormula(cell)) own.push({ row: firstRow + r, col: firstCol + c, formula: cell.formula!.replace(/^=/, '') });
  }));
  if (sheetOf) refuseCutArrays(sheetOf, plan.sheetName, removed, own);
  if (loaded.base) refuseSpans(loaded.base, plan.sheetName, firstMoved, own.filter((f) => !removed.has(f.row)));
  cells.forEach((row, r) => row.forEach((cell, c) => {
    if (!isFormula(cell) || removed.has(firstRow + r)) return;
    const throughText = readsThroughText(cell.formula!, plan.sheetName);
    if (!throughText && sheetOf && movesWithItsRow(sheetOf, cell.formula!, firstRow + r, firstCol + c, firstMoved)) return;
    // An array formula too, its range moved along (remove-rows.ts): refuseCutArrays stopped one a removed row cuts through.
    if (!throughText && sheetOf && shiftedAsExcel(cell.formula!, plan.sheetName, true, shift) !== null) return;
    count++;
    formulaRows.add(firstRow + r);
    example ||= `=${cell.formula!.replace(/^=/, '')}`;
  }));
  const sheet = plan.sheetName;
  // A real reference to the sheet, not its name inside a text (业绩's "新增客户达标") or another sheet's name (老客户).
  const tables = sheetOf ? tablesOf(sheetOf).flatMap((t) => [t.name, t.displayName].filter((n): n is string => typeof n === 'string')) : [];
  loaded.base?.workbook.eachSheet((ws) => {
    if (ws === loaded.base?.worksheet) return;
    ws.eachRow((row) => row.eachCell((cell) => {
      // Rewritten like the sheet's own unless it reads the sheet through a text (INDIRECT("客户!A"&B2)): Excel leaves texts alone.
      if (!cell.formula || !pointsAtSheet(cell.formula, sheet, tables)) return;
      if (!readsThroughText(cell.formula, sheet) && shiftedAsExcel(cell.formula, sheet, false, shift) !== null) return;
      pointing++;
    }));
  });
  // The sheet's own formulas and those of other sheets (a 汇总's ='张三'!A2) are counted apart: the
  // user looks for them in different places.
  if (count > 0 && pointing > 0) throw new CliError('cli.mergeOverFormulasBoth', { sheet, count, pointing });
  // Every one in the rows the run has just called totals rows (合计, 小计): named, with how to go on.
  const totals = new Set(plan.totalRows ?? []);
  if (count > 0 && pointing === 0 && [...formulaRows].every((row) => totals.has(row))) {
    throw new CliError('cli.mergeOverTotals', { sheet, count, rows: [...formulaRows].sort((a, b) => a - b).join(', '), example });
  }
  if (count > 0) throw new CliError('cli.mergeOverFormulas', { sheet, count });
  if (pointing > 0) throw new CliError('cli.mergeOverFormulasPointing', { sheet, pointing });
}

/** A formula of the cleaned sheet, where it stands in the input. */
interface OwnFormula {
  row: number;
  col: number;
  formula: string;
}

/**
 * An array formula over several rows (={D2:D6*0.05} filling E2:E6) is one formula for all its cells:
 * Excel will not delete some of its rows ("You can't change part of an array"), and neither does a
 * merge. Refused with that reason, before anything is written; one wholly on archived rows goes to the
 * archive as its values, one wholly on kept rows moves with them.
 */
function refuseCutArrays(ws: ExcelJS.Worksheet, sheet: string, removed: ReadonlySet<number>, own: readonly OwnFormula[]): void {
  for (const { row, col } of own) {
    const value = ws.getCell(row, col).value as { shareType?: string; ref?: string; formula?: string } | null;
    if (value?.shareType !== 'array' || typeof value.ref !== 'string') continue;
    const rows = (value.ref.match(/\d+/g) ?? []).map(Number);
    if (rows.length === 0) continue;
    const cut: number[] = [];
    let kept = 0;
    for (let r = Math.min(...rows); r <= Math.max(...rows); r++) if (removed.has(r)) cut.push(r); else kept++;
    if (cut.length > 0 && kept > 0) throw new CliError('cli.mergeOverArray', { sheet, ref: value.ref, formula: (value.formula ?? '').replace(/^=/, ''), rows: cut.join(', ') });
  }
}

/**
 * A 3-D reference through the sheet (=SUM(一月:三月!E4), 客户 lying between) reaching the rows a merge
 * moves: Excel leaves it as written on a one-sheet row delete, so it would read another customer's row
 * (three-d-references.ts). Refused, naming the first such formula and counting them all, on any sheet;
 * one in an archived row goes to the archive as its result and is not in `own`.
 */
function refuseSpans({ workbook, worksheet }: { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet }, sheet: string, firstMoved: number, own: readonly OwnFormula[]): void {
  const order = workbook.worksheets.map((ws) => ws.name);
  // A span over every row of the sheet from the first moved one on reads the same customers (three-d-references.ts).
  const lastRow = worksheet.rowCount;
  let first: { at: string; cell: string; formula: string } | undefined;
  let count = 0;
  for (const f of own) {
    if (!spansMovingRows(f.formula, sheet, order, firstMoved, lastRow)) continue;
    count++;
    first ??= { at: sheet, cell: `${columnLetter(f.col)}${f.row}`, formula: f.formula };
  }
  for (const ws of workbook.worksheets) {
    if (ws === worksheet) continue;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (!cell.formula || !spansMovingRows(cell.formula, sheet, order, firstMoved, lastRow)) return;
      count++;
      first ??= { at: ws.name, cell: cell.address, formula: cell.formula.replace(/^=/, '') };
    }));
  }
  if (first) throw new CliError('cli.mergeOver3d', { sheet, count, ...first });
}

/**
 * A defined name holding a 3-D reference through the sheet that reaches the moving rows, refused as a
 * 3-D formula is (refuseSpans). A defined name, or a conditional format's or drop-down's rule, that reads a cell of a row the merge
 * archives (lost-references.ts): Excel would write #REF! in it, and the name (every formula using it)
 * or the rule would stop working, unsaid. Refused, naming the first and counting them all.
 */
function refuseMergeOverLostReferences(loaded: LoadedInput, plan: Plan): void {
  if (!plan.merge || plan.merge.removeRows.length === 0 || !loaded.base) return;
  const shift = rowShift(plan.merge.removeRows);
  const spanning = namesSpanningMovingRows(loaded.base.workbook, plan.sheetName, Math.min(...plan.merge.removeRows), loaded.base.worksheet.rowCount);
  if (spanning.length > 0) throw new CliError('cli.mergeOver3dName', { sheet: plan.sheetName, ...spanning[0], formula: spanning[0].formula.replace(/^=/, ''), count: spanning.length });
  const names = namesLostByMerge(loaded.base.workbook, plan.sheetName, shift);
  if (names.length > 0) throw new CliError('cli.mergeOverNames', { ...names[0], count: names.length });
  const rules = rulesLostByMerge(loaded.base.workbook, loaded.base.worksheet, shift);
  if (rules.length === 0) return;
  const [rule] = rules;
  const key = rule.kind === 'format' ? 'cli.mergeOverFormats' : rule.kind === 'sparkline' ? 'cli.mergeOverSparklines' : 'cli.mergeOverDropDowns';
  throw new CliError(key, { sheet: rule.sheet, range: rule.range, formula: rule.formula.replace(/^=/, ''), count: rules.filter((r) => r.kind === rule.kind).length });
}

/**
 * The note of the formulas a merge rewrote, counted as they are: those reading a removed row (a 合计's
 * range shrank) apart from those that only moved up with the rows below it (tester h74: one row
 * removed, and "25 formulas reading them" were 24 that had moved and one total).
 */
function formulasShiftedNote(each: readonly FormulaRewritten[], plan: Plan, path: string, lang: Lang): RunNote | undefined {
  const removed = plan.merge?.removeRows ?? [];
  if (each.length === 0 || removed.length === 0) return undefined;
  const { reading, moved } = rewritesByKind(each, plan.sheetName, removed);
  const rows = removed.length;
  const part = (key: 'cli.note.formulasReading' | 'cli.note.formulasMoved', of: FormulaRewritten[]) =>
    of.length === 0 ? undefined : say(lang, key, { count: of.length, rows, before: of[0].before, after: of[0].after });
  const parts = [part('cli.note.formulasReading', reading), part('cli.note.formulasMoved', moved)].filter((p): p is string => p !== undefined);
  const what = parts.length === 2 ? say(lang, 'cli.note.formulasJoin', { first: parts[0], second: parts[1] }) : parts[0];
  return { key: 'cli.note.formulasShifted', params: { path, rows, what } };
}
