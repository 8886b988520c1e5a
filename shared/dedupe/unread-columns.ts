/**
 * What the columns no field reads say of a group's rows (房型, 入住日期, 配送日期, a policy number):
 * whether the rows are copies there, and whether they fall on other days. The duplicate finder
 * weighs the fields itself; these columns it never sees, yet they tell one customer typed twice
 * (copies) from his two stays, deliveries or trips (two records, each to keep).
 */
import type { Table, Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import type { Cell } from '../table/cell';
import { isValidCivil } from '../table/civil-date';
import type { AmbiguousDatePolicy } from '../settings/types';
import { runColumns } from '../schema/run-columns';
import { isRunningNumber } from '../table/running-number';
import { toHalfWidth } from '../text/fold';
import { namesCustomersOwnDate } from '../schema/customer-date';
import { namesBookingNumber, namesOrderLine } from '../schema/booking';
import { toSimplified } from '../text/simplified';
import { columnFields, usable } from './merge';
import { valueKey } from './value-key';
import { MONTH_NAME, monthNumber } from '../normalize/month-names';

export interface UnreadColumns {
  /** The rows agree in every such column (an empty cell holds nothing against). */
  agree(rows: readonly Row[]): boolean;
  /** The header of a column of event dates where the rows hold two different days (two stays, two deliveries), or null. */
  otherDays(rows: readonly Row[]): string | null;
  /** The header of a column of appointment, booking or ticket numbers where the rows hold two different ones, or null. */
  otherNumbers(rows: readonly Row[]): string | null;
  /** The header of a column of order-line numbers (子订单编号) where the rows hold two different ones, or null. */
  otherLines(rows: readonly Row[]): string | null;
}

/** 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, with a time after it or not: its day. */
const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;
/** 05/12/2025, 5.12.2025, 12-05-2025 (a time after it or not): day and month in the column's order. */
const DAY_MONTH = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day of a cell, its day and month read in `order` where both could be either (05/12/2025). A
 * column no order is known for is read month first throughout: its two written days still differ
 * as they would read either way.
 */
function dayOf(c: Cell, order: DayMonthOrder = 'month-first'): string | null {
  if (c.kind === 'date') return c.value.slice(0, 10);
  if (c.kind !== 'text') return null;
  const text = toHalfWidth(c.value).trim();
  const m = DAY.exec(text);
  if (m) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  const dm = DAY_MONTH.exec(text);
  if (!dm) return null;
  const a = +dm[1], b = +dm[3], y = +dm[4];
  const dayFirst = a > 12 || (b <= 12 && order === 'day-first');
  const [mo, d] = dayFirst ? [b, a] : [a, b];
  return isValidCivil(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

type DayMonthOrder = 'month-first' | 'day-first';

/**
 * The order of a column's 05/12/2025: the settings' when they name one, else the column's own when
 * its dates show it (20/03/2026 can only be day first) and none the other way, as the date cleaner
 * reads a date column.
 */
function columnOrder(rows: readonly Row[], col: number, policy: AmbiguousDatePolicy): DayMonthOrder {
  if (policy !== 'flag') return policy;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const r of rows) {
    const c = r.cells[col];
    if (c?.kind !== 'text') continue;
    const dm = DAY_MONTH.exec(toHalfWidth(c.value).trim());
    if (!dm) continue;
    if (+dm[1] > 12 && +dm[3] <= 12) dayFirst++;
    else if (+dm[3] > 12 && +dm[1] <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'day-first' : 'month-first';
}

/** A day as dayOf reads it, or with its month's name (December 3, 2026 10:00am: Acuity's and Eventbrite's exports). */
const MONTH_NAME_DAY = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

function eventDay(c: Cell, order?: DayMonthOrder): string | null {
  const day = dayOf(c, order);
  if (day !== null || c.kind !== 'text') return day;
  const m = MONTH_NAME_DAY.exec(c.value.trim());
  const month = m ? monthNumber(m[1]) : null;
  return m && month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

/** Most of the column's first filled cells (and at least one) are days: a column of dates. */
function holdsDays(rows: readonly Row[], col: number): boolean {
  let seen = 0;
  let days = 0;
  for (const r of rows) {
    const c = r.cells[col];
    if (!usable(c)) continue;
    if (++seen > SAMPLE) break;
    if (eventDay(c) !== null) days++;
  }
  return days > 0 && days * 2 >= Math.min(seen, SAMPLE);
}

const SAMPLE = 50;

/**
 * A date of one stay, delivery, trip, shipment or booking (入住日期, 配送日期, 出行日期, 婚期, 开船日期,
 * Check-in, Delivery Date, ETD, Event Date), not one of the customer's own (schema/customer-date.ts).
 * Compared simplified: Hong Kong's 報名日期 and Macau's 離店日期 are these words too.
 */
const EVENT_HEADS = ['入住', '离店', '退房', '配送', '送货', '送达', '出行', '出发', '出团', '返程', '婚期', '婚礼', '婚宴', '宴会', '活动', '预约', '预订', '上课', '拍摄', '施工', '安装',
  // A freight forwarder's shipment (票): when it sailed, arrived or was sent.
  '开船', '离港', '到港', '抵港', '发货', '装船', '装柜',
  // A health-check centre's or an optician's check-up, each year's with its own package and result.
  '体检', '验光',
  // A school's or a tutoring centre's enrolment in one course (报名日期, 课程日期): one child's two courses are two records.
  '报名', '课程', '开课', '试听'];
// ETD / ETA: a shipment's estimated time of departure and arrival.
// Start Time: when an appointment or a class begins (Acuity's export); Start Date & Time a meeting
// (Calendly's), left unread in a booking export only (schema/header-map.ts typeOfBooking).
const EVENT_WORDS = /\b(?:check[- ]?in|check[- ]?out|arrival|departure|delivery|ship(?:ping|ped|ment)?|travel|trip|wedding|event|booking|appointment|visit|session|install(?:ation)?|etd|eta|atd|ata|start time|start date)\b/i;

/**
 * A header that is only "date": the day of the row itself, as a log or an order book dates each
 * entry (a florist's 日期 beside who ordered). One customer's rows on two such days are two entries.
 */
const BARE_DAY = /^(?:日期|date|day)$/i;

function namesEvent(text: string): boolean {
  const header = toSimplified(text);
  if (BARE_DAY.test(header.trim())) return true;
  return !namesCustomersOwnDate(header) && (EVENT_HEADS.some((h) => header.includes(h)) || EVENT_WORDS.test(header.replace(/_/g, ' ')));
}

export function unreadColumns(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>>,
  region: string,
  /** The settings' order for 03/05/2024 (dates.ambiguous). */
  dates: AmbiguousDatePolicy = 'flag',
  /** The titles of the user's own classification rules (schema/run-columns.ts ruleTitles). */
  ruleTitles: readonly string[] = [],
): UnreadColumns {
  const fieldOf = columnFields(table.headers.length, fieldCols, extraCols);
  const run = runColumns(table.headers, ruleTitles);
  // None an earlier run added, and no running number (序号): it differs on every row, copies' too.
  const unread: number[] = [];
  for (let col = 0; col < table.headers.length; col++) if (!run.has(col) && fieldOf[col] === null && !isRunningNumber(table.rows, col, { header: table.headers[col] })) unread.push(col);
  // A check-up's day is read as the last contact (体检日期, 验光日期), yet one person's two yearly
  // check-ups are two records to keep, each with its package and amount, not one customer typed twice.
  // So are a school's enrolments, read as when the student became a customer (报名日期): two courses.
  // So are a guest's stays, read as his purchases (入住日期, Check-in Date): two stays, two records.
  const read = [fieldCols.lastContact, fieldCols.createdAt, fieldCols.lastPurchase].filter((col): col is number => col !== undefined && !run.has(col));
  const eventCols = [...unread, ...read];
  // A booked day (开庭日期, 考试日期, Hearing Date: the appointment field) is one matter's or one exam's
  // whatever its header says: one client's two hearings are his two cases, not one typed twice.
  const booked = fieldCols.appointment !== undefined && !run.has(fieldCols.appointment) ? [fieldCols.appointment] : [];
  const dated = [...eventCols.filter((col) => namesEvent(table.headers[col])), ...booked].filter((col) => holdsDays(table.rows, col));
  const orders = new Map(dated.map((col) => [col, columnOrder(table.rows, col, dates)]));
  const numbered = unread.filter((col) => namesBookingNumber(table.headers[col]));
  const lined = unread.filter((col) => namesOrderLine(table.headers[col]));
  // A column's value as the rows are compared by it: its key, or null where the cell says nothing.
  const valueOf = (_col: number, c: Cell | undefined) => (usable(c) ? valueKey(null, c, region) : null);
  const eventOf = (col: number, c: Cell | undefined) => (c ? eventDay(c, orders.get(col)) : null);
  return {
    agree: (rows) => firstDiffering(unread, rows, valueOf) === null,
    otherDays(rows) {
      const col = firstDiffering(dated, rows, eventOf);
      return col === null ? null : table.headers[col];
    },
    otherNumbers(rows) {
      const col = firstDiffering(numbered, rows, valueOf);
      return col === null ? null : table.headers[col];
    },
    otherLines(rows) {
      const col = firstDiffering(lined, rows, valueOf);
      return col === null ? null : table.headers[col];
    },
  };
}

/** The first of `cols` in which two of `rows` hold different values (`read`: null where a cell holds none), or null. */
function firstDiffering(cols: readonly number[], rows: readonly Row[], read: (col: number, cell: Cell | undefined) => string | null): number | null {
  for (const col of cols) {
    let first: string | null = null;
    for (const r of rows) {
      const value = read(col, r.cells[col]);
      if (value === null) continue;
      if (first === null) first = value;
      else if (value !== first) return col;
    }
  }
  return null;
}
