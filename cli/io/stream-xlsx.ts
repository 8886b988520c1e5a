/**
 * Writes a workbook we built ourselves (from a CSV input) through exceljs's streaming writer.
 * exceljs's in-memory writer renders every sheet to one XML string and zips it in memory: a
 * 100,000-row sheet took 15 to 50 seconds and over 2 GB of heap on top of the model, which stops
 * Node with "heap out of memory" on an 8 GB laptop. The streaming writer writes row by row in a
 * few megabytes. A user's own .xlsx is not written this way: it may hold what this copy does not
 * carry (charts, images, defined names, data validation …), so it keeps the in-memory writer.
 *
 * What it carries is what our sheets use: cell values (text, numbers, dates as serials, booleans,
 * errors, formulas, rich text, hyperlinks), cell styles, notes, row heights and hidden rows, column
 * widths, hidden columns and column styles, frozen views, auto-filters, merged areas, sheet state
 * and tab colour. tests/cli/io/stream-xlsx.test.ts reads both writers' files back and compares them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

export async function writeWorkbookStreaming(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await streamTo(workbook, tmp);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

async function streamTo(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  // Inline strings: a shared-string table is one more structure the size of the sheet in memory.
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  if (workbook.creator) out.creator = workbook.creator;
  for (const ws of workbook.worksheets) {
    const sheet = out.addWorksheet(ws.name, {
      state: ws.state,
      views: ws.views,
      properties: { ...(ws.properties.tabColor ? { tabColor: ws.properties.tabColor } : {}) },
    });
    const columns = columnDefinitions(ws);
    if (columns) sheet.columns = columns;
    if (ws.autoFilter) sheet.autoFilter = ws.autoFilter;
    for (const range of mergedRanges(ws)) sheet.mergeCells(range);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const target = sheet.getRow(r);
      if (row.height !== undefined) target.height = row.height;
      if (row.hidden) target.hidden = true;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // A merged area's other cells point at its master: the master carries the value.
        if (cell.isMerged && cell.master !== cell) return;
        const copy = target.getCell(c);
        copy.value = cell.value;
        if (hasStyle(cell.style)) copy.style = cell.style;
        if (cell.note !== undefined) copy.note = cell.note;
      });
      target.commit();
    });
    sheet.commit();
  }
  await out.commit();
}

/** Column widths, hidden columns and column styles, or null when the sheet sets none. */
function columnDefinitions(ws: ExcelJS.Worksheet): Partial<ExcelJS.Column>[] | null {
  // columnCount counts columns holding values; a sized but empty column lies beyond it.
  const count = Math.max(ws.columnCount, ws.columns?.length ?? 0);
  const defs: Partial<ExcelJS.Column>[] = [];
  let any = false;
  for (let c = 1; c <= count; c++) {
    const col = ws.getColumn(c);
    const def: Partial<ExcelJS.Column> = {};
    if (col.width !== undefined) def.width = col.width;
    if (col.hidden) def.hidden = true;
    if (hasStyle(col.style)) def.style = col.style;
    if (Object.keys(def).length > 0) any = true;
    defs.push(def);
  }
  return any ? defs : null;
}

function hasStyle(style: Partial<ExcelJS.Style> | undefined): style is Partial<ExcelJS.Style> {
  return style !== undefined && Object.keys(style).length > 0;
}

/** The sheet's merged areas as A1 ranges (exceljs keeps them in the model, keyed by master cell). */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as { merges?: string[] }).merges ?? [];
}
