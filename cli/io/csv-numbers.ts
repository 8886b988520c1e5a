/**
 * A CSV holds only text. Opened in Excel, a plain number such as 3000 or 1,250,000 becomes a number;
 * written into our .xlsx as text it would not, and the user's SUM over a column the run does not read
 * (a wedding studio's 定金 and 尾款) would add up to 0. So a CSV cell of a column no field reads is
 * written as a number when Excel would have made it one and nothing is lost by it (the core's
 * plainNumber: no leading zero, no phone, fewer than ten digits).
 */
import { plainNumber, zeroLedCode, type Cell, type Grid, type Plan } from '../../shared';

/**
 * The unread columns holding a code with a leading zero (a ZIP column of 02134 and 10001, 会员号
 * 00123 and 4567): kept as text whole, since half numbers and half text would sort and filter apart.
 */
function codeColumns(grid: Grid, plan: Plan, unread: readonly number[]): Set<number> {
  const codes = new Set<number>();
  if (unread.length === 0) return codes;
  grid.cells.forEach((row, i) => {
    if (grid.firstRow + i <= plan.headerRow) return;
    for (const col of unread) {
      if (codes.has(col)) continue;
      const cell = row[col - grid.firstCol];
      if (cell?.kind === 'text' && zeroLedCode(cell.value)) codes.add(col);
    }
  });
  return codes;
}

/**
 * For a sheet built from a CSV: the cell to write at a sheet row and column, typed where Excel would.
 * Below the header, in the columns no field reads and in the number columns (whose data rows the
 * plan writes itself, but whose 合计 row it leaves as it found it); not in an unread column of codes,
 * nor a cell the plan flagged.
 */
export function csvCellTyper(plan: Plan, grid: Grid): (sheetRow: number, col: number, cell: Cell) => Cell {
  const unread = plan.columns.filter((c) => c.write === 'keep').map((c) => plan.firstCol + c.col);
  const codes = codeColumns(grid, plan, unread);
  const numeric = new Set(plan.columns.filter((c) => c.write === 'keep' || c.write === 'number').map((c) => plan.firstCol + c.col).filter((col) => !codes.has(col)));
  // A cell the run flagged and kept as typed (12,000 in a column read with a decimal comma: twelve, or
  // twelve thousand?) stays text: typed as a number here, it would be the guess the run refused.
  const flagged = new Set(plan.issues.filter((i) => i.col >= 0).map((i) => `${i.sheetRow}:${plan.firstCol + i.col}`));
  return (sheetRow, col, cell) => {
    if (cell.kind !== 'text' || sheetRow <= plan.headerRow || !numeric.has(col) || flagged.has(`${sheetRow}:${col}`)) return cell;
    const n = plainNumber(cell.value.trim());
    return n === null ? cell : { kind: 'number', value: n };
  };
}
