/**
 * Whether a formula of another sheet reads the sheet a merge removes rows from, in a way those
 * rows' leaving would change and this tool cannot rewrite (write-output.ts refuses the merge then).
 * Told from the formula's own grammar, not from its text: 客户 inside "新增客户达标" or in the name
 * 老客户 is no reference to 客户.
 */
import { closingBracket } from './table-formulas';

/** What ends an unquoted sheet name or a name before `[` (operators, separators, brackets, quotes). */
const DELIMITERS = String.raw`\s'!:(),"=<>&+\-*/^;{}\[\]%`;
/** An unquoted sheet name right before `!`, where a name may start (the start, or after a delimiter). */
const PLAIN_SHEET = new RegExp(String.raw`(?<=^|[${DELIMITERS}])([^${DELIMITERS}\u0001]+)!`, 'gu');
/** A place a text names for HYPERLINK or INDIRECT: "#客户!A8", "'客户'!A8", "客户!C"&ROW(). */
const TEXT_PLACE = new RegExp(String.raw`^#?(?:'((?:[^']|'')+)'|([^${DELIMITERS}]+))!`, 'u');

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whole columns right after `!` ($C:$C, J:L): Excel leaves them as they are when rows are deleted, so they still read every row. */
const WHOLE_COLUMNS_NEXT = /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\p{L}\p{N}_.(:!$])/u;

/**
 * `formula` (with or without its `=`), on a sheet other than `sheet`, reads `sheet`'s rows: an A1
 * reference to it (a cell, a range, a row; not a whole column, 客户!$C:$C, which Excel leaves as it is
 * when rows go), a text naming a place on it, or a
 * row of one of its `tables` ([@姓名], [#This Row]). A table's whole column (客户表[成交金额]) or the
 * whole table is no such reference: the merge shrinks the table itself, as it does for the sheet's
 * own totals row (table-formulas.ts). A reference into another workbook ([1]客户!A1) is not to it.
 */
export function pointsAtSheet(formula: string, sheet: string, tables: readonly string[]): boolean {
  const f = formula.replace(/^=/, '');
  // The formula without its texts, quoted sheet names and brackets, for the plain sheet names left.
  let rest = '';
  for (let i = 0; i < f.length; ) {
    const ch = f[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < f.length && !(f[end] === '"' && f[end + 1] !== '"')) end += f[end] === '"' ? 2 : 1;
      if (textNames(f.slice(i + 1, end).replace(/""/g, '"'), sheet)) return true;
      i = end + 1;
      rest += ' ';
      continue;
    }
    if (ch === "'") {
      let end = i + 1;
      while (end < f.length && !(f[end] === "'" && f[end + 1] !== "'")) end += f[end] === "'" ? 2 : 1;
      const name = f.slice(i + 1, end).replace(/''/g, "'");
      // '[名单.xlsx]客户'!A1 is a sheet of another workbook.
      if (f[end + 1] === '!' && !name.startsWith('[') && sheetNamed(name, sheet) && !WHOLE_COLUMNS_NEXT.test(f.slice(end + 2))) return true;
      i = end + 1;
      rest += ' ';
      continue;
    }
    if (ch === '[') {
      const end = closingBracket(f, i);
      if (end < 0) return false;
      const named = /[\p{L}\p{N}_.\\]+$/u.exec(rest);
      const inside = f.slice(i + 1, end);
      if (named && tables.some((t) => same(t, named[0])) && readsARow(inside)) return true;
      // A workbook ([1], [名单.xlsx]) before a sheet name: what follows is that workbook's sheet, not ours.
      rest += named ? ' ' : '\u0001';
      i = end + 1;
      continue;
    }
    rest += ch;
    i++;
  }
  for (const m of rest.matchAll(PLAIN_SHEET)) {
    if (sheetNamed(m[1], sheet) && !WHOLE_COLUMNS_NEXT.test(rest.slice(m.index! + m[0].length))) return true;
  }
  return false;
}

/** A 3-D reference's sheets (Sheet1:客户) end at or start from `sheet`, or the name is it. */
function sheetNamed(name: string, sheet: string): boolean {
  return name.split(':').some((part) => same(part, sheet));
}

/** A text that names a place on `sheet` (for HYPERLINK("#客户!A8") or INDIRECT("客户!C"&ROW())): it would point at another row after the merge, as in Excel. */
function textNames(text: string, sheet: string): boolean {
  const m = TEXT_PLACE.exec(text);
  if (!m) return false;
  return m[1] !== undefined ? !m[1].startsWith('[') && sheetNamed(m[1].replace(/''/g, "'"), sheet) : sheetNamed(m[2], sheet);
}

/** A structured reference's inside that reads one row of its table: [@姓名], [[#This Row],[手机]]. */
function readsARow(inside: string): boolean {
  return /^\s*@/.test(inside) || /#This Row/i.test(inside);
}
