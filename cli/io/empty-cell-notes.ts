/**
 * Notes (comments) on empty cells, which exceljs 4.4 drops on reading: it attaches a note only to a
 * cell it reads with a value, and a note pinned beside the table (月底回访 on an empty cell) has none.
 * We read them from the comments parts ourselves and put them back on their cells, so the cleaned
 * workbook keeps every note of the input. The text is kept; the note's fonts are not.
 */
import type ExcelJS from 'exceljs';
import { zipEntry } from './zip-entries';
import { unescapeXml, xmlAttribute as attribute } from './xml-text';

const COMMENTS_TYPE = /\/relationships\/comments$/;

/** Puts back the notes exceljs dropped; returns how many. The sheets' grids are read before this. */
export function restoreEmptyCellNotes(xlsx: Uint8Array, workbook: ExcelJS.Workbook): number {
  const part = (name: string) => zipEntry(xlsx, name)?.toString('utf8') ?? null;
  const book = part('xl/workbook.xml');
  const bookRels = part('xl/_rels/workbook.xml.rels');
  if (book === null || bookRels === null) return 0;
  const sheetPaths = targets(bookRels, 'xl/');
  let restored = 0;
  for (const tag of book.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, '(?:\\w+:)?id');
    const sheetPath = id === null ? undefined : sheetPaths.get(id)?.target;
    const worksheet = name === null ? undefined : workbook.getWorksheet(name);
    if (!sheetPath || !worksheet) continue;
    const folder = sheetPath.slice(0, sheetPath.lastIndexOf('/') + 1);
    const rels = part(`${folder}_rels/${sheetPath.slice(folder.length)}.rels`);
    if (rels === null) continue;
    for (const { type, target } of targets(rels, folder).values()) {
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

/** A relationships part's targets by id, resolved against `base` (the folder of the part they belong to). */
function targets(rels: string, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === null || target === null || attribute(tag, 'TargetMode') === 'External') continue;
    out.set(id, { type: attribute(tag, 'Type') ?? '', target: resolve(base, target) });
  }
  return out;
}

/** `target` against the folder `base` ('xl/worksheets/'): '../comments1.xml' → 'xl/comments1.xml', '/xl/x.xml' → 'xl/x.xml'. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter((p) => p !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
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
