/**
 * Asks Excel and LibreOffice to recompute every formula when they open the written workbook. exceljs
 * has no formula engine: after a merge removed rows, the formulas a merge may move (a totals row's
 * =SUBTOTAL(109,客户表[消费金额]), a calculated column) still carry the results cached before it, and a
 * viewer that shows cached values (Excel until something recalculates, previews, LibreOffice) would show
 * 72300 for a column that now sums to 59500. `<calcPr fullCalcOnLoad="1"/>` makes them compute anew on open.
 */
import ExcelJS from 'exceljs';

/**
 * Sets fullCalcOnLoad when rows were removed and the workbook holds a formula: any formula, not only
 * the merged sheet's, since one elsewhere can read it through a table, a defined name or INDIRECT, which
 * cannot be told from its text. A recalculation on open costs only time.
 */
export function recalcOnOpenAfterRemoving(workbook: ExcelJS.Workbook, removed: readonly number[]): void {
  if (removed.length === 0 || !holdsFormula(workbook)) return;
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
