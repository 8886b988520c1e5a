/** The host-neutral cell: what every host reads its grid into and what the core returns in a plan. */

/**
 * A civil date (no time zone) as `YYYY-MM-DD`, optionally followed by `THH:MM` or `THH:MM:SS`.
 * Dates cross the core boundary as civil dates so that no host's time zone can shift a birthday
 * (PITFALLS A6, B5).
 */
export type IsoDate = string;

export type Cell =
  | { kind: 'empty'; formula?: string }
  /**
   * `link` is the cell's hyperlink target when the host has one (an Excel hyperlink, a Sheets rich-text
   * link): the text is what the cell shows, which for a caption over a `mailto:` link is not the value.
   */
  | { kind: 'text'; value: string; formula?: string; link?: string }
  /** `format` is the host's number format as read (e.g. `0.00`, `@`, `yyyy-mm-dd`) when known. */
  | { kind: 'number'; value: number; format?: string; formula?: string }
  | { kind: 'boolean'; value: boolean; formula?: string }
  | { kind: 'date'; value: IsoDate; formula?: string }
  /**
   * An error value such as `#N/A`, `#REF!`, `#DIV/0!` (the text the host shows). `typed` marks one
   * the host read as text (a CSV's #N/A, error-text.ts): the same error to the core, written back as
   * the text it was, never as an error value.
   */
  | { kind: 'error'; value: string; formula?: string; typed?: true };

export type CellKind = Cell['kind'];

export const EMPTY: Cell = Object.freeze({ kind: 'empty' }) as Cell;

export const text = (value: string): Cell => ({ kind: 'text', value });
export const num = (value: number): Cell => ({ kind: 'number', value });
export const date = (value: IsoDate): Cell => ({ kind: 'date', value });

/**
 * A date value as a sheet writes it: 2024-03-05, or with its time 2024-03-05 14:22:10 (企业微信's
 * 添加时间, HubSpot's Last Activity Date), not the ISO 2024-03-05T14:22:10 the core keeps. Excel reads
 * the spaced form back as a date from a CSV; the T would leave it text. A day alone (YYYY-MM-DD, most
 * of a sheet's dates, each edit of a date column asking) has no T: returned without a replace.
 */
export const sheetDate = (value: IsoDate): string => (value.length > 10 ? value.replace('T', ' ') : value);

/** A cell whose content a formula computes: the core never plans a write to it (PITFALLS A4). */
export function isFormula(cell: Cell): boolean {
  return typeof cell.formula === 'string' && cell.formula.startsWith('=');
}

const NOT_BLANK = /\S/;

/** Empty or only white space (including the ideographic space U+3000). */
export function isBlank(cell: Cell): boolean {
  if (cell.kind === 'empty') return true;
  // A test, not trim(): trim copies every non-blank text of the sheet. (\S is exactly what trim keeps.)
  if (cell.kind === 'text') {
    // Most texts start with a printable ASCII letter or a CJK character, neither of which \s matches
    // (its white space is below U+0021, U+00A0–U+3000 or U+FEFF): no regex run for them.
    const c = cell.value.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return false;
    return !NOT_BLANK.test(cell.value);
  }
  return false;
}

/**
 * The cell as the text a person sees, without locale formatting: numbers in plain decimal
 * (never exponent notation for integers below 1e21), booleans as TRUE/FALSE, dates as ISO.
 */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'date':
    case 'error':
      return cell.value;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'number':
      return numberText(cell.value);
  }
}

/**
 * The text a person sees in the cell: a number as its format shows it where numberShown can tell
 * (13800138000 under 000-0000-0000 reads 138-0013-8000, 80 under 000000 reads 000080), else as
 * cellText. What a change's "was" says, and what tells a retype from a change one can see.
 */
export function shownText(cell: Cell): string {
  if (cell.kind === 'number' && cell.format) return numberShown(cell.value, cell.format) ?? numberText(cell.value);
  return cellText(cell);
}

/** Significant digits Excel keeps and shows of a number. */
const EXCEL_DIGITS = 15;

/**
 * Plain decimal text of a number: 13812345678 stays 13812345678, never 1.38E+10. An integer past
 * 2^53 shows the 15 significant digits Excel shows (110105199003071000), not the double's exact
 * binary tail (…071008), digits nobody typed.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) {
    const [mantissa, exponent] = Math.abs(n).toExponential(EXCEL_DIGITS - 1).split('e');
    return (n < 0 ? '-' : '') + mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0');
  }
  const s = String(n);
  return s.includes('e') ? n.toFixed(10).replace(/\.?0+$/, '') : s;
}

/** numberText with its thousands grouped (12,500, -1,250.5): an amount said back to its user. */
export function groupedNumberText(n: number): string {
  return groupedDigits(numberText(n));
}

/**
 * The first run of digits in `text` (a number's whole part, with or without its currency: $2000.50,
 * 1245.50 元) with its thousands grouped by `mark` ($2,000.50; 1.245,50 € with '.'): as a sheet shows money.
 */
export function groupedDigits(text: string, mark = ','): string {
  return text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, mark));
}

/**
 * The text a number shows under its format, for a text column (a postcode, an ID typed as a number):
 * its digits under General, Text or 0, zero-padded under 000000, with the format's own characters
 * under 00000\-0000 (a ZIP+4: 12345-6789) or "+91 "0; null when the format shows it otherwise (a
 * currency, decimals, grouping), which is not guessed at, and when it already lost digits (an
 * 18-digit ID stored as a number): as text its zeros would pass for the digits, and the next run
 * could no longer tell (a check digit may even match).
 */
export function numberShown(value: number, format: string | undefined): string | null {
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return null;
  if (!format || format === 'General' || format === '@' || format === '0') return numberText(value);
  if (!Number.isInteger(value) || value < 0) return null;
  const parts = digitParts(format);
  return parts === null ? null : withDigits(numberText(value), parts);
}

/**
 * A format of zero placeholders and characters shown as written, as Excel reads it (the code as it
 * stands in styles.xml): `\-` and `"元"` are shown as themselves, as are $ - + / ( ) : ! ^ & ' ~ { } < > =
 * and the space without an escape; `\,` is a comma shown, not a thousands separator. Null for any
 * other code (#, a separator, a decimal point, %, a second section).
 */
function digitParts(format: string): (string | 0)[] | null {
  const parts: (string | 0)[] = [];
  for (const m of format.matchAll(/\\([\s\S])|"([^"]*)"|(0)|([$\-+/():!^&'~{}<>= ])|([\s\S])/g)) {
    if (m[5] !== undefined) return null;
    parts.push(m[3] !== undefined ? 0 : (m[1] ?? m[2] ?? m[4]));
  }
  return parts.includes(0) ? parts : null;
}

/** The digits in the placeholders from the right, zeros where there are none, the rest in the first. */
function withDigits(digits: string, parts: readonly (string | 0)[]): string {
  const slots = parts.filter((p) => p === 0).length;
  const padded = digits.padStart(slots, '0');
  let next = padded.length - 1;
  const out: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    if (p !== 0) out.push(p);
    else if (i === parts.indexOf(0)) out.push(padded.slice(0, next + 1));
    else out.push(padded[next--]);
  }
  return out.reverse().join('');
}

/** Two cells hold the same content (formulas aside). */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'empty') return true;
  return (a as { value: unknown }).value === (b as { value: unknown }).value;
}
