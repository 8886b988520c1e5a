/**
 * Writes the cleaned sheet as a CSV meant to be opened in a spreadsheet: UTF-8 with BOM (Excel reads
 * BOM-less UTF-8 as ANSI and garbles Chinese), CRLF, RFC 4180 quoting, and formula neutralisation as
 * OWASP advises (https://owasp.org/www-community/attacks/CSV_Injection; PITFALLS C1, C2).
 */
import Papa from 'papaparse';
import { cellText, numberWithDecimals, numberWithMarker, sheetDate, showsDecimalComma, type Cell, type Grid, type Plan } from '../../shared';
import { cleanedCells, placePlan, withoutRows, type PlacedPlan } from './place-plan';
import { staleCellText, staleFormulas, type StaleFormula } from './stale-formulas';
import { timeOfDayText } from './time-of-day';
import { stageText, writeFileAtomic, type StagedFile } from './write-file';
import type { TextMark, TextMarks } from './read-csv';
import { lostDigitsInCsvRows } from './lost-digits-csv';
import { keepCsvFormulas, ownFormulaOf } from './csv-formulas';
import type { FormulaRewritten } from './shifted-formulas';

/**
 * A leading = + - @ TAB CR or LF makes a spreadsheet evaluate the value. papaparse's own default,
 * /^[=+\-@\t\r].*$/, misses a value with a line break after the trigger (`.` stops at \n) and a
 * leading LF (mholt/PapaParse#1108, PR #1149), so we pass our own. A negative number typed as text
 * (-50, -1,200.5, -3%) and a run of dashes (-, --: "none") are no formula: an apostrophe there would
 * show in Excel and change what the user typed (OWASP's advice leaves plain numbers alone). A plus
 * stays escaped: +8613812345678 would be read as a number and lose its +. A negative amount with
 * its currency sign (-£200, -1234,50 €: a refund the run keeps in pounds or euros) is a number too,
 * which the apostrophe would make text no SUM counts, its thousands grouped by commas or, in a
 * semicolon file, by dots as typed (-1.234,50 €); a sign only, never letters (-E2 and -RMB3000
 * are cell references). No `g` flag: `test` must not carry `lastIndex` from one value to the next.
 */
export const FORMULA_TRIGGER = /^(?!-\p{Sc}?\d[\d,.]*(?:[.,]\d+)?(?:\s?\p{Sc})?%?$|-+$)[=+\-@\t\r\n]/u;

/**
 * How a CSV marks text for the program that opens it (settings output.csvTextMark): `excel` writes
 * Excel's apostrophe before a value it would run or turn into a number; `none` writes the values as
 * cleaned, for a file going back into Google Contacts, Mailchimp, Shopify or HubSpot, whose importers
 * keep an apostrophe in the contact ('+52 55 1234 5678).
 */
export type CsvTextMark = 'excel' | 'none';

/**
 * What keeps its apostrophe even in a file for re-import: = and @ start a formula in every
 * spreadsheet the file may still meet, and a leading tab or line break can hide one (OWASP); so does a
 * + or - that goes on to call a function or another program (+SUM(A1), -2+3+cmd|' /C calc'!A0: a
 * letter before a bracket, a | or a !). A plain + or - (a phone +52 … or +1 (971) …, Google's --12-08,
 * a note - called back) is left as cleaned there, as the user asked.
 */
export const ALWAYS_FORMULA = /^(?:[=@\t\r\n]|[+-].*(?:[|!]|\p{L}\s*\())/u;

/** The guard of a CSV written with `mark`. */
export const formulaGuard = (mark: CsvTextMark): RegExp => (mark === 'none' ? ALWAYS_FORMULA : FORMULA_TRIGGER);

/** Typed, so a misspelt option (`escapeFormula`) is a compile error instead of silently ignored. */
const UNPARSE = {
  escapeFormulae: FORMULA_TRIGGER,
  newline: '\r\n',
  quotes: false,
  quoteChar: '"',
  escapeChar: '"',
  delimiter: ',',
  header: false,
  skipEmptyLines: false,
} as const satisfies Papa.UnparseConfig;

const BOM = '\uFEFF';

/**
 * The delimiter the input CSV had (read-csv.ts guessDelimiter), which every CSV the run writes keeps:
 * German or French Excel saves and opens `;`, and opens a comma file as one column (tester h66).
 */
export type CsvDelimiter = ',' | ';' | '\t';
const COMMA: CsvDelimiter = ',';

/** A grouped format (#,##0.00): the amount was typed with its thousands grouped (125.430,50). */
const GROUPED = /#,##0/;
/** The integer digits of a number as numberWithMarker writes it, before its decimal comma. */
const INTEGER_DIGITS = /\d+(?=,\d)/;

/**
 * An amount typed 125.430,50 in a file that is not comma-separated, written as typed: a decimal-comma
 * Excel reads it as the number, and the next run reads it as this one did. Only with its decimal
 * comma after it, so no grouping dot can pass for a decimal point. A comma file quotes it and keeps
 * the plain 125430,50, which any reader takes apart from its fields.
 */
function groupedAsTyped(text: string, format: string): string {
  if (!GROUPED.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) return text;
  return text.replace(INTEGER_DIGITS, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, '.'));
}

/**
 * Numbers stay numbers (never escaped: -5 is a value, not a formula), a time of day its time, an
 * amount its currency (£25000: a CSV has no formats, and without its £ the next run on the file
 * would read it in another currency); everything else is its text.
 */
function csvValue(cell: Cell, delimiter: CsvDelimiter = COMMA): string | number {
  if (cell.kind === 'number') {
    const marked = numberWithMarker(cell.value, cell.format);
    if (marked !== null && delimiter !== COMMA && showsDecimalComma(cell.format)) return groupedAsTyped(marked, cell.format!);
    return timeOfDayText(cell.value, cell.format) ?? marked ?? numberWithDecimals(cell.value, cell.format) ?? (Number.isFinite(cell.value) ? cell.value : cellText(cell));
  }
  // A date with its time as Excel reads one from a CSV (2024-03-05 10:22:13): the ISO T would keep it text.
  if (cell.kind === 'date') return sheetDate(cell.value);
  return cellText(cell);
}

/** The text a cell is written as (before quoting and the formula apostrophe): what reading the file back gives. */
export function csvText(cell: Cell, delimiter: CsvDelimiter = COMMA): string {
  return String(csvValue(cell, delimiter));
}

/** CSV text of rows of cells, padded to a rectangle, starting with a BOM. */
export function unparseCells(rows: Cell[][], delimiter: CsvDelimiter = COMMA, mark: CsvTextMark = 'excel'): string {
  return [...csvPieces(rows, ROWS_PER_PIECE, delimiter, mark)].join('');
}

/** Rows unparsed at a time: papaparse's text of 100,000 rows is one 25 MB string, then one buffer. */
const ROWS_PER_PIECE = 2000;

/**
 * A text cell that is a formula of its own text and nothing else (="01002": keepTextMarks, or an
 * .xlsx cell so typed). It runs nothing and shows what it holds, so it is written as that formula,
 * past the guard: a spreadsheet opening the file shows 01002 and keeps the zero.
 */
function textFormulaOf(cell: Cell, mark: CsvTextMark = 'excel'): string | undefined {
  // For re-import, the value alone: an importer would keep ="01002" as typed.
  if (mark === 'none' || cell.kind !== 'text' || cell.value.includes('"')) return undefined;
  const formula = `="${cell.value}"`;
  return cell.formula === formula ? formula : undefined;
}

/** A formula the writer writes as it is: a text's (textFormulaOf) or the input's own (csv-formulas.ts), in either mark. */
const writtenFormulaOf = (cell: Cell, mark: CsvTextMark = 'excel'): string | undefined => textFormulaOf(cell, mark) ?? ownFormulaOf(cell);

/** A text formula's CSV field: quoted, its quotes doubled (RFC 4180). */
const quotedField = (value: string): string => `"${value.replace(/"/g, '""')}"`;

const padded = (row: Cell[], width: number, delimiter: CsvDelimiter): (string | number)[] => {
  const values: (string | number)[] = row.map((cell) => csvValue(cell, delimiter));
  while (values.length < width) values.push('');
  return values;
};

/** A row holding a text formula, as one CSV line (no line end): papaparse's fields, the formulas passing as they are. */
function lineWithFormulas(row: Cell[], width: number, delimiter: CsvDelimiter, config: Papa.UnparseConfig, mark: CsvTextMark): string {
  // Quoting and the formula guard are per value, so fields unparsed one by one join to the line.
  return padded(row, width, delimiter).map((v, i) => {
    const cell = i < row.length ? row[i] : undefined;
    const formula = cell === undefined ? undefined : textFormulaOf(cell, mark);
    if (formula !== undefined) return quotedField(formula);
    // The input's own formula, quoted only where its text needs it, as papaparse quotes any field.
    const own = cell === undefined ? undefined : ownFormulaOf(cell);
    return own !== undefined ? Papa.unparse([[own]], { ...config, escapeFormulae: false }) : Papa.unparse([[v]], config);
  }).join(delimiter);
}

/**
 * `unparseCells` in pieces of ROWS_PER_PIECE rows, for writing as they are made. Each line's text
 * depends on that row alone (quoting and formula escaping are per value), so the pieces join to
 * what one call on all rows gives.
 */
export function* csvPieces(rows: Cell[][], rowsPerPiece = ROWS_PER_PIECE, delimiter: CsvDelimiter = COMMA, mark: CsvTextMark = 'excel'): Generator<string> {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const config = { ...UNPARSE, delimiter, escapeFormulae: formulaGuard(mark) };
  const textFormula = (cell: Cell) => writtenFormulaOf(cell, mark) !== undefined;
  yield BOM;
  for (let from = 0; from < rows.length; from += rowsPerPiece) {
    const piece = rows.slice(from, from + rowsPerPiece);
    // papaparse unparses a piece in one call; a row with a text formula (rare) is made field by field.
    if (!piece.some((row) => row.some(textFormula))) {
      yield Papa.unparse(piece.map((row) => padded(row, width, delimiter)), config) + UNPARSE.newline;
      continue;
    }
    yield piece.map((row) => (row.some(textFormula) ? lineWithFormulas(row, width, delimiter, config, mark) : Papa.unparse([padded(row, width, delimiter)], config))).join(UNPARSE.newline) + UNPARSE.newline;
  }
}

/** The cleaned sheet (edits applied, added columns on the right, rows a merge archived left out) as CSV text. */
export function csvOf(grid: Grid, plan: Plan, marks: TextMarks = NO_MARKS, mark: CsvTextMark = 'excel'): string {
  const placed = placePlan(grid, plan);
  const rows = cleanedCells(grid, plan, placed);
  markStaleFormulas(rows, plan, placed);
  keepCsvFormulas(rows, grid, plan, placed);
  lostDigitsInCsvRows(rows, plan);
  if (mark === 'excel') keepTextMarks(rows, marks);
  return unparseCells(withoutRows(rows, plan.merge?.removeRows ?? []), COMMA, mark);
}

const NO_MARKS: TextMarks = new Map();

/**
 * Writes over each formula whose saved result the run made stale (stale-formulas.ts) a text saying
 * so, with the formula and that result, in the plan's language: a CSV cannot recompute it, and its
 * old number would be read as the figure. Changes `rows` (cleanedCells' fresh arrays); returns the
 * formulas so written (`marked`), those of rows a merge archives left out (the CSV does not hold them).
 *
 * A totals row's formula out of date only because a merge archived rows of its range (合计
 * =SUM(I5:I121)) is the exception (`totals`): in a CSV that row's value is plain data, the figure the
 * sheet showed, and a text like [未重算] =SUM(I5:I121) read as a formula whose range no longer fits
 * the rows (h63). Its saved result is written as it was, never lost, and the summary names the row
 * and says the merge left it out of date.
 */
export function markStaleFormulas(rows: Cell[][], plan: Plan, placed: PlacedPlan): { marked: StaleFormula[]; totals: StaleFormula[] } {
  const changed = [...placed.cells.values()].filter((p) => p.edit !== undefined).map(({ row, col }) => ({ row, col }));
  const removed = plan.merge?.removeRows ?? [];
  const gone = new Set(removed);
  const totalRows = new Set(plan.totalRows ?? []);
  const marked: StaleFormula[] = [];
  const totals: StaleFormula[] = [];
  for (const s of staleFormulas(rows, plan.sheetName, changed, removed)) {
    if (gone.has(s.row)) continue;
    if (totalRows.has(s.row) && s.removedRows.length > 0 && s.reads.length === 0 && s.via.length === 0 && !s.unknown) {
      totals.push(s);
      continue;
    }
    rows[s.row - 1][s.col - 1] = { kind: 'text', value: staleCellText(s, plan.language, csvText) };
    marked.push(s);
  }
  return { marked, totals };
}
/** What a spreadsheet opening a CSV reads as a number: 02134 becomes 2134, 6253817348274 shows as 6.25382E+12. */
const DIGITS_ONLY = /^\d+$/;

/**
 * Shopify's customer export writes its ZIP codes and IDs behind Excel's text mark ('02134,
 * '6253817348274); Square's and bank exports write them as a formula of their text (="01002"). Both
 * are read as the value they show (read-csv.ts TextMarks). In a CSV nothing else marks text, so a
 * value that had a mark and is still all digits is written with the same mark again: without it the
 * spreadsheet the user opens the file in drops the zeros the input kept (PITFALLS A5), in a column
 * the run cleaned as in one it kept as it was. A value the cleaning made something else (a phone
 * spaced +1 617-555-0199) needs none. Shopify's import reads its own mark, and so does ours (a rerun
 * on this file changes nothing). Changes `rows` (cleanedCells' fresh arrays); returns how many
 * values got their mark back.
 */
export function keepTextMarks(rows: Cell[][], marks: TextMarks): number {
  let count = 0;
  for (const [key, mark] of marks) {
    const [r, c] = key.split(':').map(Number);
    const row = rows[r - 1];
    const cell = row?.[c - 1];
    const again = cell === undefined ? undefined : markedAgain(cell, mark);
    if (again === undefined) continue;
    row[c - 1] = again;
    count++;
  }
  return count;
}

/**
 * A cell as the CSV writes it with the text mark the input gave it ('02134, ="01002"), or undefined
 * when it needs none (no longer all digits). The cleaned file and the archive beside it use this one
 * rule, so Excel opening either shows the same zeros and digits (csv-companions.ts).
 */
export function markedAgain(cell: Cell, mark: TextMark): Cell | undefined {
  if (cell.kind !== 'text' || !DIGITS_ONLY.test(cell.value)) return undefined;
  return mark === 'apostrophe' ? { kind: 'text', value: `'${cell.value}` } : { kind: 'text', value: cell.value, formula: `="${cell.value}"` };
}

/**
 * Digits a spreadsheet will mangle when it opens the CSV: it reads `00123` as 123 and keeps only 15
 * significant digits of an 18-digit ID (PITFALLS A5). CSV has no way to mark a value as text.
 */
const LOSSY_DIGITS = /^(?:0\d+|\d{16,})$/;

/** How many text-column values of the cleaned sheet (`rows` as `cleanedCells` gives them) a spreadsheet would change on opening the CSV. */
export function lossyInCsv(grid: Grid, plan: Plan, rows: Cell[][] = cleanedCells(grid, plan), mark: CsvTextMark = 'excel'): number {
  // A CSV holds text only: a column kept as it is (no field reads it) loses its digits like a text column.
  const textCols = plan.columns.filter((c) => c.write === 'text' || c.write === 'keep').map((c) => plan.firstCol + c.col);
  const archived = new Set(plan.merge?.removeRows ?? []);
  let count = 0;
  for (const r of plan.rows) {
    if (archived.has(r)) continue;
    const row = rows[r - 1] ?? [];
    for (const c of textCols) {
      const cell = row[c - 1];
      if (cell && cell.kind === 'text' && LOSSY_DIGITS.test(cell.value) && textFormulaOf(cell, mark) === undefined) count++;
    }
  }
  return count;
}

/**
 * Values written with the formula guard's apostrophe ('+44 20 7946 0958): a spreadsheet shows it,
 * so the user is told how many (our own reader takes it off again, read-csv.ts).
 */
export function guardedInCsv(rows: readonly Cell[][], mark: CsvTextMark = 'excel'): number {
  let count = 0;
  for (const n of guardedByColumn(rows, mark).values()) count += n;
  return count;
}

/** `guardedInCsv` by column (from 1, in the order first met): the summary names where the apostrophes are, not an example that may be none of them. */
export function guardedByColumn(rows: readonly Cell[][], mark: CsvTextMark = 'excel'): Map<number, number> {
  const guard = formulaGuard(mark);
  const by = new Map<number, number>();
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (cell.kind === 'empty' || cell.kind === 'number' || writtenFormulaOf(cell, mark) !== undefined) return;
      const value = csvValue(cell);
      if (typeof value === 'string' && guard.test(value)) by.set(i + 1, (by.get(i + 1) ?? 0) + 1);
    });
  }
  return by;
}

/** Values of the file written behind the text mark the input had ('02134, ="01002": keepTextMarks). */
function markedInCsv(rows: readonly Cell[][]): number {
  let count = 0;
  for (const row of rows) for (const cell of row) if (cell.kind === 'text' && (MARKED_DIGITS.test(cell.value) || textFormulaOf(cell) !== undefined)) count++;
  return count;
}

const MARKED_DIGITS = /^'\d+$/;

export interface CsvWritten {
  /** Values a spreadsheet would mangle on opening the file (see `lossyInCsv`). */
  lossy: number;
  /** Values written with the text mark or ="…" wrapping the input had, which keeps their zeros (see `keepTextMarks`). */
  marked: number;
  /** Values written with a leading apostrophe so that no spreadsheet runs them (see `guardedInCsv`). */
  guarded: number;
  /** Those by sheet column (from 1), for the summary to name their headers; absent when none. */
  guardedIn?: Map<number, number>;
  /** Formulas whose saved result the run made stale, written as a text saying so (see `markStaleFormulas`). */
  stale: StaleFormula[];
  /** Totals rows' formulas a merge made stale, written as their saved result (see `markStaleFormulas`). */
  staleTotals: StaleFormula[];
  /** The input CSV's own formulas written as formulas (csv-formulas.ts); absent when it held none. */
  formulas?: { kept: number; rewritten: FormulaRewritten[] };
}

/**
 * Writes the CSV and says what a spreadsheet opening it will show differently. After a merge, the
 * archive file is written first (csv-companions); a row the archive does not hold is never left out.
 */
export async function writeCsv(path: string, grid: Grid, plan: Plan, newMode?: number, staged?: StagedFile[], marks: TextMarks = NO_MARKS, delimiter: CsvDelimiter = COMMA, mark: CsvTextMark = 'excel'): Promise<CsvWritten> {
  const remove = plan.merge?.removeRows ?? [];
  const archived = new Set(plan.merge?.archive.map((a) => a.sheetRow));
  const unsafe = remove.filter((r) => !archived.has(r));
  if (unsafe.length > 0) throw new Error(`refusing to remove rows not in the archive: ${unsafe.join(', ')}`);
  const placed = placePlan(grid, plan);
  const rows = cleanedCells(grid, plan, placed);
  const { marked: stale, totals: staleTotals } = markStaleFormulas(rows, plan, placed);
  const formulas = keepCsvFormulas(rows, grid, plan, placed);
  lostDigitsInCsvRows(rows, plan);
  // For re-import the input's own marks go too: the importer reads the digits, and would keep the mark.
  if (mark === 'excel') keepTextMarks(rows, marks);
  const kept = withoutRows(rows, remove);
  // Counted in the file as written: a merge's archived rows are not in it.
  const marked = mark === 'excel' ? markedInCsv(kept) : 0;
  // With `staged`, made only: the caller moves it in with its companions (write-file.ts commitStaged).
  if (staged) staged.push(await stageText(path, csvPieces(kept, ROWS_PER_PIECE, delimiter, mark), newMode));
  else await writeFileAtomic(path, csvPieces(kept, ROWS_PER_PIECE, delimiter, mark), newMode);
  const guardedIn = guardedByColumn(kept, mark);
  const guarded = [...guardedIn.values()].reduce((a, b) => a + b, 0);
  return { lossy: lossyInCsv(grid, plan, rows, mark), marked, guarded, ...(guarded > 0 ? { guardedIn } : {}), stale, staleTotals, ...(formulas.kept > 0 ? { formulas } : {}) };
}
