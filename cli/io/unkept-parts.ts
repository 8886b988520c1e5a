/**
 * Parts of an .xlsx that exceljs 4.4 has no model for, so it reads past them and never writes them
 * back: the cleaned workbook lacks them (the input file keeps them). The summary says so, since
 * nothing else would tell the user before they open the output and find a chart gone.
 */
import { zipEntry, zipEntryNames } from './zip-entries';

import type ExcelJS from 'exceljs';

export type UnkeptPart = 'charts' | 'chartsheets' | 'pivotTables' | 'dynamicArrays' | 'emptyCellNotes';

/** Which part each archive path belongs to, in the order the summary names them. */
const PARTS: readonly [UnkeptPart, (name: string) => boolean][] = [
  ['charts', (name) => name.startsWith('xl/charts/')],
  ['chartsheets', (name) => name.startsWith('xl/chartsheets/')],
  ['pivotTables', (name) => name.startsWith('xl/pivotTables/')],
  // Excel marks a spilling formula (=UNIQUE, =FILTER …) by a cell-metadata index into this part;
  // without it the formula is read as an old-style one showing one value (implicit intersection).
  ['dynamicArrays', (name) => name === 'xl/metadata.xml'],
];

/**
 * `workbook`: the input as exceljs read it. exceljs attaches a note (comment) only to a cell it reads
 * with a value; empty-cell-notes.ts puts the others back, and any note still missing (a comments part
 * it could not place) is counted against the comments parts.
 */
export function unkeptParts(xlsx: Uint8Array, workbook?: ExcelJS.Workbook): UnkeptPart[] {
  const names = zipEntryNames(xlsx);
  const out = PARTS.filter(([, holds]) => names.some(holds)).map(([part]) => part);
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
