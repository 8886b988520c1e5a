/**
 * Reads a CSV file into a Grid: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode
 * text"), or GB18030/GBK as Chinese Excel saves it; comma, semicolon or tab; every value stays text
 * (PITFALLS C2, C3).
 */
import Papa from 'papaparse';
import type { Cell, Grid } from '../../shared';
import { CliError } from '../errors';

/** The text of a CSV file, whatever encoding a spreadsheet saved it in. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD, which is how GBK bytes are told apart.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // GB18030 is a superset of GBK and GB2312, so one decoder covers what Chinese Excel writes.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
/** Records looked at to choose the delimiter. */
const SAMPLE = 50;

/**
 * The delimiter that splits the most sampled records into the same number (≥ 2) of fields.
 * papaparse's own guess averages field counts over every line, so a title line, a blank line or
 * the empty record after a final line break can sink a two-column file below its threshold.
 */
export function guessDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [width, n] of counts) score = Math.max(score, n * 1000 + width);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** `name` (the file name) becomes the sheet name, as Excel does when it opens a CSV. */
export function readCsv(bytes: Uint8Array, name: string): Grid {
  const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    // dynamicTyping would turn 0755… into 755… and 18-digit IDs into floats (PITFALLS C3).
    dynamicTyping: false,
    header: false,
    // Blank lines stay rows, so row numbers match the lines a spreadsheet shows.
    skipEmptyLines: false,
  });
  refuseBadQuote(text, parsed);
  const rows = parsed.data;
  // A final line break makes one empty record that is not a row of the sheet.
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  const cells: Cell[][] = rows.map((row) => row.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v })));
  return { sheetName: sheetNameOf(name), cells, firstRow: 1, firstCol: 1 };
}

/** Characters of the bad line shown in the message. */
const EXCERPT = 60;

/**
 * papaparse reads on from a quote that does not close its field (`"VIP"老客户`, or `"` never
 * closed) to the next quote or the end of the file, folding every line in between into one cell, and
 * says so only in `errors`. Those rows would be cleaned as one customer, so the file is refused
 * with the line where the bad field starts, for the user to fix.
 */
function refuseBadQuote(text: string, parsed: Papa.ParseResult<string[]>): void {
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (!bad) return;
  // `index` is just past the field's opening quote; `row` counts records, not the lines a user sees.
  const at = Math.max(0, (bad.index ?? 0) - 1);
  const linebreak = parsed.meta.linebreak || '\n';
  const before = text.lastIndexOf(linebreak, at);
  const start = before === -1 ? 0 : before + linebreak.length;
  const line = text.slice(0, start).split(linebreak).length;
  const end = text.indexOf(linebreak, at);
  const whole = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  const excerpt = Array.from(whole).length > EXCERPT ? Array.from(whole).slice(0, EXCERPT).join('') + '…' : whole;
  throw new CliError('cli.csvBadQuote', { line, excerpt });
}

/** The file name without folder and extension. */
function sheetNameOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}
