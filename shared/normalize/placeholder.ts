/**
 * What people type into a cell to say it has no value (无, 暂无, /, —, N/A, TBD): as good as a blank
 * for the number and date cleaners, so none of them is flagged as an unreadable value.
 */
const PLACEHOLDER = /^(?:无|暂无|没有|不详|待定|待补|未知|[/_—–-]+|n\/?a|none|nil|tbd|tba|unknown)$/i;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}
