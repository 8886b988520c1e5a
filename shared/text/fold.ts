import { cellText, isBlank, type Cell } from '../table/cell';

/**
 * Text folding shared by cleaners and matchers: full-width to half-width (NFKC for the ASCII
 * block and the ideographic space) and white-space collapsing that knows CJK spaces.
 * JavaScript's `\s` already covers U+3000 and NBSP; zero-width characters are not white space
 * but hide in pasted data, so they are removed.
 */

/**
 * Characters that show nothing: zero-width spaces and joiners, the byte-order mark, the soft hyphen,
 * and the direction marks and embeddings a phone app or a web page wraps a number in when it is
 * copied (WhatsApp's U+202A … U+202C, U+200E): "139 1234 5678" with them is no number.
 */
const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/*
 * Every cell of a sheet passes through these folds, most of them already folded. Each function first
 * asks, with one regular-expression test that allocates nothing, whether there is anything to do, and
 * returns its input when not: building a copy character by character for every cell is a third of a
 * 100,000-row run's garbage. tests/shared/text/fold.test.ts holds each fast answer to the slow one.
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/;
/** Anything collapseSpaces would change: a zero-width character, white space other than one plain space between two other characters. */
const NOT_COLLAPSED = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|[^\S ]| {2}|^ | $/;
/** Anything collapseSpacesKeepLines would change. */
const NOT_COLLAPSED_LINES = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\r]|[^\S \n]| {2}|^\s|\s$| \n|\n |\n\n\n/;

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, U+3000 to a space; CJK characters untouched. */
export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** Trims and collapses runs of white space (incl. U+3000, NBSP, tabs, line breaks) to one space. */
export function collapseSpaces(s: string): string {
  if (!NOT_COLLAPSED.test(s)) return s;
  return s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** One space for a run of white space, unless it is two or more plain spaces. */
const spaceOrRun = (run: string): string => (/^ {2,}$/.test(run) ? run : ' ');

/**
 * Trims and collapses runs of spaces and tabs on each line, keeping line breaks (for notes, addresses).
 * `keepRuns`: a run of two or more plain spaces inside a line stays as typed (FieldDef.keepSpaceRuns,
 * Mailchimp's address parts); tabs, NBSP and ideographic spaces still become one space.
 */
export function collapseSpacesKeepLines(s: string, keepRuns = false): string {
  if (!NOT_COLLAPSED_LINES.test(s)) return s;
  return s
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (keepRuns ? line.replace(/[^\S\n]+/g, spaceOrRun) : line.replace(/[^\S\n]+/g, ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Full-width letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) and the ideographic space to half-width, and
 * nothing else: in free Chinese text ，。：（） are correct typography and must stay full-width.
 */
export function toHalfWidthAlnum(s: string): string {
  if (!FULL_WIDTH_ALNUM.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** `toHalfWidthAlnum` plus full-width parentheses （） → (), for names of people and companies. */
export function toHalfWidthAlnumParens(s: string): string {
  const half = toHalfWidthAlnum(s);
  return half.includes('（') || half.includes('）') ? half.replace(/（/g, '(').replace(/）/g, ')') : half;
}

/**
 * A number behind a leading apostrophe ('+14155550199, '02134, '110101…): Excel's and Sheets' mark
 * for "keep this as text". Exports (Shopify's phones and zip codes) and plain-text cells keep it as
 * a character, and read with it no number is valid. Names keep theirs ('Tis, O'Neill).
 */
export function dropQuotePrefix(s: string): string {
  return /^['‘’`][+＋(（\d０-９]/u.test(s) ? s.slice(1) : s;
}

/**
 * `dropQuotePrefix` for a column of codes, whose values never begin with an apostrophe of their own:
 * the mark also goes before letters ('H2X 3J6, 'GU1 3AA). Shopify's customers export writes it before
 * every ZIP and postcode, whatever the code holds; Excel hides it, a CSV reader keeps it. A name
 * ('Neill) or a note ('Tis the season) is no code and keeps its apostrophe (dropQuotePrefix).
 */
export function dropCodeMark(s: string): string {
  return /^['‘’`][\p{L}\p{N}]/u.test(s) ? s.slice(1) : dropQuotePrefix(s);
}

/** Full width folded and white space collapsed: the form structured values (phones, dates, amounts, IDs) are read in. */
export function foldAll(s: string): string {
  return collapseSpaces(toHalfWidth(s));
}

/** A cell as one tidy line for labels and groupings (owners, industries, names in a reminder): '' when blank or an error. */
export function displayText(cell: Cell | undefined): string {
  if (!cell || isBlank(cell) || cell.kind === 'error') return '';
  return collapseSpaces(toHalfWidth(cellText(cell)));
}
