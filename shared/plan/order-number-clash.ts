/**
 * One order or policy number on two people (保单号 P2021000123 on 陈建国's row and on 卢艳's, whose
 * mobiles differ): no order of one buyer, but a number typed wrong on one of the rows. The customer view
 * keeps them two customers (order-list.ts customersOf); this says so on the later row's number, so the
 * agent can correct it (tester h78 #3: 卢艳's premium was added to 陈建国's, silently).
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { matchText } from '../dedupe/keys/fold';
import type { CellIssue } from './issue';

export function orderNumberClashIssues(
  clashes: readonly (readonly [number, number])[] | undefined,
  records: readonly CustomerRecord[],
  fieldCols: Partial<Record<FieldId, number>>,
  headers: readonly unknown[],
): CellIssue[] {
  const col = fieldCols.orderId;
  if (!clashes || clashes.length === 0 || col === undefined) return [];
  const byRow = new Map<number, CustomerRecord>();
  for (const r of records) byRow.set(r.sheetRow, r);
  const header = String(headers[col] ?? '').trim();
  const nameOf = (r: CustomerRecord | undefined) =>
    (r ? matchText(r.fields.name).trim() || `${matchText(r.fields.lastName)}${matchText(r.fields.firstName)}`.trim() : '') || '—';
  return clashes.map(([first, later]): CellIssue => ({
    code: 'rule.orderNumberShared',
    severity: 'warning',
    rule: 'orders.numberShared',
    sheetRow: later,
    col,
    field: 'orderId',
    params: { header, value: matchText(byRow.get(later)?.fields.orderId).trim(), row: first, name: nameOf(byRow.get(first)) },
  }));
}
