/**
 * An amount's currency kept in its cell's number format. An amount typed £25,000 becomes the number
 * 25000; without its £ the cleaned sheet no longer says it is in pounds, and the next week's run on
 * it would class its customers in yuan. Written under `"£"#,##0` the cell still shows £25,000, and
 * the format is read back as the marker it shows (formatMarker), so every run reads the same currency.
 */

/**
 * The number format that shows `marker` where it was typed (before or after the number, `spaced`
 * from it as typed: £25,000, 1 250,00 $, RMB 1,000), with thousands grouped and two decimals when
 * the typed amount had any; in lakhs and crores (₹1,25,000) where the sheet's currency counts in them.
 */
export function currencyFormat(marker: string, after: boolean, decimals: boolean, spaced = false, lakhs = false): string {
  const text = marker.replace(/"/g, '');
  const space = spaced ? ' ' : '';
  const shown = (digits: string): string => {
    const places = decimals ? `${digits}.00` : digits;
    return after ? `${places}"${space}${text}"` : `"${text}${space}"${places}`;
  };
  if (!lakhs) return shown('#,##0');
  // ₹1,25,000 and ₹1,00,00,000: no format code groups by lakh and crore, so each range gets its own
  // commas written as literals, one section per range (Excel allows two conditions and a rest).
  return `[>=10000000]${shown('##\\,##\\,##\\,##0')};[>=100000]${shown('##\\,##\\,##0')};${shown('#,##0')}`;
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
 * A decimal comma kept in a number format, as the currency is. An amount typed 1.234,50 becomes the
 * number 1234.5; the cleaned sheet no longer shows a decimal comma, and the next run on it would read
 * a 12,000 the first run flagged (twelve, or twelve thousand typed the English way?) as 12000. No
 * number format says "decimal comma" in every Excel (the separators shown are the reader's own), but a
 * locale tag says whose conventions a format is written in: [$-407]#,##0.00 is German. Excel still
 * shows the reader's own separators (the tag sets names of months and days, which an amount has
 * none of), and the next run reads the tag back as the column's decimal comma (sheet-locale.ts): a
 * mark the run wrote itself, where guessing from what is left (a lone 12,000 among plain numbers)
 * would also doubt an English sheet's 12,000 beside amounts typed as numbers.
 * Rules as data: the regions that write a decimal comma and their Windows locale ids.
 */
const DECIMAL_COMMA_LOCALES: Readonly<Record<string, string>> = {
  DE: '407', AT: 'C07', FR: '40C', BE: '813', NL: '413', IT: '410', ES: 'C0A', PT: '816', BR: '416',
  PL: '415', CZ: '405', RU: '419', UA: '422', TR: '41F', SE: '41D', NO: '414', DK: '406', FI: '40B',
  ID: '421', VN: '42A', AR: '2C0A', CL: '340A', CO: '240A', ZA: '1C09',
};
/**
 * The region a currency names, where the sheet's phones named none (a South African list whose two
 * +27 numbers among ten place nothing, its amounts in rand).
 */
const CURRENCY_REGIONS: Readonly<Record<string, string>> = {
  ZAR: 'ZA', BRL: 'BR', PLN: 'PL', CZK: 'CZ', RUB: 'RU', UAH: 'UA', TRY: 'TR', SEK: 'SE', NOK: 'NO',
  DKK: 'DK', IDR: 'ID', VND: 'VN', ARS: 'AR', CLP: 'CL', COP: 'CO',
};
/**
 * Whether the sheet's region writes a decimal comma (Germany's 1.234,50), or, with none such, its
 * currency is one only such a region pays in (zł, R$): evidence for reading an amount column so
 * (sheet-locale.ts). Not the euro alone, which Ireland writes €1,234.50.
 */
export function writesDecimalComma(region: string, currency = ''): boolean {
  return DECIMAL_COMMA_LOCALES[region.toUpperCase()] !== undefined || DECIMAL_COMMA_LOCALES[CURRENCY_REGIONS[currency.toUpperCase()] ?? ''] !== undefined;
}
/** A sheet of a region not listed (a German list under the default China, in euros) is tagged German. */
const DEFAULT_DECIMAL_COMMA_LOCALE = '407';
const DECIMAL_COMMA_IDS = new Set(Object.values(DECIMAL_COMMA_LOCALES).map((id) => id.toUpperCase()));

/**
 * `format` (General when none) tagged with the locale that writes a decimal comma of `region`, else
 * of the region `currency` names.
 */
export function withDecimalComma(format: string | undefined, region: string, currency = ''): string {
  const id = DECIMAL_COMMA_LOCALES[region.toUpperCase()] ?? DECIMAL_COMMA_LOCALES[CURRENCY_REGIONS[currency.toUpperCase()] ?? ''] ?? DEFAULT_DECIMAL_COMMA_LOCALE;
  return `[$-${id}]${format ?? 'General'}`;
}

/** The format is tagged with a locale that writes a decimal comma ([$-407], [$€-40C]). */
export function showsDecimalComma(format: string | undefined): boolean {
  if (!format) return false;
  for (const m of firstSection(format).matchAll(/\[\$[^\]-]*-([0-9A-Fa-f]+)\]/g)) {
    if (DECIMAL_COMMA_IDS.has(m[1].toUpperCase().replace(/^0+/, ''))) return true;
  }
  return false;
}

/**
 * A number as it reads with its format's currency marker and decimal comma, for the evidence of the
 * sheet's currency and decimal mark (sheet-locale.ts) and a CSV written from it: 25000 under
 * "£"#,##0 is £25000, 1234.5 under [$-407]#,##0.00" €" is 1234,50 €; null when the format shows
 * neither. The marker goes where the format shows it; the digits are plain (no grouping), so that no
 * grouping comma can pass for a decimal one; as many decimals as the format has.
 */
export function numberWithMarker(value: number, format: string | undefined): string | null {
  if (!format || !Number.isFinite(value)) return null;
  return numberShownWith(value, markerShape(format));
}

/** What numberWithMarker reads of a format: its marker and where it goes, its decimal comma and places; null when it shows neither marker nor comma. */
export interface MarkerShape {
  found: { marker: string; before: boolean; spaced: boolean } | null;
  comma: boolean;
  places: number;
}

/**
 * The format's part of numberWithMarker, worked out once per format by a caller that reads many
 * numbers of few formats (a column's amounts, each edit of a run: plan/build.ts).
 */
export function markerShape(format: string): MarkerShape | null {
  const section = firstSection(format);
  const found = markerPieces(section);
  const comma = showsDecimalComma(format);
  if (found === null && !comma) return null;
  const places = /[0#?]\.(0+)/.exec(section.replace(/"[^"]*"|\[[^\]]*\]/g, ''))?.[1].length ?? 0;
  return { found, comma, places };
}

/** numberWithMarker of a finite `value` under a format read by markerShape. */
export function numberShownWith(value: number, shape: MarkerShape | null): string | null {
  if (shape === null) return null;
  const { found, comma, places } = shape;
  const plain = places > 0 ? Math.abs(value).toFixed(places) : String(Math.abs(value));
  const digits = comma ? plain.replace('.', ',') : plain;
  const sign = value < 0 ? '-' : '';
  if (found === null) return `${sign}${digits}`;
  const spaced = found.spaced ? ' ' : '';
  return found.before ? `${sign}${found.marker}${spaced}${digits}` : `${sign}${digits}${spaced}${found.marker}`;
}

/**
 * Money shows at most two decimals (fen, cents): a typed 1245.50 keeps both, and a figure typed with
 * more (a unit price of 0.125) is left to show itself under General, since no format of two places
 * may hide a digit the user typed.
 */
const MONEY_PLACES = 2;
/** The formats typedDecimalsFormat writes (0.0, 0.00, #,##0.0, #,##0.00), read back by numberWithDecimals. */
const DECIMALS_ONLY = /^(?:#,##)?0\.(0{1,2})$/;

/**
 * The format that shows an amount with the decimals it was typed with, when no currency marker
 * carries them: 1245.50 under 0.00, 12,500.00 (thousands typed) under #,##0.00; none for a whole
 * number (300, 12,500) or beyond two places. Excel keeps a number's display format, and a user who
 * typed 128.00 expects to see 128.00, not 128.
 */
export function typedDecimalsFormat(places: number, grouped: boolean): string | undefined {
  if (places < 1 || places > MONEY_PLACES) return undefined;
  return `${grouped ? '#,##0' : '0'}.${'0'.repeat(places)}`;
}

/** `format` is one typedDecimalsFormat writes: it says only how many decimals were typed. */
export function isTypedDecimalsFormat(format: string | undefined): boolean {
  return format !== undefined && DECIMALS_ONLY.test(format);
}

/**
 * A number as it reads under a format that shows only its decimals (0.00, #,##0.00), for a CSV
 * written from it and for telling a retype: 1245.5 under 0.00 is 1245.50. Plain digits, no grouping,
 * as numberWithMarker writes them; null under any other format.
 */
export function numberWithDecimals(value: number, format: string | undefined): string | null {
  const places = format === undefined ? undefined : DECIMALS_ONLY.exec(format)?.[1].length;
  if (places === undefined || !Number.isFinite(value) || Math.abs(value) >= 1e15) return null;
  return value.toFixed(places);
}
