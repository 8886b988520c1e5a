/**
 * Excel tables (ListObjects) that share sheet rows with the rows a merge removes. A merge removes whole
 * sheet rows: a second table beside the customers' (a 门店表 in H1:J5 next to 客户表 in A1:E7) would
 * lose the row that lies beside an archived customer, and that row would be archived as part of the
 * customer's (合并记录 "门店: 北京店"). Such a merge is refused (write-output.ts). A table wholly above
 * or below the removed rows, or on another sheet, only moves up with the rows and keeps all its rows.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range } from './a1-range';
import { tableAt, tablesOf } from './sheet-tables';

export interface SideTable {
  name: string;
  /** The removed sheet rows the table's range reaches, ascending. */
  rows: number[];
}

/**
 * The tables of `sheet` other than the customers' own (the one whose range holds the header cell at
 * (headerRow, firstCol)) whose rows include any of `removed`.
 */
export function tablesInRemovedRows(sheet: ExcelJS.Worksheet, headerRow: number, firstCol: number, removed: readonly number[]): SideTable[] {
  const own = tableAt(sheet, headerRow, firstCol);
  const found: SideTable[] = [];
  for (const table of tablesOf(sheet)) {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    if (!range || table === own) continue;
    const rows = [...new Set(removed)].filter((r) => r >= range.top && r <= range.bottom).sort((a, b) => a - b);
    if (rows.length > 0) found.push({ name: table.name ?? table.tableRef!, rows });
  }
  return found;
}
