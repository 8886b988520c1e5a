/**
 * A loaded sheet's Excel tables (ListObjects) as exceljs keeps them: `sheet.tables` (name → Table,
 * its model in `table`), which its typings do not show. Read here once for the modules that widen,
 * style, move or guard them.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range } from './a1-range';

/** The part of exceljs's model of a loaded table that we read or fix. */
export interface TableModel {
  name?: string;
  displayName?: string;
  style?: object | null;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

/** The sheet's tables' models. */
export function tablesOf(sheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
  return Object.values(tables).flatMap(({ table }) => (table ? [table] : []));
}

/** Every loaded table's model, sheet by sheet. */
export function* tableModels(workbook: ExcelJS.Workbook): Generator<TableModel> {
  for (const sheet of workbook.worksheets) yield* tablesOf(sheet);
}

/** The table of `sheet` whose range holds the cell, if any. */
export function tableAt(sheet: ExcelJS.Worksheet, row: number, col: number): TableModel | undefined {
  return tablesOf(sheet).find((table) => {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    return range !== null && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
  });
}
