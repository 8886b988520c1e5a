/**
 * exceljs reads a table (ListObject) without <tableStyleInfo> (openpyxl writes them so, and Excel's
 * "None" style) with a null style, then fails writing it ("Cannot read properties of null (reading
 * 'theme')" in table-style-info-xform). An empty style is written as a <tableStyleInfo> without a
 * name, which is the same table with no style.
 */
import type ExcelJS from 'exceljs';
import { tableModels } from './sheet-tables';

export function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  for (const table of tableModels(workbook)) if (!table.style) table.style = {};
}
