/**
 * The day a booking is for (婚期, 宴会日期, Event Date, Wedding Date): one couple has one wedding day, so two
 * rows of one customer on the same event day are one booking typed twice (two planners each took the call),
 * whatever day each was signed up; two event days are two bookings. Read from the column's header, whichever
 * field (if any) the column is read as: a planner's 婚期 is the thing his rows are, as a 4S shop's VIN is.
 */
import type { Row, Table } from '../table/table';
import type { Cell } from '../table/cell';
import { foldHeader } from '../schema/fold-header';
import { toHalfWidth } from '../text/fold';
import { matchText } from './keys/fold';
import { usable } from './merge';

/** Headers (folded) of a column holding the one day a booking is for (rules as data). */
export const EVENT_DAY_HEADS: ReadonlySet<string> = new Set([
  '婚期', '婚礼日期', '婚礼时间', '婚宴日期', '结婚日期', '宴会日期', '宴席日期', '办酒日期', '寿宴日期', '满月酒日期', '活动日期', '典礼日期',
  'event date', 'wedding date', 'party date', 'function date', 'ceremony date', 'reception date', 'event day', 'wedding day',
].map((h) => foldHeader(h).key));

/** 2026-12-06, 2026/12/6, 2026.12.6, 2026年12月6日 (a time after it or not): its day. */
const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;

/** A cell's day as YYYY-MM-DD; '' when it holds none (blank, 待定, a lunar day left as typed). Also a child's birthday (accounts.ts). */
export function dayOf(c: Cell | undefined): string {
  if (!usable(c)) return '';
  if (c.kind === 'date') return c.value.slice(0, 10);
  const m = DAY.exec(toHalfWidth(matchText(c)).trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
}

/** What a group's rows say of the event day: all on one (`same`, with the day), on two (`same` false), or nothing (null). */
export interface EventDayVerdict {
  column: string;
  same: boolean;
  day?: string;
}

/**
 * The sheet's event-day columns read for a group's rows: `same` when every row names one day, `same: false`
 * when two rows name two days; null when no column is an event day's or a row leaves it blank.
 */
export function eventDayOf(table: Table): (rows: readonly Row[]) => EventDayVerdict | null {
  const cols: number[] = [];
  table.headers.forEach((h, col) => {
    if (typeof h === 'string' && EVENT_DAY_HEADS.has(foldHeader(h).key)) cols.push(col);
  });
  if (cols.length === 0) return () => null;
  return (rows) => {
    let same: EventDayVerdict | null = null;
    for (const col of cols) {
      const column = String(table.headers[col]).trim();
      const days = rows.map((r) => dayOf(r.cells[col]));
      const named = days.filter((d) => d !== '');
      if (named.some((d) => d !== named[0])) return { column, same: false };
      if (named.length === rows.length && same === null) same = { column, same: true, day: named[0] };
    }
    return same;
  };
}

/** A row's event day ('' when none): the first event-day column that names one. */
export function eventDayKeyOf(table: Table): (row: Row) => string {
  const cols: number[] = [];
  table.headers.forEach((h, col) => {
    if (typeof h === 'string' && EVENT_DAY_HEADS.has(foldHeader(h).key)) cols.push(col);
  });
  return (row) => {
    for (const col of cols) {
      const d = dayOf(row.cells[col]);
      if (d !== '') return d;
    }
    return '';
  };
}
