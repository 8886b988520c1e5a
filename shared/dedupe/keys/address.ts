/**
 * Addresses as match keys: folded, common English street words shortened (street → st,
 * boulevard → blvd …), Chinese place prefixes dropped (北京市朝阳区… and 朝阳区… compare equal),
 * punctuation removed. The numbers of an address are kept apart: 建国路88号 and 建国路86号 are
 * different doors however similar the text.
 */
import { foldText, lettersAndDigits } from './fold';
import { stripPlacePrefixes } from './regions';

export interface AddressKey {
  /** Letters and digits only, street words shortened, place prefix dropped. */
  folded: string;
  /** Every digit run, in order ('88', '1201'). */
  numbers: string[];
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  street: 'st', str: 'st', road: 'rd', avenue: 'ave', av: 'ave', boulevard: 'blvd', blv: 'blvd', boul: 'blvd',
  drive: 'dr', lane: 'ln', place: 'pl', court: 'ct', square: 'sq', highway: 'hwy', parkway: 'pkwy',
  terrace: 'tce', crescent: 'cres', circle: 'cir', north: 'n', south: 's', east: 'e', west: 'w',
  apartment: 'apt', suite: 'ste', floor: 'fl', building: 'bldg', mount: 'mt', saint: 'st',
};

/** Chinese unit words that vary between typists: 号楼 / 栋 / 幢, 室 / 房. */
const HAN_UNITS: readonly [RegExp, string][] = [
  [/[栋幢座]/gu, '号楼'],
  [/房(?=\d|$)/gu, '室'],
  [/弄/gu, '号'],
];

const HAN_UNIT_CHARS = /[栋幢座房弄]/u;

/** A character other than an ASCII digit, a lower-case ASCII letter or a CJK unified ideograph (all letters). */
const MAY_PART_NUMBERS = /[^0-9a-z\u4e00-\u9fff]/;

export function addressKey(text: string): AddressKey | null {
  let f = foldText(text);
  if (lettersAndDigits(f) === '') return null;
  if (/[a-z]/.test(f)) f = f.replace(/[a-z]+/g, (w) => STREET_WORDS[w] ?? w);
  if (HAN_UNIT_CHARS.test(f)) for (const [re, to] of HAN_UNITS) f = f.replace(re, to);
  // Two numbers written apart stay apart: Apt 1, 23 Oak St is not Apt 12, 3 Oak St.
  // Only a character outside letters and digits can part two numbers: most Chinese addresses hold none.
  if (MAY_PART_NUMBERS.test(f)) f = f.replace(/(\d)[^\p{L}\p{N}]+(?=\d)/gu, '$1x');
  const folded = stripPlacePrefixes(lettersAndDigits(f), 4);
  return { folded, numbers: folded.match(/\d+/g) ?? [] };
}
