/**
 * The rows that owe the business money: an amount above 0 in a column no field reads that names what
 * is owed (欠费(元), 欠款, 应收款, Balance Due: dedupe/owed.ts). Their fees or contracts long past due
 * stay listed (remind.ts withoutLongExpired): a property company's 催缴 list.
 */
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import { isFormula, type Cell } from '../table/cell';
import { parseAmount } from '../normalize/amount';
import { isOwedIn, owedAmount, type OwedMoney } from '../dedupe/owed';

export function owedRows(table: Table, fieldCols: Partial<Record<FieldId, number>>, money: OwedMoney, columnMoney?: ReadonlyMap<number, OwedMoney>): ReadonlySet<number> {
  const read = new Set(Object.values(fieldCols));
  const cols = table.headers.map((h, col) => (isOwedIn(h, table.headers) && !read.has(col) ? col : -1)).filter((col) => col >= 0);
  const rows = new Set<number>();
  if (cols.length === 0) return rows;
  // A column written 12.480,00 is read with its own decimal comma (sheet-locale.ts), as the merge reads it.
  for (const row of table.rows) if (cols.some((col) => owes(row.cells[col], columnMoney?.get(col) ?? money))) rows.add(row.sheetRow);
  return rows;
}

/**
 * Whether a cell owes: an amount above 0, typed or a formula's result, in the sheet's currency or another (a Swiss customer's CHF
 * 3.200,00 on a euro list is owed all the same; only a merge, which adds, needs one currency).
 */
function owes(cell: Cell | undefined, money: OwedMoney): boolean {
  // A 尾款 worked out by a formula (=合同价-已付) owes what it shows: its saved result is read, never
  // the formula written over (a merge, which writes, reads no formula: owedAmount).
  if (cell !== undefined && isFormula(cell)) return cell.kind === 'number' ? cell.value > 0 : cell.kind === 'text' && owes({ kind: 'text', value: cell.value }, money);
  const own = owedAmount(cell, money);
  if (own !== null) return own > 0;
  if (cell?.kind !== 'text') return false;
  const read = parseAmount(cell.value, money.currency, money.decimal);
  if (read.kind !== 'foreign') return false;
  const theirs = parseAmount(cell.value, read.currency, money.decimal);
  return theirs.kind === 'number' && theirs.value > 0;
}
