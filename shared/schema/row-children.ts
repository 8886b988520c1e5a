/**
 * The customer's children of a row (宝宝姓名 | 宝宝生日 | 宝宝性别, 二宝生日, Child Name | Child DOB), each as
 * the columns that hold his, as row-contacts.ts gathers a row's further contacts: read together, so
 * that a birthday is reminded with its own child's name, never as the customer's.
 */
import type { ColumnMapping } from '../plan/types';
import type { ChildField } from './child-columns';
import { isBabyHeader } from './header-match';

export interface RowChild {
  /** Which child (1, 2 for 二宝 or Child 2 DOB). */
  n: number;
  /** His column of each field, the leftmost where a header repeats. */
  cols: Partial<Record<ChildField, number>>;
  /** The sheet calls him a baby (宝宝生日, Baby DOB): a reminder says 宝宝, as the shop does. */
  baby: boolean;
}

/** Every child of the sheet's rows, by number, from the columns mapped (ColumnMapping.child). */
export function rowChildren(columns: readonly ColumnMapping[]): RowChild[] {
  const byNumber = new Map<number, RowChild>();
  for (const c of columns) {
    if (c.child === undefined) continue;
    const { n, field } = c.child;
    let child = byNumber.get(n);
    if (child === undefined) byNumber.set(n, (child = { n, cols: {}, baby: false }));
    child.cols[field] ??= c.col;
    if (isBabyHeader(c.header)) child.baby = true;
  }
  return [...byNumber.values()].sort((a, b) => a.n - b.n);
}
