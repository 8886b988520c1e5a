/**
 * Notes (comments) on empty cells, which exceljs 4.4 drops on reading: it attaches a note only to a
 * cell it reads with a value, and a note pinned beside the table (月底回访 on an empty cell) has none.
 * We read them from the comments parts ourselves and put them back on their cells, so the cleaned
 * workbook keeps every note of the input. The text is kept; the note's fonts are not.
 */
import type ExcelJS from 'exceljs';
import { relTargets, sheetParts } from './sheet-parts';
import { zipEntry } from './zip-entries';
import { unescapeXml, xmlAttribute as attribute } from './xml-text';

const COMMENTS_TYPE = /\/relationships\/comments$/;

/** Puts back the notes exceljs dropped; returns how many. The sheets' grids are read before this. */
export function restoreEmptyCellNotes(xlsx: Uint8Array, workbook: ExcelJS.Workbook): number {
  const part = (name: string) => zipEntry(xlsx, name)?.toString('utf8') ?? null;
  let restored = 0;
  for (const { name, path, relsPath } of sheetParts(xlsx)) {
    const worksheet = workbook.getWorksheet(name);
    const rels = part(relsPath);
    if (!worksheet || rels === null) continue;
    for (const { type, target } of relTargets(rels, path.slice(0, path.lastIndexOf('/') + 1)).values()) {
      if (!COMMENTS_TYPE.test(type)) continue;
      for (const [ref, text] of comments(part(target) ?? '')) {
        const cell = worksheet.getCell(ref);
        if (cell.note) continue;
        cell.note = text;
        restored++;
      }
    }
  }
  return restored;
}

/** Each comment's cell and its text (the runs' texts joined, as exceljs reads a note it keeps). */
function comments(xml: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [, attrs, body] of xml.matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const ref = attribute(attrs, 'ref');
    if (ref === null) continue;
    // Phonetic runs (<rPh>) are readings of the text, not part of it.
    const text = Array.from(body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*(?<!\/)>([\s\S]*?)<\/(?:\w+:)?t>/g), (m) => unescapeXml(m[1])).join('');
    if (text !== '') out.push([ref, text]);
  }
  return out;
}
