/**
 * Removes rows from an exceljs worksheet and moves the rows below up, each row once, keeping every
 * cell's value, style and note and every row's height and hidden state. exceljs's own spliceRows
 * copies only values and styles (the notes that explain each fix, and hidden rows, would be lost)
 * and shifts the whole tail once per call, which is quadratic for a merge of many rows.
 * exceljs has no formula engine: formulas move as written (write-output.ts refuses a merge over
 * formulas that read the moved rows); the parts that point at rows are moved apart (kept-rows.ts,
 * row-pointers.ts).
 */
import ExcelJS from 'exceljs';
import { columnLetter, columnNumber } from '../../shared';

/** Whether a formula that was at (row, col) reads the same wherever its row goes. */
export type MovesSafely = (formula: string, row: number, col: number) => boolean;
type Merge = { top: number; left: number; bottom: number; right: number };
/** What exceljs's Row.model holds at run time (its typings say a cell's address is an object; it is the A1 string). */
type RowModel = { number: number; cells: ({ address: string } & Record<string, unknown>)[]; style?: object; hidden?: boolean; outlineLevel?: number; height?: number };

/**
 * Returns how many formula cells moved up whose references were not adjusted, all but those `movesSafely`
 * says keep their meaning anywhere (by the formula and where it was: an Excel table's own, table-formulas.ts).
 */
export function removeRows(sheet: ExcelJS.Worksheet, rows: readonly number[], movesSafely: MovesSafely = () => false): number {
  const gone = [...new Set(rows)].sort((a, b) => a - b);
  if (gone.length === 0) return 0;
  const removed = new Set(gone);
  const first = gone[0];
  const last = Math.max(sheet.rowCount, gone[gone.length - 1]);
  const above = (row: number) => gone.filter((r) => r < row).length;

  ownFormulas(sheet);
  const merges = mergesFrom(sheet, first);
  for (const m of merges) sheet.unMergeCells(m.top, m.left, m.bottom, m.right);

  let to = first;
  let formulasMoved = 0;
  for (let from = first; from <= last; from++) {
    if (removed.has(from)) continue;
    if (from !== to) formulasMoved += moveRow(sheet, from, to, movesSafely);
    to++;
  }
  for (let r = to; r <= last; r++) clearRow(sheet, r);
  // The emptied rows at the end would still count in rowCount (exceljs keeps them in a private
  // array; its spliceRows does not shorten it either): drop them.
  const kept = (sheet as unknown as { _rows?: unknown[] })._rows;
  if (Array.isArray(kept) && kept.length > to - 1) kept.length = to - 1;

  for (const m of merges) {
    let kept = 0;
    for (let r = m.top; r <= m.bottom; r++) if (!removed.has(r)) kept++;
    const top = m.top - above(m.top);
    if (kept > 1 || (kept === 1 && m.right > m.left)) sheet.mergeCells(top, m.left, top + kept - 1, m.right);
  }
  return formulasMoved;
}

/** Moves one row; returns how many of its formula cells `movesSafely` does not vouch for. */
function moveRow(sheet: ExcelJS.Worksheet, from: number, to: number, movesSafely: MovesSafely): number {
  const model = sheet.findRow(from)?.model as unknown as RowModel | null | undefined;
  if (!model) {
    clearRow(sheet, to);
    return 0;
  }
  // An array formula's range moves with it (write-output.ts refused a merge over one a removed row cuts through).
  const cells = model.cells.map((c) => ({ ...c, address: columnLetter(columnNumber(c.address)) + to, ...(c.shareType === 'array' && typeof c.ref === 'string' ? { ref: movedBy(c.ref, to - from) } : {}) }));
  (sheet.getRow(to) as unknown as { model: RowModel }).model = { ...model, number: to, cells };
  return model.cells.filter((c) => c.type === ExcelJS.ValueType.Formula && !movesSafely(String(c.formula ?? ''), from, columnNumber(c.address))).length;
}

/** A range (E7, F5:F6) with its rows moved by `by`. */
function movedBy(ref: string, by: number): string {
  return ref.replace(/(\$?[A-Za-z]{1,3}\$?)(\d+)/g, (_, col: string, row: string) => col + String(Number(row) + by));
}

function clearRow(sheet: ExcelJS.Worksheet, row: number): void {
  const existing = sheet.findRow(row);
  if (!existing) return;
  (existing as unknown as { model: RowModel }).model = { number: row, cells: [], style: {}, hidden: false, outlineLevel: 0 };
}


/**
 * Shared formulas name their master cell and are translated from its position, so a moved clone or
 * master would compute something else. Each becomes a formula of its own first, as it reads now.
 */
export function ownFormulas(sheet: ExcelJS.Worksheet): void {
  const own: [ExcelJS.Cell, ExcelJS.CellFormulaValue][] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const v = cell.value as { formula?: string; sharedFormula?: string; shareType?: string };
      if (v.sharedFormula !== undefined || v.shareType === 'shared') {
        const formula = cell.formula;
        // cell.result, not v.result: the value leaves out a saved 0 or FALSE, which the next run would read as empty.
        if (formula) own.push([cell, { formula, result: cell.result } as ExcelJS.CellFormulaValue]);
      }
    });
  });
  for (const [cell, value] of own) cell.value = value;
}

/** Merged areas reaching row `first` or below (exceljs keeps them in a private map). */
function mergesFrom(sheet: ExcelJS.Worksheet, first: number): Merge[] {
  const merges = (sheet as unknown as { _merges?: Record<string, Merge> })._merges ?? {};
  return Object.values(merges)
    .filter((m) => m.bottom >= first)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}
