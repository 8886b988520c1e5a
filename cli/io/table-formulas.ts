/**
 * Formulas a merge can move with their rows. A merge removes the rows it archived and moves the rows
 * below them up; exceljs has no formula engine, so a formula moves as written, and an A1 reference
 * (=E42, =SUM(A5:A400)) would then read another row: such a sheet is refused (write-output.ts).
 *
 * A formula inside an Excel table (ListObject) that reads the sheet only through structured
 * references to that table keeps its meaning wherever its row goes: 年龄 =DATEDIF([@生日],TODAY(),"Y")
 * in a calculated column reads its own row, and a totals row's =SUBTOTAL(109,客户表[消费金额]) reads
 * the table's column, which ends where the table's range does once the merge shrank it
 * (filter-ranges.ts). So does, anywhere, a formula that reads no row of the sheet: a sum typed by
 * hand (=59134+2000), a count over a whole column, another sheet's cell (readsNoMovingRow).
 */
import type ExcelJS from 'exceljs';
import { tableAt } from './sheet-tables';

/** Words a formula may hold besides functions: the booleans. A defined name could point at rows. */
const LITERAL_WORDS = new Set(['TRUE', 'FALSE']);

/** Where a formula stands, as far as the rows a merge moves are concerned. */
export interface FormulaPlace {
  /** The Excel table its cell lies in: structured references to it move with the table's rows. */
  table?: string;
  /**
   * The first sheet row the merge takes out: rows above it stay where they are, so a reference to
   * them (a 小计 =SUM(H4:H6) over the rows above new customers typed under the table) reads the same
   * cells wherever the formula itself moves.
   */
  firstMoved?: number;
}

/** A cell or a range of cells (E42, $H$4:$H$17) standing alone in a formula's text; its rows are groups 2 and 4. */
const A1_CELLS = /(?<![\p{L}\p{N}_.\\$])\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\p{L}\p{N}_.(!\[#:])/gu;

/** Whether every row the A1 reference `ref` (E42, H4:H17) reads lies above `firstMoved`. */
function readsAbove(ref: string, firstMoved: number | undefined): boolean {
  if (firstMoved === undefined) return false;
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?(\d+))?$/.exec(ref);
  return m !== null && Number(m[1]) < firstMoved && (m[2] === undefined || Number(m[2]) < firstMoved);
}

/** A cell (E42), a range (A5:A400), a whole column (J:J) or whole rows (5:5), as written after a sheet name and `!`. */
const REFERENCE = /^(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(!\[])/u;
const WHOLE_COLUMN = /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/;
/** Whole columns written without a sheet name (B:B, $J:$J), not part of a longer name or range. */
const BARE_WHOLE_COLUMNS = /(?<![\p{L}\p{N}_.$:])\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\p{L}\p{N}_.(:])/gu;

/**
 * Whether `formula` (with or without its `=`) reads the same once a merge has taken rows out of the
 * sheet `sheet` and moved the rows below them up. exceljs moves a formula as written and has no engine
 * to rewrite a reference the way Excel does when it deletes rows, so a formula is safe when Excel would
 * not rewrite it either: one that reads no cell (=59134+2000, the shop adding up a purchase; =TODAY()),
 * reads the sheet's whole columns (=COUNTIF(J:J,"张敏"), which Excel leaves as they are), or reads other
 * sheets only (=价格表!B2: their rows do not move); in a table, also its own structured references
 * (see the top of this file). A reference to the sheet's rows (=E42, =SUM(A5:A400), =5:5, ='客户档案'!E42),
 * a defined name (it may point at them), sheets through it (=SUM(一月:三月!B2)), a spill (A2#) or an
 * error (#REF!) is not known to move safely.
 */
export function readsNoMovingRow(formula: string, sheet: string, place: FormulaPlace = {}): boolean {
  const f = formula.replace(/^=/, '');
  const merged = sheet.toLowerCase();
  /** A reference after `name!`: another sheet's reads no moving row; the merged sheet's only as whole columns. */
  const qualified = (name: string, ref: string) => !name.includes(':') && (name.toLowerCase() !== merged || WHOLE_COLUMN.test(ref) || readsAbove(ref, place.firstMoved));
  let rest = '';
  for (let i = 0; i < f.length; ) {
    const ch = f[i];
    if (ch === '"') {
      // A text literal ("VIP", with "" for a quote inside): nothing it holds is a reference.
      for (i++; i < f.length && !(f[i] === '"' && f[i + 1] !== '"'); i += f[i] === '"' ? 2 : 1);
      i++;
      rest += ' ';
      continue;
    }
    if (ch === '[') {
      // A structured reference: the name before it is its table's (none: the formula's own table).
      const named = /[\p{L}\p{N}_.\\]+$/u.exec(rest);
      const name = named?.[0] ?? '';
      // Only its own table's (another sheet's formulas are sheet-references.ts's).
      if ((place.table === undefined || (name !== '' && name.toLowerCase() !== place.table.toLowerCase()))) return false;
      if (named) rest = rest.slice(0, named.index);
      const end = closingBracket(f, i);
      if (end < 0) return false;
      i = end + 1;
      rest += ' ';
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name ('客户 2026'!A1, '' for a quote inside), then `!` and what it reads there.
      const { name, end: j } = quotedSheetName(f, i);
      if (f[j + 1] !== '!') return false;
      const ref = REFERENCE.exec(f.slice(j + 2));
      if (!ref || !qualified(name, ref[0])) return false;
      i = j + 2 + ref[0].length;
      rest += ' ';
      continue;
    }
    if (ch === '!') {
      // An unquoted sheet name (大区!A:B); one after a colon is a 3-D reference through several sheets.
      const named = /[\p{L}\p{N}_.]+$/u.exec(rest);
      if (!named) return false;
      rest = rest.slice(0, named.index);
      if (rest.endsWith(':')) return false;
      const ref = REFERENCE.exec(f.slice(i + 1));
      if (!ref || !qualified(named[0], ref[0])) return false;
      i += 1 + ref[0].length;
      rest += ' ';
      continue;
    }
    // An error (#REF!, #N/A) or a spilled range (A2#).
    if (ch === '#') return false;
    rest += ch;
    i++;
  }
  rest = rest.replace(BARE_WHOLE_COLUMNS, ' ');
  if (place.firstMoved !== undefined) rest = rest.replace(A1_CELLS, (ref) => (readsAbove(ref, place.firstMoved) ? ' ' : ref));
  // A range of rows or an absolute reference.
  if (/[:$]/.test(rest)) return false;
  for (const m of rest.matchAll(/(?<![\p{L}\p{N}_.\\])[\p{L}_\\][\p{L}\p{N}_.]*/gu)) {
    const after = rest.slice(m.index! + m[0].length);
    if (/^\s*\(/.test(after)) continue; // a function
    if (!LITERAL_WORDS.has(m[0].toUpperCase())) return false; // a cell (E42) or a defined name
  }
  return true;
}

/** The index of the `]` that closes the `[` at `open` (brackets nest; `'` escapes the next character), -1 when none does. */
export function closingBracket(f: string, open: number): number {
  let depth = 0;
  for (let i = open; i < f.length; i++) {
    if (f[i] === "'") i++;
    else if (f[i] === '[') depth++;
    else if (f[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The sheet name quoted at `open` ('客户 2026'!A1, '' for a quote inside) and the index of its
 * closing quote (f.length when none closes it).
 */
export function quotedSheetName(f: string, open: number): { name: string; end: number } {
  let name = '';
  let j = open + 1;
  for (; j < f.length; j++) {
    if (f[j] !== "'") name += f[j];
    else if (f[j + 1] === "'") name += f[++j];
    else break;
  }
  return { name, end: j };
}

/** Whether the formula at (row, col) of the merged sheet `sheet` reads the same once the merge has moved its row (readsNoMovingRow). */
export function movesWithItsRow(sheet: ExcelJS.Worksheet, formula: string, row: number, col: number, firstMoved?: number): boolean {
  const table = tableAt(sheet, row, col)?.name;
  return readsNoMovingRow(formula, sheet.name, { ...(table === undefined ? {} : { table }), ...(firstMoved === undefined ? {} : { firstMoved }) });
}

