/**
 * Contract ends told by a term column (合同期限 2025.12.10-2026.12.09, 租期 至2026年6月30日, or 1年
 * beside a 签约日期) to the reminders: a row with no contract-end cell of its own gets the term's last
 * day as its contract end, in the records the reminders and classes read. The sheet's cell is not
 * touched: it keeps the whole term as typed.
 */
import { date, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import type { DateTextOptions } from '../normalize/date-text';
import { readTerm, termEndFrom } from '../normalize/contract-term';

function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || cell.kind === 'empty' || (cell.kind === 'text' && cell.value.trim() === '');
}

/** The ISO day a row's term ends, or null when it says none (open-ended, unreadable, a length without a start). */
export function termEnd(record: CustomerRecord, options: DateTextOptions): string | null {
  const cell = record.fields.contractTerm;
  if (cell === undefined) return null;
  if (cell.kind === 'date') return cell.value.slice(0, 10);
  if (cell.kind !== 'text') return null;
  const reading = readTerm(cell.value, options);
  if (reading.kind === 'end') return reading.end;
  if (reading.kind !== 'length') return null;
  const start = record.fields.contractStart;
  return start?.kind === 'date' ? termEndFrom(start.value, reading.months) : null;
}

/** `records`, each row without a contract end of its own given its term's end; the same array when the sheet has no term column. */
export function withTermEnds(
  records: CustomerRecord[],
  fieldCols: Partial<Record<FieldId, number>>,
  options: DateTextOptions,
): CustomerRecord[] {
  if (fieldCols.contractTerm === undefined) return records;
  return records.map((r) => {
    if (!isEmpty(r.fields.contractEnd)) return r;
    const end = termEnd(r, options);
    return end === null ? r : { ...r, fields: { ...r.fields, contractEnd: date(end) } };
  });
}
