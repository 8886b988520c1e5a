/**
 * The formulas a CSV input holds as its own (a 合计 row's =SUM(H2:H50), a 尾款 =F2-G2), written back
 * as formulas: a CSV has no other way to keep one, and the apostrophe of the formula guard would turn
 * the user's total into the text '=SUM(H2:H50) (tester h74). Only a formula that computes over the
 * sheet's own cells passes: the functions of arithmetic, totals, logic, text, dates and lookups, no
 * other sheet, workbook or program (a DDE `cmd|`, a `!`, a `[book]`) and no function that reaches a
 * network or a file (HYPERLINK, WEBSERVICE, IMPORTXML, IMAGE …): OWASP's CSV injection takes one of
 * those, which keep the guard's apostrophe. A merge that takes rows out of the file moves the
 * formulas' references as Excel moves them on a row delete (=SUM(H2:H50) → =SUM(H2:H49)).
 */
import { columnLetter as column, type Cell, type Grid, type Plan } from '../../shared';
import { rowShift } from './kept-rows';
import { cellKey, gridCell, type PlacedPlan } from './place-plan';
import { shiftedAsExcel, type FormulaRewritten } from './shifted-formulas';

/** Functions that compute over cells and reach nothing outside the sheet. */
const SHEET_FUNCTIONS = new Set(
  (
    'SUM SUMIF SUMIFS SUMPRODUCT SUBTOTAL AGGREGATE PRODUCT AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS COUNT COUNTA ' +
    'COUNTBLANK COUNTIF COUNTIFS MIN MINA MINIFS MAX MAXA MAXIFS MEDIAN MODE LARGE SMALL RANK STDEV STDEVP VAR VARP ' +
    'ROUND ROUNDUP ROUNDDOWN INT TRUNC ABS MOD SIGN POWER SQRT CEILING FLOOR MROUND PI ' +
    'IF IFS IFERROR IFNA AND OR NOT XOR SWITCH CHOOSE TRUE FALSE ' +
    'ISBLANK ISNUMBER ISTEXT ISERROR ISERR ISNA ISEVEN ISODD N T NA ' +
    'TODAY NOW DATE TIME YEAR MONTH DAY HOUR MINUTE SECOND WEEKDAY WEEKNUM DATEDIF DATEVALUE EDATE EOMONTH DAYS ' +
    'NETWORKDAYS WORKDAY YEARFRAC ' +
    'TEXT VALUE LEN LEFT RIGHT MID TRIM CLEAN UPPER LOWER PROPER CONCAT CONCATENATE TEXTJOIN SUBSTITUTE REPLACE ' +
    'FIND SEARCH REPT EXACT FIXED ' +
    'VLOOKUP HLOOKUP XLOOKUP LOOKUP INDEX MATCH XMATCH ROW ROWS COLUMN COLUMNS'
  ).split(' '),
);

/** A cell (A1, $H$50) or a whole column's letters in A:A. */
const CELL_WORD = /^\$?[A-Z]{1,3}\$?(?:\d+)?$/i;
/** A name, a function's with its bracket. Excel's newer functions are saved as _xlfn.XLOOKUP. */
const WORD = /[\p{L}_\\][\p{L}\p{N}_.]*(\s*\()?/gu;

/** Whether `text` is a formula computing over the sheet's own cells alone (see the top of this file). */
export function isSheetFormula(text: string): boolean {
  if (!/^=[^=]/.test(text) || /[\t\r\n]/.test(text)) return false;
  const outsideTexts = text.slice(1).split(/"(?:[^"]|"")*"/);
  // An odd count of quotes: a text never closed, which no reading of ours can check.
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return false;
  const rest = outsideTexts.join(' ');
  if (/[|!\[\]@#{}';]/.test(rest)) return false;
  for (const m of rest.matchAll(WORD)) {
    const word = m[0].replace(/\s*\($/, '').replace(/^_xlfn\./i, '').toUpperCase();
    if (m[1] !== undefined ? !SHEET_FUNCTIONS.has(word) : !CELL_WORD.test(word) && word !== 'TRUE' && word !== 'FALSE') return false;
  }
  return true;
}

/** A text cell of the output that is the input's own formula, kept (see `keepCsvFormulas`). */
export function ownFormulaOf(cell: Cell): string | undefined {
  return cell.kind === 'text' && cell.formula !== undefined && cell.formula === cell.value && cell.value.startsWith('=') ? cell.formula : undefined;
}

/** What `keepCsvFormulas` kept: how many formulas, and each a merge's removed rows made it rewrite. */
export interface CsvFormulasKept {
  kept: number;
  rewritten: FormulaRewritten[];
}

/**
 * Marks in `rows` (cleanedCells' fresh arrays, input row numbers) each cell that holds, as the input
 * CSV had it and the run left it, a formula of the sheet (`isSheetFormula`), so the writer writes it
 * as the formula it is (`ownFormulaOf`). With rows a merge removes, its references move as Excel
 * moves them; one that would lose a row it reads (#REF! in Excel) stays text behind the guard, as it
 * was, for the user to see. A removed row's formulas are not in the file: left alone.
 */
export function keepCsvFormulas(rows: Cell[][], grid: Grid, plan: Plan, placed: PlacedPlan): CsvFormulasKept {
  const removed = plan.merge?.removeRows ?? [];
  const gone = new Set(removed);
  const shift = removed.length > 0 ? rowShift(removed) : undefined;
  const rewritten: FormulaRewritten[] = [];
  let kept = 0;
  const below = (row: number) => removed.filter((r) => r < row).length;
  rows.forEach((row, i) => {
    const r = i + 1;
    if (gone.has(r)) return;
    row.forEach((cell, j) => {
      const c = j + 1;
      if (cell.kind !== 'text' || !cell.value.startsWith('=') || cell.formula !== undefined) return;
      if (placed.cells.get(cellKey(r, c))?.edit !== undefined) return;
      const input = gridCell(grid, r, c);
      if (input.kind !== 'text' || input.value !== cell.value || input.formula !== undefined || !isSheetFormula(cell.value)) return;
      let formula = cell.value;
      if (shift) {
        const moved = shiftedAsExcel(formula, grid.sheetName, true, shift);
        if (moved === null) return;
        if (`=${moved}` !== formula) {
          rewritten.push({ sheet: grid.sheetName, cell: `${column(c)}${r}`, outputCell: `${column(c)}${r - below(r)}`, before: formula.slice(1), after: moved });
          formula = `=${moved}`;
        }
      }
      row[j] = { kind: 'text', value: formula, formula };
      kept++;
    });
  });
  return { kept, rewritten };
}
