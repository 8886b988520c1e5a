/**
 * A row fingerprint that survives sorting and row moves: a hash of the row's identifying fields
 * after folding (not its row number), so a group the user marked "not duplicates" is recognised
 * on the next run. Hash: cyrb53 (bryc, public domain, github.com/bryc/code jshash), a small
 * 53-bit string hash; collisions between a sheet's rows are negligible at spreadsheet sizes.
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { legacyPhoneDigits, phoneDigits } from './keys/phone';
import { dateKey, isLunarText } from './keys/date';
import { isZeroDate } from '../normalize/placeholder';
import { runMemos } from '../text/run-memos';

/** cyrb53's two running halves: seeded, then each UTF-16 code unit mixed in (cyrb53 and rowFingerprint). */
const H1 = 0xdeadbeef;
const H2 = 0x41c6ce57;
const M1 = 2654435761;
const M2 = 1597334677;

/**
 * cyrb53's finish: the halves avalanched into 53 bits, as 14 hex digits. Written as its high 21 bits
 * (6 digits) and low 32 (8 digits), the same text as the 53-bit number's own toString(16) padded to 14:
 * V8 prints a number that large in base 16 by its slow general path, and every row of a run is
 * fingerprinted (1.7 s of a 100k sheet's profiled run, 0.3 s after).
 */
function cyrb53Digest(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hexDigits((2097151 & h2) >>> 0, 6) + hexDigits(h1 >>> 0, 8);
}

const HEX = '0123456789abcdef';
/** `n` (0 ≤ n < 2^32) as exactly `width` lowercase hex digits, leading zeros kept. */
function hexDigits(n: number, width: number): string {
  let s = '';
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (i * 4)) & 15];
  return s;
}

/** cyrb53: 53-bit hash of a string, as 14 hex digits. */
export function cyrb53(s: string, seed = 0): string {
  let h1 = H1 ^ seed;
  let h2 = H2 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, M1);
    h2 = Math.imul(h2 ^ ch, M2);
  }
  return cyrb53Digest(h1, h2);
}

/** The fields that say who a row is; activity fields (amount, dates, owner, notes) are left out. */
const IDENTITY: readonly FieldId[] = [
  'name', 'firstName', 'lastName', 'mobile', 'phone', 'email', 'wechat', 'qq', 'company', 'address',
  'birthday', 'idCard', 'uscc', 'customerId',
];

/** IDENTITY's first parts, which name the person (name, firstName, lastName). */
const NAME_PARTS = 3;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A birthday as fingerprints have always read it. The duplicate finder now reads a 农历 text as the
 * solar day it was and a zero date (0000-00-00) as none; fingerprints keep their digits as before,
 * so the groups a user marked "not duplicates" before stay marked.
 */
function birthdayPart(cell: CustomerRecord['fields']['birthday']): string {
  // A date cell's plain day (1990-11-17, digits and hyphens) says no 农历 and is its own key.
  if (cell?.kind === 'date' && ISO_DAY.test(cell.value) && !isZeroDate(cell.value)) return cell.value;
  const t = foldText(matchText(cell));
  if (t !== '' && (isZeroDate(t) || isLunarText(t))) {
    const digits = t.replace(/\D+/g, '');
    return digits.length >= 4 ? digits : '';
  }
  return dateKey(cell)?.value ?? '';
}

function part(r: CustomerRecord, f: FieldId, phone: (text: string) => string): string {
  const cell = r.fields[f];
  if (f === 'birthday') return birthdayPart(cell);
  const t = matchText(cell);
  if (t === '') return '';
  if (f === 'mobile' || f === 'phone') return phone(t);
  return lettersAndDigits(foldText(t));
}

/** Between two fields' parts in the text a fingerprint hashes. */
const SEPARATOR = 0x0001;

/**
 * 'fp' + cyrb53 of the identity parts joined by U+0001, hashed part by part as they are read: every
 * row of every run is fingerprinted (hand-set-classes.ts keys each row by it), and a list of 14 parts
 * joined into one string per row was most of the cost. The same code units in the same order: the
 * same fingerprint as the joined text's, so marks saved before stay valid.
 */
function fingerprintOf(record: CustomerRecord, phone: (text: string) => string, nickname = true): string {
  let h1 = H1;
  let h2 = H2;
  let named = false;
  for (let k = 0; k < IDENTITY.length; k++) {
    if (k > 0) {
      h1 = Math.imul(h1 ^ SEPARATOR, M1);
      h2 = Math.imul(h2 ^ SEPARATOR, M2);
    }
    const s = part(record, IDENTITY[k], phone);
    if (k < NAME_PARTS && s !== '') named = true;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, M1);
      h2 = Math.imul(h2 ^ ch, M2);
    }
  }
  // A row of no name is told by its nickname (企业微信's blank 备注名: two colleagues of one company were
  // one fingerprint, so a "not duplicates" mark could not tell them apart). Only then, after the other
  // parts: a row with a name, or without a nickname, keeps the fingerprint it always had.
  const s = nickname && !named ? part(record, 'nickname', phone) : '';
  if (s !== '') {
    h1 = Math.imul(h1 ^ SEPARATOR, M1);
    h2 = Math.imul(h2 ^ SEPARATOR, M2);
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, M1);
      h2 = Math.imul(h2 ^ ch, M2);
    }
  }
  return 'fp' + cyrb53Digest(h1, h2);
}

/** 'fp' + 14 hex digits; equal for two rows whose identifying fields fold to the same text. */
export function rowFingerprint(record: CustomerRecord): string {
  // Asked twice a row in a run (the duplicate finder's groups, then the plan's rowKeys): read once.
  const memo = runMemos()?.fingerprints;
  let fp = memo?.get(record);
  if (fp === undefined) {
    fp = fingerprintOf(record, phoneDigits);
    memo?.set(record, fp);
  }
  return fp;
}

/**
 * Every record's rowFingerprint, for the plan's rowKeys (the run's last asking): those the duplicate
 * finder fingerprinted (its groups' rows) read back, the rest made and not remembered, as no one asks
 * again. Remembering each of 100k rows cost a weak-map entry per row, more than the hash it saved.
 */
export function rowFingerprints(records: readonly CustomerRecord[]): string[] {
  const memo = runMemos()?.fingerprints;
  const out: string[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) out[i] = memo?.get(records[i]) ?? fingerprintOf(records[i], phoneDigits);
  return out;
}

/**
 * The fingerprint as it was before phones were read number by number, and before a nameless row's
 * nickname was read; the same as rowFingerprint for every row whose phones are one run of digits (a
 * cleaned mobile) and that has a name or no nickname. Marks saved with it still hold.
 */
export function legacyFingerprint(record: CustomerRecord): string {
  return fingerprintOf(record, legacyPhoneDigits, false);
}
