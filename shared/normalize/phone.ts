/**
 * Phone numbers: parsed with libphonenumber-js's full ("max") metadata, so mobile and fixed-line
 * numbers are told apart, and written back in one house format per setting.
 *
 * House format for `national` (the default): a number of the sheet's own country code is written
 * nationally, any other number internationally (+1 415 555 0132). For China: mobiles as 11 bare
 * digits (13812345678, what people paste into WeChat), fixed lines as area-number (010-12345678,
 * 0755-88880000) and an extension after one more hyphen (010-12345678-801, the common Chinese
 * business-card form); 400/800 numbers in hyphenated groups (400-800-8888). Elsewhere:
 * libphonenumber's national format, extension as " ext. 801".
 */
import {
  parsePhoneNumberFromString,
  isSupportedCountry,
  getCountryCallingCode,
  getCountries,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { cellText, type Cell } from '../table/cell';
import { collapseSpaces, dropQuotePrefix, foldAll, toHalfWidth } from '../text/fold';
import { valuesSeparator } from '../text/multi-value';
import type { PhoneFormat } from '../settings/types';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText } from './result';
import { emailInPhone } from './phone-email';
import { exactDigits, isExponentText, looksRoundedPhone, lostDigitsShown } from './lost-digits';
import { cnAreaLength, cnHouseExtension, cnNational, cnNumber, cnReading, type CnNumber } from './cn-fast-path';
import { dramaNumberType } from './drama-numbers';
import { trunkOneNumber } from './trunk-one';
import { PHONE_LABEL_WORDS, splitAtLabels } from './phone-labels';

export interface ParsedPhone {
  /** E.164 without the extension: +8613812345678. The duplicate finder's key (with `extension`). */
  e164: string;
  /** House national form without the extension: 13812345678, 010-12345678, (415) 555-0132. */
  national: string;
  /** International form without the extension: +86 138 1234 5678. */
  international: string;
  extension?: string;
  /** `other` covers toll-free, shared-cost (400), VoIP and numbers whose plan does not tell mobile from fixed (US). */
  type: 'mobile' | 'fixed' | 'other';
  /** ISO 3166-1 region of the number, or `001` for non-geographic numbers. */
  country: string;
}

type Parsed = ParsedPhone;


/** Labels people type before a number: 手机：138…, Tel: 010…. */
const LABEL_WORDS = PHONE_LABEL_WORDS.join('|');
const LABEL = new RegExp(`^(?:${LABEL_WORDS})\\.?\\s*[:：]?\\s*(?=[+(\\d])`, 'iu');

/**
 * Whose number it is, typed before it: a parent's in a school's sheet (妈妈 138…, 宝妈138…, 张妈妈138…,
 * 母亲：138…, 爸13812345678 妈13987654321), a family member's (老公, 奶奶), or a short note (微信, 前台).
 * Up to eight Chinese characters, or an English relation word (Mom: (646) 743-7902). Parsing reads
 * past it; the cleaner keeps it, after the number, as it keeps a note written there (138… (妈妈)).
 */
const LEADING_NOTE = /^((?:\p{Script=Han}[\p{Script=Han}·]{0,7})|(?:mom|mum|mother|dad|father|parent|guardian|grandma|grandpa|grandmother|grandfather|husband|wife|home|work|office|fax))\s*[:：-]?\s*(?=[+(\d])/iu;

/** A phone text without the label typed before it (手机：138…, Phone: (608) 555-0123), as the cleaner reads it. */
export const withoutPhoneLabel = (s: string): string => s.replace(LABEL, '');
/**
 * A note in brackets after a number: 138…(微信同号), 0755-…（前台）. No digits inside, so an area code
 * in brackets is never taken for one. Parsing ignores it; the cleaner writes it back after the number.
 */
const ANNOTATION = /\s*[(（]([^\d()（）]{1,24})[)）]\s*$/u;
/** An extension introduced by a word or sign: 转801, 分机801, ext. 12, x12, #801. */
const EXTENSION = /^(.*?[\d)])\s*(?:转|轉|分机|分機|内线|ext\.?|extn\.?|extension|x|#)\s*(\d{1,6})$/iu;
/** An extension after a last hyphen (010-12345678-801), tried only when the whole is no valid number. */
const DASH_EXTENSION = /^(.*\d)\s*-\s*(\d{1,6})$/;
/** Digits of a national number with its trunk 0 and 13 or more digits after it: longer than any Chinese number (12 at most). */
const TOO_LONG_FOR_CN = /^0[1-9]\d{12,}$/;
const INSIDE_NUMBER = /[\s\-()]/g;
/** (+86)138…: libphonenumber's strict mode rejects a bracketed country code. */
const BRACKETED_CODE = /^\(\s*(?:\+|00)\s*(\d{1,3})\s*\)\s*/;
/** 00 before a country code: the international prefix of most countries (not 0011, 010 or 011). */
const DIALLED_ABROAD = /^\s*00\s*(?=[1-9])/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
/**
 * 852-9123 4567, (853) 6612 3456, 886 912 345 678: Hong Kong, Macau and Taiwan numbers in a Chinese
 * sheet, written with their calling code but no + (no Chinese number begins 852, 853 or 886).
 */
const NEIGHBOUR_CODE = /^\(?\s*(852|853|886)\s*\)?[\s-]*(?=\d)/;
/** What separates several numbers in one cell (Google Contacts exports join them with " ::: "). */
const SEPARATORS = /\s*(?:[/;、,\n|]|:::|或|\bor\b)\s*/iu;
/** A character or word SEPARATORS or a line break could split on (a cheap pre-test). */
const MAY_SEPARATE = /[/;、,\n\r|或]|:::|or/i;
/** Our formats carry no extension: it is written by formatPhone in the house style. */
const NO_EXTENSION = { formatExtension: (formatted: string) => formatted };

/**
 * The regions libphonenumber names, as the module loads: a table, never added to. Every phone cell
 * asks for its sheet's region two or three times, and the library's own test goes through its
 * metadata wrapper each time; anything not in here (001, a code it does not know) still asks it.
 */
const KNOWN_REGIONS: ReadonlySet<string> = new Set(getCountries());

function region(defaultRegion: string): CountryCode | undefined {
  // A sheet's region is a code written as the table holds it (CN): found as it is, with no upper-cased copy made and hashed per phone cell.
  if (KNOWN_REGIONS.has(defaultRegion)) return defaultRegion as CountryCode;
  const r = defaultRegion.toUpperCase();
  return KNOWN_REGIONS.has(r) || isSupportedCountry(r) ? (r as CountryCode) : undefined;
}

function typeOf(raw: string): ParsedPhone['type'] {
  if (raw === 'MOBILE') return 'mobile';
  if (raw === 'FIXED_LINE') return 'fixed';
  return 'other';
}

/** House national form (see the file banner), without extension. */
function houseNational(p: PhoneNumber, type: ParsedPhone['type']): string {
  if (p.country === 'CN' && type === 'mobile') return p.nationalNumber;
  // India writes its mobiles without the trunk 0 libphonenumber puts before them (98765 43210).
  if (p.country === 'IN' && type === 'mobile') return p.formatNational(NO_EXTENSION).replace(/^0/, '');
  const national = p.formatNational(NO_EXTENSION);
  if (p.country !== 'CN') return national;
  const groups = national.split(' ');
  if (type === 'fixed') return groups.length > 1 ? `${groups[0]}-${groups.slice(1).join('')}` : national;
  return groups.join('-');
}

/**
 * A valid number, or undefined. With full metadata, "valid" is exactly "has a type"
 * (libphonenumber-js isValid.js), so one getType call answers both questions.
 */
function tryParse(text: string, country: CountryCode | undefined): { number: PhoneNumber; rawType: string; region?: string } | undefined {
  try {
    const number = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
    const rawType = number?.getType();
    if (number && rawType) return { number, rawType };
    // Ofcom's drama numbers (07700 900123), which the metadata leaves unallocated: British all the same.
    const drama = number ? dramaNumberType(number.countryCallingCode, number.nationalNumber) : null;
    return number && drama ? { number, rawType: drama, region: 'GB' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Readings whose libphonenumber type is FIXED_LINE_OR_MOBILE (plans such as the US one that do not
 * tell them apart): a mobile column holding one is no finding. Kept beside the reading rather than
 * as a hidden property on it, so the common readings stay plain objects.
 */
const MAYBE_MOBILE = new WeakSet<ParsedPhone>();

/**
 * The frozen public reading. Formatting costs more than parsing, and the duplicate finder needs
 * only `e164` and `type`, so `national` and `international` are computed on first read.
 */
function build({ number: p, rawType, region: known }: { number: PhoneNumber; rawType: string; region?: string }, ext: string | undefined): Parsed {
  const type = typeOf(rawType);
  let national: string | undefined;
  let international: string | undefined;
  const out = { e164: p.number, type, country: known ?? p.country ?? '001' } as Parsed;
  if (ext) out.extension = ext;
  Object.defineProperties(out, {
    national: { enumerable: true, get: () => (national ??= houseNational(p, type)) },
    international: { enumerable: true, get: () => (international ??= p.formatInternational(NO_EXTENSION)) },
  });
  if (rawType === 'FIXED_LINE_OR_MOBILE') MAYBE_MOBILE.add(out);
  return Object.freeze(out);
}

/**
 * A number read by the Chinese fast path, shaped exactly as `build` shapes the full parse. This runs
 * for most phone cells of a sheet, so the reading is a plain frozen literal with every form known
 * (defineProperty and accessors cost about a microsecond each here). Only a landline whose grouping
 * the fast path does not know (a local number of other than 7 or 8 digits) gets a getter: the full
 * library makes its international form on the first read.
 */
function fromFastPath(n: CnNumber, ext: string | undefined): Parsed {
  const { e164, type, national } = n;
  const known = n.international;
  if (known !== null) {
    return Object.freeze(
      ext
        ? { e164, type, country: 'CN', national, extension: ext, international: known }
        : { e164, type, country: 'CN', national, international: known },
    );
  }
  let international: string | undefined;
  const format = () => (international ??= parsePhoneNumberFromString(e164)?.formatInternational(NO_EXTENSION) ?? e164);
  return Object.freeze(
    ext
      ? {
          e164,
          type,
          country: 'CN',
          national,
          extension: ext,
          get international() {
            return format();
          },
        }
      : {
          e164,
          type,
          country: 'CN',
          national,
          get international() {
            return format();
          },
        },
  );
}

/**
 * A North American number written with its trunk 1 (1-713-685-0944: trunk-one.ts), read as +1 under
 * every region: under China's, libphonenumber makes the Chinese mobile 171 3685 0944 of its digits.
 */
function readTrunkOne(text: string, ext: string | undefined): Parsed | null {
  const e164 = trunkOneNumber(text);
  const p = e164 === null ? undefined : tryParse(e164, undefined);
  return p ? build(p, ext) : null;
}

/** One number (no extension in the text): the fast path, else the full parse. */
function readOne(text: string, country: CountryCode | undefined, ext: string | undefined): Parsed | null {
  const trunk = readTrunkOne(text, ext);
  if (trunk) return trunk;
  const fast = cnNumber(text, country === 'CN');
  if (fast) return fromFastPath(fast, ext);
  const full = tryParse(text, country);
  return full ? build(full, ext) : null;
}

/**
 * Parsing with full metadata costs tens of microseconds; the same text is read several times per
 * cell (splitting, then formatting) and again by later columns, so a run keeps what it has read in
 * one of these, made by the run (cleanSheet, readSheet) and let go with it: the core remembers
 * nothing between runs. Bounded, and cleared whole when full: the output never depends on what is kept.
 */
export class PhoneReadings {
  /** By region, then by the text itself: a joined "region + text" key would be a new string to hash per call. */
  private readonly readings = new Map<string, Map<string, Parsed>>();
  /**
   * Texts that hold no number, by region, kept apart from the readings: they are the dear ones
   * (libphonenumber throws, and builds an Error with its stack, for most), few in a sheet, and asked
   * again after a 100k-row sheet's valid numbers have cleared the readings several times over.
   * An entry is only its key.
   */
  private readonly failed = new Map<string, Set<string>>();

  /** How many texts are remembered (read or found to hold no number). */
  get size(): number {
    let n = 0;
    for (const m of this.readings.values()) n += m.size;
    for (const s of this.failed.values()) n += s.size;
    return n;
  }

  read(raw: string, defaultRegion: string): Parsed | null {
    let byText = this.readings.get(defaultRegion);
    if (!byText) this.readings.set(defaultRegion, (byText = new Map()));
    const hit = byText.get(raw);
    if (hit !== undefined) return hit;
    let none = this.failed.get(defaultRegion);
    if (!none) this.failed.set(defaultRegion, (none = new Set()));
    if (none.has(raw)) return null;
    const parsed = parseUncached(raw, defaultRegion);
    if (parsed === null) {
      if (none.size >= FAILED_LIMIT) none.clear();
      none.add(raw);
    } else {
      if (byText.size >= CACHE_LIMIT) byText.clear();
      byText.set(raw, parsed);
    }
    return parsed;
  }
}

const CACHE_LIMIT = 20000;
const FAILED_LIMIT = 50000;

/** A reading through the run's readings when it keeps some, else a fresh parse (the same answer). */
function parseDetailed(raw: string, defaultRegion: string, readings: PhoneReadings | undefined): Parsed | null {
  return readings ? readings.read(raw, defaultRegion) : parseUncached(raw, defaultRegion);
}

/**
 * Digits, plus signs and hyphens in groups one plain space apart (13812345678, 138 1234 5678,
 * +86-755-8888-0000): none of the rewrites before a reading can change such a text (no full width
 * or extra space to fold, no bracket for a note or a bracketed code, no other dash, no letter or
 * Han character for a label or a note), so it is read as it is: most phone texts of a sheet.
 */
const PLAIN_NUMBER = /^[\d+-]+(?: [\d+-]+)*$/;

/**
 * The text a number is read from: folded, without its note, label or whose-number, dashes and a
 * bracketed code made plain. Exported, with `readablePhoneText`, for the spec that holds the one to the other.
 */
export function rewrittenPhoneText(raw: string): string {
  return foldAll(raw).replace(ANNOTATION, '').replace(DASHES, '-').replace(LABEL, '').replace(LEADING_NOTE, '').replace(BRACKETED_CODE, '+$1 ');
}

/** `rewrittenPhoneText`, without its passes over a plain number (PLAIN_NUMBER), which they leave as it is. */
export function readablePhoneText(raw: string): string {
  return PLAIN_NUMBER.test(raw) ? raw : rewrittenPhoneText(raw);
}

function parseUncached(raw: string, defaultRegion: string): Parsed | null {
  const country = region(defaultRegion);
  const s = readablePhoneText(raw);
  if (!/\d/.test(s) || s.length > 60) return null;
  const trunk = readTrunkOne(s, undefined);
  if (trunk) return trunk;
  const fast = cnNumber(s, country === 'CN');
  if (fast) return fromFastPath(fast, undefined);
  const ext = EXTENSION.exec(s);
  if (ext) return readOne(ext[1], country, ext[2]);
  // A landline in the house form with its extension (0755-88880000-801), the commonest form in a
  // cleaned sheet, has more digits than any Chinese number: the full parse of the whole could only
  // fail (tests/shared/normalize/cn-fast-path.test.ts), so read the number before the hyphen.
  const dash = DASH_EXTENSION.exec(s);
  if (dash && country === 'CN' && TOO_LONG_FOR_CN.test(s.replace(INSIDE_NUMBER, ''))) {
    const head = cnNumber(dash[1], true);
    if (head?.type === 'fixed') return fromFastPath(head, dash[2]);
  }
  const whole = tryParse(s, country);
  // An extension libphonenumber finds that EXTENSION did not is written ";123" or ",,123": in a
  // sheet that separates two numbers (13812345678;13987654321), it is no extension.
  if (whole && !whole.number.ext) return build(whole, undefined);
  // 00 then a country code is how most of the world dials abroad (0013105550111: +1 310 555 0111),
  // read so whatever the sheet's region (the US dials 011): the same number on every run, however
  // the sheet's region is worked out (a run reads +1 310 555 0111 the way the one before wrote it).
  const idd = DIALLED_ABROAD.exec(s);
  if (idd) {
    const abroad = tryParse(`+${s.slice(idd[0].length)}`, undefined);
    if (abroad && !abroad.number.ext) return build(abroad, undefined);
  }
  if (country === 'CN') {
    const code = NEIGHBOUR_CODE.exec(s);
    const abroad = code ? tryParse(`+${code[1]} ${s.slice(code[0].length)}`, undefined) : undefined;
    if (abroad && !abroad.number.ext) return build(abroad, undefined);
  }
  return dash ? readOne(dash[1], country, dash[2]) : null;
}

/**
 * A valid phone number in `raw` (one number, possibly with an extension), or null. Accepts
 * full-width digits, +86 / 0086 / 86 prefixes, (+86), area codes in parentheses, labels such as
 * 手机：, and extensions written 转801, 分机801, ext. 12, x12, #801 or -801. The result is frozen
 * (it may be shared between calls). `readings`: the run's (PhoneReadings), to read each text once.
 */
export function parsePhone(raw: string, defaultRegion: string, readings?: PhoneReadings): ParsedPhone | null {
  return parseDetailed(raw, defaultRegion, readings);
}

/** Each region's calling code (+86 for CN), worked out once as the module loads: a table, never added to. */
const PREFIXES: ReadonlyMap<string, string> = new Map(getCountries().map((c) => [c, `+${getCountryCallingCode(c)}`]));

/** `+86` for `CN`, null for a region libphonenumber does not know. */
export function callingCodePrefix(defaultRegion: string): string | null {
  const own = region(defaultRegion);
  return own === undefined ? null : PREFIXES.get(own) ?? `+${getCountryCallingCode(own)}`;
}

/** How a parsed number is written in a cell under `format` for a sheet whose region is `defaultRegion`. */
export function formatPhone(p: ParsedPhone, format: PhoneFormat, defaultRegion: string): string {
  const ext = p.extension;
  if (format === 'e164') return ext ? `${p.e164} ext. ${ext}` : p.e164;
  // Country calling codes are a prefix code, so a prefix test is exact (+1 never starts +12…).
  const own = callingCodePrefix(defaultRegion);
  const sameCode = own !== null && p.e164.startsWith(own);
  if (format === 'international' || !sameCode) return ext ? `${p.international} ext. ${ext}` : p.international;
  if (!ext) return p.national;
  return p.country === 'CN' ? `${p.national}-${ext}` : `${p.national} ext. ${ext}`;
}

/**
 * The numbers in a cell: split on / ; 、 , | ::: 或 "or" and line breaks (or, failing that, on spaces
 * when every piece is a whole number). Several parts count only when one is a valid number and all
 * look like attempts at one (3+ digits): "N/A" stays one value.
 */
function splitNumbers(raw: string, country: string, readings: PhoneReadings | undefined): string[] {
  const whole = collapseSpaces(raw);
  // Most cells hold one number, and without a separator the split finds one part: skip it.
  if (MAY_SEPARATE.test(raw)) {
    const parts = raw.split(/[\r\n]+/).flatMap((line) => line.split(SEPARATORS)).map(collapseSpaces).filter((x) => x !== '');
    // A number North America's way ((404) 555-0101) counts as one here too, though the sheet's region
    // reads none: two of them on two lines are two numbers (kept as typed and said), not one bad one.
    if (parts.length > 1 && parts.every((x) => (x.match(/\d/g) ?? []).length >= 3) && parts.some((x) => parseDetailed(x, country, readings) || northAmericanAbroad(x, country, readings))) {
      return parts;
    }
  }
  if (parseDetailed(whole, country, readings)) {
    // Lines of a whole number's digits each (555-0101⏎555-0199) are so many numbers, though none reads:
    // joined, their digits can make one nobody typed (0555-0101555-0199, a landline of area code 0555).
    // Most cells are one line: no split, no array.
    if (!LINE_BREAK.test(raw)) return [whole];
    const lines = raw.split(/[\r\n]+/).map(collapseSpaces).filter((x) => x !== '');
    return lines.length > 1 && lines.every((x) => (x.match(/\d/g) ?? []).length >= 7) ? lines : [whole];
  }
  if (whole.includes(':')) {
    const labelled = splitAtLabels(whole);
    if (labelled.length > 1 && labelled.every((x) => (x.match(/\d/g) ?? []).length >= 3) && labelled.some((x) => parseDetailed(x, country, readings))) return labelled;
  }
  const pieces = whole.split(/\s+|-(?=\+|\d{7,})/).filter((x) => x !== '');
  if (pieces.length > 1 && pieces.every((x) => x.replace(/\D/g, '').length >= 7 && parseDetailed(x, country, readings))) return pieces;
  return [whole];
}

/**
 * Words written in a phone cell for a number that no longer works (空号, 停机, 销号): no number to
 * clean, and worth knowing rather than "not a valid number".
 */
const DEAD = /^(?:空号|是空号|已停机|停机|停用|已停用|销号|已销号|注销|已注销|号码错误|错号|无效号码|号码无效|打不通|disconnected|out of service|not in service|wrong number|invalid number)$/i;

/** A number followed by a note without brackets (13912345678 李总, 0755-88880000 前台, 13812345678微信同号). */
const TRAILING_NOTE = /^(.*\d)\s*(\p{Script=Han}[\p{Script=Han}\s]{0,7})$/u;

/**
 * Remarks typed in a phone cell in place of a number, about the row's own number: 微信同号 in a
 * business card's 联系方式 says the WeChat is the mobile beside it. No number to read and none
 * wrong: kept as typed, in brackets or not.
 */
const SAME_NUMBER_REMARKS = ['微信同号', '同微信', '微信同手机', '手机同微信', '微信号同手机', '手机微信同号', '同手机', '同手机号', '同手机号码'];
const SAME_NUMBER = new RegExp(`^[(（]?\\s*(?:${SAME_NUMBER_REMARKS.join('|')})\\s*[)）]?$`, 'u');

/** A local number without its area code: 7 or 8 digits with separators. */
const LOCAL_ONLY = /^\d[\d\s-]{5,9}\d$/;

/**
 * A number in a cell after a landline, written without the area code the two share (021-62345678 /
 * 62345679, (646) 743-7902 / 743-7903): read with that area code. Chinese and North American
 * landlines, where the area code is known from the number.
 */
function withSharedArea(part: string, previous: Parsed | null, defaultRegion: string, readings: PhoneReadings | undefined): Parsed | null {
  if (!previous || previous.type === 'mobile' || !LOCAL_ONLY.test(part)) return null;
  const digits = part.replace(/\D/g, '');
  const e = previous.e164;
  let text: string | null = null;
  if (e.startsWith('+86') && (digits.length === 7 || digits.length === 8)) {
    const nsn = e.slice(3);
    text = `+86 ${nsn.slice(0, cnAreaLength(nsn))} ${digits}`;
  } else if (e.startsWith('+1') && e.length === 12 && digits.length === 7) {
    text = `+1 ${e.slice(2, 5)} ${digits}`;
  }
  const p = text === null ? null : parseDetailed(text, defaultRegion, readings);
  return p && p.type !== 'mobile' ? p : null;
}

/**
 * (206) 555-0144: the North American way of writing a number, an area code of three digits without
 * a trunk 0 in brackets. Read under another region, its digits happen to make a landline there
 * (020-65550144 in Guangzhou, 020 6555 0144 in London): a different number, never a cleaner's to write.
 */
const NANP_BRACKETS = /^\(\s*[2-9]\d{2}\s*\)\s*[2-9]\d{2}[\s.-]?\d{4}$/;

/** 217-522-0100, 217.522.0100, 217 522 0100: area code, exchange and line, one separator between. */
const NANP_GROUPS = /^[2-9]\d{2}([\s.-])[2-9]\d{2}\1\d{4}$/;

/**
 * Written as North America writes its numbers, 3-3-4 with no trunk prefix, where the sheet's own
 * numbers take one (0 in China, Britain, Germany): 217-522-0100 in a Chinese sheet is Springfield,
 * Illinois, not 021-75220100 in Shanghai, which libphonenumber makes of it because it forgives a
 * missing 0. Where the 0 belongs to the number (Italy, whose mobiles are 3xx xxx xxxx), a number
 * read with it is another number, and the region's reading stands.
 */
function missesTrunkZero(part: string, defaultRegion: string, readings: PhoneReadings | undefined): boolean {
  if (!NANP_GROUPS.test(part)) return false;
  const own = parseDetailed(part, defaultRegion, readings);
  // No number of the region at all (415 555 0199 in a British sheet): North America's, if valid there.
  return own === null || parseDetailed(`0${part}`, defaultRegion, readings)?.e164 === own.e164;
}

/** A number in the North American bracket or 3-3-4 form in a sheet read for a region outside North America, read as North American. */
export function northAmericanAbroad(part: string, defaultRegion: string, readings: PhoneReadings | undefined): Parsed | null {
  if (callingCodePrefix(defaultRegion) === '+1' || !(NANP_BRACKETS.test(part) || missesTrunkZero(part, defaultRegion, readings))) return null;
  const p = parseDetailed(part, 'US', readings);
  return p?.e164.startsWith('+1') ? p : null;
}

/** The digits typed before the first separator: a Chinese area code with its trunk 0 has 3 or 4 (010, 0755). */
const FIRST_GROUP = /^\D*(\d+)[\s().-]/;
/** Regions whose national numbers begin with a trunk 0, as China's landlines do. */
const TRUNK_ZERO_REGIONS = ['GB', 'AU', 'NZ', 'TW', 'MY'];
/**
 * The longest first group any country's national form begins with, its trunk 0 included (Britain's
 * 016977, Germany's 0xxxxx): tests/shared/normalize/first-group.test.ts holds it to libphonenumber's
 * formats. A longer one (075512345678-801, a Shenzhen landline typed without its hyphen) is no other
 * country's grouping, and is not read five more times to find so: five full parses that all fail,
 * a third of a millisecond per such cell, were a fifth of the bench sheet's 电话 column cleaning.
 */
export const LONGEST_FIRST_GROUP = 6;

/**
 * A Chinese landline's digits typed in another country's grouping (07523 456789, a London mobile,
 * is 0752-3456789 in Huizhou; (02) 9876 5432 is Sydney's): the number of that country, which a sheet
 * read as China's must not rewrite into a Chinese one. China's area codes are never of 2 or 5 digits.
 */
function writtenAbroad(part: string, p: Parsed, readings: PhoneReadings | undefined): { number: Parsed; country: string } | null {
  const first = FIRST_GROUP.exec(part)?.[1];
  if (first === undefined || !first.startsWith('0') || (first.length !== 2 && first.length < 5) || first.length > LONGEST_FIRST_GROUP) return null;
  for (const region of TRUNK_ZERO_REGIONS) {
    const q = parseDetailed(part, region, readings);
    if (q && !q.e164.startsWith('+86') && FIRST_GROUP.exec(q.national)?.[1] === first) return { number: q, country: region };
  }
  return null;
}

/** Regions that write eight digits with no trunk 0, in two groups of four (9123 4567). */
const EIGHT_DIGIT_REGIONS = ['SG', 'HK', 'MO'];

/**
 * A Singapore number in a Malaysian sheet (a Johor–Singapore customer list): 8990 5228 is how
 * Singapore writes a mobile, while Malaysia writes every national number with its trunk 0
 * (089-905 228), so reading it as a Sabah landline would rewrite a number into another one.
 */
function writtenNextDoor(part: string, cell: Cell, defaultRegion: string, readings: PhoneReadings | undefined): { number: Parsed; country: string } | null {
  if (defaultRegion !== 'MY' || cell.kind !== 'text' || !/^\d{4} \d{4}$/.test(part.trim())) return null;
  for (const region of EIGHT_DIGIT_REGIONS) {
    const q = parseDetailed(part, region, readings);
    if (q && q.national === part.trim()) return { number: q, country: region };
  }
  return null;
}

/** A line break inside a cell's text. */
const LINE_BREAK = /[\r\n]/;

/** The phone cleaner (fields mobile, phone). */
export function cleanPhone(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text' && cell.kind !== 'number') return keep(cell);
  const { defaultRegion, format } = ctx.settings.phone;
  if (cell.kind === 'number' && looksRoundedPhone(cell.value, cell.format)) {
    // Quoted as Excel shows it (1.38E+10), not as 13800000000, which reads as a real mobile.
    return keep(cell, [{ code: 'phone.precisionLost', severity: 'error', params: { value: lostDigitsShown(cell.value, cell.format) } }]);
  }
  // Most cells of a sheet cleaned before are already in the house form: say so without the full
  // split-parse-format round (the answer is the one that round would give).
  // Only the national form is compared: the other forms of a number read here are not built.
  if (cell.kind === 'text' && format === 'national' && defaultRegion === 'CN') {
    const n = cnReading(cell.value, true);
    if (n && cnNational(n) === cell.value) {
      return ctx.field.id === 'mobile' && n.type !== 'mobile'
        ? keep(cell, [{ code: 'phone.notMobile', severity: 'info', params: { value: cell.value } }])
        : keep(cell);
    }
    // So is a landline with its extension (0755-88880000-801): the round would write it as it is,
    // a landline (no mobile), with no note, label or second number to keep beside it.
    if (cnHouseExtension(cell.value) !== null) {
      return ctx.field.id === 'mobile' ? keep(cell, [{ code: 'phone.notMobile', severity: 'info', params: { value: cell.value } }]) : keep(cell);
    }
  }
  let raw = toHalfWidth(dropQuotePrefix(cellText(cell)));
  const folded = collapseSpaces(raw);
  const exponent = isExponentText(folded);
  if (exponent) {
    const digits = exactDigits(folded);
    if (digits === null) return keep(cell, [{ code: 'phone.precisionLost', severity: 'error', params: { value: folded } }]);
    raw = digits;
  }
  if (DEAD.test(folded)) return keep(cell, [{ code: 'phone.dead', severity: 'info', params: { value: folded } }]);
  if (SAME_NUMBER.test(folded)) return keep(cell);
  // Matched as typed (not half-width): the address and the separator are written back as the user wrote them.
  const mail = cell.kind === 'text' ? emailInPhone(collapseSpaces(dropQuotePrefix(cell.value))) : null;
  if (mail) {
    const said: Finding = { code: 'phone.email', severity: 'info', params: { value: mail.email } };
    if (mail.only) return keep(cell, [said]);
    const rest = cleanPhone({ kind: 'text', value: mail.rest }, ctx);
    const number = rest.cell.kind === 'text' ? rest.cell.value : mail.rest;
    const value = mail.emailFirst ? mail.email + mail.separator + number : number + mail.separator + mail.email;
    return changeText(cell, value, rest.reason ?? 'fix.spaces', [said, ...rest.findings]);
  }
  const readings = ctx.phones;
  const parts = splitNumbers(raw, defaultRegion, readings);
  const findings: Finding[] = [];
  let anyParsed = false;
  // A North American number kept as typed and said (northAmericanAbroad) is read all the same.
  let anyAmerican = false;
  let previous: Parsed | null = null;
  // Labels that tell several numbers apart (座机：… 手机：…) stay with them; one label heading the
  // cell (手机：138… / 139…) says what the column says, and goes as it does before a single number.
  const labelsApart = parts.length > 1 && parts.filter((part) => LABEL.test(part)).length > 1;
  const out = parts.map((part) => {
    // Read past its label or whose number it is (Phone: (312) 555-3997): the number's shape is what tells.
    const american = northAmericanAbroad(readablePhoneText(part), defaultRegion, readings);
    if (american) {
      anyAmerican = true;
      findings.push({ code: 'phone.northAmerican', severity: 'warning', params: { value: part, international: american.international, region: defaultRegion } });
      return part;
    }
    let p = parseDetailed(part, defaultRegion, readings) ?? withSharedArea(part, previous, defaultRegion, readings);
    let trailing: string | null = null;
    if (!p) {
      const t = TRAILING_NOTE.exec(foldAll(part));
      p = t ? parseDetailed(t[1], defaultRegion, readings) : null;
      if (p && t) trailing = collapseSpaces(t[2]);
    }
    if (!p) {
      findings.push({ code: 'phone.invalid', severity: 'warning', params: { value: part } });
      return part;
    }
    const abroad = defaultRegion === 'CN' && p.country === 'CN' && p.type !== 'mobile' ? writtenAbroad(part, p, readings) : writtenNextDoor(part, cell, defaultRegion, readings);
    if (abroad) {
      findings.push({ code: 'phone.writtenAbroad', severity: 'warning', params: { value: part, international: abroad.number.international, country: abroad.country, countryCode: abroad.country, region: defaultRegion } });
      return part;
    }
    previous = p;
    anyParsed = true;
    const number = formatPhone(p, format, defaultRegion);
    if (ctx.field.id === 'mobile' && p.type !== 'mobile' && !MAYBE_MOBILE.has(p)) {
      findings.push({ code: 'phone.notMobile', severity: 'info', params: { value: number } });
    }
    // A note behind the number (微信同号, 前台, 仅工作日) is kept, after the number in one form; so is
    // the label before one of several (手机：… 座机：…, Phone: … Mobile: …), which tells them apart.
    // Whose number it is (妈妈 138…) is the user's to keep too, and goes with the other notes.
    // A plain number (PLAIN_NUMBER) has no room for a note, a label or whose number it is.
    if (trailing === null && PLAIN_NUMBER.test(part)) return number;
    const note = trailing ?? ANNOTATION.exec(foldAll(part))?.[1].trim();
    const label = labelsApart ? LABEL.exec(part)?.[0].replace(/[\s.:：]+$/u, '') : undefined;
    const whose = LEADING_NOTE.exec(foldAll(part).replace(LABEL, ''))?.[1];
    const notes = [label, whose, note].filter((x) => x).join(', ');
    return notes ? `${number} (${notes})` : number;
  });
  // Google Contacts' " ::: " stays: Google reads the numbers apart by it alone.
  const separator = valuesSeparator(raw, ' / ');
  if (parts.length > 1) findings.unshift({ code: 'phone.multiple', severity: 'info', params: { count: parts.length, separator } });
  // A number cell that is no phone number stays a number, exponent text stays as typed: writing
  // either out as other digits fixes nothing.
  if (!anyParsed && (cell.kind === 'number' || exponent)) return keep(cell, findings);
  // Numbers it cannot read typed on lines of their own stay on them: joined by a space, two numbers
  // would read as one long one.
  if (!anyParsed && !anyAmerican && LINE_BREAK.test(raw.trim())) {
    // Each unread number is said; none was separated by " / ", as phone.multiple would say.
    const said = findings.filter((f) => f.code !== 'phone.multiple');
    return changeText(cell, raw.split(/\r?\n|\r/).map(collapseSpaces).filter((line) => line !== '').join('\n'), 'fix.spaces', said);
  }
  return changeText(cell, out.join(separator), anyParsed ? 'fix.phone' : 'fix.spaces', findings);
}
