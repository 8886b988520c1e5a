/**
 * Asks Excel and LibreOffice to recompute every formula when they open the written workbook. exceljs
 * has no formula engine: after a clean wrote cells (a phone, an amount a formula reads) or a merge removed rows, the formulas a merge may move (a totals row's
 * =SUBTOTAL(109,客户表[消费金额]), a calculated column) still carry the results cached before it, and a
 * viewer that shows cached values (Excel until something recalculates, previews, LibreOffice) would show
 * 72300 for a column that now sums to 59500. `<calcPr fullCalcOnLoad="1"/>` makes them compute anew on open.
 */
import ExcelJS from 'exceljs';

/**
 * Sets fullCalcOnLoad when the run changed the sheet (wrote a cleaned value into a cell, or removed
 * rows) and the workbook holds a formula: any formula, not only the cleaned sheet's, since one elsewhere
 * (a 汇总's =SUM(客户!C2:C400) over amounts typed as 1.28万 that are numbers now) can read it through a
 * range, a table, a defined name or INDIRECT, which cannot be told from its text. A recalculation on
 * open costs only time; a stale total is a wrong figure the user acts on.
 */
export function recalcOnOpenAfterChanges(workbook: ExcelJS.Workbook, changed: { cellsWritten: number; rowsRemoved: number }): void {
  if ((changed.cellsWritten === 0 && changed.rowsRemoved === 0) || !holdsFormula(workbook)) return;
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

/**
 * Keeps a recalculation the input still asks for (exceljs reads `<calcPr>` without its attributes): a
 * merged file cleaned again before Excel ever opened it still holds the results cached before the merge.
 * Excel drops the flag itself when it saves after recomputing.
 */
export function keepRecalcOnOpen(workbook: ExcelJS.Workbook, bookXml: string): void {
  const calcPr = /<(?:\w+:)?calcPr\b[^>]*>/.exec(bookXml)?.[0];
  if (calcPr && /\sfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(calcPr)) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function holdsFormula(workbook: ExcelJS.Workbook): boolean {
  for (const sheet of workbook.worksheets) {
    let found = false;
    sheet.eachRow((row) => {
      if (!found) row.eachCell((cell) => (found ||= cell.type === ExcelJS.ValueType.Formula));
    });
    if (found) return true;
  }
  return false;
}
