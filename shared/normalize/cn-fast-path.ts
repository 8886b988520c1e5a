/**
 * A fast path for the commonest numbers in a Chinese sheet: mobiles (13812345678, +86 138 1234 5678,
 * 0086…, 86…) and landlines with their area code (010-12345678, 0755 8888 0000, (021)62345678,
 * +86 10 1234 5678). libphonenumber-js's full parse costs about 20 µs a number, two seconds for a
 * 100,000-row sheet with two phone columns. This reads the national number by the Chinese rules
 * (trunk prefix 0; area codes of two digits after 1 and 2, three after 3–9) and then decides the
 * type exactly as libphonenumber-js's getNumberType does (helpers/getNumberType.js: the national
 * pattern, then FIXED_LINE, then MOBILE, each with its possible lengths), with the patterns of the
 * same metadata file libphonenumber-js/max loads. Whatever it cannot decide goes to the full parse,
 * and tests/shared/normalize/cn-fast-path.test.ts keeps both readings identical.
 */
import { Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { trunkOneNumber } from './trunk-one';

interface TypeDef {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface Plan {
  nationalNumberPattern(): string;
  type(name: string): TypeDef | undefined;
}

interface Matcher {
  re: RegExp;
  lengths?: number[];
}

const OTHER_TYPES = ['PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

function load(): { national: RegExp; fixed: Matcher; mobile: Matcher; others: Matcher[] } | null {
  try {
    const m = new Metadata(metadata);
    m.selectNumberingPlan('CN');
    const plan = m.numberingPlan as unknown as Plan;
    const matcher = (name: string): Matcher | null => {
      const def = plan.type(name);
      const pattern = def?.pattern();
      return def && pattern ? { re: new RegExp(`^(?:${pattern})$`), lengths: def.possibleLengths() } : null;
    };
    const fixed = matcher('FIXED_LINE');
    const mobile = matcher('MOBILE');
    if (!fixed || !mobile) return null;
    return {
      national: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
      fixed,
      mobile,
      others: OTHER_TYPES.map(matcher).filter((x): x is Matcher => x !== null),
    };
  } catch {
    // A metadata layout we do not know: every number takes the full parse.
    return null;
  }
}

const CN = load();

const is = (m: Matcher, nsn: string) => (!m.lengths || m.lengths.includes(nsn.length)) && m.re.test(nsn);

/** libphonenumber-js's getNumberType for a Chinese national significant number, as MOBILE, FIXED_LINE or null (anything else). */
function typeOf(nsn: string): 'MOBILE' | 'FIXED_LINE' | null {
  if (!CN || !CN.national.test(nsn)) return null;
  if (is(CN.fixed, nsn)) return is(CN.mobile, nsn) ? null : 'FIXED_LINE';
  return is(CN.mobile, nsn) ? 'MOBILE' : null;
}

export interface CnNumber {
  type: 'mobile' | 'fixed';
  e164: string;
  /** House national form: 13812345678, 010-12345678, 0755-88880000. */
  national: string;
  /** +86 138 1234 5678, +86 755 8888 0000; null when libphonenumber's grouping is not known here (the full formatter then groups its digits). */
  international: string | null;
}

/** Separators people type inside one number; a number with anything else goes to the full parse. */
const INSIDE = /[\s\-()]/g;
const DIGITS = /^\+?\d+$/;

/** Digits of the area code a Chinese landline's national number (no trunk 0) starts with: two after 1 and 2, three after 3–9. */
export function cnAreaLength(nsn: string): number {
  return nsn[0] === '1' || nsn[0] === '2' ? 2 : 3;
}

/** What the fast path reads of a number before writing any of its forms. */
export interface CnReading {
  type: 'mobile' | 'fixed';
  /** National significant number: 13812345678, 75588880000. */
  nsn: string;
}

/**
 * The reading when `s` (folded to half-width) is a Chinese mobile or landline this path can decide,
 * null when the full parse must. Without a country code, a number counts only in a Chinese sheet.
 */
export function cnReading(s: string, regionIsCn: boolean): CnReading | null {
  if (!CN || s.length > 24) return null;
  const compact = s.replace(INSIDE, '');
  if (!DIGITS.test(compact)) return null;
  let nsn: string;
  if (compact.startsWith('+86')) nsn = compact.slice(3);
  else if (compact.startsWith('0086')) nsn = compact.slice(4);
  else if (!regionIsCn) return null;
  else if (compact.startsWith('0')) nsn = compact.slice(1);
  else if (compact.length === 13 && compact.startsWith('861')) nsn = compact.slice(2);
  else nsn = compact;
  if (nsn.startsWith('0') || nsn.startsWith('+')) return null;

  if (nsn.length === 11 && nsn.startsWith('1') && !compact.startsWith('0' + nsn)) {
    // 1-713-685-0944 has a mobile's digits but North America's grouping: the full parse reads it.
    return typeOf(nsn) === 'MOBILE' && (compact === s || trunkOneNumber(s) === null) ? { type: 'mobile', nsn } : null;
  }
  // A landline needs its area code: written with the trunk 0 or after +86.
  if (compact === nsn || nsn.length < 9 || nsn.length > 11) return null;
  return typeOf(nsn) === 'FIXED_LINE' ? { type: 'fixed', nsn } : null;
}

/** The house national form of a reading: 13812345678, 010-12345678, 0755-88880000. */
export function cnNational({ type, nsn }: CnReading): string {
  if (type === 'mobile') return nsn;
  const area = cnAreaLength(nsn);
  return `0${nsn.slice(0, area)}-${nsn.slice(area)}`;
}

/** A landline in the house form, a hyphen and an extension of one to six digits: 0755-88880000-801. */
const HOUSE_EXTENSION = /^(0[1-9]\d{1,2}-\d{7,8})-(\d{1,6})$/;

/**
 * The landline and extension of a cell already written the house way (0755-88880000-801, as a
 * cleaned sheet writes every landline with an extension), or null. Only with fourteen digits or more:
 * then no Chinese number is that long, and the full reading (phone.ts parseUncached) itself reads
 * the number before the last hyphen by this path, so the cleaner may skip its split-parse-format
 * round. Shorter (010-1234567-80), the whole may be one number, and the full reading decides.
 */
export function cnHouseExtension(s: string): { national: string; ext: string } | null {
  const m = HOUSE_EXTENSION.exec(s);
  // Digits are the text less its two hyphens.
  if (m === null || s.length - 2 < 14) return null;
  const reading = cnReading(m[1], true);
  return reading !== null && reading.type === 'fixed' && cnNational(reading) === m[1] ? { national: m[1], ext: m[2] } : null;
}

/** The number when `s` is one `cnReading` decides, with all its forms (see CnNumber). */
export function cnNumber(s: string, regionIsCn: boolean): CnNumber | null {
  const reading = cnReading(s, regionIsCn);
  if (!reading) return null;
  const { type, nsn } = reading;
  if (type === 'mobile') {
    return {
      type,
      e164: `+86${nsn}`,
      national: nsn,
      international: `+86 ${nsn.slice(0, 3)} ${nsn.slice(3, 7)} ${nsn.slice(7)}`,
    };
  }
  const area = cnAreaLength(nsn);
  const local = nsn.slice(area);
  // libphonenumber groups a seven- or eight-digit local number 3+4 or 4+4 (+86 755 8888 0000);
  // other lengths are left to it.
  const split = local.length === 8 ? 4 : local.length === 7 ? 3 : 0;
  return {
    type,
    e164: `+86${nsn}`,
    national: cnNational(reading),
    international: split ? `+86 ${nsn.slice(0, area)} ${local.slice(0, split)} ${local.slice(split)}` : null,
  };
}
