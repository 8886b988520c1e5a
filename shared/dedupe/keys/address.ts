/**
 * Addresses as match keys: folded, common English street words shortened (street → st,
 * boulevard → blvd …), Chinese place prefixes dropped (北京市朝阳区… and 朝阳区… compare equal),
 * punctuation removed. The numbers of an address are kept apart: 建国路88号 and 建国路86号 are
 * different doors however similar the text.
 */
import { foldText, lettersAndDigits } from './fold';
import { stripPlacePrefixes } from './regions';
import { shortenStreetWords } from './street-words';

export interface AddressKey {
  /** Letters and digits only, street words shortened, place prefix dropped. */
  folded: string;
}

/** Chinese unit words that vary between typists: 号楼 / 栋 / 幢, 室 / 房. */
const HAN_UNITS: readonly [RegExp, string][] = [
  [/[栋幢座]/gu, '号楼'],
  [/房(?=\d|$)/gu, '室'],
  [/弄/gu, '号'],
];

const HAN_UNIT_CHARS = /[栋幢座房弄]/u;

/** A character other than an ASCII digit, a lower-case ASCII letter or a CJK unified ideograph (all letters). */
const MAY_PART_NUMBERS = /[^0-9a-z\u4e00-\u9fff]/;

/**
 * Who receives the parcel, written into a shipping address (淘宝's and a WeChat shop's 收货地址: …龙井路8号
 * 王阿姨收 13500001111; 收货人：王芳 13812345678 …): no part of the place. A Chinese mobile anywhere in it,
 * and the recipient as 某某收 or after 收货人 / 收件人 / 联系人, are left out of the key, so the address
 * typed with its recipient and without compares as one place.
 */
const RECIPIENT_PHONE = /(?:\+?86[\s-]?)?(?<!\d)1[3-9]\d(?:[\s-]?\d){8}(?!\d)/gu;
const RECIPIENT_MARK = /(?:收货人|收件人|联系人)[:：]?\s*\p{Script=Han}{1,4}(?=[\s,，;；\d]|$)|(?<=[\s,，;；]|^)\p{Script=Han}{1,4}收(?=[\s,，;；]|$)/gu;

/** Held once (keys/fold.ts says why). */
const MAY_HOLD_RECIPIENT = /[收\d]/u;

function withoutRecipient(text: string): string {
  if (!MAY_HOLD_RECIPIENT.test(text)) return text;
  const bare = text.replace(RECIPIENT_PHONE, ' ').replace(RECIPIENT_MARK, ' ');
  // An address that was nothing but its recipient keeps what it was: no place is left to compare.
  return lettersAndDigits(foldText(bare)) === '' ? text : bare;
}

export function addressKey(text: string): AddressKey | null {
  let f = foldText(withoutRecipient(text));
  if (lettersAndDigits(f) === '') return null;
  f = shortenStreetWords(f);
  if (HAN_UNIT_CHARS.test(f)) for (const [re, to] of HAN_UNITS) f = f.replace(re, to);
  // Two numbers written apart stay apart: Apt 1, 23 Oak St is not Apt 12, 3 Oak St.
  // Only a character outside letters and digits can part two numbers: most Chinese addresses hold none.
  if (MAY_PART_NUMBERS.test(f)) f = f.replace(/(\d)[^\p{L}\p{N}]+(?=\d)/gu, '$1x');
  // The numbers (88, 1201) are read off `folded` when a pair is compared (sameNumbers), not kept
  // as an array of strings per row: most rows' addresses are never compared but for equality.
  return { folded: stripPlacePrefixes(lettersAndDigits(f), 4) };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The two folded addresses hold the same runs of digits in the same order (建国路88号 / 建国路86号
 * do not), or one holds none. Walks both texts, allocating nothing.
 */
export function sameNumbers(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let any = false;
  for (;;) {
    while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && !isDigit(b.charCodeAt(j))) j++;
    // One side has no number at all (it says nothing), or both ran out of runs together.
    if (i === a.length || j === b.length) return !any || (i === a.length && j === b.length);
    any = true;
    // Compare one run each: same digits, ending at the same length.
    for (;;) {
      const x = i < a.length && isDigit(a.charCodeAt(i));
      const y = j < b.length && isDigit(b.charCodeAt(j));
      if (!x || !y) {
        if (x !== y) return false;
        break;
      }
      if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
      i++;
      j++;
    }
  }
}

