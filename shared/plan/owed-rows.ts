/**
 * The rows that owe the business money: an amount above 0 in a column no field reads that names what
 * is owed (欠费(元), 欠款, 应收款, Balance Due: dedupe/owed.ts). Their fees or contracts long past due
 * stay listed (remind.ts withoutLongExpired): a property company's 催缴 list.
 */
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import { isOwed, owedAmount, type OwedMoney } from '../dedupe/owed';

export function owedRows(table: Table, fieldCols: Partial<Record<FieldId, number>>, money: OwedMoney): ReadonlySet<number> {
  const read = new Set(Object.values(fieldCols));
  const cols = table.headers.map((h, col) => (isOwed(h) && !read.has(col) ? col : -1)).filter((col) => col >= 0);
  const rows = new Set<number>();
  if (cols.length === 0) return rows;
  for (const row of table.rows) if (cols.some((col) => (owedAmount(row.cells[col], money) ?? 0) > 0)) rows.add(row.sheetRow);
  return rows;
}
