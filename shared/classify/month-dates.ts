/**
 * A purchase or contact date written as a month (2026年11月, 2026-03, Mar 2024: what many ledgers keep)
 * read as a day for the classes: the month's last day, today at the latest. That is the latest day it
 * can mean, so a month never makes a customer look longer gone than he may be, and it is off by a
 * month at most. The sheet's cell stays as typed; only the classes read the day, and their reasons say so.
 */
import type { Cell, IsoDate } from '../table/cell';
import { formatIso, fromDayNumber } from '../table/civil-date';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { monthEndDay } from '../remind/rules/month-end';

/** One month read as a day: the field, the text typed and the day taken. */
export interface MonthRead {
  field: FieldId;
  value: string;
  date: IsoDate;
}

/**
 * `records` with each month-only text of `fields` read as its day (new records only for rows that
 * have one), and those rows' reads by index.
 */
export function readMonthDates(records: readonly CustomerRecord[], fields: readonly FieldId[], todayDay: number): { records: readonly CustomerRecord[]; reads: Map<number, MonthRead[]> } {
  const reads = new Map<number, MonthRead[]>();
  let out: CustomerRecord[] | null = null;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    let changed: Partial<Record<FieldId, Cell>> | null = null;
    for (const field of fields) {
      const cell = record.fields[field];
      if (!cell || cell.kind !== 'text') continue;
      const end = monthEndDay(cell);
      if (end === null) continue;
      // A month still running (2026年12月 on 2026-12-01) is up to today; one still to come is its end,
      // a date after today, which the classes treat as the typo it is.
      const start = end - fromDayNumber(end).d + 1;
      const day = end > todayDay && start <= todayDay ? todayDay : end;
      const date = formatIso(fromDayNumber(day));
      changed ??= { ...record.fields };
      changed[field] = { kind: 'date', value: date };
      const list = reads.get(i) ?? [];
      list.push({ field, value: cell.value.trim(), date });
      reads.set(i, list);
    }
    if (changed) {
      out ??= records.slice();
      out[i] = { ...record, fields: changed };
    }
  }
  return { records: out ?? records, reads };
}
