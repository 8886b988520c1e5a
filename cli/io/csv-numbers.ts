/**
 * A CSV holds only text. Opened in Excel, a plain number such as 3000 or 1,250,000 becomes a number;
 * written into our .xlsx as text it would not, and the user's SUM over a column the run does not read
 * (a wedding studio's 定金 and 尾款) would add up to 0. So a CSV cell of a column no field reads is
 * written as a number when Excel would have made it one and nothing is lost by it (the core's
 * plainNumber: no leading zero, no phone, fewer than ten digits).
 */
import { plainNumber, type Cell, type Plan } from '../../shared';

/**
 * For a sheet built from a CSV: the cell to write at a sheet row and column, typed where Excel would.
 * Below the header, in the columns no field reads and in the number columns (whose data rows the
 * plan writes itself, but whose 合计 row it leaves as it found it).
 */
export function csvCellTyper(plan: Plan): (sheetRow: number, col: number, cell: Cell) => Cell {
  const numeric = new Set(plan.columns.filter((c) => c.write === 'keep' || c.write === 'number').map((c) => plan.firstCol + c.col));
  return (sheetRow, col, cell) => {
    if (cell.kind !== 'text' || sheetRow <= plan.headerRow || !numeric.has(col)) return cell;
    const n = plainNumber(cell.value.trim());
    return n === null ? cell : { kind: 'number', value: n };
  };
}
