/**
 * Spotting numbers whose digits a spreadsheet already threw away: Excel keeps 15 significant digits
 * and shows long numbers as 1.38E+10, so an exported 18-digit ID or an 11-digit mobile can arrive
 * as exponent text or as a rounded number (PITFALLS A5). Such values cannot be recovered, only flagged;
 * exponent text that still holds every digit (1.3812345678E+10) is read.
 */
import { cellText, numberText, type Cell } from '../table/cell';
import { dropQuotePrefix, foldAll } from '../text/fold';
import { FIELDS, type FieldId, type FieldKind } from '../schema/fields';

const EXPONENT_TEXT = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const EXPONENT_PARTS = /^(\d+)(?:\.(\d+))?[eE]\+?(\d+)$/;

/** Exponent notation such as `1.38E+10` or `1.10101e17` (after width folding and trimming). */
export function isExponentText(s: string): boolean {
  return EXPONENT_TEXT.test(s);
}

/**
 * The digits of exponent text that still holds every digit of a whole number: as many digits after
 * the point as the exponent (1.3812345678E+10 is 13812345678), as a CSV export writes a long number
 * it kept whole. Fewer (1.38E+10) and the rest is lost; more, and it is no whole number: null.
 */
export function exactDigits(s: string): string | null {
  const m = EXPONENT_PARTS.exec(s);
  if (!m) return null;
  const [, whole, fraction = '', exponent] = m;
  return fraction.length === Number(exponent) ? `${whole}${fraction}`.replace(/^0+(?=\d)/, '') : null;
}

/** Significant digits Excel's General format shows, and so writes to CSV, of a long number in exponent form. */
const GENERAL_CSV_DIGITS = 6;

/**
 * A phone-like number cell that has visibly been rounded: at least 9 digits long with at most 5
 * significant digits (13800000000 is what 1.38E+10 becomes), whatever its format. Under a scientific
 * format (0.00E+00) six are enough: Excel's General writes a long number to CSV as 1.38123E+10, six
 * significant digits, and that file reopened and saved as xlsx holds 13812300000 shown as 1.38E+10,
 * the format being the trace of the exponent text it was read from. A cell only shown in exponent
 * format with more digits (13812345678) still holds its whole value, and is read. Under General a
 * number with six (13812300000) is taken as typed: no evidence of rounding there. A real number like
 * 4008000000 would be flagged too; that is rare enough to accept for a lossy value.
 */
export function looksRoundedPhone(n: number, format?: string): boolean {
  if (!Number.isInteger(n) || n <= 0) return false;
  const digits = numberText(n);
  if (digits.length < 9) return false;
  const significant = digits.replace(/0+$/, '').length;
  return significant <= 5 || (significant <= GENERAL_CSV_DIGITS && format !== undefined && isScientificFormat(format));
}

/**
 * A rounded number as Excel shows it, what the user sees and can find (1.38E+10 for 13800000000):
 * under a scientific format with its decimals (0.00000E+00: 1.38123E+10), else as General shows a long
 * number in a column too narrow for it, its significant digits and no trailing zeros (1E+10). The
 * exponent has two digits at least, as Excel writes it (9E+08).
 */
export function exponentShown(n: number, format?: string): string {
  const decimals = format !== undefined && isScientificFormat(format) ? /\.([0#?]*)[eE]/.exec(format.replace(LITERALS, ''))?.[1].length ?? 0 : null;
  const [mantissa, exponent] = Math.abs(n).toExponential(decimals ?? EXCEL_GENERAL_DIGITS - 1).split('e');
  const shown = decimals === null ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const power = Number(exponent);
  return `${n < 0 ? '-' : ''}${shown}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}

/** A format of zeros alone (0, 000000000000000000): Excel shows every digit it kept, the lost ones as zeros. */
const ZEROS_FORMAT = /^0+$/;

/**
 * A number whose digits the sheet threw away, quoted as the user sees it in the cell and can find
 * there: 1.38E+10, 4.40306E+17, not the 13800000000 or 440306199001011000 it holds, which read as a
 * real mobile or ID number. Under a format of zeros Excel shows the digits it kept and zeros after
 * them (440306199001011000), and that is what is quoted. One spelling for every message and note
 * that quotes such a value: the lost-digits issues and the merged-values note.
 */
export function lostDigitsShown(n: number, format?: string): string {
  return format !== undefined && ZEROS_FORMAT.test(format) ? numberText(n) : exponentShown(n, format);
}

/** A cell's value as the user sees it where its digits are lost (lostDigitsShown); the cell's text otherwise. */
export function lostDigitsText(cell: Cell): string {
  return cell.kind === 'number' ? lostDigitsShown(cell.value, cell.format) : cellText(cell);
}

/**
 * A number whose digits the sheet threw away in exponent form with every digit it still holds, as
 * text a CSV can carry: 1.38E+10 for 13800000000, 4.40306199001011E+17 for an 18-digit ID kept to
 * Excel's 15 digits. A spreadsheet opening the file reads the same number the .xlsx held (none of the
 * 15 digits dropped, none invented), and the next run reads exponent text short of digits: flagged
 * again, where 13800000000 as text would pass for a real mobile.
 */
export function exponentWithAllDigits(n: number): string {
  const digits = numberText(Math.abs(n));
  if (!/^\d+$/.test(digits)) return numberText(n);
  const kept = digits.replace(/0+$/, '') || '0';
  const mantissa = kept.length > 1 ? `${kept[0]}.${kept.slice(1)}` : kept;
  return `${n < 0 ? '-' : ''}${mantissa}E+${String(digits.length - 1).padStart(2, '0')}`;
}

/** Significant digits General shows of a long number in exponent form (1.38123E+10), as it writes it to CSV. */
const EXCEL_GENERAL_DIGITS = GENERAL_CSV_DIGITS;

// Quoted text ("E+"), an escaped character (\E) and a bracketed part ([Red], [$-804]) show as written.
const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]/g;

/** A number format that shows numbers in exponent form: 0.00E+00, ##0.0E+0, 0.00e-00. */
export function isScientificFormat(format: string): boolean {
  return /[eE][+-]/.test(format) && /[0#?.][eE][+-]/.test(format.replace(LITERALS, ''));
}

/** An integer too long for a double to hold exactly as typed: 16 digits or more. */
export function hasTooManyDigits(n: number): boolean {
  return Number.isFinite(n) && Math.abs(Math.trunc(n)) >= 1e15;
}

/** Only a text with an E in it (most have none) can fold to exponent text: the fold is spared for the rest. */
const MAY_BE_EXPONENT = /[eEｅＥ]/;

/** A number's text as the phone and ID cleaners read it: the apostrophe mark dropped, half-width, spaces collapsed. */
const foldedNumber = (text: string): string => foldAll(dropQuotePrefix(text));

/**
 * A phone cell whose digits the sheet threw away, by the phone cleaner's own test (phone.precisionLost):
 * a number cell visibly rounded (13800000000, shown 1.38E+10) or exponent text short of digits
 * (1.38E+10). 13812345678 and 13866667777 both read so: such a value says nothing of who the customer
 * is, and rows are compared as if the cell were blank (dedupe/profile.ts).
 */
export function phoneDigitsLost(cell: Cell): boolean {
  if (cell.kind === 'number') return looksRoundedPhone(cell.value, cell.format);
  if (cell.kind !== 'text' || !MAY_BE_EXPONENT.test(cell.value)) return false;
  const folded = foldedNumber(cell.value);
  return isExponentText(folded) && exactDigits(folded) === null;
}

/**
 * An ID cell (身份证号, credit code, a customer or account number, QQ) whose digits are lost, by the
 * ID cleaner's own test (id.precisionLost): a number of 16 digits or more, or any exponent text
 * (4.40306E+17). Two people's numbers of one district and year read alike once cut.
 */
export function idDigitsLost(cell: Cell): boolean {
  if (cell.kind === 'number') return hasTooManyDigits(cell.value);
  return cell.kind === 'text' && MAY_BE_EXPONENT.test(cell.value) && isExponentText(foldedNumber(cell.value));
}

/**
 * The kinds of field whose cleaner flags lost digits, each with its test. A WeChat column holds the
 * mobile an account is found by as often as an ID of letters (wxid_…): typed as a number, it is cut as
 * a mobile is, and read by the phone's test (13912345678 is whole; 13900000000, shown 1.39E+10, is not).
 */
export const DIGITS_LOST_BY_KIND: Readonly<Partial<Record<FieldKind, (cell: Cell) => boolean>>> = {
  phone: phoneDigitsLost,
  id: idDigitsLost,
  wechat: phoneDigitsLost,
};

/**
 * The same tests by field (mobile, phone, wechat, idCard, customerId, orderId, qq…): for whatever keys rows
 * by a field's value (the duplicate finder's profile, an order list's buyers), so that a cut number,
 * which many numbers read alike once cut, keys nothing.
 */
export const DIGITS_LOST_BY_FIELD: Readonly<Partial<Record<FieldId, (cell: Cell) => boolean>>> = Object.fromEntries(
  FIELDS.filter((f) => DIGITS_LOST_BY_KIND[f.kind] !== undefined).map((f) => [f.id, DIGITS_LOST_BY_KIND[f.kind]]),
);

/** Whether `cell` of `field` holds a number whose digits the sheet threw away, by its cleaner's test. */
export function digitsLost(field: FieldId, cell: Cell | undefined): boolean {
  const lost = DIGITS_LOST_BY_FIELD[field];
  return cell !== undefined && lost !== undefined && lost(cell);
}
