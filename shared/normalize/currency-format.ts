/**
 * An amount's currency kept in its cell's number format. An amount typed £25,000 becomes the number
 * 25000; without its £ the cleaned sheet no longer says it is in pounds, and the next week's run on
 * it would class its customers in yuan. Written under `"£"#,##0` the cell still shows £25,000, and
 * the format is read back as the marker it shows (formatMarker), so every run reads the same currency.
 */

/**
 * The number format that shows `marker` where it was typed (before or after the number, `spaced`
 * from it as typed: £25,000, 1 250,00 $, RMB 1,000), with thousands grouped and two decimals when
 * the typed amount had any.
 */
export function currencyFormat(marker: string, after: boolean, decimals: boolean, spaced = false): string {
  const digits = decimals ? '#,##0.00' : '#,##0';
  const text = marker.replace(/"/g, '');
  const space = spaced ? ' ' : '';
  return after ? `${digits}"${space}${text}"` : `"${text}${space}"${digits}`;
}

/** Currency signs Excel formats may write bare, outside quotes (£#,##0.00, ¥#,##0). */
const BARE_SIGNS = /[$£€¥￥₹₩₫₱฿৳₽]/u;

/**
 * A format section's currency marker, whether it stands before the first digit placeholder, and
 * whether a space parts it from the digits (a quoted "RMB ", \\ , a bare space).
 */
function markerPieces(section: string): { marker: string; before: boolean; spaced: boolean } | null {
  const parts: string[] = [];
  // The section as M (marker), S (space), D (digits): tells where the marker is and what parts it from them.
  let shape = '';
  for (const m of section.matchAll(/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]|"([^"]*)"|\\(.)|\[[^\]]*\]|(.)/gsu)) {
    let piece = m[1] ?? m[2] ?? m[3];
    if (piece === undefined && m[4] !== undefined) {
      if (/[0#?]/.test(m[4])) shape += 'D';
      else if (m[4] === ' ') shape += 'S';
      else if (BARE_SIGNS.test(m[4])) piece = m[4];
    }
    if (piece === undefined) continue;
    if (/[^\s()*_.,%-]/u.test(piece)) {
      parts.push(piece.trim());
      shape += `${/^\s/.test(piece) ? 'S' : ''}M${/\s$/.test(piece) ? 'S' : ''}`;
    } else if (/\s/.test(piece)) shape += 'S';
  }
  const marker = parts.join(' ').replace(/\s+/g, ' ').trim();
  // A marker names a currency by a letter or a currency sign: "+91 "0 writes a calling code, no currency.
  if (!/[\p{L}\p{Sc}]/u.test(marker)) return null;
  const before = shape.indexOf('M') < Math.max(0, shape.indexOf('D'));
  return { marker, before, spaced: before ? /MS+D/.test(shape) : /DS+M/.test(shape) };
}

/**
 * The currency marker a number format shows, from its first section (the positive numbers'): a
 * quoted "£" or "元", an Excel currency tag [$€-407] or [$USD], a bare £ or $; null when it shows
 * none (General, 0.00, #,##0, a date).
 */
export function formatMarker(format: string | undefined): string | null {
  return format ? markerPieces(firstSection(format))?.marker ?? null : null;
}

/** A format's first section: up to the first `;` outside quotes and brackets. */
function firstSection(format: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && !quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '[') bracket = true;
    else if (!quoted && c === ']') bracket = false;
    else if (!quoted && !bracket && c === ';') return format.slice(0, i);
  }
  return format;
}

/**
 * A number as it reads with its format's currency marker, for the evidence of the sheet's currency
 * (sheet-locale.ts) and a CSV written from it: 25000 under "£"#,##0 is £25000; null when the format
 * shows no marker. The marker goes where the format shows it; the digits are plain (no grouping),
 * so that no grouping comma can pass for a decimal one; two decimals when the format has them.
 */
export function numberWithMarker(value: number, format: string | undefined): string | null {
  if (!format || !Number.isFinite(value)) return null;
  const section = firstSection(format);
  const found = markerPieces(section);
  if (found === null) return null;
  const decimals = /[0#?]\.0/.test(section.replace(/"[^"]*"/g, ''));
  const digits = decimals ? Math.abs(value).toFixed(2) : String(Math.abs(value));
  const spaced = found.spaced ? ' ' : '';
  const sign = value < 0 ? '-' : '';
  return found.before ? `${sign}${found.marker}${spaced}${digits}` : `${sign}${digits}${spaced}${found.marker}`;
}
