/**
 * The date cleaner: text and numbers that mean a date become date cells (civil `YYYY-MM-DD`, with
 * `THH:MM` when a time was written). Spreadsheet serials are read in the workbook's date system
 * (PITFALLS A6); anything doubtful stays as it is with a finding.
 */
import { cellText, numberText, type Cell } from '../table/cell';
import { formatIso, fromSerial, isValidCivil, toSerial } from '../table/civil-date';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change } from './result';
import { parseDateText } from './date-text';

const FIRST = { y: 1900, m: 1, d: 1 };
const LAST = { y: 2100, m: 12, d: 31 };
const pad = (n: number) => String(n).padStart(2, '0');
/** Five digits, maybe with a time fraction: a spreadsheet serial written out as text. */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
/** 1970-01-01 in the 1900 system: earlier five-digit serials are too unlikely to be meant. */
const SERIAL_TEXT_FROM = 25569;

/** A number as 20240305 (yyyymmdd), or null. */
function compactNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 19000101 || n > 21001231) return null;
  const y = Math.floor(n / 10000), m = Math.floor(n / 100) % 100, d = n % 100;
  return isValidCivil(y, m, d) ? formatIso({ y, m, d }) : null;
}

function fromNumber(cell: Cell & { kind: 'number' }, ctx: CleanContext): CleanResult {
  const n = cell.value;
  const compact = compactNumber(n);
  if (compact) return change(cell, { kind: 'date', value: compact }, 'fix.date');
  // The 1904 system has no negative serials (1900 to 1903 cannot be written in it).
  const lo = Math.max(toSerial(FIRST, ctx.dateSystem), 0);
  const hi = toSerial(LAST, ctx.dateSystem) + 1;
  if (!Number.isFinite(n) || n < lo || n >= hi) {
    return keep(cell, [{ code: 'date.serialOutOfRange', severity: 'warning', params: { value: numberText(n) } }]);
  }
  const read = fromSerial(n, ctx.dateSystem);
  // Serial 60 is Excel's fake 1900-02-29.
  if (!read) return keep(cell, [{ code: 'date.invalid', severity: 'error', params: { value: numberText(n) } }]);
  const h = Math.floor(read.seconds / 3600), m = Math.floor((read.seconds % 3600) / 60), s = read.seconds % 60;
  const time = read.seconds === 0 ? '' : `T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
  return change(cell, { kind: 'date', value: formatIso(read.date) + time }, 'fix.date');
}

/** The date cleaner (birthday, contract dates, last contact …). */
export function cleanDate(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return fromNumber(cell, ctx);
  if (cell.kind !== 'text') return keep(cell);
  const value = cellText(cell);
  const r = parseDateText(value, { ambiguous: ctx.settings.dates.ambiguous, today: ctx.today });
  const shown = value.trim();
  switch (r.kind) {
    case 'date': {
      const findings: Finding[] = r.twoDigitYear === undefined ? [] :
        [{ code: 'date.twoDigitYear', severity: 'info', params: { value: shown, year: r.twoDigitYear } }];
      return change(cell, { kind: 'date', value: r.iso }, 'fix.date', findings);
    }
    case 'ambiguous':
      return keep(cell, [{ code: 'date.ambiguous', severity: 'warning', params: { value: shown, monthFirst: r.monthFirst, dayFirst: r.dayFirst } }]);
    case 'invalid':
      return keep(cell, [{ code: 'date.invalid', severity: 'error', params: { value: shown } }]);
    case 'noYear':
      return keep(cell, [{ code: 'date.noYear', severity: 'info', params: { value: shown } }]);
    case 'lunar':
      return keep(cell, [{ code: 'date.lunar', severity: 'info', params: { value: shown } }]);
    case 'unrecognized': {
      // A serial pasted as text (45231 from a General-format cell copied out of Excel): read as the
      // workbook would, but only within 1970–2100, where no other reading of five digits is a date.
      const serial = SERIAL_TEXT.test(shown) ? Number(shown) : NaN;
      if (serial >= SERIAL_TEXT_FROM && serial < toSerial(LAST, ctx.dateSystem) + 1) {
        const read = fromNumber({ kind: 'number', value: serial }, ctx);
        if (read.cell.kind === 'date') return change(cell, read.cell, 'fix.date');
      }
      return keep(cell, [{ code: 'date.unrecognized', severity: 'warning', params: { value: shown } }]);
    }
  }
}
