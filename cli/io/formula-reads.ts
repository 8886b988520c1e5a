/**
 * Which cells of its own sheet a formula reads, told from its A1 references (E42, $C$2:C6, J:J, 2:3,
 * 客户!C2): where it looks, never what it computes. It says whether a result the workbook saved still
 * holds once the run changed cells (stale-formulas.ts); this tool has no formula engine and wants none.
 */
import { closingBracket, quotedSheetName } from './table-formulas';
import { parseA1Range, type A1Range } from './a1-range';

export interface FormulaReads {
  /** The areas of the formula's own sheet its A1 references name. */
  areas: A1Range[];
  /**
   * It may read cells no A1 reference of it names: a defined name (税率), a table's structured
   * reference (客户表[消费金额]), INDIRECT or OFFSET, whose cells only an engine can tell.
   */
  unknown: boolean;
}

/** Functions whose reference is built or widened at run time: INDIRECT("C"&ROW()), OFFSET(C2,0,0,5). */
const REFERENCE_BUILDERS = new Set(['INDIRECT', 'OFFSET']);
const LITERAL_WORDS = new Set(['TRUE', 'FALSE']);

/** What ends an unquoted sheet name (operators, separators, brackets, quotes). */
const DELIMITERS = String.raw`\s'!:(),"=<>&+\-*/^;{}\[\]%#`;
/** An unquoted sheet name, or two for a 3-D reference (一月:三月), then `!`. */
const PLAIN_SHEET = new RegExp(String.raw`([^${DELIMITERS}]+(?::[^${DELIMITERS}]+)?)!`, 'uy');
/** A cell (E42), a range (A5:A400), whole columns (J:J) or whole rows (2:3), not part of a longer name or a function. */
const REFERENCE = /(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(!\[])/uy;
/** A name: a function (before `(`), a boolean, a defined name or a table's. */
const WORD = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
/** A number (1.5E+3, 12%) and an error value (#N/A, #DIV/0!, #REF!). */
const NUMBER = /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/y;
const ERROR_VALUE = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/iy;

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/** `formula` (with or without its `=`), standing on the sheet named `sheet`. */
export function formulaReads(formula: string, sheet: string): FormulaReads {
  const f = formula.replace(/^=/, '');
  const areas: A1Range[] = [];
  let unknown = false;
  // A 3-D reference (一月:三月!B2) through several sheets reads ours when it is one of its ends (the
  // sheets between cannot be told here): taken as reading it, the safer side.
  const ours = (name: string) => name.split(':').some((part) => part.toLowerCase() === sheet.toLowerCase());
  /** The reference right after a sheet name's `!` at `at`: added when the sheet is ours; returns where it ends. */
  const qualified = (name: string, at: number): number => {
    const ref = sticky(REFERENCE, f, at);
    if (!ref) {
      // Another sheet's defined name (Sheet1!税率) or a broken reference: not an A1 area of ours.
      if (ours(name)) unknown = true;
      return at;
    }
    const area = parseA1Range(ref[0].replace(/\$/g, ''));
    if (ours(name) && area) areas.push(area);
    return at + ref[0].length;
  };

  for (let i = 0; i < f.length; ) {
    const ch = f[i];
    if (ch === '"') {
      // A text literal ("A1", with "" for a quote inside): nothing it holds is a reference.
      for (i++; i < f.length && !(f[i] === '"' && f[i + 1] !== '"'); i += f[i] === '"' ? 2 : 1);
      i++;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name ('客户 2026'!A1, '' for a quote inside).
      const { name, end: j } = quotedSheetName(f, i);
      if (f[j + 1] !== '!') return { areas, unknown: true };
      // '[名单.xlsx]客户'!A1 is a sheet of another workbook.
      i = name.startsWith('[') ? qualified('', j + 2) : qualified(name, j + 2);
      continue;
    }
    if (ch === '[') {
      const end = closingBracket(f, i);
      if (end < 0) return { areas, unknown: true };
      // Another workbook before its sheet's name ([1]客户!A1): none of ours.
      const sheetOfBook = sticky(PLAIN_SHEET, f, end + 1);
      if (sheetOfBook) i = qualified('', end + 1 + sheetOfBook[0].length);
      else {
        // A structured reference ([@消费金额], 客户表[消费金额]): the table's cells only Excel resolves.
        unknown = true;
        i = end + 1;
      }
      continue;
    }
    const error = sticky(ERROR_VALUE, f, i);
    if (error) {
      i += error[0].length;
      continue;
    }
    const sheetName = sticky(PLAIN_SHEET, f, i);
    if (sheetName) {
      i = qualified(sheetName[1], i + sheetName[0].length);
      continue;
    }
    const ref = sticky(REFERENCE, f, i);
    if (ref) {
      const area = parseA1Range(ref[0].replace(/\$/g, ''));
      if (area) areas.push(area);
      else unknown = true;
      i += ref[0].length;
      // A spilled range (A2#) reaches as far as the array it holds.
      if (f[i] === '#') unknown = true;
      continue;
    }
    const word = sticky(WORD, f, i);
    if (word) {
      i += word[0].length;
      const name = word[0].toUpperCase().replace(/^_XLFN\./, '');
      const isFunction = /^\s*\(/.test(f.slice(i));
      if (isFunction ? REFERENCE_BUILDERS.has(name) : !LITERAL_WORDS.has(name) && f[i] !== '[') unknown = true;
      continue;
    }
    const number = sticky(NUMBER, f, i);
    i += number ? number[0].length : 1;
  }
  return { areas, unknown };
}
