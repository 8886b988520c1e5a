/**
 * Reads a CSV file into a Grid: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode
 * text"), GB18030/GBK as mainland Chinese Excel saves it, Big5 as Taiwan's and Hong Kong's does, or
 * Windows-1252 as a UK, US or European PC's does; comma, semicolon or tab; every value stays text
 * (PITFALLS C2, C3).
 */
import Papa from 'papaparse';
import type { Cell, Grid } from '../../shared';
import { CliError } from '../errors';
import type { RunNote } from '../notes';
import { FORMULA_TRIGGER, type CsvDelimiter } from './write-csv';
import { decodeWindows1252, UNDEFINED_1252 } from './windows-1252';

/** The text of a CSV file, whatever encoding a spreadsheet saved it in. */
export function decodeCsv(bytes: Uint8Array): string {
  return decodeCsvCounted(bytes).text;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** What TextDecoder puts for bytes that are not UTF-8. */
const REPLACEMENT = '\uFFFD';

/**
 * The text; for a UTF-8 file with a BOM, the characters that were not UTF-8 (shown as U+FFFD) and the
 * first line holding one; whether it was read as Windows-1252.
 */
function decodeCsvCounted(bytes: Uint8Array): { text: string; unreadable: number; line: number; western?: true } {
  const whole = { unreadable: 0, line: 0 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), ...whole };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), ...whole };
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    // The BOM says UTF-8: one bad byte (a Latin-1 é pasted in) is one unreadable character, not a
    // reason to read every other value as GB18030 mojibake.
    const text = new TextDecoder('utf-8').decode(bytes);
    // A U+FFFD the file itself holds (bytes EF BF BD) was read, not lost.
    const unreadable = text.split(REPLACEMENT).length - 1 - occurrences(bytes, ENCODED_REPLACEMENT);
    if (unreadable <= 0) return { text, ...whole };
    const first = text.indexOf(REPLACEMENT);
    return { text, unreadable, line: text.slice(0, first).split('\n').length };
  }
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD, which is how GBK bytes are told apart.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), ...whole };
  } catch {
    const chinese = decodeChinese(bytes);
    if (chinese !== null) return { text: chinese, ...whole };
    if (isWestern(bytes)) return { text: decodeWindows1252(bytes), ...whole, western: true };
    throw new CliError('cli.csvEncoding');
  }
}

/**
 * Whether a file that is neither UTF-8 nor Chinese reads as Windows-1252, what Excel's plain "CSV
 * (Comma delimited)" is on a UK, US or European PC (£ is A3, € is 80, é is E9). Its non-ASCII bytes
 * are letters and signs among ASCII ones (Renée, £950, Groß), mostly one at a time; a multi-byte
 * encoding's come in runs (a Chinese name is six bytes). Any byte sequence decodes in Windows-1252,
 * so without this a cut or foreign file would be cleaned as nonsense rather than refused. Tried only
 * after GBK and Big5 fail: a Big5 file's characters can also look like single bytes (台北 is A5 78 A5 5F).
 */
export function isWestern(bytes: Uint8Array): boolean {
  let high = 0;
  let alone = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (UNDEFINED_1252.has(b)) return false;
    high++;
    if ((i === 0 || bytes[i - 1] < 0x80) && (i === bytes.length - 1 || bytes[i + 1] < 0x80)) alone++;
  }
  return high > 0 && alone * 2 >= high;
}

/**
 * How many two-byte characters of the file are Chinese characters, and how many of them are among
 * the common ones of each encoding: GB2312's first level (leads B0–D7, the 3,755 most used hanzi) and
 * Big5's frequently used characters (leads A4–C6, 5,401). One encoding's common characters fall
 * mostly outside the other's: Big5 puts four in ten of them on trail bytes 40–7E, which GBK uses only
 * for rare extension characters, and only GB2312's leads B0–C6 are among Big5's common leads (a
 * Taiwan sheet measures 100% Big5-common and 31% GB-common; a GBK one 99% and 55%). Symbols and
 * punctuation (leads A1–A3 in both) tell nothing.
 */
export function commonHanzi(bytes: Uint8Array): { han: number; gb: number; big5: number } {
  let han = 0;
  let gb = 0;
  let big5 = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i];
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[i + 1];
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) continue;
    i++;
    if (lead <= 0xa3) continue;
    han++;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1) gb++;
    if (lead >= 0xa4 && lead <= 0xc6 && (trail <= 0x7e || trail >= 0xa1)) big5++;
  }
  return { han, gb, big5 };
}

/** A file whose Chinese characters are this share common ones (or more) is read in that encoding. */
const MOSTLY_COMMON = 0.5;

/**
 * A CSV that is not UTF-8: GB18030 (a superset of GBK and GB2312: what mainland Chinese Excel writes)
 * or Big5 (what Excel writes in Taiwan and Hong Kong), whichever makes most of its characters common
 * ones and leaves no byte unread. Either decoder turns the other's bytes into characters, not
 * errors, so a wrong guess would be a whole sheet of valid-looking nonsense: null for a file that
 * reads cleanly in neither.
 */
function decodeChinese(bytes: Uint8Array): string | null {
  const { han, gb, big5 } = commonHanzi(bytes);
  const tries = (big5 > gb ? ['big5', 'gb18030'] : ['gb18030', 'big5']).map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    const common = encoding === 'big5' ? big5 : gb;
    return { text, clean: !text.includes(REPLACEMENT) && (han === 0 || common >= han * MOSTLY_COMMON) };
  });
  return tries.find((t) => t.clean)?.text ?? null;
}

const ENCODED_REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

function occurrences(bytes: Uint8Array, part: Buffer): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let at = buf.indexOf(part); at !== -1; at = buf.indexOf(part, at + part.length)) n++;
  return n;
}

const DELIMITERS = [',', ';', '\t'] as const;
/** Records looked at to choose the delimiter. */
const SAMPLE = 50;

/**
 * The delimiter that splits the most sampled records into the same number (≥ 2) of fields.
 * papaparse's own guess averages field counts over every line, so a title line, a blank line or
 * the empty record after a final line break can sink a two-column file below its threshold.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = DELIMITERS[0];
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
  return readCsvFile(bytes, name).grid;
}

/**
 * Excel's text mark before digits ('02134, '6253817348274): Shopify's customer export writes its ZIP
 * codes and IDs so, that Excel keeps their zeros and shows all their digits. No character of the
 * value, as our own formula guard's apostrophe is none: read as the digits it marks, and where it
 * stood kept, for a CSV output to write it again (write-csv.ts keepTextMarks).
 */
const TEXT_MARK = /^'\d+$/;

/**
 * How the file kept a value as text: Excel's apostrophe ('02134, TEXT_MARK) or a formula of the
 * text (="01002", TEXT_FORMULA). Either is read as the value it shows, and written again by a CSV
 * output where the value still needs it (write-csv.ts keepTextMarks).
 */
export type TextMark = 'apostrophe' | 'formula';
/** The marked sheet cells (`row:col`, from 1) of a CSV, and how each was marked. */
export type TextMarks = ReadonlyMap<string, TextMark>;
export const markAt = (row: number, col: number): string => `${row}:${col}`;

/** The grid, notes for the summary on what could not be read, and the delimiter the file's fields were split on. */
export function readCsvFile(bytes: Uint8Array, name: string): { grid: Grid; notes: RunNote[]; marks: TextMarks; delimiter: CsvDelimiter } {
  const decoded = decodeCsvCounted(bytes);
  const notes: RunNote[] = decoded.unreadable === 0 ? [] : [{ key: 'cli.note.undecodable', params: { count: decoded.unreadable, line: decoded.line } }];
  if (decoded.western) notes.push({ key: 'cli.note.windows1252', params: {} });
  const text = oneLineEnd(decoded.text.replace(/^\uFEFF/, ''));
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
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
  const marks = new Map<string, TextMark>();
  let apostrophes = 0;
  const cells: Cell[][] = rows.map((row, r) => row.map((v, c): Cell => {
    if (v === '') return { kind: 'empty' };
    if (TEXT_MARK.test(v)) {
      marks.set(markAt(r + 1, c + 1), 'apostrophe');
      apostrophes++;
      return { kind: 'text', value: v.slice(1) };
    }
    const wrapped = TEXT_FORMULA.exec(v);
    if (!wrapped) return { kind: 'text', value: withoutGuard(v) };
    marks.set(markAt(r + 1, c + 1), 'formula');
    return { kind: 'text', value: wrapped[1] };
  }));
  if (apostrophes > 0) notes.push({ key: 'cli.note.textMarks', params: { count: apostrophes } });
  return { grid: { sheetName: sheetNameOf(name), cells, firstRow: 1, firstCol: 1 }, notes, marks, delimiter };
}

/**
 * A file of CRLF lines with lines of bare LF added to it (a row appended to a cleaned out.csv by a
 * shell or a script before the next --merge): papaparse takes the first line end for all, and a
 * quoted last field followed by a bare LF reads as a quote that never closes, so the file was
 * refused. Line ends outside quotes become LF when both kinds are there; a line break inside a
 * quoted value is the cell's own and stays as typed.
 */
function oneLineEnd(text: string): string {
  if (!text.includes('\r\n') || !/(?:^|[^\r])\n/.test(text)) return text;
  let out = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\r' && !quoted && text[i + 1] === '\n') {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

/**
 * Our CSV writer puts a `'` before a value a spreadsheet would evaluate (write-csv FORMULA_TRIGGER).
 * Read back, that apostrophe is no user data: kept, every rerun on our own CSV would "fix" its
 * `'+86 …` phones and an .xlsx output would show `'-重要客户`. It goes only where the writer would
 * have put it, so a user's own `'老客户` or `'-5` stays as typed.
 */
function withoutGuard(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGER.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * ="13812345678": how shop and bank exports (淘宝, 抖店, statements, Square) keep Excel from reading a
 * long number as one, a formula whose whole value is that text. Excel shows 13812345678; so is it
 * read, and where it stood kept (TextMarks).
 */
const TEXT_FORMULA = /^="([^"]*)"$/;

/**
 * papaparse reads on from a quote that does not close its field (`"VIP"老客户`, or `"` never
 * closed) to the next quote or the end of the file, folding every line in between into one cell, and
 * says so only in `errors`. Those rows would be cleaned as one customer, so the file is refused
 * with the line where the bad field starts and which field of it, for the user to fix. The line's
 * text is not shown: it is a customer's name, phone and e-mail, and stderr ends up in cron mails
 * and CI logs (PITFALLS E4). The header of that column is, as the summary shows headers.
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
  const field = fieldAt(text.slice(start, at), parsed.meta.delimiter || ',');
  const header = line > 1 ? (parsed.data[0]?.[field - 1] ?? '').trim() : '';
  if (header === '') throw new CliError('cli.csvBadQuote', { line, field });
  throw new CliError('cli.csvBadQuoteHeader', { line, field, header });
}

/** Which field (from 1) of a line starts at the end of `head`, the line's text before it: delimiters outside quotes counted. */
function fieldAt(head: string, delimiter: string): number {
  let field = 1;
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === '"') quoted = !quoted;
    else if (!quoted && head.startsWith(delimiter, i)) field++;
  }
  return field;
}

/** The file name without folder and extension. */
function sheetNameOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}
