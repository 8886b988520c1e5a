/**
 * The number format a column's text dates were typed in (dd/mm/yyyy, m/d/yyyy, yyyy/m/d,
 * yyyy"年"m"月"d"日"), for a host to show the dates it writes there as the sheet's users read them.
 */
import { toHalfWidth } from '../text/fold';
import type { IsoDate } from '../table/cell';

/** A text date of the column and the date the run read it as (a date edit's before and after). */
export interface TypedDate {
  typed: string;
  iso: IsoDate;
}

/**
 * `date`: a spreadsheet number format (Excel's and Sheets' language) of the day alone; a host adds the
 * time of a date-time. `twelveHour`: the column's times were typed on the 12-hour clock (2:15 PM).
 */
export interface TypedDateFormat {
  date: string;
  twelveHour?: true;
}

type Order = 'dmy' | 'mdy' | 'ymd';
type Separator = '/' | '-' | '.' | '年';

interface Shape {
  /** null: a day equal to its month (05/05/2026), which reads the same either way. */
  order: Order | null;
  sep: Separator;
  /** Whether a day or month below 10 was typed with its zero (04/05), null when none is below 10. */
  padded: boolean | null;
  /** null: no time typed. */
  twelveHour: boolean | null;
}

/** Day and month first, the year last (two digits or four): 04/05/2026, 3/5/24, 28-11-2022, 01.11.2024. */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT])(.*)$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?=$|[\sT])(.*)$/;
const YEAR_FIRST_NIAN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?(.*)$/u;
const TIME = /\d{1,2}\s*[:：]\s*\d{2}/;
const TWELVE_HOUR = /\d\s*(?:am|pm|a\.m\.|p\.m\.)\s*$/i;

/** Whether a part below 10 was typed with its zero (05), null when both parts are 10 or more. */
function paddedOf(...parts: string[]): boolean | null {
  const small = parts.filter((p) => Number(p) < 10);
  if (small.length === 0) return null;
  const zeros = small.filter((p) => p.length === 2).length;
  return zeros === small.length ? true : zeros === 0 ? false : null;
}

function clockOf(rest: string): boolean | null {
  return TIME.test(rest) ? TWELVE_HOUR.test(rest) : null;
}

/**
 * How `typed` writes its date, or null where it is no numeric date or the run read it otherwise than
 * its digits say (24.11.01 read year first): the order is taken from the reading, so that 04/05/2026
 * read as 4 May says day first, as the run decided for its column.
 */
function typedShape({ typed, iso }: TypedDate): Shape | null {
  const s = toHalfWidth(typed).trim();
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), d = Number(iso.slice(8, 10));
  let g = YEAR_LAST.exec(s);
  if (g) {
    const a = Number(g[1]), b = Number(g[3]);
    const year = g[4].length === 4 ? y : y % 100;
    if (Number(g[4]) !== year) return null;
    if (!((a === d && b === m) || (a === m && b === d))) return null;
    const order: Order | null = a === b ? null : a === d ? 'dmy' : 'mdy';
    return { order, sep: g[2] as Separator, padded: paddedOf(g[1], g[3]), twelveHour: clockOf(g[5]) };
  }
  g = YEAR_FIRST.exec(s);
  if (g) {
    if (Number(g[1]) !== y || Number(g[3]) !== m || Number(g[4]) !== d) return null;
    return { order: 'ymd', sep: g[2] as Separator, padded: paddedOf(g[3], g[4]), twelveHour: clockOf(g[5]) };
  }
  g = YEAR_FIRST_NIAN.exec(s);
  if (g) {
    if (Number(g[1]) !== y || Number(g[2]) !== m || Number(g[3]) !== d) return null;
    return { order: 'ymd', sep: '年', padded: paddedOf(g[2], g[3]), twelveHour: clockOf(g[4]) };
  }
  return null;
}

/** The value more than half of `values` hold, or undefined when none does. */
function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [v, n] of counts) if (n * 2 > values.length) return v;
  return undefined;
}

/**
 * Day-first and month-first dates a column holds together beyond a slip: a sheet whose rows write
 * dates as their countries do (UK 05/12/2026 beside US 12/05/2026, sheet-locale.ts rowDateOrders).
 * Any one of the two shown to every row would make the others' 05/12 read as another day: ISO is
 * read alike by both. One US colleague's 09/23/2024 among day-first dates is such a slip.
 */
const MIN_MIXED = 2;
const MIXED_SHARE = 0.05;

function mixesDayAndMonth(orders: readonly Order[]): boolean {
  let dmy = 0;
  let mdy = 0;
  for (const o of orders) {
    if (o === 'dmy') dmy++;
    else if (o === 'mdy') mdy++;
  }
  const fewer = Math.min(dmy, mdy);
  return fewer >= MIN_MIXED && fewer > (dmy + mdy) * MIXED_SHARE;
}

/** What an order is shown in when its texts agree on no one separator: the common form of each. */
const DEFAULT_FORM: Readonly<Record<Order, string>> = { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd' };

function formatOf(order: Order, sep: Separator, padded: boolean): string {
  const [dd, mm] = padded ? ['dd', 'mm'] : ['d', 'm'];
  if (sep === '年') return `yyyy"年"${mm}"月"${dd}"日"`;
  if (order === 'dmy') return `${dd}${sep}${mm}${sep}yyyy`;
  if (order === 'mdy') return `${mm}${sep}${dd}${sep}yyyy`;
  return `yyyy${sep}${mm}${sep}${dd}`;
}

/**
 * The format most of the column's text dates were typed in, or null where they give no order or mix
 * them: the order (day first, month first, year first) more than half of those that show one were
 * typed in, and its separator and leading zeros where more than half of that order's agree, else the
 * order's common form. Unambiguous ISO is what a host writes where this is null: a column split
 * between 09/23/2024 and 23/09/2024 has no order its readers share.
 */
export function typedDateFormat(dates: Iterable<TypedDate>): TypedDateFormat | null {
  const shapes: Shape[] = [];
  for (const date of dates) {
    const shape = typedShape(date);
    if (shape) shapes.push(shape);
  }
  const orders = shapes.flatMap((s) => (s.order === null ? [] : [s.order]));
  const order = majority(orders);
  if (order === undefined || mixesDayAndMonth(orders)) return null;
  const ofOrder = shapes.filter((s) => s.order === order);
  const sep = majority(ofOrder.map((s) => s.sep));
  let date = DEFAULT_FORM[order];
  if (sep !== undefined) {
    const telling = ofOrder.filter((s) => s.sep === sep).flatMap((s) => (s.padded === null ? [] : [s.padded]));
    const zeros = telling.filter(Boolean).length;
    // With nothing to tell, the form people type: 2024年3月5日 without zeros, 04/05/2026 with.
    const padded = telling.length === 0 ? sep !== '年' : zeros * 2 >= telling.length;
    date = formatOf(order, sep, padded);
  }
  const clocks = shapes.flatMap((s) => (s.twelveHour === null ? [] : [s.twelveHour]));
  return majority(clocks) === true ? { date, twelveHour: true } : { date };
}
