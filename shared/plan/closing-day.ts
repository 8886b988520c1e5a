/**
 * A property or escrow sheet's closing day (an estate agent's Closing Date, a conveyancer's Completion
 * Date, 过户日期): the day the customer signs and gets his keys, a day booked for him as a hearing is,
 * reminded ahead to his agent as an appointment (remind/rules/appointment.ts: `Closing on 2026-12-07,
 * in 3 days`; tester h71 #13: a closing today was never said). A sales pipeline's Close Date is no such
 * day but a forecast the rep moves: a deals export (deal-list.ts) or a sheet with a stage column (Stage,
 * 销售阶段, Probability) keeps it as the deal's, and an expected one (预计成交日期, Expected Close) is one
 * wherever it stands.
 */
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { isBlank } from '../table/cell';
import { isDealList } from './deal-list';

/** Headers of a sales pipeline's stage or odds: its close date is a forecast. */
const PIPELINE_HEADER = /stage|pipeline|probability|forecast|阶段|赢率|成交概率|赢单率/iu;
/** A close date that says it is expected, or names a deal's outcome: a forecast or a sale, no booked day. */
const FORECAST_CLOSE = /预计|预期|赢单|输单|expected|forecast|projected|estimated|won|lost|deal|opportunity/iu;

/**
 * The header of the sheet's close-date column when it is a booked closing day, else undefined: a
 * sheet that is no deals export and has no stage column, whose header names no forecast.
 */
export function closingDayHeader(headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>): string | undefined {
  const col = fieldCols.closeDate;
  if (col === undefined || fieldCols.appointment !== undefined) return undefined;
  const header = headers[col];
  if (typeof header !== 'string' || FORECAST_CLOSE.test(header)) return undefined;
  if (isDealList(headers) || headers.some((h, i) => i !== col && typeof h === 'string' && PIPELINE_HEADER.test(h))) return undefined;
  return header.trim();
}

/** `records`, each closing day read as the row's booked day (the sheet's cells stay as typed). */
export function withClosingDays(records: readonly CustomerRecord[]): CustomerRecord[] {
  return records.map((r) => {
    const close = r.fields.closeDate;
    const booked = r.fields.appointment;
    if (close === undefined || isBlank(close) || (booked !== undefined && !isBlank(booked))) return r;
    return { ...r, fields: { ...r.fields, appointment: close } };
  });
}
