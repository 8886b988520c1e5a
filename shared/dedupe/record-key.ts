/**
 * A CRM's or a platform's own record key (HubSpot's Record ID, Salesforce's Contact ID, Shopify's Customer ID):
 * the record a row is, with its e-mail, phone and WeChat, which that system keeps unique per record. A merge
 * keeps a kept row's identity whole (tester h64 finding 3): it never takes the e-mail of another record, which
 * imported back by Record ID would give record 51234001 the address record 51234002 still holds. A sheet's
 * register number (客户编号 KH0001, KH0019: one per row typed, a customer typed again gets the next one) is no
 * record key: it numbers rows, not records (table/running-number.ts), and a newer row's number still wins there.
 */
import type { Table, Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import { cellText, isBlank, isFormula } from '../table/cell';
import { isRunningNumber } from '../table/running-number';
import { foldText } from './keys/fold';

/**
 * The column of the sheet's record keys: its customerId column unless that is a register running down the rows; undefined when none.
 * `isRegister` answers that of a column (a caller that asks it of the column again passes its own, remembered answer).
 */
export function recordKeyCol(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  isRegister: (col: number) => boolean = (col) => isRunningNumber(table.rows, col, { prefixed: true, header: table.headers[col] }),
): number | undefined {
  const col = fieldCols.customerId;
  if (col === undefined) return undefined;
  return isRegister(col) ? undefined : col;
}

/** A row's record key as compared (case and width aside), '' when the row names none. */
export function recordKeyOf(row: Row, col: number | undefined): string {
  if (col === undefined) return '';
  const c = row.cells[col];
  if (c === undefined || isBlank(c) || c.kind === 'error' || isFormula(c)) return '';
  return foldText(cellText(c)).trim();
}
