/**
 * Civil dates (year, month, day with no time zone) and spreadsheet serial numbers.
 * All arithmetic is on integers (days since 1970-01-01), never through a local-time `Date`,
 * so results do not depend on the machine's TZ (PITFALLS A6, B5).
 */
import type { IsoDate } from './cell';

export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days per month in a common year; one table, not an array per call (dates are read by the million). */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 0;
}

export function isValidCivil(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber({ y, m, d }: CivilDate): number {
  return dayNumberOf(y, m, d);
}

/** `toDayNumber` of year, month and day given apart (no object to build). */
export function dayNumberOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDayNumber` (Hinnant's civil_from_days). */
export function fromDayNumber(z: number): CivilDate {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatIso({ y, m, d }: CivilDate): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The number written by `length` ASCII digits from `start`, or -1 when one is not a digit. */
function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Reads the date part of an IsoDate (`YYYY-MM-DD[THH:MM[:SS]]`); null when malformed or impossible. */
export function parseIso(iso: string): CivilDate | null {
  // Date cells are read for every rule and reminder: the plain YYYY-MM-DD without a regex.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4), mo = digitsAt(iso, 5, 2), d = digitsAt(iso, 8, 2);
    if (y >= 0 && mo >= 0 && d >= 0) return isValidCivil(y, mo, d) ? { y, m: mo, d } : null;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.exec(iso);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidCivil(y, mo, d) ? { y, m: mo, d } : null;
}

/**
 * The day number of an IsoDate (time part ignored), or null: `toDayNumber(parseIso(iso))` without
 * the object, for the rules and reminders that read several dates of every row.
 */
export function isoDayNumber(iso: string): number | null {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4), mo = digitsAt(iso, 5, 2), d = digitsAt(iso, 8, 2);
    if (y >= 0 && mo >= 0 && d >= 0) return isValidCivil(y, mo, d) ? dayNumberOf(y, mo, d) : null;
  }
  const civil = parseIso(iso);
  return civil ? toDayNumber(civil) : null;
}

/** Day number of 1899-12-30, the epoch that makes Excel serials ≥ 61 and all Sheets serials line up. */
const SERIAL_EPOCH = toDayNumber({ y: 1899, m: 12, d: 30 });
/** Days between the 1900 and 1904 date systems. */
export const DAYS_1904_OFFSET = 1462;

export type DateSystem = '1900' | '1904' | 'sheets';

/**
 * A spreadsheet serial number as a civil date plus the time of day, if any.
 * Excel's 1900 system counts a fake 1900-02-29 (serial 60, kept by ECMA-376 for Lotus
 * compatibility): serials 1–59 are one day early against the 1899-12-30 epoch and 60 has no
 * real date, so it returns null. Google Sheets has the same epoch without the fake day.
 */
export function fromSerial(serial: number, system: DateSystem = '1900'): { date: CivilDate; seconds: number } | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  let whole = Math.floor(serial);
  const seconds = Math.round((serial - whole) * 86400);
  if (system === '1904') whole += DAYS_1904_OFFSET;
  else if (system === '1900') {
    if (whole === 60) return null;
    if (whole < 60) whole += 1;
    if (whole < 1) return null;
  }
  return { date: fromDayNumber(SERIAL_EPOCH + whole), seconds: seconds >= 86400 ? 86399 : seconds };
}

/** The serial number a spreadsheet in `system` stores for a civil date. */
export function toSerial(date: CivilDate, system: DateSystem = '1900'): number {
  let serial = toDayNumber(date) - SERIAL_EPOCH;
  if (system === '1904') serial -= DAYS_1904_OFFSET;
  else if (system === '1900' && serial < 61) serial -= 1;
  return serial;
}
