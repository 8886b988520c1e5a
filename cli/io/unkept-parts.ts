/**
 * Parts of an .xlsx that exceljs 4.4 has no model for, so it reads past them and never writes them
 * back: the cleaned workbook lacks them (the input file keeps them). The summary says so, since
 * nothing else would tell the user before they open the output and find a chart gone.
 */
import { zipEntry, zipEntryNames } from './zip-entries';

import type ExcelJS from 'exceljs';

export type UnkeptPart =
  | 'charts' | 'chartsheets' | 'pivotTables' | 'dynamicArrays' | 'shapes' | 'cellPictures' | 'wpsCellPictures'
  | 'threadedComments' | 'emptyCellNotes';

type Part = (name: string) => string | null;

/** Whether the input holds each part, in the order the summary names them; `part` reads a file of the archive. */
const PARTS: readonly [UnkeptPart, (name: string, part: Part) => boolean][] = [
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
];

/**
 * `workbook`: the input as exceljs read it. exceljs attaches a note (comment) only to a cell it reads
 * with a value; empty-cell-notes.ts puts the others back, and any note still missing (a comments part
 * it could not place) is counted against the comments parts.
 */
export function unkeptParts(xlsx: Uint8Array, workbook?: ExcelJS.Workbook): UnkeptPart[] {
  const names = zipEntryNames(xlsx);
  const part: Part = (name) => zipEntry(xlsx, name)?.toString('utf8') ?? null;
  const out = PARTS.filter(([, holds]) => names.some((name) => holds(name, part))).map(([kind]) => kind);
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
