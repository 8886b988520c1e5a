/**
 * Unified social credit codes (统一社会信用代码): 18 characters from 0-9 and capitals without
 * I, O, S, V, Z; the last is a check character computed modulo 31 as GB 32100-2015 prescribes.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters call for. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export type UsccCheck = { ok: true } | { ok: false; reason: 'shape' } | { ok: false; reason: 'checksum'; expected: string };

/** Checks a code already in canonical form (no spaces, capitals). */
export function checkUscc(code: string): UsccCheck {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return { ok: false, reason: 'shape' };
  const expected = usccCheckChar(code);
  return code[17] === expected ? { ok: true } : { ok: false, reason: 'checksum', expected };
}
