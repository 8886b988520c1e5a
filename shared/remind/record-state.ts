/**
 * Whether the row is a record the team retired rather than a customer it deals with: voided (纷享销客's
 * 生命状态 作废, a 客户状态 已作废, Status Void: entered by mistake, a copy, a test). Such a row stays in the
 * sheet as it is; its reminders are silenced by its standing (standing.ts: a voided one gets none), its
 * classes say why (classify.reason.recordVoided) and the report counts it apart, so a 作废 lead is not
 * read as one more prospect.
 */
import { isBlank, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { STANDING_COLUMNS, voidsRecord } from './standing';

export const RECORD_STATES = ['voided'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export interface RecordStateRead {
  state: RecordState;
  /** The column that says so, and what it holds (作废). */
  field: FieldId;
  value: string;
}

const filled = (cell: Cell | undefined): cell is Cell => cell !== undefined && !isBlank(cell) && cell.kind !== 'error';

/** What the row says of its record on `todayDay` (a day number), or null for a record in use. */
export function recordState(fields: Partial<Record<FieldId, Cell>>, _todayDay: number): RecordStateRead | null {
  for (const field of STANDING_COLUMNS) {
    const cell = fields[field];
    if (filled(cell) && cell.kind === 'text' && voidsRecord(cell.value)) return { state: 'voided', field, value: cell.value.trim() };
  }
  return null;
}
