/**
 * Formulas a merge can move with their rows. A merge removes the rows it archived and moves the rows
 * below them up; exceljs has no formula engine, so a formula moves as written, and an A1 reference
 * (=E42, =SUM(A5:A400)) would then read another row: such a sheet is refused (write-output.ts).
 *
 * A formula inside an Excel table (ListObject) that reads the sheet only through structured
 * references to that table keeps its meaning wherever its row goes: 年龄 =DATEDIF([@生日],TODAY(),"Y")
 * in a calculated column reads its own row, and a totals row's =SUBTOTAL(109,客户表[消费金额]) reads
 * the table's column, which ends where the table's range does once the merge shrank it
 * (filter-ranges.ts). A formula outside the sheet's tables still stops a merge, whatever it reads.
 */
import type ExcelJS from 'exceljs';
import { tableAt } from './sheet-tables';

/** Words a formula may hold besides functions: the booleans. A defined name could point at rows. */
const LITERAL_WORDS = new Set(['TRUE', 'FALSE']);

/**
 * Whether `formula` (with or without its `=`) reads the sheet only through structured references to
 * the table named `table` (a bare `[@生日]` is its own table's), or not at all. Anything else, an A1
 * reference, another sheet, another table or a defined name, is not known to move with its row.
 */
export function readsOnlyTable(formula: string, table: string | undefined): boolean {
  const f = formula.replace(/^=/, '');
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
      if (name !== '' && (table === undefined || name.toLowerCase() !== table.toLowerCase())) return false;
      if (named) rest = rest.slice(0, named.index);
      const end = closingBracket(f, i);
      if (end < 0) return false;
      i = end + 1;
      rest += ' ';
      continue;
    }
    // A quoted sheet name ('客户 2026'!A1), or a workbook's ([Book1.xlsx] is taken as a table above).
    if (ch === "'") return false;
    rest += ch;
    i++;
  }
  // Another sheet, a range or an absolute reference.
  if (/[!:$]/.test(rest)) return false;
  for (const m of rest.matchAll(/(?<![\p{L}\p{N}_.\\])[\p{L}_\\][\p{L}\p{N}_.]*/gu)) {
    const after = rest.slice(m.index! + m[0].length);
    if (/^\s*\(/.test(after)) continue; // a function
    if (!LITERAL_WORDS.has(m[0].toUpperCase())) return false; // a cell (E42), a column (E) or a defined name
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

/** Whether the formula at (row, col) of `sheet` lies in one of its tables and reads only that table. */
export function movesWithItsTable(sheet: ExcelJS.Worksheet, formula: string, row: number, col: number): boolean {
  const table = tableAt(sheet, row, col);
  return table?.name !== undefined && readsOnlyTable(formula, table.name);
}

