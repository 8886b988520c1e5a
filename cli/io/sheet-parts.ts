/**
 * Where each worksheet of an .xlsx lives in the archive (xl/workbook.xml names the sheets, its
 * relationships part says which file holds each), for the parts we read or put back ourselves.
 */
import { zipEntry } from './zip-entries';
import { xmlAttribute as attribute } from './xml-text';

export interface SheetPart {
  name: string;
  /** Position among the workbook's sheets (what a defined name's localSheetId counts). */
  index: number;
  /** The worksheet's file: 'xl/worksheets/sheet1.xml'. */
  path: string;
  /** Its relationships part's file, present or not: 'xl/worksheets/_rels/sheet1.xml.rels'. */
  relsPath: string;
}

/** The worksheets (not chart sheets) in workbook order; empty when the workbook part is missing. */
export function sheetParts(xlsx: Uint8Array): SheetPart[] {
  const book = zipEntry(xlsx, 'xl/workbook.xml')?.toString('utf8');
  const bookRels = zipEntry(xlsx, 'xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (book === undefined || bookRels === undefined) return [];
  const paths = relTargets(bookRels, 'xl/');
  const out: SheetPart[] = [];
  (book.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).forEach((tag, index) => {
    const name = attribute(tag, 'name');
    const id = attribute(tag, '(?:\\w+:)?id');
    const rel = id === null ? undefined : paths.get(id);
    if (name === null || !rel || !/\/worksheet$/.test(rel.type)) return;
    const folder = rel.target.slice(0, rel.target.lastIndexOf('/') + 1);
    out.push({ name, index, path: rel.target, relsPath: `${folder}_rels/${rel.target.slice(folder.length)}.rels` });
  });
  return out;
}

/** A relationships part's internal targets by id, resolved against `base` (the folder of the part they belong to). */
export function relTargets(rels: string, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === null || target === null || attribute(tag, 'TargetMode') === 'External') continue;
    out.set(id, { type: attribute(tag, 'Type') ?? '', target: resolvePart(base, target) });
  }
  return out;
}

/** `target` against the folder `base` ('xl/worksheets/'): '../comments1.xml' → 'xl/comments1.xml', '/xl/x.xml' → 'xl/x.xml'. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter((p) => p !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** Where a worksheet's XML leaves its cells: the index of `</sheetData>` (or of an empty `<sheetData/>`); -1 when it has none. */
export function cellsEnd(xml: string): number {
  const plain = xml.indexOf('</sheetData>');
  return plain >= 0 ? plain : xml.search(/<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/);
}
