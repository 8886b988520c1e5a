/**
 * Long numbers in the columns the run does not read (银行账号, 卡号, 订单号, a 会员卡号 it left unmapped):
 * Excel keeps 15 significant digits, so a 19-digit bank account typed as a number became
 * 6217001234567890000, its last digits zeros for good (PITFALLS A5). The fields the run reads flag
 * such a cell themselves (an ID, a phone); a column it leaves as it is would pass it in silence, and
 * the user would only find out when the bank returns the transfer. Said once per column: the digits
 * cannot be recovered from the sheet, only retyped from the source, in a column formatted as text.
 */
import { columnLetter } from '../table/a1';
import { numberText } from '../table/cell';
import type { Table } from '../table/table';
import type { SheetProblem } from './issue';
import type { ColumnMapping } from './types';
import { hasTooManyDigits } from '../normalize/lost-digits';

/** One warning per unread column holding numbers of 16 digits or more, naming the first. */
export function longNumbersUnread(table: Table, columns: readonly ColumnMapping[]): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const column of columns) {
    if (column.field !== null || column.person !== undefined || column.child !== undefined) continue;
    let count = 0;
    let first: { row: number; value: number } | null = null;
    for (const row of table.rows) {
      const cell = row.cells[column.col];
      if (cell?.kind !== 'number' || !hasTooManyDigits(cell.value)) continue;
      count++;
      first ??= { row: row.sheetRow, value: cell.value };
    }
    if (first === null) continue;
    problems.push({
      code: 'sheet.longNumbers',
      severity: 'warning',
      params: { sheet: table.sheetName, header: column.header, count, cell: `${columnLetter(table.firstCol + column.col)}${first.row}`, example: numberText(first.value) },
    });
  }
  return problems;
}
