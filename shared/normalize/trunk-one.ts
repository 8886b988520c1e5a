/**
 * A North American number dialled with its trunk 1 (1-713-685-0944, 1 713 685 0944, 1.713.685.0944,
 * 1 (713) 685-0944): eleven digits beginning with 1, like a Chinese mobile's, but grouped 1-3-3-4,
 * the way no Chinese mobile is written (138-1234-5678, 1381234 5678, 138 1234 5678). Every rule that
 * reads "11 digits starting with 1" as a Chinese mobile (the fast path, the region vote, the column
 * sniffer) asks this first, so they agree.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The 1 stands apart from the area code (a separator or a bracket after it); area code and exchange
 * begin 2–9 (NANP's own rule, so 1 381 234 5678 is no candidate). The bare 17136850944 says nothing
 * of its grouping and stays what the sheet's region reads.
 */
const TRUNK_ONE = /^1(?:[\s.-]+[2-9]\d{2}[\s.-]+|[\s.-]*\(\s*[2-9]\d{2}\s*\)[\s.-]*)[2-9]\d{2}[\s.-]?\d{4}$/;

/**
 * The number's E.164 (+17136850944) when `text` is a North American number written with its trunk 1
 * and libphonenumber finds it valid (an area code in service: 1-381-234-5678 is none), else null.
 */
export function trunkOneNumber(text: string): string | null {
  const t = text.trim();
  // Cheap test first: this runs for every Chinese mobile the fast path reads.
  if (t.length < 13 || t.charCodeAt(0) !== 49 || !TRUNK_ONE.test(t)) return null;
  const e164 = `+${t.replace(/\D/g, '')}`;
  try {
    return parsePhoneNumberFromString(e164)?.isValid() ? e164 : null;
  } catch {
    return null;
  }
}

/**
 * An eleven-digit Chinese mobile (13x–19x), with or without +86 / 0086 / 86 and separators, that is
 * not a North American number written with its trunk 1: what the region vote and the column sniffer
 * count as China's.
 */
const CN_MOBILE = /^(?:\+?86|0086)?1[3-9]\d{9}$/;
export const looksChineseMobile = (text: string): boolean => CN_MOBILE.test(text.replace(/[\s().-]/g, '')) && trunkOneNumber(text) === null;
