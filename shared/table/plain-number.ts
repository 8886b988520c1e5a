/**
 * Text that is a plain number a spreadsheet would read as one, and that loses nothing by being one:
 * 3000, 21800.5, 1,250,000. Not a code with a leading zero (00031, 02115), a phone with its sign or
 * brackets (+86 …), or ten digits and more (an order, bill or bank-account number of 12 digits or
 * more shows as 1.23457E+14, and ten or eleven are a mobile's or an id's length).
 */
const PLAIN = /^-?(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/;
/** 1,250,000 and 12,800.50: thousands grouped as Excel reads them. */
const GROUPED = /^-?[1-9]\d{0,2}(?:,\d{3}){1,2}(?:\.\d{1,6})?$/;

/** The number `text` is, where writing it as one loses nothing; else null. */
export function plainNumber(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

/** A code written with its leading zero (02134, 00123): a spreadsheet would drop the zero, so it is no number. */
const ZERO_LED = /^0\d+$/;

/** Whether `text` is a code with a leading zero: its column is codes, written as text whole. */
export const zeroLedCode = (text: string): boolean => ZERO_LED.test(text.trim());
