/**
 * A vehicle's VIN (车架号) and licence plate (车牌号), as car dealers and insurance agents keep them:
 * folded to how they are printed, never guessed. A VIN is 17 capitals and digits without I, O or Q
 * (ISO 3779); its check digit is not tested, since Chinese and European VINs need not carry one.
 */
import { numberText, type Cell } from '../table/cell';
import { dropQuotePrefix, foldAll } from '../text/fold';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change, changeText } from './result';
import { hasTooManyDigits, lostDigitsShown } from './lost-digits';

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
/** What people type between a VIN's groups (LSVAU 2180N 2183294, LSV-AU2180N…): spaces and dashes. */
const VIN_SEPARATORS = /[\s\-‐‑‒–—]+/g;
/** What stands between a plate's parts: the dot of the printed Chinese plate (粤B·12345), spaces, dashes. */
const PLATE_SEPARATORS = /[\s·•・･‧⋅.\-‐‑‒–—_]+/g;
/**
 * A Chinese plate: a province's character, the issuing office's letter, then five characters (six on a
 * new-energy plate), or four and a character for a trailer, a learner's car, the police, a Hong Kong
 * or Macau car, a consulate's, a test or an oversize vehicle.
 */
const CN_PLATE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z](?:[A-Z0-9]{5,6}|[A-Z0-9]{4}[挂学警港澳领试超])$/;
/**
 * A plate of Latin letters and digits (7ABC123, AB12 CDE, B-AB 1234): 2 to 10 of them with a digit,
 * single spaces or dashes between. Its spacing is how the country writes it, so it stays.
 */
const LATIN_PLATE = /^(?=[^\d]*\d)(?=(?:[ -]?[A-Z0-9]){2,10}$)[A-Z0-9]+(?:[ -][A-Z0-9]+)*$/;

/** The text of a VIN cell as one run of capitals and digits (lsvau 2180n-2183294 → LSVAU2180N2183294), or null when it holds other characters. */
export function compactVin(text: string): string | null {
  const compact = foldAll(dropQuotePrefix(text)).toUpperCase().replace(VIN_SEPARATORS, '');
  return /^[A-Z0-9]+$/.test(compact) ? compact : null;
}

export function isVin(compact: string): boolean {
  return VIN.test(compact);
}

/**
 * A plate as it is printed: a Chinese one without separators (粤b·12345 → 粤B12345), another in
 * capitals with its own spacing; null when the text is no plate (未上牌, 临时牌照 有效期至3月).
 */
export function readPlate(text: string): string | null {
  const upper = foldAll(dropQuotePrefix(text)).toUpperCase();
  const compact = upper.replace(PLATE_SEPARATORS, '');
  if (CN_PLATE.test(compact)) return compact;
  return LATIN_PLATE.test(upper) ? upper : null;
}

/** A plate without any separator, for telling two plates apart (AB12 CDE is AB12CDE); '' when no plate. */
export function plateKey(text: string): string {
  return readPlate(text)?.replace(PLATE_SEPARATORS, '') ?? '';
}

/** A number cell in a VIN or plate column: its digits as text (a VIN of digits must never stay a number). */
function digitsOf(cell: Cell & { kind: 'number' }, invalid: (value: string) => Finding[]): CleanResult {
  const n = cell.value;
  if (hasTooManyDigits(n)) return keep(cell, [{ code: 'id.precisionLost', severity: 'error', params: { value: lostDigitsShown(n, cell.format) } }]);
  if (!Number.isInteger(n) || n < 0) return keep(cell, invalid(numberText(n)));
  const digits = numberText(n);
  return change(cell, { kind: 'text', value: digits }, 'fix.id', invalid(digits));
}

const vinInvalid = (value: string): Finding[] => (isVin(value) ? [] : [{ code: 'vin.invalid', severity: 'warning', params: { value } }]);

export function cleanVin(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return digitsOf(cell, vinInvalid);
  if (cell.kind !== 'text') return keep(cell);
  const compact = compactVin(cell.value);
  if (compact !== null) return changeText(cell, compact, 'fix.vin', vinInvalid(compact));
  const tidy = foldAll(dropQuotePrefix(cell.value));
  return changeText(cell, tidy, 'fix.spaces', [{ code: 'vin.invalid', severity: 'warning', params: { value: tidy } }]);
}

/**
 * No finding for a plate: a plate column also holds 未上牌, temporary plates and other countries'
 * plates, which are right as typed; only what reads as a plate is rewritten.
 */
export function cleanPlate(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return digitsOf(cell, () => []);
  if (cell.kind !== 'text') return keep(cell);
  const plate = readPlate(cell.value);
  return plate !== null ? changeText(cell, plate, 'fix.plate') : changeText(cell, foldAll(dropQuotePrefix(cell.value)), 'fix.spaces');
}
