/**
 * An amount typed with a note in brackets after it: a 农资 ledger's 3500(秋后还), a shop's 12000（含赠品）,
 * a tradie's 800 (paid cash). The note says when or how it is paid, not another figure: the amount is
 * the number before it. A bracket holding a digit ((1500), (约3000)) is no note, and is left alone.
 */

/** The amount's text, then a note of letters (no digit) in round, full-width or square brackets. */
const NOTED = /^(.*\d[^([（【]*?)\s*[([（【]\s*([^()[\]（）【】\d]*\p{L}[^()[\]（）【】\d]*?)\s*[)\]）】]$/u;

/** The amount and its note, or null when the text is no amount followed by a bracketed note. */
export function notedAmount(text: string): { amount: string; note: string } | null {
  const m = NOTED.exec(text.trim());
  if (!m) return null;
  const amount = m[1].trim();
  return amount === '' || /[()（）【】[\]]/u.test(amount) ? null : { amount, note: m[2].trim() };
}
