/**
 * Whether the row is a record the team retired rather than a customer it deals with: voided (纷享销客's
 * 生命状态 作废, a 客户状态 已作废, Status Void: entered by mistake, a copy, a test) or deactivated (the
 * ERP's 状态 停用 / 禁用, 是否停用 是, 用友's or 金蝶's 停用日期 on or before today). Such a row stays in the
 * sheet as it is; its reminders are silenced by its standing (standing.ts: a voided one gets none), its
 * classes say why (classify.reason.recordVoided / recordDeactivated) and the report counts it apart, so a
 * 作废 lead is not read as one more prospect. A 停用日期 still to come is a record in use until then.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { cellDay } from '../classify/cell-day';
import { retiresRecord, STANDING_COLUMNS, voidsRecord } from './standing';

export const RECORD_STATES = ['voided', 'deactivated'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export interface RecordStateRead {
  state: RecordState;
  /** The column that says so, and what it holds (作废, 停用, 2025-06-30). */
  field: FieldId;
  value: string;
}

/** The columns whose status words or yes can deactivate a record, checked in this order. */
const DEACTIVATING: readonly FieldId[] = ['recordStatus', 'status', 'disabled'];

const filled = (cell: Cell | undefined): cell is Cell => cell !== undefined && !isBlank(cell) && cell.kind !== 'error';

/** What the row says of its record on `todayDay` (a day number), or null for a record in use. */
export function recordState(fields: Partial<Record<FieldId, Cell>>, todayDay: number): RecordStateRead | null {
  for (const field of STANDING_COLUMNS) {
    const cell = fields[field];
    if (filled(cell) && cell.kind === 'text' && voidsRecord(cell.value)) return { state: 'voided', field, value: cell.value.trim() };
  }
  for (const field of DEACTIVATING) {
    const cell = fields[field];
    if (filled(cell) && retiresRecord(field, cell)) return { state: 'deactivated', field, value: cellText(cell).trim() };
  }
  const day = cellDay(fields.disabledAt);
  if (day !== null && day <= todayDay) return { state: 'deactivated', field: 'disabledAt', value: cellText(fields.disabledAt!) };
  return null;
}
