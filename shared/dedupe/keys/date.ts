/**
 * Dates (birthdays) as match keys: a date cell's ISO day, or a raw text read as
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD. Text that is no such date keeps its
 * digits, so two equal raw values still agree (FEBRL writes impossible dates on purpose).
 */
import type { Cell } from '../../table/cell';
import { isValidCivil } from '../../table/civil-date';
import { foldText, matchText } from './fold';
import { parseMonthDay } from '../../normalize/month-day';

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
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateKey(cell: Cell | undefined): DateKey | null {
  if (!cell) return null;
  if (cell.kind === 'date') return { value: cell.value.slice(0, 10), valid: true, digits: cell.value.slice(0, 10).replace(/-/g, ''), monthDay: cell.value.slice(5, 10) };
  const text = foldText(matchText(cell));
  if (text === '') return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (isValidCivil(y, mo, d)) return { value: `${m[1]}-${pad(mo)}-${pad(d)}`, valid: true, digits: `${m[1]}${pad(mo)}${pad(d)}`, monthDay: `${pad(mo)}-${pad(d)}` };
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
  const md = /\d{4}/.test(text) ? null : parseMonthDay(text);
  if (md && md.year === undefined) return { value: digits, valid: false, digits, monthDay: `${pad(md.month)}-${pad(md.day)}`, noYear: true };
  return digits.length >= 4 ? { value: digits, valid: false, digits } : null;
}
