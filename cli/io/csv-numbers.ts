/**
 * A CSV holds only text. Opened in Excel, a plain number such as 3000 or 1,250,000 becomes a number;
 * written into our .xlsx as text it would not, and the user's SUM over a column the run does not read
 * (a wedding studio's 定金 and 尾款) would add up to 0. So a CSV cell of a column no field reads is
 * written as a number when Excel would have made it one and nothing is lost by it: no leading zero
 * (00031, 02115 stay codes), no sign or bracket of a phone (+86 …), and at most nine digits before the
 * point, since an order, bill or bank-account number of 12 or more digits would show as 1.23457E+14.
 */
import type { Cell, Plan } from '../../shared';

const PLAIN = /^-?(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/;
/** 1,250,000 and 12,800.50: thousands grouped as Excel reads them. */
const GROUPED = /^-?[1-9]\d{0,2}(?:,\d{3}){1,2}(?:\.\d{1,6})?$/;

/** The number a CSV cell's text is, where writing it as one loses nothing; else null. */
export function plainNumber(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

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
