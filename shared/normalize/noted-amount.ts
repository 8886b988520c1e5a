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

/** The debt's own word typed before its amount (欠 2,800 元, 赊 600). */
const OWED_WORD = /^(?:欠款|欠费|欠|赊账|赊欠|赊|挂账)\s*[:：]?\s*/u;

/**
 * An owed cell's amount as a dealer types it, its debt's word and note left off (欠 2,800 元 → 2,800 元,
 * 3500(秋后还) → 3500), or null when there is neither: one reading for the cleaner of an owed column
 * (amount.ts) and the merge that adds or warns of the debt (dedupe/owed.ts).
 */
export function owedAmountText(text: string): string | null {
  const typed = text.trim();
  const bare = typed.replace(OWED_WORD, '');
  const core = notedAmount(bare)?.amount ?? bare;
  return core === typed ? null : core;
}
