/** How a generated sheet is laid out on a worksheet, and its truth file: one layout for CSV, xlsx and the benches. */
import type { GeneratedSheet } from './types';

/**
 * The sheet as rows of text, top to bottom: the title line and one blank row when there is a
 * title, then the header, then the data. Every row has the header's width.
 */
export function sheetRows(sheet: GeneratedSheet): string[][] {
  const width = sheet.headers.length;
  const blank = () => new Array<string>(width).fill('');
  const top: string[][] = [];
  if (sheet.title !== undefined) {
    const title = blank();
    title[0] = sheet.title;
    top.push(title, blank());
  }
  return [...top, sheet.headers.slice(), ...sheet.rows.map((r) => r.slice())];
}

/** Sheet row number (1-based, as a spreadsheet shows it) of data row 0. */
export function firstDataRow(sheet: GeneratedSheet): number {
  return sheet.title !== undefined ? 4 : 2;
}

/**
 * The truth as a table: `row` is the sheet row number (what Excel shows at the left, and the
 * record number in the CSV), `entity` the customer id, `role` how the row came to be and
 * `related` the customer a look-alike was modelled on (−1 for none).
 */
export function truthRows(sheet: GeneratedSheet): string[][] {
  const first = firstDataRow(sheet);
  return [
    ['row', 'entity', 'role', 'related'],
    ...sheet.entity.map((e, i) => [String(first + i), String(e), sheet.roles[i], String(sheet.related[i])]),
  ];
}
