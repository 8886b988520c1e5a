/**
 * Identifier cells (身份证号, 统一社会信用代码, customer id, WeChat, QQ) as match keys: upper
 * case, spaces, hyphens and dots removed. A Chinese ID card (18 characters, ISO 7064 mod 11-2
 * check) or credit code (18 characters, GB 32100-2015 mod 31 check) is marked valid, so two
 * different valid numbers are strong evidence of two different customers.
 */
import { foldText } from './fold';

export interface IdKey {
  value: string;
  /** The number passes its checksum (Chinese ID card or USCC); false for other ids. */
  valid: boolean;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check of an 18-character resident ID number (GB 11643-1999). */
export function isValidChineseId(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check of an 18-character unified social credit code. */
export function isValidUscc(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i]) * USCC_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === s[17];
}

export type IdKind = 'idCard' | 'uscc' | 'generic';

/**
 * A 15-digit ID card (issued before 1999) as the 18-digit number it became (GB 11643-1999): the
 * century 19 after the area code, and the check character. 110105491231002 is 11010519491231002X.
 */
export function upgradeIdCard(id15: string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return body + ID_CHECK[sum % 11];
}

/** Held once (keys/fold.ts says why). */
const ALL_ZEROS = /^0+$/;
const OLD_ID_CARD = /^\d{15}$/;

export function idKey(text: string, kind: IdKind): IdKey | null {
  let value = foldText(text).toUpperCase().replace(/[\s\-_.·/]+/g, '');
  if (value === '' || ALL_ZEROS.test(value)) return null;
  // One person's old and new card: compared as the 18-digit number.
  if (kind === 'idCard' && OLD_ID_CARD.test(value)) value = upgradeIdCard(value);
  const valid = kind === 'idCard' ? isValidChineseId(value) : kind === 'uscc' ? isValidUscc(value) : false;
  return { value, valid };
}
