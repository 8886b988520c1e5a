/**
 * Chinese resident ID numbers (身份证号): 18 characters whose last is a check digit or X computed
 * by ISO 7064 MOD 11-2 as GB 11643-1999 prescribes, or 15 digits for cards issued before 1999.
 */
import { isValidCivil, type CivilDate } from '../table/civil-date';
import { cellText, type Cell } from '../table/cell';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character the first 17 digits call for. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export type IdCardCheck = { ok: true } | { ok: false; reason: 'shape' } | { ok: false; reason: 'checksum'; expected: string };

/** Checks an ID number already in canonical form (no spaces, capital X). */
export function checkIdCard(id: string): IdCardCheck {
  if (/^\d{15}$/.test(id)) return { ok: true };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'shape' };
  const expected = idCardCheckChar(id);
  return id[17] === expected ? { ok: true } : { ok: false, reason: 'checksum', expected };
}

/** What a resident ID number says of its holder. */
export interface IdCardHolder {
  /** Date of birth, digits 7–14 (digits 7–12 of a 15-digit number, born 19xx). */
  birth: CivilDate;
  /** The order digit (the 17th, the 15th of an old number): odd for men, even for women (GB 11643-1999). */
  sex: 'm' | 'f';
}

/**
 * The holder's birth date and sex, or null when `id` (canonical: no spaces, capital X) is no valid
 * number: a wrong check character, or a birth date that does not exist. Only a number that passes
 * both is trusted to speak for its holder.
 */
export function idCardHolder(id: string): IdCardHolder | null {
  let y: number, m: number, d: number, order: number;
  if (/^\d{15}$/.test(id)) {
    y = 1900 + Number(id.slice(6, 8));
    m = Number(id.slice(8, 10));
    d = Number(id.slice(10, 12));
    order = Number(id[14]);
  } else {
    if (!checkIdCard(id).ok) return null;
    y = Number(id.slice(6, 10));
    m = Number(id.slice(10, 12));
    d = Number(id.slice(12, 14));
    order = Number(id[16]);
  }
  if (y < 1850 || !isValidCivil(y, m, d)) return null;
  return { birth: { y, m, d }, sex: order % 2 === 1 ? 'm' : 'f' };
}

/** The holder an ID number cell speaks for (idCardHolder), read as the cleaner leaves it or as typed. */
export function idCardHolderOf(cell: Cell | undefined): IdCardHolder | null {
  if (!cell || (cell.kind !== 'text' && cell.kind !== 'number')) return null;
  const id = cellText(cell).replace(/\s+/g, '').toUpperCase();
  return id.length === 15 || id.length === 18 ? idCardHolder(id) : null;
}
