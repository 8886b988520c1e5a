/**
 * Excel tables (ListObjects) that share sheet rows with the rows a merge removes. A merge removes whole
 * sheet rows: a second table beside the customers' (a 门店表 in H1:J5 next to 客户表 in A1:E7) would
 * lose the row that lies beside an archived customer, and that row would be archived as part of the
 * customer's (合并记录 "门店: 北京店"). Such a merge is refused (write-output.ts). A table wholly above
 * or below the removed rows, or on another sheet, only moves up with the rows and keeps all its rows.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range } from './a1-range';
import { tablesOf, type TableModel } from './sheet-tables';

export interface SideTable {
  name: string;
  /** The removed sheet rows the table's range reaches, ascending. */
  rows: number[];
}

/**
 * The tables of `sheet` other than the customers' own whose rows include any of `removed`. The
 * customers' own is the table on the header row that holds the most of the columns the run read
 * (`fieldCols`, sheet columns): a title or a 序号 column left of it, or name and phone left as plain
 * cells beside a table of the rest, do not make it a side table; a 门店表 whose header shares the
 * row holds fewer of them.
 */
export function tablesInRemovedRows(sheet: ExcelJS.Worksheet, headerRow: number, fieldCols: readonly number[], removed: readonly number[]): SideTable[] {
  const ranged = tablesOf(sheet).flatMap((table) => {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    return range ? [{ table, range }] : [];
  });
  let own: TableModel | undefined;
  let most = 0;
  for (const { table, range } of ranged) {
    if (headerRow < range.top || headerRow > range.bottom) continue;
    const held = fieldCols.filter((c) => c >= range.left && c <= range.right).length;
    if (held > most) [own, most] = [table, held];
  }
  const found: SideTable[] = [];
  for (const { table, range } of ranged) {
    if (table === own) continue;
    const rows = [...new Set(removed)].filter((r) => r >= range.top && r <= range.bottom).sort((a, b) => a - b);
    if (rows.length > 0) found.push({ name: table.name ?? table.tableRef!, rows });
  }
  return found;
}
