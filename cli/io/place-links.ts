/**
 * Links to a place in the workbook (`<hyperlink ref="H2" location="明细!A1"/>`, no relationship),
 * which exceljs 4.4 drops on reading: it only keeps links whose target is in a relationship. Each
 * becomes a '#明细!A1' link on its cell, which exceljs writes back (kept-parts.ts turns it into the
 * in-workbook link Excel writes) and which stays on the cell when the run cleans its text.
 */
import type ExcelJS from 'exceljs';
import { xmlAttribute as attribute } from './xml-text';

/** Puts the in-workbook links back on their text cells; returns how many. `outsideCells`: each sheet's XML after its cells (prepareXlsx). */
export function restorePlaceLinks(outsideCells: ReadonlyMap<string, { tail: string }>, workbook: ExcelJS.Workbook): number {
  let restored = 0;
  for (const [name, { tail }] of outsideCells) {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet) continue;
    for (const tag of tail.match(/<(?:\w+:)?hyperlink\b[^>]*>/g) ?? []) {
      const ref = attribute(tag, 'ref');
      const location = attribute(tag, 'location');
      if (ref === null || location === null || attribute(tag, '(?:\\w+:)?id') !== null) continue;
      const cell = worksheet.getCell(ref.split(':')[0]);
      const v = cell.value;
      const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? (v as ExcelJS.CellRichTextValue) : undefined;
      // A number or a formula keeps its value: exceljs's links carry text only.
      if (text === undefined) continue;
      const tooltip = attribute(tag, 'tooltip');
      cell.value = { text, hyperlink: `#${location}`, ...(tooltip === null ? {} : { tooltip }) } as ExcelJS.CellHyperlinkValue;
      restored++;
    }
  }
  return restored;
}

/**
 * A link's tooltip (`<hyperlink ref="A6" r:id="rId1" tooltip="官网"/>`), which exceljs 4.4 drops on
 * reading a link kept in a relationship (it keeps only the target), and writes back when the cell's
 * link carries one: put on its cell, it stays with the cell through the run and a merge. Returns how many.
 */
export function restoreLinkTooltips(outsideCells: ReadonlyMap<string, { tail: string }>, workbook: ExcelJS.Workbook): number {
  let restored = 0;
  for (const [name, { tail }] of outsideCells) {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet || !/\stooltip\s*=/.test(tail)) continue;
    for (const tag of tail.match(/<(?:\w+:)?hyperlink\b[^>]*>/g) ?? []) {
      const ref = attribute(tag, 'ref');
      const tooltip = attribute(tag, 'tooltip');
      if (ref === null || tooltip === null || attribute(tag, '(?:\\w+:)?id') === null) continue;
      const cell = worksheet.getCell(ref.split(':')[0]);
      const v = cell.value;
      if (v === null || typeof v !== 'object' || !('hyperlink' in v) || v.tooltip !== undefined) continue;
      cell.value = { ...v, tooltip };
      restored++;
    }
  }
  return restored;
}
