/**
 * exceljs reads a table (ListObject) without <tableStyleInfo> (openpyxl writes them so, and Excel's
 * "None" style) with a null style, then fails writing it ("Cannot read properties of null (reading
 * 'theme')" in table-style-info-xform). An empty style is written as a <tableStyleInfo> without a
 * name, which is the same table with no style.
 */
import type ExcelJS from 'exceljs';

interface TableModel {
  style?: object | null;
}

export function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    // `tables` (name → Table, its model in `table`) is how exceljs keeps a loaded sheet's tables.
    const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
    for (const { table } of Object.values(tables)) if (table && !table.style) table.style = {};
  }
}
