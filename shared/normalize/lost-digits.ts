/**
 * Spotting numbers whose digits a spreadsheet already threw away: Excel keeps 15 significant digits
 * and shows long numbers as 1.38E+10, so an exported 18-digit ID or an 11-digit mobile can arrive
 * as exponent text or as a rounded number (PITFALLS A5). Such values cannot be recovered, only flagged.
 */
import { numberText } from '../table/cell';

const EXPONENT_TEXT = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** Exponent notation such as `1.38E+10` or `1.10101e17` (after width folding and trimming). */
export function isExponentText(s: string): boolean {
  return EXPONENT_TEXT.test(s);
}

/** A number format that displays exponent notation (`0.00E+00`, `##0.0E+0`). */
export function isScientificFormat(format: string | undefined): boolean {
  return format !== undefined && /E[+-]/i.test(format.replace(/"[^"]*"/g, ''));
}

/**
 * A phone-like number cell that has visibly been rounded: shown in exponent format, or at least 9
 * digits long with at most 5 significant digits (13800000000 is what 1.38E+10 becomes). A real
 * number like 4008000000 would be flagged too; that is rare enough to accept for a lossy value.
 */
export function looksRoundedPhone(n: number, format?: string): boolean {
  if (isScientificFormat(format)) return true;
  if (!Number.isInteger(n) || n <= 0) return false;
  const digits = numberText(n);
  return digits.length >= 9 && digits.replace(/0+$/, '').length <= 5;
}

/** An integer too long for a double to hold exactly as typed: 16 digits or more. */
export function hasTooManyDigits(n: number): boolean {
  return Number.isFinite(n) && Math.abs(Math.trunc(n)) >= 1e15;
}
