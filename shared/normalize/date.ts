/**
 * The date cleaner: text and numbers that mean a date become date cells (civil `YYYY-MM-DD`, with
 * `THH:MM`, and `:SS` when typed, when a time was written). Spreadsheet serials are read in the workbook's date system
 * (PITFALLS A6); anything doubtful stays as it is with a finding.
 */
import { lunarFixedDay } from './lunar-day';
import { cellText, numberText, type Cell } from '../table/cell';
import { daysInMonth, formatIso, fromSerial, isValidCivil, toSerial } from '../table/civil-date';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change, NO_FINDINGS } from './result';
import { parseDateText, type DateReading } from './date-text';
import { isZeroDate } from './placeholder';
import { vagueDate, yearMonth } from './date-vague';
import { toHalfWidth } from '../text/fold';
import { nearestDay } from './nearest-day';
import { readMonthDayShorthand } from './month-day';
import { OPEN_ENDED, UNTIL, readPeriod } from './contract-term';
import type { DateTextOptions } from './date-text';
import { isYearTyped, serialFromYear, SERIAL_TO_YEAR, YEAR_IS_ENOUGH } from './date-number-range';

/** How the column's dates are read: its order for 03/05, and whether its two-digit years are 民國 years. */
function dateOptions(ctx: CleanContext): DateTextOptions {
  const { ambiguous, era, timeZone } = ctx.settings.dates;
  const options: DateTextOptions = era === undefined ? { ambiguous, today: ctx.today } : { ambiguous, today: ctx.today, era };
  if (timeZone !== undefined) options.timeZone = timeZone;
  if (ctx.keepMidnight) options.keepMidnight = true;
  if (ctx.timeSeconds !== undefined) options.seconds = ctx.timeSeconds;
  if (ctx.dottedYearFirst) options.dottedYearFirst = true;
  return options;
}

/** Years back from today within which a business date's two-digit year leaves no doubt (31/12/26, 15/11/98). */
const BUSINESS_YEARS_BACK = 30;
/** Years back from today past which a birthday's other century is over 110 years ago: 85 is 1985, never 2085 or 1885. */
const BIRTHDAY_YEARS_BACK = 10;

/**
 * Whether a two-digit year read in the window (pivotYear) may still be of the other century. A
 * contract end, a follow-up or a last purchase within a few decades of today is of no other (31/12/26
 * is 2026: 1926 and 2126 are no business's dates); one read far back may be (a lease to 31/12/40 was
 * read as 1940). A birthday in the last ten years or ahead may be a century earlier (03/04/25: a
 * baby's or a centenarian's); an earlier one is of no other (85 is 1985: 2085 is to come).
 */
/** Days greeted each year (a birthday, a wedding anniversary): a year-less one is enough to greet on. */
const YEARLY_DAYS: ReadonlySet<string> = new Set(['birthday', 'anniversary']);
/** The dates whose month alone the classes read as its last day (classify/month-dates.ts). */
const MONTH_ACTIVITY: ReadonlySet<string> = new Set(['lastPurchase', 'firstPurchase', 'lastContact']);

function centuryInDoubt(year: number, ctx: CleanContext): boolean {
  if (YEARLY_DAYS.has(ctx.field.id)) return year >= ctx.today.y - BIRTHDAY_YEARS_BACK;
  return year < ctx.today.y - BUSINESS_YEARS_BACK;
}

/** What a two-digit year needs said: the century it was read in, or the 民國 year it was read as or may be. */
function twoDigitFindings(shown: string, r: DateReading & { kind: 'date' }, ctx: CleanContext): Finding[] {
  if (r.twoDigitYear === undefined) return NO_FINDINGS;
  if (r.roc?.how === 'read') return [{ code: 'date.rocYear', severity: 'info', params: { value: shown, year: r.roc.year } }];
  if (r.roc?.how === 'possible') return [{ code: 'date.twoDigitYearRoc', severity: 'info', params: { value: shown, year: r.twoDigitYear, roc: r.roc.year } }];
  if (!centuryInDoubt(r.twoDigitYear, ctx)) return NO_FINDINGS;
  return [{ code: 'date.twoDigitYear', severity: 'info', params: { value: shown, year: r.twoDigitYear } }];
}

/** Under this age a birthday's year, read from two digits, is most likely typed wrong (05-Mar-24: a customer of two). */
const YOUNGEST_PLAUSIBLE_AGE = 5;

/**
 * A yearly day (a birthday, a wedding anniversary) whose two-digit year the run cannot be sure of
 * (05-Mar-24: 2024 or 1924; 90.12.4: 1990 or 民國 90, 2001): kept as typed, as 12月3日 is, and flagged,
 * or null when its year is in no doubt. Written as a date, the guess would become the user's data and
 * the next run, reading a plain date, would no longer say it was one; kept, every run reads it again
 * and says so until a four-digit year is typed. Its month and day are all a reminder needs
 * (remind/month-day.ts reads them, with no age). A business day (a purchase, a contract end) is still
 * written as a date: its classes and reminders need the day, and its century is rarely in doubt.
 */
function yearlyInDoubt(cell: Cell, shown: string, r: DateReading & { kind: 'date' }, ctx: CleanContext): CleanResult | null {
  const year = r.twoDigitYear;
  if (year === undefined || !YEARLY_DAYS.has(ctx.field.id) || r.roc?.how === 'read') return null;
  const other = r.roc?.how === 'possible' ? r.roc.year : centuryInDoubt(year, ctx) ? (year >= ctx.today.y - BIRTHDAY_YEARS_BACK ? year - 100 : year + 100) : null;
  if (other === null) return null;
  const young = ctx.field.id === 'birthday' && ctx.today.y - year < YOUNGEST_PLAUSIBLE_AGE;
  return keep(cell, [
    young
      ? { code: 'date.twoDigitYearYoung', severity: 'warning', params: { value: shown, year, other } }
      // The other reading named for what it is: a bare "1983" beside 1972 says nothing (tester h76 #11).
      : { code: r.roc?.how === 'possible' ? 'date.twoDigitYearKeptRoc' : 'date.twoDigitYearKept', severity: 'info', params: { value: shown, year, other } },
  ]);
}

/**
 * A business day (a contract end, a follow-up, a purchase) whose two-digit year the run asks the user
 * to confirm (26.12.9: 2026 or 民國 26, 1937; 31/12/40: 1940 or 2040): kept as typed and flagged, as a
 * birthday's is, so the next run reads the typed text and says so again until a four-digit year is
 * typed (tester h60: written as 2026-12-09, the rerun took the guess for the user's date). Its classes
 * and reminders still need the day: they read the one it was read as (`read`).
 */
function businessInDoubt(cell: Cell, shown: string, r: DateReading & { kind: 'date' }, ctx: CleanContext): CleanResult | null {
  if (YEARLY_DAYS.has(ctx.field.id)) return null;
  const findings = twoDigitFindings(shown, r, ctx);
  if (!findings.some((f) => f.code === 'date.twoDigitYearRoc' || f.code === 'date.twoDigitYear')) return null;
  return { ...keep(cell, findings), read: { kind: 'date', value: r.iso } };
}

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

/**
 * Taiwan's compact yyymmdd typed into a number cell: 1151220 (民國115年12月20日), as its text is read;
 * in a column of 民國 years also 750308, the number having dropped 0750308's zero. Both lie far past
 * any serial, so no other reading is lost.
 */
function rocCompactNumber(n: number, ctx: CleanContext): string | null {
  if (!Number.isInteger(n)) return null;
  const seven = n >= 1000101 && n <= 1991231;
  const six = ctx.settings.dates.era === 'roc' && n >= 10101 && n <= 991231;
  if (!seven && !six) return null;
  const r = parseDateText(String(n).padStart(7, '0'), dateOptions(ctx));
  return r.kind === 'date' ? r.iso : null;
}

/** A year typed alone, as text: 2018, 2018年. */
const TYPED_YEAR = /^\d{4}\s*年?$/u;

/** A year typed in a date column (Client Since 2018): kept as typed, said as the part of a date it is where a day is needed. */
function yearKept(cell: Cell, n: number, ctx: CleanContext): CleanResult {
  const field = ctx.field.id;
  if (YEAR_IS_ENOUGH.has(field)) return keep(cell);
  const code = field === 'birthday' ? 'date.partialBirthday' : 'date.partial';
  return keep(cell, [{ code, severity: field === 'birthday' ? 'info' : 'warning', params: { value: String(n) } }]);
}

function fromNumber(cell: Cell & { kind: 'number' }, ctx: CleanContext): CleanResult {
  const n = cell.value;
  if (isYearTyped(n)) return yearKept(cell, n, ctx);
  // Said as a number read (a serial, a yyyymmdd): no text was turned into a date (fix.date), and a
  // General 46000 becoming 2025-12-09 needs the why.
  const compact = compactNumber(n) ?? rocCompactNumber(n, ctx);
  if (compact) return change(cell, { kind: 'date', value: compact }, 'fix.dateNumber');
  // The 1904 system has no negative serials (1900 to 1903 cannot be written in it).
  // Only serials of days the column can hold (date-number-range.ts): 365 under Last Purchase is no 1900-12-30.
  const from = serialFromYear(ctx.field.id);
  const lo = Math.max(toSerial({ ...FIRST, y: from }, ctx.dateSystem), 0);
  const hi = toSerial(LAST, ctx.dateSystem) + 1;
  if (!Number.isFinite(n) || n < lo || n >= hi) {
    return keep(cell, [{ code: 'date.serialOutOfRange', severity: 'warning', params: { value: numberText(n), from, to: SERIAL_TO_YEAR } }]);
  }
  const read = fromSerial(n, ctx.dateSystem);
  // Serial 60 is Excel's fake 1900-02-29.
  if (!read) return keep(cell, [{ code: 'date.invalid', severity: 'error', params: { value: numberText(n) } }]);
  const h = Math.floor(read.seconds / 3600), m = Math.floor((read.seconds % 3600) / 60), s = read.seconds % 60;
  const time = read.seconds === 0 ? '' : `T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
  return change(cell, { kind: 'date', value: formatIso(read.date) + time }, 'fix.dateSerial');
}

/**
 * A contract cell that is no single date but says one: a period (its start for the start column,
 * its end for the end column; the whole text stays in the change log), an end date with 至 before
 * it, or a contract without an end.
 */
function contractDate(cell: Cell, shown: string, ctx: CleanContext): CleanResult | null {
  const field = ctx.field.id;
  if (field !== 'contractStart' && field !== 'contractEnd') return null;
  if (field === 'contractEnd' && OPEN_ENDED.test(shown)) return keep(cell);
  const p = readPeriod(shown, dateOptions(ctx));
  if (p) return change(cell, { kind: 'date', value: field === 'contractStart' ? p.start : p.end }, field === 'contractStart' ? 'fix.periodStart' : 'fix.periodEnd');
  if (field === 'contractEnd' && UNTIL.test(shown)) {
    const r = parseDateText(shown.replace(UNTIL, ''), dateOptions(ctx));
    if (r.kind === 'date') return change(cell, { kind: 'date', value: r.iso }, 'fix.date');
  }
  return null;
}

/** 05/12 and 5-12: a day and a month as digits, with nothing to tell which is which. */
const BARE_DAY_MONTH = /^(?:--)?(\d{1,2})[-/](\d{1,2})$/;
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A year-less 05/12 read day first written so that it says which is the day: 5 Dec (12月5日 in a
 * Chinese sheet), where the order came from full dates the run writes as ISO dates
 * (ctx.spellYearless): the next run on the cleaned sheet would have nothing left to read the order
 * from and would take 05/12 month first (12 May), and its birthday and follow-up reminders would
 * move. Only where both numbers could be either (05/12, not 15/12 or 05/05). Null when it stays as typed.
 */
function dayMonthSpelled(shown: string, month: number, day: number, ctx: CleanContext): string | null {
  const m = BARE_DAY_MONTH.exec(shown);
  if (!m || ctx.spellYearless === undefined || +m[1] > 12 || +m[2] > 12 || +m[1] === +m[2] || +m[1] !== day) return null;
  return ctx.spellYearless === 'zh' ? `${month}月${day}日` : `${day} ${MONTH_ABBREVIATIONS[month - 1]}`;
}

/** The date cleaner (birthday, contract dates, last contact …). */
export function cleanDate(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return fromNumber(cell, ctx);
  if (cell.kind !== 'text') return keep(cell);
  const value = cellText(cell);
  const r = parseDateText(value, dateOptions(ctx));
  const shown = value.trim();
  switch (r.kind) {
    case 'date':
      if (r.twoDigitYear !== undefined) {
        const doubt = yearlyInDoubt(cell, shown, r, ctx) ?? businessInDoubt(cell, shown, r, ctx);
        if (doubt) return doubt;
      }
      // A date typed in 民國 years keeps its calendar in the sheet: its user reads and types 115/12/06,
      // and a 2026-12-06 written over it is another calendar than his (tester h72 #25). The run reads
      // the day it is (`read`): its classes, reminders and duplicates see the 西元 date.
      if (r.rocTyped) return { ...keep(cell, twoDigitFindings(shown, r, ctx)), read: { kind: 'date', value: r.iso } };
      // A birthday exported as an instant (1990-01-02T16:00:00.000Z: 1990-01-03 in Beijing) is a day, not a time of day.
      return change(cell, { kind: 'date', value: r.zoned && YEARLY_DAYS.has(ctx.field.id) ? r.iso.slice(0, 10) : r.iso }, 'fix.date', twoDigitFindings(shown, r, ctx));
    case 'ambiguous':
      return keep(cell, [{ code: 'date.ambiguous', severity: 'warning', params: { value: shown, monthFirst: r.monthFirst, dayFirst: r.dayFirst } }]);
    case 'invalid':
      return isZeroDate(shown) ? keep(cell) : keep(cell, [{ code: 'date.invalid', severity: 'error', params: { value: shown } }]);
    case 'noYear': {
      // A birthday needs no year to be reminded of; a last contact or a contract end without one
      // cannot be placed at all (which 3月5日?), so it is worth the user's fixing. A planned
      // follow-up is reminded on the nearest such day (normalize/nearest-day.ts): said, so the user
      // can see the day the reminder took and add the year where it is another.
      const nearest = !YEARLY_DAYS.has(ctx.field.id) && ctx.field.id === 'nextFollowUp' ? nearestDay(shown, ctx.today, ctx.settings.dates.ambiguous) : null;
      const findings: Finding[] = YEARLY_DAYS.has(ctx.field.id)
        ? [{ code: 'date.noYear', severity: 'info', params: { value: shown } }]
        : nearest
          ? [{ code: 'date.noYearAssumed', severity: 'warning', params: { value: shown, date: nearest.iso } }]
          : [{ code: 'date.noYearNeeded', severity: 'warning', params: { value: shown } }];
      const spelled = dayMonthSpelled(shown, r.month, r.day, ctx);
      return spelled === null ? keep(cell, findings) : change(cell, { kind: 'text', value: spelled }, 'fix.dateDayMonth', findings);
    }
    case 'lunar': {
      // A lunar date with its year in a column of one day (婚期 2027年正月初八) is that one day: said in
      // the solar calendar, the cell kept as typed (the reminders read it: normalize/lunar-day.ts).
      const solar = YEARLY_DAYS.has(ctx.field.id) ? null : lunarFixedDay(shown);
      if (solar !== null) return keep(cell, [{ code: 'date.lunarFixedDay', severity: 'info', params: { value: shown, date: solar } }]);
      return keep(cell, [{ code: 'date.lunar', severity: 'info', params: { value: shown } }]);
    }
    case 'lunarUnread':
      return keep(cell, [{ code: 'date.lunarUnread', severity: 'warning', params: { value: shown } }]);
    case 'unrecognized': {
      // 12.6 or 1206 under 生日: a birthday without its year, read as 12月6日 is (remind/month-day.ts reads it too).
      if (YEARLY_DAYS.has(ctx.field.id) && readMonthDayShorthand(toHalfWidth(shown), ctx.settings.dates.ambiguous)) {
        return keep(cell, [{ code: 'date.noYear', severity: 'info', params: { value: shown } }]);
      }
      const contract = contractDate(cell, shown, ctx);
      if (contract) return contract;
      // A serial pasted as text (45231 from a General-format cell copied out of Excel): read as the
      // workbook would, but only within 1970–2100, where no other reading of five digits is a date.
      const serial = SERIAL_TEXT.test(shown) ? Number(shown) : NaN;
      if (serial >= SERIAL_TEXT_FROM && serial < toSerial(LAST, ctx.dateSystem) + 1) {
        const read = fromNumber({ kind: 'number', value: serial }, ctx);
        if (read.cell.kind === 'date') return change(cell, read.cell, 'fix.dateSerial');
      }
      const vague = vagueDate(shown);
      // A birth year or decade (80后) is what the sheet knows, not a slip; any other date needs its day.
      if (vague === 'partial') {
        // A customer since 2018 typed as text says all the column asks, as the number 2018 does.
        if (YEAR_IS_ENOUGH.has(ctx.field.id) && TYPED_YEAR.test(toHalfWidth(shown)) && isYearTyped(parseInt(toHalfWidth(shown), 10))) return keep(cell);
        if (ctx.field.id === 'birthday') return keep(cell, [{ code: 'date.partialBirthday', severity: 'info', params: { value: shown } }]);
        // A contract end of a month (服务到期 2026年12月) is reminded on the month's last day
        // (remind/rules/month-end.ts): the message says that day, not that reminders cannot use it.
        // A purchase or contact of a month is read by the classes as its last day (classify/month-dates.ts).
        const monthCode = ctx.field.id === 'contractEnd' ? 'date.partialMonthEnd' : MONTH_ACTIVITY.has(ctx.field.id) ? 'date.partialMonthActivity' : null;
        const month = monthCode ? yearMonth(toHalfWidth(shown)) : null;
        return keep(cell, [month && monthCode
          ? { code: monthCode, severity: 'warning', params: { value: shown, date: formatIso({ y: month.year, m: month.month, d: daysInMonth(month.year, month.month) }) } }
          : { code: 'date.partial', severity: 'warning', params: { value: shown } }]);
      }
      if (vague === 'relative') return keep(cell, [{ code: 'date.relative', severity: 'warning', params: { value: shown } }]);
      return keep(cell, [{ code: 'date.unrecognized', severity: 'warning', params: { value: shown } }]);
    }
  }
}
