/**
 * Spotting numbers whose digits a spreadsheet already threw away: Excel keeps 15 significant digits
 * and shows long numbers as 1.38E+10, so an exported 18-digit ID or an 11-digit mobile can arrive
 * as exponent text or as a rounded number (PITFALLS A5). Such values cannot be recovered, only flagged;
 * exponent text that still holds every digit (1.3812345678E+10) is read.
 */
import { numberText } from '../table/cell';

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

/**
 * A phone-like number cell that has visibly been rounded: at least 9 digits long with at most 5
 * significant digits (13800000000 is what 1.38E+10 becomes). A cell only shown in exponent format
 * (0.00E+00) still holds its whole value, and is read. A real number like 4008000000 would be
 * flagged too; that is rare enough to accept for a lossy value.
 */
export function looksRoundedPhone(n: number): boolean {
  if (!Number.isInteger(n) || n <= 0) return false;
  const digits = numberText(n);
  return digits.length >= 9 && digits.replace(/0+$/, '').length <= 5;
}

/** An integer too long for a double to hold exactly as typed: 16 digits or more. */
export function hasTooManyDigits(n: number): boolean {
  return Number.isFinite(n) && Math.abs(Math.trunc(n)) >= 1e15;
}
