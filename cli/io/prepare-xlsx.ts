/**
 * What exceljs 4.4 would misread in a worksheet's XML, put right before it reads the file:
 * - cells and rows without their `r` address (the format allows it, "implied by position"; some
 *   exporters write them so): exceljs stops with "Invalid row number in model", so we write them in;
 * - date cells `t="d"` (`<v>1990-05-03T00:00:00</v>`, written by SheetJS-style exporters and read
 *   by Excel): exceljs parses the text as a number (1990, i.e. 1905-06-12) and writes that back; we
 *   note them here and readXlsx sets them to the dates they are (cell-dates.ts);
 * - rich values (`<c vm="1" t="e"><v>#VALUE!</v>`: Excel 365's pictures placed in cells, Stocks and
 *   Geography data types): #VALUE! is only what a reader without them shows; we note the cells and
 *   readXlsx reads them as empty, not as an error of the user's (unkept-parts.ts names what is lost);
 * - data validation (drop-down lists): exceljs keeps one copy of a rule per cell, so the usual
 *   "select column E → Data validation" (E2:E1048576) makes a million entries (half a minute and a
 *   gigabyte for a 4-row sheet) and comes back split into overlapping rules. We take the element
 *   out before exceljs reads it and put it back as it was into the written file (kept-parts.ts);
 * - a table column's formulas (a calculated column's, a totals row's own): exceljs stops reading a
 *   table's columns at the first one that has them, so we take them out and keep them on the
 *   columns (table-columns.ts);
 * - Excel 2010 conditional formats other than data bars and icon sets (x14-formats.ts): Excel keeps a
 *   rule reading another sheet (=COUNTIF(黑名单!$A:$A,$A2)>0) only in the sheet's extLst, and exceljs
 *   read it as a rule without its formula and then failed writing the workbook;
 * - the workbook's defined names: exceljs makes one object per cell a name covers, so an old sheet's
 *   名称 over $A$1:$IV$65536 took gigabytes and one over the whole sheet never finished. They are
 *   kept from the input as written (kept-parts.ts) and never read through exceljs.
 */
import { cellsEnd, sheetParts } from './sheet-parts';
import { liftColumnChildren, noteColumnFormulas, TABLE_PART, type ColumnFormulas } from './table-columns';
import { rezip, zipEntry, zipEntryNames } from './zip-entries';
import { liftX14Formats } from './x14-formats';
import { xmlAttribute as attribute } from './xml-text';

export interface DateCell {
  ref: string;
  /** The cell's ISO text, as the file has it. */
  iso: string;
}

export interface PreparedXlsx {
  /** The file exceljs is to read (the input itself when nothing needed changing). */
  bytes: Uint8Array;
  /** Per sheet name: its `t="d"` cells. */
  dateCells: Map<string, DateCell[]>;
  /** Per sheet name: its cells holding a rich value (a picture in the cell). */
  richValueCells: Map<string, string[]>;
  /** Per sheet name: its `<dataValidations>` element, exactly as in the input. */
  validations: Map<string, string>;
  /**
   * Per sheet name: its root start tag and everything after its cells (filters, links, extensions),
   * for what is read or kept from there, so a big sheet's XML is unpacked once.
   */
  outsideCells: Map<string, { root: string; tail: string }>;
  /** Per table name: its columns' formulas, taken out of its part (table-columns.ts). */
  columnFormulas: ColumnFormulas;
  /** Per sheet name: its Excel 2010 conditional formats exceljs cannot model, as an `<ext>` (x14-formats.ts). */
  x14Formats: Map<string, string>;
}

export async function prepareXlsx(xlsx: Uint8Array): Promise<PreparedXlsx> {
  const replaced = new Map<string, Buffer>();
  const dateCells = new Map<string, DateCell[]>();
  const validations = new Map<string, string>();
  const richValueCells = new Map<string, string[]>();
  const outsideCells = new Map<string, { root: string; tail: string }>();
  const x14Formats = new Map<string, string>();
  for (const { name, path } of sheetParts(xlsx)) {
    const data = zipEntry(xlsx, path);
    if (data === null) continue;
    // A sheet of a million cells is searched as bytes (its markup is ASCII) and decoded whole only
    // when something in it is to be read or changed.
    const ascii = data.toString('latin1');
    const needsRefs = lacksCellRefs(ascii);
    const mayHold = (marker: RegExp) => marker.test(ascii);
    if (needsRefs || mayHold(/\bt\s*=\s*["']d["']|\svm\s*=|dataValidations\b/) || mayHold(/78C0D931-6437-407D-A8EE-F0AAD7539E65/i)) {
      const original = data.toString('utf8');
      let xml = needsRefs ? withCellRefs(original) : original;
      const dates = dateCellsOf(xml);
      if (dates.length > 0) dateCells.set(name, dates);
      const rich = richValueCellsOf(xml);
      if (rich.length > 0) richValueCells.set(name, rich);
      const lifted = liftValidations(xml);
      if (lifted) {
        validations.set(name, lifted.element);
        xml = lifted.rest;
      }
      const formats = liftX14Formats(xml);
      if (formats) {
        x14Formats.set(name, formats.ext);
        xml = formats.rest;
      }
      if (xml !== original) replaced.set(path, Buffer.from(xml, 'utf8'));
      outsideCells.set(name, outsideOf(xml));
    } else {
      const end = cellsEnd(ascii);
      outsideCells.set(name, {
        // The root tag declares namespaces: ASCII, as the bytes' offsets are.
        root: /<(?:\w+:)?worksheet\b[^>]*>/.exec(ascii.slice(0, 4096))?.[0] ?? '',
        tail: end < 0 ? data.toString('utf8') : data.subarray(end).toString('utf8'),
      });
    }
  }
  const columnFormulas: ColumnFormulas = new Map();
  for (const name of zipEntryNames(xlsx)) {
    if (!TABLE_PART.test(name)) continue;
    const xml = zipEntry(xlsx, name)?.toString('utf8');
    const lifted = xml === undefined ? null : liftColumnChildren(xml);
    if (!lifted) continue;
    noteColumnFormulas(columnFormulas, lifted.xml, lifted.formulas);
    replaced.set(name, Buffer.from(lifted.xml, 'utf8'));
  }
  const book = zipEntry(xlsx, 'xl/workbook.xml')?.toString('utf8');
  const unnamed = book === undefined ? null : withoutDefinedNames(book);
  if (unnamed !== null) replaced.set('xl/workbook.xml', Buffer.from(unnamed, 'utf8'));
  return { bytes: replaced.size > 0 ? await rezip(xlsx, replaced) : xlsx, dateCells, richValueCells, validations, outsideCells, columnFormulas, x14Formats };
}

/** The workbook part without its `<definedNames>` (kept-parts.ts keeps and writes them back); null when it has none. */
function withoutDefinedNames(book: string): string | null {
  const m = /<((?:\w+:)?)definedNames\b(?:[^>]*\/>|[\s\S]*?<\/\1definedNames>)/.exec(book);
  return m ? book.slice(0, m.index) + book.slice(m.index + m[0].length) : null;
}

/** A sheet's root start tag and its XML from the end of its cells on. */
function outsideOf(xml: string): { root: string; tail: string } {
  const end = cellsEnd(xml);
  return { root: /<(?:\w+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? '', tail: end < 0 ? xml : xml.slice(end) };
}

const ROW_OR_CELL = /<((?:\w+:)?)(row|c)\b([^>]*?)(\/?)>/g;

function sheetDataSpan(xml: string): [number, number] | null {
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return null;
  const close = xml.slice(start).search(/<\/(?:\w+:)?sheetData>/);
  return [start, close < 0 ? start : start + close];
}

/** True when a row or a cell of the sheet data has no `r` (one pattern over the whole data: sheets run to millions of cells). */
function lacksCellRefs(xml: string): boolean {
  const span = sheetDataSpan(xml);
  return span !== null && /<(?:\w+:)?(?:row|c)\b(?![^>]*\sr\s*=)[^>]*>/.test(xml.slice(span[0], span[1]));
}

/** Rows and cells numbered by position where they have no `r`: a row follows the one before, a cell the one left of it. */
function withCellRefs(xml: string): string {
  const span = sheetDataSpan(xml);
  if (!span) return xml;
  let row = 0;
  let col = 0;
  const data = xml.slice(span[0], span[1]).replace(ROW_OR_CELL, (whole, prefix: string, tag: string, attrs: string, end: string) => {
    const r = attribute(attrs, 'r');
    if (tag === 'row') {
      row = r === null ? row + 1 : Number(r);
      col = 0;
      return r === null ? `<${prefix}row r="${row}"${attrs}${end}>` : whole;
    }
    if (r !== null) {
      col = columnNumber(r.replace(/\d+$/, ''));
      return whole;
    }
    col++;
    return `<${prefix}c r="${columnName(col)}${row}"${attrs}${end}>`;
  });
  return xml.slice(0, span[0]) + data + xml.slice(span[1]);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The sheet's `t="d"` cells with their ISO text (a formula's cached result included). */
function dateCellsOf(xml: string): DateCell[] {
  if (!/\bt\s*=\s*["']d["']/.test(xml)) return [];
  const out: DateCell[] = [];
  for (const [, attrs, body] of xml.matchAll(/<(?:\w+:)?c\b([^>]*)(?<!\/)>([\s\S]*?)<\/(?:\w+:)?c>/g)) {
    if (attribute(attrs, 't') !== 'd') continue;
    const ref = attribute(attrs, 'r');
    const iso = /<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1]?.trim();
    if (ref !== null && iso) out.push({ ref, iso });
  }
  return out;
}

/** The cells with a value-metadata index (vm): rich values. */
function richValueCellsOf(xml: string): string[] {
  if (!/<(?:\w+:)?c\b[^>]*\svm\s*=/.test(xml)) return [];
  const out: string[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
    const ref = attribute(tag, 'vm') === null ? null : attribute(tag, 'r');
    if (ref !== null) out.push(ref);
  }
  return out;
}

/**
 * The `<dataValidations>` element taken out of the sheet, and the sheet without it; null when it has
 * none. Only the main namespace's (the root's prefix): Excel 2010's `<x14:dataValidations>` in the
 * extLst is another element, which kept-parts.ts keeps.
 */
function liftValidations(xml: string): { element: string; rest: string } | null {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const m = new RegExp(`<${prefix}dataValidations\\b(?:[^>]*/>|[\\s\\S]*?</${prefix}dataValidations>)`).exec(xml);
  if (!m) return null;
  return { element: m[0], rest: xml.slice(0, m.index) + xml.slice(m.index + m[0].length) };
}
