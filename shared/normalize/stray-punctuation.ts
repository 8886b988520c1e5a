/**
 * Punctuation left at the ends of a name by copying (",张三", "张三。", "-李四-", "Smith;"). Opening
 * brackets and quotes at the start, closing ones at the end, and a full stop after a Latin letter
 * (Jr., Dr., Co., Ltd.) are meaning, not strays.
 */
const KEEP_LEADING = /[(\[《“「『"]/u;
const KEEP_TRAILING = /[)\]》”」』"']/u;

/** Only the first and last characters can be strays: most names end in a letter at both ends. */
const STRAY_AT_ENDS = /^[\p{P}\s]|[\p{P}\s]$/u;

export function stripStrayPunctuation(s: string): string {
  if (!STRAY_AT_ENDS.test(s)) return s;
  const chars = Array.from(s);
  let start = 0;
  let end = chars.length;
  while (start < end && /[\p{P}\s]/u.test(chars[start]) && !KEEP_LEADING.test(chars[start])) start++;
  while (end > start) {
    const c = chars[end - 1];
    if (!/[\p{P}\s]/u.test(c) || KEEP_TRAILING.test(c)) break;
    if (c === '.' && end - 2 >= start && /\p{Script=Latin}/u.test(chars[end - 2])) break;
    end--;
  }
  return chars.slice(start, end).join('');
}
