/**
 * The further people of a row (联系人2 | 职务2 | 电话2, Contact 2 | Phone 2, the bride beside the groom),
 * each as the columns that hold his: one person's cells are read, compared and merged together, and
 * never as the customer's own (the fields) or another person's (h62 findings 6 and 7).
 */
import type { FieldId } from './fields';
import type { ColumnMapping } from '../plan/types';

export interface RowContact {
  /** The person's number (2 for 联系人2 | 电话2; the couple's second is 2). */
  n: number;
  /** The header naming him (联系人2, 新娘, Contact 2): his name column's, else his first column's. */
  label: string;
  /** His column of each field, the leftmost where he has two (电话2 | 手机2 keep the second as `extra`). */
  cols: Partial<Record<FieldId, number>>;
  /** His further columns of a field he holds twice, left to right. */
  extra: Partial<Record<FieldId, number[]>>;
}

/** Every further person of the sheet's rows, by number, from the columns mapped (ColumnMapping.person). */
export function rowContacts(columns: readonly ColumnMapping[]): RowContact[] {
  const byNumber = new Map<number, RowContact>();
  for (const c of columns) {
    if (c.person === undefined) continue;
    const { n, field } = c.person;
    let contact = byNumber.get(n);
    if (contact === undefined) byNumber.set(n, (contact = { n, label: c.header.trim(), cols: {}, extra: {} }));
    if (contact.cols[field] === undefined) contact.cols[field] = c.col;
    else (contact.extra[field] ??= []).push(c.col);
    if (field === 'name' && contact.cols.name === c.col) contact.label = c.header.trim();
  }
  return [...byNumber.values()].sort((a, b) => a.n - b.n);
}

/** Each column of a further person: the field it holds of him, by column. */
export function contactColumnFields(contacts: readonly RowContact[]): Map<number, { contact: RowContact; field: FieldId }> {
  const out = new Map<number, { contact: RowContact; field: FieldId }>();
  for (const contact of contacts) {
    for (const [field, col] of Object.entries(contact.cols) as [FieldId, number][]) out.set(col, { contact, field });
    for (const [field, cols] of Object.entries(contact.extra) as [FieldId, number[]][]) for (const col of cols) out.set(col, { contact, field });
  }
  return out;
}
