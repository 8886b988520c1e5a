/**
 * Punctuation left at the ends of a name by copying (",张三", "张三。", "-李四-", "Smith;"). Opening
 * brackets and quotes at the start, closing ones at the end, either side of a pair whose partner is
 * in the cell (【重要】华为, 王芳【VIP】, 'Bob' Smith), and a full stop after a Latin letter (Jr., Dr.,
 * Co., Ltd.) are meaning, not strays.
 */

/** Brackets and quotes, each as its opening and closing side. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['｛', '｝'], ['【', '】'], ['〔', '〕'], ['〖', '〗'],
  ['〈', '〉'], ['《', '》'], ['「', '」'], ['『', '』'], ['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"],
];
const PARTNER = new Map<string, string>(PAIRS.flatMap(([open, close]) => [[open, close], [close, open]]));
/** "'" alone is no opening: a leading apostrophe is the text mark a spreadsheet export leaves. */
const KEEP_LEADING = new Set(PAIRS.map(([open]) => open).filter((c) => c !== "'"));
const KEEP_TRAILING = new Set(PAIRS.map(([, close]) => close));

/**
 * A leading apostrophe that is a word's: Dutch 't (het) and 's (des), Afrikaans 'n, a lower-case
 * letter and then a space or hyphen ('t Hooft BV, 's-Hertogenbosch). A text mark stands before a
 * whole value, which seldom opens with a lone lower-case letter.
 */
const ELIDED_WORD = /^'\p{Ll}[\s-]/u;

/** Only the first and last characters can be strays: most names end in a letter at both ends. */
const STRAY_AT_ENDS = /^[\p{P}\s]|[\p{P}\s]$/u;
const PUNCTUATION = /[\p{P}\s]/u;

/** The bracket or quote at `i` has its partner elsewhere in `chars`. */
function paired(chars: readonly string[], i: number): boolean {
  const partner = PARTNER.get(chars[i]);
  return partner !== undefined && chars.some((c, j) => j !== i && c === partner);
}

export function stripStrayPunctuation(s: string): string {
  if (!STRAY_AT_ENDS.test(s)) return s;
  const chars = Array.from(s);
  let start = 0;
  let end = chars.length;
  // 't Hooft BV opens with its word, nothing stray.
  if (!ELIDED_WORD.test(s)) while (start < end && PUNCTUATION.test(chars[start]) && !KEEP_LEADING.has(chars[start]) && !paired(chars, start)) start++;
  while (end > start) {
    const c = chars[end - 1];
    if (!PUNCTUATION.test(c) || KEEP_TRAILING.has(c) || paired(chars, end - 1)) break;
    if (c === '.' && end - 2 >= start && /\p{Script=Latin}/u.test(chars[end - 2])) break;
    end--;
  }
  return chars.slice(start, end).join('');
}
