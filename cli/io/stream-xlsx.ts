/**
 * Writes a workbook we built ourselves (from a CSV input) through exceljs's streaming writer.
 * exceljs's in-memory writer renders every sheet to one XML string and zips it in memory: a
 * 100,000-row sheet took 15 to 50 seconds and over 2 GB of heap on top of the model, which stops
 * Node with "heap out of memory" on an 8 GB laptop. The streaming writer writes row by row in a
 * few megabytes. A user's own .xlsx is not written this way: it may hold what this copy does not
 * carry (charts, images, defined names, data validation …), so it keeps the in-memory writer.
 *
 * The cleaned sheet of a CSV input is not even built: write-xlsx.ts makes its rows one by one into
 * the streaming sheet (a RowMaker), and the workbook holds a stand-in with its view and widths.
 *
 * What it carries is what our sheets use: cell values (text, numbers, dates as serials, booleans,
 * errors, formulas, rich text, hyperlinks), cell styles, notes, row heights and hidden rows, column
 * widths, hidden columns and column styles, frozen views, auto-filters, merged areas, sheet state
 * and tab colour. tests/cli/io/stream-xlsx.test.ts reads both writers' files back and compares them.
 */
import ExcelJS from 'exceljs';
import { replaceAtomic, stageFile, type StagedFile } from './write-file';
import { inlineWhereEscaped, xlsxTextAsXstring } from './xstring';

/**
 * Makes the rows of one sheet in the streaming sheet (its cells, then `commit(row)`, rows in order)
 * instead of their being copied from the workbook: a sheet too big to hold in memory is a stand-in
 * there, holding its view and column widths only. Its rows and cells have no styles of their own
 * beyond the cells' (no row or column styles).
 */
export type RowMaker = (sheet: ExcelJS.Worksheet, commit: (row: ExcelJS.Row) => void) => SheetEnd | void;

/** What a RowMaker knows only once its rows are made: the sheet's `<ignoredErrors>` (ignored-errors.ts). */
export interface SheetEnd {
  ignoredErrors?: string;
}

/**
 * `newMode`: the permissions of a new file (replaceAtomic). With `staged`, the file is only made and
 * added to it, for the caller to move in with the run's other files (write-file.ts commitStaged).
 */
export async function writeWorkbookStreaming(workbook: ExcelJS.Workbook, target: string, makers: ReadonlyMap<ExcelJS.Worksheet, RowMaker> = new Map(), newMode?: number, staged?: StagedFile[]): Promise<void> {
  const write = (tmp: string) => streamTo(workbook, tmp, makers);
  if (staged) staged.push(await stageFile(target, write, newMode));
  else await replaceAtomic(target, write, newMode);
}

async function streamTo(workbook: ExcelJS.Workbook, file: string, makers: ReadonlyMap<ExcelJS.Worksheet, RowMaker>): Promise<void> {
  // Inline strings: a shared-string table is one more structure the size of the sheet in memory.
  xlsxTextAsXstring();
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  if (workbook.creator) out.creator = workbook.creator;
  // exceljs's writer remembers the style id of each style object it has seen (a WeakMap) and works
  // out the id of any other object from scratch (rendered to XML and looked up): the `{}` of every
  // unstyled cell and row, and the copy of its column's style each cell of a styled column holds,
  // cost half the writing. Equal styles are written as one shared object instead.
  const shared = styleSharer();
  const noStyle: Style = {};
  // Rows apart from cells: a cell's empty style may become the id of "General" (exceljs adds the
  // number format by the cell's type), which on a row would mark it custom-formatted.
  const noRowStyle: Style = {};
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
    const maker = makers.get(ws);
    if (maker) {
      // Styles as the copy below leaves them: one object per distinct style, unstyled ones shared.
      const end = maker(sheet, (target) => {
        (target as StyledRow).style = noRowStyle;
        target.eachCell({ includeEmpty: true }, (cell) => {
          cell.style = hasStyle(cell.style) ? shared(cell.style) : noStyle;
          inlineWhereEscaped(cell);
        });
        target.commit();
      });
      if (end?.ignoredErrors) writeAfterRowBreaks(sheet, end.ignoredErrors);
      sheet.commit();
      continue;
    }
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const target = sheet.getRow(r);
      // exceljs's typings leave out a row's style, which its Row has.
      const rowStyle = (row as StyledRow).style;
      (target as StyledRow).style = hasStyle(rowStyle) ? shared(rowStyle) : noRowStyle;
      if (row.height !== undefined) target.height = row.height;
      if (row.hidden) target.hidden = true;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // A merged area's other cells point at its master: the master carries the value.
        if (cell.isMerged && cell.master !== cell) return;
        const copy = target.getCell(c);
        // A formula's value leaves out a saved 0, FALSE or '' (exceljs): its result is put back.
        copy.value = cell.type === ExcelJS.ValueType.Formula ? { ...(cell.value as ExcelJS.CellFormulaValue), result: cell.result } as ExcelJS.CellValue : cell.value;
        inlineWhereEscaped(copy);
        if (hasStyle(cell.style)) copy.style = shared(cell.style);
        else if (!hasStyle(copy.style)) copy.style = noStyle;
        if (cell.note !== undefined) copy.note = cell.note;
      });
      target.commit();
    });
    sheet.commit();
  }
  await out.commit();
}

/**
 * exceljs's streaming sheet writes no `<ignoredErrors>`. Its place in a sheet is after the row
 * breaks and before the notes' `<legacyDrawing>` (the order Excel requires), which is where the
 * writer's commit writes the row breaks: the element goes right after them.
 */
function writeAfterRowBreaks(sheet: ExcelJS.Worksheet, xml: string): void {
  const writer = sheet as unknown as { _writeRowBreaks(): void; _write(text: string): void };
  const rowBreaks = writer._writeRowBreaks.bind(writer);
  writer._writeRowBreaks = () => {
    rowBreaks();
    writer._write(xml);
  };
}

type Style = Partial<ExcelJS.Style>;
type StyledRow = ExcelJS.Row & { style: Style };

/** One object per distinct style (by its JSON), each source object looked at once. */
function styleSharer(): (style: Style) => Style {
  const byJson = new Map<string, Style>();
  const seen = new WeakMap<Style, Style>();
  return (style) => {
    let one = seen.get(style);
    if (!one) {
      const json = JSON.stringify(style);
      one = byJson.get(json);
      if (!one) byJson.set(json, (one = style));
      seen.set(style, one);
    }
    return one;
  };
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

function hasStyle(style: Style | undefined): style is Style {
  if (style === undefined) return false;
  // A key loop, not Object.keys: no array per cell.
  for (const _ in style) return true;
  return false;
}

/** The sheet's merged areas as A1 ranges (exceljs keeps them in the model, keyed by master cell). */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as { merges?: string[] }).merges ?? [];
}
