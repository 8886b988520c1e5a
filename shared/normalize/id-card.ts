/**
 * Chinese resident ID numbers (身份证号): 18 characters whose last is a check digit or X computed
 * by ISO 7064 MOD 11-2 as GB 11643-1999 prescribes, or 15 digits for cards issued before 1999.
 */
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
