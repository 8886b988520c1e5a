/**
 * Cell formulas rewritten the way Excel rewrites them when a merge deletes rows. A 合计 row's
 * =SUM(F2:F9) becomes =SUM(F2:F8) once one of its rows went to the archive, a per-row
 * =HYPERLINK("mailto:"&E42) that moved up two rows reads E40; the rows above the first one removed,
 * whole columns and other sheets' cells stay as written. Excel does exactly this on a row delete, and
 * a user merging by hand would get the same formulas.
 *
 * Only formulas whose every reference the rewrite can see are rewritten: plain A1 cells, ranges and
 * rows, on the sheet or named with it. A formula is left to the refusal (write-output.ts) when Excel
 * would write #REF! (it reads a single cell, or a range, whose rows are all archived), or when it
 * reads through something a text rewrite cannot follow: a defined name (it may point at the rows),
 * sheets through a 3-D reference (一月:三月!B2), a structured reference ([@金额], read by
 * table-formulas.ts), another workbook ([1]Sheet1!A1), a spill (A2#) or an error already there.
 */
import ExcelJS from 'exceljs';
import { REF, rowShift, SHEET, shiftFormula, type RowShift } from './kept-rows';
import { ownFormulas } from './remove-rows';

/** Whole columns (B:B, 客户!$J:$J): no row to move. */
const WHOLE_COLUMNS = new RegExp(String.raw`(?<![\w.$!])(?:${SHEET})?\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\w(!])`, 'g');
/** A function's name with its opening parenthesis (SUM(, _xlfn.XLOOKUP(). */
const FUNCTION = /(?<![\p{L}\p{N}_.\\])[\p{L}_\\][\p{L}\p{N}_.]*\s*\(/gu;
/** A word left once references and functions are out: a defined name or a sheet of a 3-D reference. */
const WORD = /(?<![\p{L}\p{N}_.\\])[\p{L}_\\][\p{L}\p{N}_.]*/gu;
const LITERAL_WORDS = new Set(['TRUE', 'FALSE']);

/**
 * `formula` (with or without its `=`, returned without it) as Excel writes it once the rows `shift`
 * maps are deleted from `sheet`, when every reference it holds can be rewritten exactly; null when
 * not (see the top of this file). `own`: the formula stands on `sheet`, so its references without a
 * sheet name are to it; a formula on another sheet has only its `sheet!` references moved.
 */
export function shiftedAsExcel(formula: string, sheet: string, own: boolean, shift: RowShift): string | null {
  const f = formula.replace(/^=/, '');
  if (!onlyPlainReferences(f)) return null;
  const gone = { count: 0 };
  const moved = shiftFormula(f, sheet, own, shift, gone);
  return gone.count > 0 ? null : moved;
}

/**
 * Whether the formula on `sheet` reads a place through a text, which neither Excel nor this rewrite
 * moves: INDIRECT("E7") or INDIRECT("E"&ROW()), a link HYPERLINK("#客户!A6"). Left as written, it would
 * read or open another customer's row once rows are gone, so a merge over it is refused.
 */
export function readsThroughText(formula: string, sheet: string): boolean {
  const outsideTexts = formula.split(/"(?:[^"]|"")*"/).join(' ');
  if (/(?<![\p{L}\p{N}_.])INDIRECT\s*\(/iu.test(outsideTexts)) return true;
  const name = sheet.toLowerCase();
  return (formula.match(/"(?:[^"]|"")*"/g) ?? []).some((text) => {
    const t = text.toLowerCase().replace(/''/g, "'");
    return t.includes(`${name}!`) || t.includes(`'${name}'!`);
  });
}

/** Whether every reference in `f` is a plain A1 one (see the top of this file): texts in quotes aside. */
function onlyPlainReferences(f: string): boolean {
  const outsideTexts = f.split(/"(?:[^"]|"")*"/).join(' ');
  if (/[[#]/.test(outsideTexts)) return false;
  const rest = outsideTexts.replace(REF, ' ').replace(WHOLE_COLUMNS, ' ').replace(FUNCTION, ' (');
  for (const word of rest.match(WORD) ?? []) if (!LITERAL_WORDS.has(word.toUpperCase())) return false;
  // A colon left over joined sheets (一月:三月!B2) or ranges the patterns do not know (A1:INDEX(…)).
  return !/[:!']/.test(rest);
}

/** One formula a merge rewrote, for the JSON report: its sheet, its cell in the input and in the output, the formula before and after (no `=`). */
export interface FormulaRewritten {
  sheet: string;
  cell: string;
  outputCell: string;
  before: string;
  after: string;
}

/** What the rewrite changed: how many formulas, one before and after (the sheet's own first, for the run's note), and each. */
export interface FormulasShifted {
  count: number;
  before: string;
  after: string;
  each: FormulaRewritten[];
}

/**
 * Rewrites, once the merge has deleted the `removed` rows of `sheet` (and moved the rows below up, their
 * formulas as written: remove-rows.ts), every formula of the workbook that reads the sheet's rows, as
 * Excel would have. The sheet's own first, then the other sheets' references to it (a 汇总's
 * =SUM('会员'!F2:F9)). A formula that cannot be rewritten exactly was refused before anything was
 * written (write-output.ts) or reads no moving row (table-formulas.ts): it stays as it is.
 */
export function shiftWorkbookFormulas(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, removed: readonly number[]): FormulasShifted | undefined {
  const shift = rowShift(removed);
  const gone = [...new Set(removed)].sort((a, b) => a - b);
  // The input row of an output row of the sheet: one further down for each removed row at or above it.
  const inputRow = (row: number) => gone.reduce((r, g) => (g <= r ? r + 1 : r), row);
  const each: FormulaRewritten[] = [];
  // Tab order, row by row: the order a person auditing the report reads the workbook in.
  for (const ws of workbook.worksheets) {
    const own = ws === sheet;
    const changes: [ExcelJS.Cell, string][] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula || !cell.formula) return;
      const moved = shiftedAsExcel(cell.formula, sheet.name, own, shift);
      if (moved !== null && moved !== cell.formula.replace(/^=/, '')) changes.push([cell, moved]);
    }));
    if (changes.length === 0) continue;
    // A shared formula's cells are translated from its first cell: each becomes its own before one of them changes.
    if (!own) ownFormulas(ws);
    for (const [cell, moved] of changes) {
      const before = cell.formula.replace(/^=/, '');
      const value = cell.value as ExcelJS.CellFormulaValue;
      // The cached result is the old rows' (a sum with the archived amounts): Excel recomputes it on open (recalc-on-open.ts).
      // An array formula keeps its range (`ref`), which moved with its row (remove-rows.ts).
      cell.value = { ...value, formula: moved, result: cell.result } as ExcelJS.CellFormulaValue;
      const row = Number(cell.row);
      const cellAt = (r: number) => cell.address.replace(/\d+$/, String(r));
      each.push({ sheet: ws.name, cell: cellAt(own ? inputRow(row) : row), outputCell: cell.address, before, after: moved });
    }
  }
  if (each.length === 0) return undefined;
  const example = each.find((x) => x.sheet === sheet.name) ?? each[0];
  return { count: each.length, before: example.before, after: example.after, each };
}

/**
 * Whether a formula on `at` (its references without a sheet are to it) reads one of the `removed` rows
 * of `sheet`: a 合计's =SUM(F4:F43) over the archived row 21 does; the =F22-G22 of a row below it only
 * moved up with its row. The note of a merge tells the two apart (tester h74: 25 formulas were said to
 * read one removed row, when one did and 24 had moved).
 */
export function readsRemovedRows(formula: string, sheet: string, at: string, removed: readonly number[]): boolean {
  const own = at === sheet;
  const outsideTexts = formula.split(/"(?:[^"]|"")*"/).join(' ');
  for (const m of outsideTexts.matchAll(REF)) {
    const prefix = m[1];
    const name = prefix === undefined ? undefined : prefix.slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    if (prefix === undefined ? !own : name !== sheet) continue;
    const rows = m[2].split(':').map((p) => Number(/(\d+)$/.exec(p)?.[1] ?? NaN)).filter(Number.isFinite);
    if (rows.length === 0) continue;
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    if (removed.some((r) => r >= top && r <= bottom)) return true;
  }
  return false;
}

/** The rewrites of a merge parted into those reading a removed row and those that only moved with the rows. */
export function rewritesByKind(each: readonly FormulaRewritten[], sheet: string, removed: readonly number[]): { reading: FormulaRewritten[]; moved: FormulaRewritten[] } {
  const reading: FormulaRewritten[] = [];
  const moved: FormulaRewritten[] = [];
  for (const f of each) (readsRemovedRows(f.before, sheet, f.sheet, removed) ? reading : moved).push(f);
  return { reading, moved };
}
