/**
 * Parts of an .xlsx that exceljs 4.4 has no model for, so it reads past them and never writes them
 * back: the cleaned workbook lacks them (the input file keeps them). The summary says so, since
 * nothing else would tell the user before they open the output and find a chart gone.
 */
import { zipEntry, zipEntryNames } from './zip-entries';
import { cellsEnd } from './sheet-parts';

import type ExcelJS from 'exceljs';

export type UnkeptPart =
  | 'charts' | 'chartsheets' | 'pivotTables' | 'dynamicArrays' | 'shapes' | 'cellPictures' | 'wpsCellPictures'
  | 'threadedComments' | 'slicers' | 'sheetExtensions' | 'emptyCellNotes';

type Part = (name: string) => string | null;
type Bytes = (name: string) => Buffer | null;

/** Whether the input holds each part, in the order the summary names them; `part` reads a file of the archive. */
const PARTS: readonly [UnkeptPart, (name: string, part: Part, bytes: Bytes) => boolean][] = [
  ['charts', (name) => name.startsWith('xl/charts/')],
  ['chartsheets', (name) => name.startsWith('xl/chartsheets/')],
  ['pivotTables', (name) => name.startsWith('xl/pivotTables/')],
  // Excel marks a spilling formula (=UNIQUE, =FILTER …) by a cell-metadata index into this part (its
  // XLDAPR type); without it the formula is read as an old-style one showing one value (implicit
  // intersection). The same part also marks rich values (pictures in cells), which are not formulas.
  ['dynamicArrays', (name, part) => name === 'xl/metadata.xml' && /\bXLDAPR\b/.test(part(name) ?? '')],
  // exceljs rebuilds a sheet's drawing from its pictures only: shapes, text boxes, arrows go.
  ['shapes', (name, part) => /^xl\/drawings\/[^/]+\.xml$/.test(name) && /<(?:\w+:)?(?:sp|grpSp|cxnSp)\b/.test(part(name) ?? '')],
  // Excel 365's "Place in Cell" pictures and data types (Stocks, Geography) are rich values: the
  // cell only shows #VALUE! to a reader without them, so readXlsx reads it as empty.
  ['cellPictures', (name, part) => name.startsWith('xl/richData/') || (name === 'xl/metadata.xml' && /\bXLRICHVALUE\b/.test(part(name) ?? ''))],
  // WPS's pictures in cells: =DISPIMG("ID_…",1) formulas looking up this part, which exceljs drops.
  ['wpsCellPictures', (name) => name === 'xl/cellimages.xml'],
  // A thread's replies and @mentions; Excel also writes each thread as a plain note, which is kept.
  ['threadedComments', (name) => name.startsWith('xl/threadedComments/')],
  // A table's or pivot table's slicers and timelines: their parts, and their lists in a sheet's extLst.
  ['slicers', (name) => /^xl\/(?:slicers|slicerCaches|timelines|timelineCaches)\//.test(name)],
  // Any other Excel 2010+ extension in a sheet's extLst, which exceljs reads past (an add-in's web
  // extension, x14 editable ranges …): the ones kept-parts.ts carries over and exceljs's own are not lost.
  ['sheetExtensions', (name, _part, bytes) => /^xl\/worksheets\/[^/]+\.xml$/.test(name) && lostSheetExtension(bytes(name))],
];

/**
 * Extensions a sheet's extLst may hold that are not lost: x14 drop-downs, sparklines and conditional
 * formats (kept-parts.ts, x14-formats.ts), a data bar's id (exceljs's), slicer and timeline lists
 * (named as slicers).
 */
const KEPT_EXT_URIS = new Set([
  '{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}', '{05C60535-1F16-4FD2-B633-F4F36F0B64E0}', '{78C0D931-6437-407D-A8EE-F0AAD7539E65}',
  '{B025F937-C7B1-47D3-B67F-A62EFF666E3E}',
  '{A8765BA9-456A-4DAB-B4F3-ACF838C121DE}', '{3A4CF648-6AED-40F4-86FF-DC5316D8AED3}', '{7E03D99C-DC04-49D9-9315-930204A7B6E9}',
]);

/** Whether a sheet part holds an extension (after its cells: a big sheet's cells are not decoded) that nothing carries over. */
function lostSheetExtension(data: Buffer | null): boolean {
  if (data === null) return false;
  const ascii = data.toString('latin1');
  const end = cellsEnd(ascii);
  const tail = end < 0 ? ascii : ascii.slice(end);
  return [...tail.matchAll(/<(?:\w+:)?ext\b[^>]*\suri\s*=\s*["']([^"']*)["']/g)].some((m) => !KEPT_EXT_URIS.has(m[1].toUpperCase()));
}

/**
 * `workbook`: the input as exceljs read it. exceljs attaches a note (comment) only to a cell it reads
 * with a value; empty-cell-notes.ts puts the others back, and any note still missing (a comments part
 * it could not place) is counted against the comments parts.
 */
export function unkeptParts(xlsx: Uint8Array, workbook?: ExcelJS.Workbook): UnkeptPart[] {
  const names = zipEntryNames(xlsx);
  const part: Part = (name) => zipEntry(xlsx, name)?.toString('utf8') ?? null;
  const bytes: Bytes = (name) => zipEntry(xlsx, name);
  const out = PARTS.filter(([, holds]) => names.some((name) => holds(name, part, bytes))).map(([kind]) => kind);
  if (workbook) {
    let written = 0;
    for (const name of names) {
      if (!/^xl\/comments\d*\.xml$/.test(name)) continue;
      written += (zipEntry(xlsx, name)?.toString('utf8').match(/<comment\s/g) ?? []).length;
    }
    let read = 0;
    workbook.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.note) read++;
    })));
    if (read < written) out.push('emptyCellNotes');
  }
  return out;
}
