/**
 * What exceljs 4.4 would misread in a worksheet's XML, put right before it reads the file:
 * - date cells `t="d"` (`<v>1990-05-03T00:00:00</v>`, written by SheetJS-style exporters and read
 *   by Excel): exceljs parses the text as a number (1990, i.e. 1905-06-12) and writes that back; we
 *   note them here and readXlsx sets them to the dates they are (cell-dates.ts);
 * - data validation (drop-down lists): exceljs keeps one copy of a rule per cell, so the usual
 *   "select column E → Data validation" (E2:E1048576) makes a million entries (half a minute and a
 *   gigabyte for a 4-row sheet) and comes back split into overlapping rules. We take the element
 *   out before exceljs reads it and put it back as it was into the written file (kept-parts.ts).
 */
import { sheetParts } from './sheet-parts';
import { rezip, zipEntry } from './zip-entries';
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
  /** Per sheet name: its `<dataValidations>` element, exactly as in the input. */
  validations: Map<string, string>;
}

export function prepareXlsx(xlsx: Uint8Array): PreparedXlsx {
  const replaced = new Map<string, Buffer>();
  const dateCells = new Map<string, DateCell[]>();
  const validations = new Map<string, string>();
  for (const { name, path } of sheetParts(xlsx)) {
    const original = zipEntry(xlsx, path)?.toString('utf8');
    if (original === undefined) continue;
    let xml = original;
    const dates = dateCellsOf(xml);
    if (dates.length > 0) dateCells.set(name, dates);
    const lifted = liftValidations(xml);
    if (lifted) {
      validations.set(name, lifted.element);
      xml = lifted.rest;
    }
    if (xml !== original) replaced.set(path, Buffer.from(xml, 'utf8'));
  }
  return { bytes: replaced.size > 0 ? rezip(xlsx, replaced) : xlsx, dateCells, validations };
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

/** The `<dataValidations>` element taken out of the sheet, and the sheet without it; null when it has none. */
function liftValidations(xml: string): { element: string; rest: string } | null {
  const m = /<((?:\w+:)?)dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/\1dataValidations>)/.exec(xml);
  if (!m) return null;
  return { element: m[0], rest: xml.slice(0, m.index) + xml.slice(m.index + m[0].length) };
}
