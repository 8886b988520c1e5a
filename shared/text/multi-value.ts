/**
 * Several values of one field in one cell, as Google Contacts writes them: "* myContacts ::: VIP",
 * "13901234567 ::: 13911112222". Google reads them back only with that separator: a cleaned cell
 * written "… / …" or "a; b" is one value to it, and a label list joined with "、" one label. A cell
 * that had it is written back with it.
 */

/** Google's separator as it writes it. */
export const GOOGLE_SEPARATOR = ' ::: ';
/** Google's separator as a cell may hold it (with or without its spaces). */
export const GOOGLE_SEPARATED = /\s*:::\s*/;

/** The separator to write a cell's several values with: Google's when the cell held it, else `otherwise`. */
export function valuesSeparator(text: string, otherwise: string): string {
  return GOOGLE_SEPARATED.test(text) ? GOOGLE_SEPARATOR : otherwise;
}
