/**
 * Parts of an .xlsx that exceljs 4.4 has no model for, so it reads past them and never writes them
 * back: the cleaned workbook lacks them (the input file keeps them). The summary says so, since
 * nothing else would tell the user before they open the output and find a chart gone.
 */
import { zipEntryNames } from './zip-entries';

export type UnkeptPart = 'charts' | 'chartsheets' | 'pivotTables' | 'dynamicArrays';

/** Which part each archive path belongs to, in the order the summary names them. */
const PARTS: readonly [UnkeptPart, (name: string) => boolean][] = [
  ['charts', (name) => name.startsWith('xl/charts/')],
  ['chartsheets', (name) => name.startsWith('xl/chartsheets/')],
  ['pivotTables', (name) => name.startsWith('xl/pivotTables/')],
  // Excel marks a spilling formula (=UNIQUE, =FILTER …) by a cell-metadata index into this part;
  // without it the formula is read as an old-style one showing one value (implicit intersection).
  ['dynamicArrays', (name) => name === 'xl/metadata.xml'],
];

export function unkeptParts(xlsx: Uint8Array): UnkeptPart[] {
  const names = zipEntryNames(xlsx);
  return PARTS.filter(([, holds]) => names.some(holds)).map(([part]) => part);
}
