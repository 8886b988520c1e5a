/** RFC 4180 CSV text for the committed samples (the CLI has its own reader and writer; these only write fixtures). */

/** Quotes a field when it holds a comma, a quote, a line break or leading/trailing spaces. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows to CSV with CRLF line ends (what Excel writes). With `bom`, starts with U+FEFF so that
 * Excel opens the UTF-8 file as UTF-8 instead of the ANSI code page (PITFALLS C2).
 */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}
