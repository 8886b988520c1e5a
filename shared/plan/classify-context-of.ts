/**
 * What the classes read of a sheet beyond its rows (classify/classify-context.ts), from its headers:
 * what its due columns say falls due, as the reminders word them (remind/due-label.ts), and which of
 * its date columns book ahead (schema/booked-ahead.ts).
 */
import type { ClassifyContext } from '../classify/classify-context';
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import type { ExtraDue } from '../remind/remind-context';
import { booksAhead, booksVisit } from '../schema/booked-ahead';
import { isOneOffPurchaseSheet } from '../schema/one-off-purchase';
import { isServiceDue } from '../remind/due-label';
import { namesPolicies } from './policy-list';

/** The date fields a column may book ahead in: a stay's 入住日期, an enrolment's 入学日期, a visit booked. */
const BOOKABLE: readonly FieldId[] = ['lastPurchase', 'firstPurchase', 'lastContact'];

export function classifyContextOf(table: Table, fieldCols: Partial<Record<FieldId, number>>, main: string | undefined, extraDues: readonly ExtraDue[]): ClassifyContext {
  const booked = new Map<FieldId, string>();
  for (const field of BOOKABLE) {
    const col = fieldCols[field];
    const header = col === undefined ? undefined : table.headers[col];
    if (typeof header === 'string' && booksAhead(header)) booked.set(field, header.trim());
  }
  // A 复诊日期 or Next Recall Due: the patient's next visit, booked by the clinic (booked-ahead.ts booksVisit).
  const visitCol = fieldCols.nextFollowUp;
  const visitHeader = visitCol === undefined ? undefined : table.headers[visitCol];
  const visits = typeof visitHeader === 'string' && booksVisit(visitHeader) ? new Map<FieldId, string>([['nextFollowUp', visitHeader.trim()]]) : null;
  if (visits) for (const [field, header] of visits) booked.set(field, header);
  // A car sold once, unless the sheet also serves it (保养, 年检 due): then who stops coming has gone.
  const oneOff = isOneOffPurchaseSheet(table.headers) && ![main, ...extraDues.map((d) => d.label)].some(isServiceDue);
  const policies = keepsPolicies(table.headers, fieldCols);
  return {
    dues: { ...(main !== undefined ? { main } : {}), extra: extraDues.map((d) => d.label) },
    ...(booked.size > 0 ? { booked } : {}),
    ...(visits ? { visits } : {}),
    ...(oneOff ? { oneOffPurchases: true } : {}),
    ...(policies ? { policies: true } : {}),
  };
}

/** A book of policies (保单号, or a 保单状态 / Policy Status): its status is each policy's (有效, 宽限期). */
export function keepsPolicies(headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>): boolean {
  const headerOf = (f: FieldId) => (fieldCols[f] === undefined ? undefined : headers[fieldCols[f] as number]);
  return namesPolicies(headerOf('orderId')) || namesPolicies(headerOf('status'));
}

/** The fields whose latest day counts even after today: what falls due, and a day booked ahead. */
export function aheadFields(context: ClassifyContext): Set<FieldId> {
  return new Set<FieldId>(['contractEnd', ...(context.booked?.keys() ?? [])]);
}
