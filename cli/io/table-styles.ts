/**
 * exceljs reads a table (ListObject) without <tableStyleInfo> (openpyxl writes them so, and Excel's
 * "None" style) with a null style, then fails writing it ("Cannot read properties of null (reading
 * 'theme')" in table-style-info-xform). An empty style is written as a <tableStyleInfo> without a
 * name, which is the same table with no style.
 */
import type ExcelJS from 'exceljs';

/** The part of exceljs's table model we read or fix. */
export interface TableModel {
  name?: string;
  displayName?: string;
  style?: object | null;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { filterButton?: boolean }[];
}

/** Every loaded table's model, sheet by sheet. */
export function* tableModels(workbook: ExcelJS.Workbook): Generator<TableModel> {
  for (const sheet of workbook.worksheets) {
    // `tables` (name → Table, its model in `table`) is how exceljs keeps a loaded sheet's tables.
    const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
    for (const { table } of Object.values(tables)) if (table) yield table;
  }
}

export function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  for (const table of tableModels(workbook)) if (!table.style) table.style = {};
}
