/**
 * Dates (birthdays) as match keys: a date cell's ISO day, or a raw text read as
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD. Text that is no such date keeps its
 * digits, so two equal raw values still agree (FEBRL writes impossible dates on purpose).
 */
import type { Cell } from '../../table/cell';
import { formatIso, isValidCivil } from '../../table/civil-date';
import { foldText, matchText } from './fold';
import { parseMonthDay } from '../../normalize/month-day';
import { isYearPlaceholder, isZeroDate } from '../../normalize/placeholder';
import { readLunarDate, saysLunar } from '../../normalize/lunar-date';
import { readBirthday, readLunarBirthday, type BirthdaySpec } from '../../remind/month-day';
import { lunarToSolar } from '../../remind/lunar';

export interface DateKey {
  /** YYYY-MM-DD when a real date, else the digits of the text. */
  value: string;
  /** The text was a real civil date. */
  valid: boolean;
  /** YYYYMMDD for a real date, else the digits: what typo levels compare. */
  digits: string;
  /** MM-DD of a real date, or of a birthday written without its year ('--05-17', 5月17日). */
  monthDay?: string;
  /** Written without a year: only its month and day can agree or not. */
  noYear?: true;
  /** The year of a date written with one whose month or day does not exist (1965/2/30): still a year to compare. */
  year?: number;
  /** A 农历 month and day written without a year (农历三月初八): its solar day depends on the year. */
  lunar?: { month: number; day: number; leap: boolean };
  /**
   * A 1 January the sheet gives many people (normalize/stand-in-birthday.ts): a platform's filler,
   * or a year known alone; two equal ones agree on the year at most.
   */
  standIn?: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A text that says it is a 农历 date (农历三月初八, 10月25日(农历)) or is one (腊月初八), as the date cleaner reads it. */
export const isLunarText = (text: string): boolean => saysLunar(text) || readLunarDate(text) !== null;

/**
 * A lunar birthday as a key: with its year, the solar day it was (农历1990年三月初八 is 1990-04-03,
 * so it agrees with the row that wrote the solar date); without, the lunar month and day, which
 * agree only with the same lunar month and day (or a solar date that is that lunar day in its year).
 */
function lunarKey(spec: BirthdaySpec): DateKey | null {
  const leap = spec.leapMonth === true;
  if (spec.year !== undefined) {
    const solar = lunarToSolar(spec.year, spec.month, spec.day, leap);
    if (!solar) return null;
    const iso = formatIso(solar);
    return { value: iso, valid: true, digits: iso.replace(/-/g, ''), monthDay: iso.slice(5, 10) };
  }
  const md = `${leap ? '闰' : ''}${pad(spec.month)}-${pad(spec.day)}`;
  // 'L' keeps lunar digits from being read as a slip of a solar month and day.
  return { value: `农历${md}`, valid: false, digits: `L${pad(spec.month)}${pad(spec.day)}`, noYear: true, lunar: { month: spec.month, day: spec.day, leap } };
}

/** Held once (keys/fold.ts says why). */
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;
const EIGHT_DIGITS = /^(\d{4})(\d{2})(\d{2})$/;
const FOUR_DIGITS = /\d{4}/;

/** The birthday of a row: its birthday cell, or else its 农历生日 cell read as lunar. */
export function birthdayKey(birthday: Cell | undefined, lunarBirthday: Cell | undefined): DateKey | null {
  const key = dateKey(birthday);
  if (key || !lunarBirthday) return key;
  const spec = readLunarBirthday(lunarBirthday);
  return spec ? lunarKey(spec) : null;
}

export function dateKey(cell: Cell | undefined): DateKey | null {
  if (!cell) return null;
  if (cell.kind === 'date') return { value: cell.value.slice(0, 10), valid: true, digits: cell.value.slice(0, 10).replace(/-/g, ''), monthDay: cell.value.slice(5, 10) };
  const text = foldText(matchText(cell));
  if (text === '' || isZeroDate(text)) return null;
  // 农历1990年三月初八 is no date "1990": its digits alone would make every 1990 lunar birthday agree.
  if (isLunarText(text)) {
    const spec = readBirthday({ kind: 'text', value: text });
    return spec?.lunar ? lunarKey(spec) : null;
  }
  const m = YEAR_FIRST.exec(text) ?? EIGHT_DIGITS.exec(text);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    // Square's 0000-12-03, the iPhone's 1604-12-04: a birthday without its year, as --12-03 is.
    if (isYearPlaceholder(y) && isValidCivil(2000, mo, d)) return { value: `${pad(mo)}${pad(d)}`, valid: false, digits: `${pad(mo)}${pad(d)}`, monthDay: `${pad(mo)}-${pad(d)}`, noYear: true };
    if (isValidCivil(y, mo, d)) return { value: `${m[1]}-${pad(mo)}-${pad(d)}`, valid: true, digits: `${m[1]}${pad(mo)}${pad(d)}`, monthDay: `${pad(mo)}-${pad(d)}` };
    if (!isYearPlaceholder(y)) {
      const digits = text.replace(/\D+/g, '');
      return { value: digits, valid: false, digits, year: y };
    }
  }
  // A date the cleaner could not place (03/07/1980: March or July?) keeps its written order,
  // zero-padded, so 3/7/1980 and 03/07/1980 still agree.
  const either = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  if (either) {
    const digits = `${pad(+either[1])}${pad(+either[2])}${either[3]}`;
    return { value: digits, valid: false, digits };
  }
  const digits = text.replace(/\D+/g, '');
  // A birthday kept without its year (Google Contacts writes --05-17): the cleaner left it as text.
  const md = FOUR_DIGITS.test(text) ? null : parseMonthDay(text);
  if (md && md.year === undefined) return { value: digits, valid: false, digits, monthDay: `${pad(md.month)}-${pad(md.day)}`, noYear: true };
  return digits.length >= 4 ? { value: digits, valid: false, digits } : null;
}
