/**
 * A spreadsheet's error value written out as text: a CSV export of a sheet whose lookups failed
 * (#N/A), a pasted #REF!, Bloomberg's #N/A N/A, LibreOffice's Err:502. It shows the same error a
 * formula would, so it is read as one (an error cell), never tidied into a name like N/A or REF.
 */
import { escapeRegExp } from '../text/reg-exp';

/**
 * What Excel, WPS and Google Sheets show for an error (ERROR.TYPE's list and the newer dynamic-array,
 * data-type and Python ones; #ERROR! is Sheets' parse error). Data: a new error is one more line.
 */
export const ERROR_VALUES: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A',
  '#GETTING_DATA', '#SPILL!', '#CONNECT!', '#BLOCKED!', '#UNKNOWN!', '#FIELD!', '#CALC!', '#BUSY!', '#PYTHON!', '#TIMEOUT!',
  '#ERROR!',
];

// #N/A followed by a reason is the Bloomberg add-in's (#N/A N/A, #N/A Invalid Security); Err:502 is
// how LibreOffice Calc shows and exports its errors. Excel reads a typed #n/a as #N/A: any case.
const ERROR_TEXT = new RegExp(`^(?:${ERROR_VALUES.map(escapeRegExp).join('|')}|#N/A [^\\n]+|Err:\\d{3})$`, 'i');
/** Longer than any error text with a Bloomberg reason: most cells are answered by their length. */
const LONGEST = 48;

/**
 * The first characters an error text can start with: '#' and 'E'/'e' (Err:502), and their full-width
 * forms ＃ Ｅ ｅ and the small ﹟, which a Chinese IME types (＃Ｎ／Ａ, ＃ＲＥＦ！): no regex run for the other texts of a sheet.
 */
const FIRST_CHARS: ReadonlySet<number> = new Set([0x23, 0x45, 0x65, 0xff03, 0xff25, 0xff45, 0xfe5f]);

/**
 * The error a text shows (trimmed, as typed), or null when it is a value. Read in its NFKC form, so
 * that ＃Ｎ／Ａ or #N／A, typed or pasted from a Chinese IME, is the #N/A it says; it is returned as
 * typed, for the sheet keeps the user's text.
 */
export function errorOfText(text: string): string | null {
  if (text.length === 0 || text.length > LONGEST) return null;
  // Every text cell of the sheet passes here (from-grid.ts): one that starts with neither white
  // space nor an error's first character is answered without trim(), a call per cell.
  const first = text.charCodeAt(0);
  if (!FIRST_CHARS.has(first) && !isTrimmedSpace(first)) return null;
  const t = text.trim();
  if (!FIRST_CHARS.has(t.charCodeAt(0))) return null;
  return ERROR_TEXT.test(t) || ERROR_TEXT.test(t.normalize('NFKC')) ? t : null;
}

/** A character String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator. */
function isTrimmedSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
