/**
 * Phone numbers of a record as match keys: E.164 plus the kind (mobile / fixed / other).
 * Cleaned cells (13812345678, 010-12345678) take a fast path that needs no metadata; anything
 * else goes through the cleaner's parser, so raw cells ("+86 138-1234-5678") give the same key.
 * A local number written without its area code (5350990, 8765-4321: sheets of one city) is no
 * valid number of any region, but two rows that write the same one write the same line: it keys as
 * `local:<digits>`, a landline. Any other invalid or partial number gives no key: a blank never matches.
 */
import { parsePhone, type PhoneReadings } from '../../normalize/phone';
import { cnAreaLength } from '../../normalize/cn-fast-path';
import { foldText } from './fold';
import { isFillerRun } from '../../normalize/placeholder';

export type PhoneKind = 'mobile' | 'fixed' | 'other';

export interface PhoneKey {
  e164: string;
  /** A number with an extension is a switchboard, shared by everyone behind it: always 'fixed'. */
  kind: PhoneKind;
  /** Extension digits, or '' (两个分机不同 = two people on one switchboard). */
  ext: string;
  /** A 400 / 800 or toll-free hotline: a company's, shared by all its branches and dealers. */
  hotline?: true;
  /**
   * A fixed line's number without its area code, as a row of a one-city sheet writes it
   * (`local:64381234` for 010-64381234): such a row's local key meets it. Chinese landlines and
   * North American numbers, where the subscriber part is known.
   */
  local?: string;
}

/** China's house forms written by the phone cleaner (see normalize/phone.ts). */
const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_FIXED = /^0(\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/;
/** What separates several numbers in one cell (Google Contacts: " ::: "); "/" only splits between two full numbers. */
const SEPARATORS = /\s*(?:[;；,，、\n|]|:::|\s\/\s|或|\bor\b)\s*/iu;

const ASCII = /^[\x00-\x7F]*$/;
/** China's 400 / 800 service numbers and North American toll-free numbers. */
const HOTLINE = /^\+86[48]00|^\+18(?:00|88|77|66|55|44|33)/;

/** A landline in the cleaner's house form (010-64381234, 0532-35581227-191), or null. */
function cnFixedKey(text: string): PhoneKey | null {
  const fixed = CN_FIXED.exec(text);
  return fixed ? { e164: `+86${fixed[1]}${fixed[2]}`, kind: 'fixed', ext: fixed[3] ?? '', local: `local:${fixed[2]}` } : null;
}

function parseOne(text: string, region: string, readings: PhoneReadings | undefined): PhoneKey | null {
  if (region === 'CN') {
    if (CN_MOBILE.test(text)) return { e164: `+86${text}`, kind: 'mobile', ext: '' };
    const fixed = cnFixedKey(text);
    if (fixed) return fixed;
  }
  const p = parsePhone(text, region, readings);
  if (!p) return null;
  // A hotline (400 / 800, US toll-free) is a company's switchboard, shared by all its branches and
  // dealers: a landline's evidence, never a person's.
  const hotline = HOTLINE.test(p.e164);
  const key: PhoneKey = { e164: p.e164, kind: p.extension || hotline ? 'fixed' : p.type, ext: p.extension ?? '' };
  if (hotline) key.hotline = true;
  const local = key.kind === 'mobile' ? null : subscriber(p.e164);
  if (local) key.local = `local:${local}`;
  return key;
}

/**
 * The subscriber digits of a Chinese landline (after its area code) or of a North American number
 * (its last 7), or null (mobiles, 400/800 numbers, others).
 */
function subscriber(e164: string): string | null {
  if (e164.startsWith('+1')) return e164.length === 12 ? e164.slice(5) : null;
  if (!e164.startsWith('+86')) return null;
  const nsn = e164.slice(3);
  // 1x other than Beijing's 10 is a mobile, 400/800 a service number: no area code to drop.
  if ((nsn[0] === '1' && !nsn.startsWith('10')) || /^[48]00/.test(nsn)) return null;
  return nsn.slice(cnAreaLength(nsn));
}

/** North American numbers do not tell mobiles from landlines ('other'): a local one is filed with them. */
const NANP_REGIONS: ReadonlySet<string> = new Set(['US', 'CA']);

/** 7 or 8 digits with nothing but separators: a subscriber number without its area code. */
const LOCAL = /^\d[\d\s.-]{5,10}\d$/;
const DATE_SHAPE = /^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/;

function localKey(text: string, region: string): PhoneKey | null {
  if (!LOCAL.test(text) || DATE_SHAPE.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  // 8888888 and 1234567 are typed to fill a required cell: rows that write one share nothing.
  if ((digits.length !== 7 && digits.length !== 8) || isFillerRun(digits)) return null;
  return { e164: `local:${digits}`, kind: NANP_REGIONS.has(region) ? 'other' : 'fixed', ext: '' };
}

function splitSlash(part: string): string[] {
  const pieces = part.split('/').map((x) => x.trim());
  return pieces.length > 1 && pieces.every((x) => x.replace(/\D/g, '').length >= 7) ? pieces : [part];
}

/** Held once (keys/fold.ts says why). */
const A_DIGIT = /\d/;

/**
 * The distinct numbers in a phone cell's text (several numbers may share a cell, separated by
 * "/", ";", "、" …). Cached per distinct text by the caller's `cache`, which must be kept per region;
 * `readings`, the run's (the cleaner's, CleanedSheet.phones), spares parsing a text the cleaner read.
 */
export function phoneKeys(text: string, region: string, cache?: Map<string, PhoneKey[]>, readings?: PhoneReadings): PhoneKey[] {
  if (text.trim() === '') return [];
  // A cleaned Chinese mobile, most phone cells of a Chinese sheet, and nearly every one of them
  // distinct: keyed at once, without growing the cache by one entry per row.
  if (region === 'CN' && CN_MOBILE.test(text)) return [{ e164: `+86${text}`, kind: 'mobile', ext: '' }];
  // So is a cleaned landline (a third of them, 48k distinct of 57k on the generated 100k sheet): a
  // cache entry per row, hashing each fresh cell text, cost more than reading the number again.
  if (region === 'CN') {
    const fixed = cnFixedKey(text);
    if (fixed) return [fixed];
  }
  return readPhoneKeys(text, region, cache, readings);
}

/** phoneKeys without its fast paths for cleaned Chinese numbers (exported for the spec that compares them). */
export function readPhoneKeys(text: string, region: string, cache?: Map<string, PhoneKey[]>, readings?: PhoneReadings): PhoneKey[] {
  if (text.trim() === '') return [];
  const hit = cache?.get(text);
  if (hit) return hit;
  const out: PhoneKey[] = [];
  // NFKC folds full-width digits and signs; plain ASCII (every cleaned cell) is its own NFKC form.
  const whole = (ASCII.test(text) ? text : text.normalize('NFKC')).trim();
  const single = A_DIGIT.test(whole) ? parseOne(whole, region, readings) ?? localKey(whole, region) : null;
  if (single) out.push(single);
  else {
    for (const part of whole.split(SEPARATORS).flatMap(splitSlash)) {
      const p = A_DIGIT.test(part) ? parseOne(part.trim(), region, readings) ?? localKey(part.trim(), region) : null;
      if (p && !out.some((q) => q.e164 === p.e164 && q.ext === p.ext)) out.push(p);
    }
  }
  cache?.set(text, out);
  return out;
}

/**
 * Digits of a phone text as fingerprints were first taken (each run of digits apart, so 154-7824-5040
 * and 15478245040 differ): still read, so that marks saved then stay valid.
 */
export function legacyPhoneDigits(text: string): string {
  return foldText(text).replace(/\D+/g, ' ').trim();
}

/** A Chinese mobile after its country code (+86 138…, 0086 138…): the code says nothing of the person. */
const CN_CODE_MOBILE = /^(?:0086|86)(1[3-9]\d{9})$/;
/** Digits and hyphens only: no separator, slash or full-width form to deal with. */
const PLAIN_NUMBER = /^[\d-]+$/;

/**
 * Digits of a phone text for a row fingerprint, without metadata: each number of the cell (split
 * where several numbers share it) as its digits alone, a Chinese mobile without its country code,
 * so that retyping a number (154-7824-5040, +86 154 7824 5040) changes no fingerprint, cleaned or not.
 */
export function phoneDigits(text: string): string {
  // A cleaned cell (13812345678, 0532-35581227-191) is one number with nothing to fold or split.
  if (PLAIN_NUMBER.test(text)) {
    const digits = text.replace(/-/g, '');
    return CN_CODE_MOBILE.exec(digits)?.[1] ?? digits;
  }
  return foldText(text)
    .split(SEPARATORS)
    .flatMap(splitSlash)
    .map((part) => {
      const digits = part.replace(/\D+/g, '');
      return CN_CODE_MOBILE.exec(digits)?.[1] ?? digits;
    })
    .filter((d) => d !== '')
    .join(' ');
}
