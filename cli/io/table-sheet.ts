/**
 * A sheet of one table the run writes (reminders, duplicates across sheets): bold shaded headers, the
 * first row frozen, an auto-filter, and every other group of rows shaded so the groups stand apart
 * while the sheet can still be filtered and sorted.
 */
import type ExcelJS from 'exceljs';
import type { Cell, DateSystem, Lang } from '../../shared';
import { fillOf, putValue, type Restyle } from './xlsx-values';
import { replaceKeepingTyped, type LineKeys, type TypedOutcome } from './typed-cells';
import { refuseRowsPast } from './sheet-rows';

const HEADER_FILL = 'FFF2F2F2';
const GROUP_SHADE = 'FFF7F7F7';

export interface TableSheet {
  headers: readonly string[];
  widths: readonly number[];
  /** Columns written as text whatever they hold (names: never a number or a formula). */
  textColumns: ReadonlySet<number>;
  /**
   * How many rows each group has, in order, and the rows, made only once they are known to fit: a
   * sheet of 600,000 customers with a birthday and a contract each is 1.2 million reminder lines.
   */
  groupSizes: readonly number[];
  rows: () => readonly Cell[][];
  /** The line written under the headers when there are no rows. */
  none: string;
  /** What a reader must know to read the rows, written in italics a blank row below them (outside the filter). */
  note?: string | null;
  /**
   * How a line is recognised on the next run, for what the user types beside it to stay with it
   * (typed-cells.ts): the keys of a line's own cells, and each line's own cells as `keys` reads them.
   */
  keys?: LineKeys;
  lines?: () => readonly (readonly unknown[])[];
}

export function writeTableSheet(sheet: ExcelJS.Worksheet, table: TableSheet, dateSystem: DateSystem, restyle: Restyle): void {
  let count = 0;
  for (const size of table.groupSizes) count += size;
  // The header, a line per row (or the "none" line), and the note a blank row below them.
  refuseRowsPast(sheet.name, 1 + Math.max(count, 1) + (count > 0 && table.note ? 2 : 0));
  sheet.columns = table.widths.map((width) => ({ width }));
  table.headers.forEach((h, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = h;
    cell.style = { font: { bold: true }, fill: fillOf(HEADER_FILL) };
  });
  if (count === 0) {
    sheet.getCell(2, 1).value = table.none;
    return;
  }
  const rows = table.rows();
  const shaded = { fill: fillOf(GROUP_SHADE) };
  let r = 2;
  table.groupSizes.forEach((size, g) => {
    for (let k = 0; k < size; k++, r++) {
      rows[r - 2].forEach((value, c) => {
        const cell = sheet.getCell(r, c + 1);
        if (g % 2 === 1) cell.style = shaded;
        putValue(cell, value, table.textColumns.has(c) ? 'text' : undefined, dateSystem, restyle);
      });
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: table.headers.length } };
  if (table.note) {
    const cell = sheet.getCell(r + 1, 1);
    putValue(cell, { kind: 'text', value: table.note }, 'text', dateSystem, restyle);
    cell.style = { ...cell.style, font: { italic: true } };
  }
}

/**
 * Adds the run's table sheet named `base` (or a free variant of it) to `workbook`, replacing the one
 * an earlier run wrote (recognised by its headers), never a user's sheet or the one being cleaned,
 * and writes `table` into it; what the user typed on the earlier one is kept (typed-cells.ts, said
 * on `log`). Returns the name it got.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, base: string, table: TableSheet, dateSystem: DateSystem, restyle: Restyle, lang: Lang, log?: TypedOutcome[]): string {
  return replaceKeepingTyped(workbook, cleaned, base, table, lang, (name) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    writeTableSheet(sheet, table, dateSystem, restyle);
    return sheet;
  }, log);
}
