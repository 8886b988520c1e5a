/**
 * What people type into a cell to say it has no value (无, 暂无, /, —, N/A, TBD): as good as a blank
 * for the number and date cleaners (nothing to flag) and for the duplicate finder (nothing to agree on).
 */
const PLACEHOLDER = /^(?:无|暂无|没有|不详|待定|待补|未知|[/_—–-]+|n\/?a|none|nil|tbd|tba|unknown)$/i;
/** Longer than any placeholder with the spaces around it: most cells are answered by their length. */
const LONGEST = 12;

export function isPlaceholder(text: string): boolean {
  return text.length <= LONGEST && PLACEHOLDER.test(text.trim());
}

/**
 * Keys typed to fill a required cell: one character repeated (8888888, aaa, 1) or a run of digits in
 * order (1234567, 123, 987654). Rows that write one share nothing (a phone, an e-mail user name).
 */
export function isFillerRun(text: string): boolean {
  return /^(.)\1*$/u.test(text) || (text.length >= 3 && ('01234567890'.includes(text) || '9876543210'.includes(text)));
}
