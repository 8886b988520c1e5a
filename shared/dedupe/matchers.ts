/**
 * The matcher registry: settings name a matcher by string (OpenRefine's KeyerFactory pattern) and
 * each matcher tests one pair of profiles for one level. It returns null when the level does not
 * apply, or the parameters its reason shows ({} when none).
 */
import type { Params } from '../i18n/define';
import type { Feature, Profile, TextFeature } from './profile';
import type { PhoneKey } from './keys/phone';
import type { DateKey } from './keys/date';
import { domainSlip, domainSlips, foldsTag, type EmailKey } from './keys/email';
import { twoGenerations } from './keys/generation-mail';
import { gradeNames, type NameGrade } from './name-grade';
import { withinOneEdit } from './similarity/edit';
import { digitSlip } from './similarity/digit-slip';
import { jaroWinkler } from './similarity/jaro-winkler';
import { dice } from './similarity/dice';
import { branchName, sitesApart, storesApart, wordsWithin } from './keys/company';
import { sameNumbers } from './keys/address';
import { lunarToSolar } from '../remind/lunar';
import { allReadings } from './keys/pinyin';
import { dayNumberOf, formatIso } from '../table/civil-date';
import { sameVin } from './vehicles';

/** Per-pair scratch space, so the name grade is computed once for all name levels. */
export interface PairMemo {
  nameGrade?: NameGrade;
}

export interface MatchInput {
  a: Profile;
  b: Profile;
  feature: Feature;
  threshold: number;
  memo: PairMemo;
}

export interface MatcherDef {
  /** Features the matcher can read; '*' for any. */
  features: readonly Feature[] | '*';
  /** Whether the level must give a threshold. */
  needsThreshold?: boolean;
  test(input: MatchInput): Params | null;
}

/** Two stated places agree, or one name states none (北京星辰科技 / 星辰科技). */
const samePlace = (a: string, b: string) => a === '' || b === '' || a === b || a.startsWith(b) || b.startsWith(a);

/** Both names state a place, and not one place (深圳华星 / 武汉华星, 星辰科技（北京） / 星辰科技（上海））. */
const placesApart = (a: { place: string }, b: { place: string }) => a.place !== '' && b.place !== '' && !samePlace(a.place, b.place);

/** A date typed to fill the cell rather than a birthday: before 1910, or a 1 January. */
const standIn = (iso: string): boolean => iso < '1910' || iso.endsWith('-01-01');

/** Days between two month-days (MM-DD) around the year, either way: 12-20 and 01-10 are 21 apart. */
function monthDaysApart(a: string, b: string): number {
  const day = (md: string) => dayNumberOf(2001, +md.slice(0, 2), +md.slice(3, 5));
  const d = Math.abs(day(a) - day(b));
  return Math.min(d, 365 - d);
}

/** A real birthday with its year that is no stand-in (a 1 January, a date before 1910). */
const fullDate = (d: DateKey): boolean => d.valid && d.noYear !== true && d.standIn !== true && !standIn(d.value);

/** How many of the digits from `from` to `to` differ (YYYYMMDD strings). */
function digitsApart(a: string, b: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}

/** Day number of a valid ISO day (YYYY-MM-DD). */
const dayOf = (iso: string): number => dayNumberOf(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

/** Both birthdays whole and real, at most `days` apart. */
function fullDatesWithin(m: MatchInput, days: number): boolean {
  const a = m.a.birthday!;
  const b = m.b.birthday!;
  return fullDate(a) && fullDate(b) && Math.abs(dayOf(a.value) - dayOf(b.value)) <= days;
}

/** `lunar` (YYYY-MM-DD) read as a lunar date of its year is the solar date `solar`. */
function lunarIs(lunar: string, solar: string): boolean {
  // A lunar date lies three to seven weeks before its solar one: a cheap test first, most pairs differ.
  if (lunar >= solar || +solar.slice(0, 4) - +lunar.slice(0, 4) > 1) return false;
  const d = lunarToSolar(+lunar.slice(0, 4), +lunar.slice(5, 7), +lunar.slice(8, 10));
  return d !== null && formatIso(d) === solar;
}

/** A lunar month and day written without a year (农历三月初八) falls on this solar date, in its year or (腊月) the one before. */
function lunarDayIs(lunar: NonNullable<DateKey['lunar']>, solar: DateKey): boolean {
  if (!solar.valid || solar.noYear) return false;
  const year = +solar.value.slice(0, 4);
  for (const y of [year, year - 1]) {
    const d = lunarToSolar(y, lunar.month, lunar.day, lunar.leap);
    if (d !== null && formatIso(d) === solar.value) return true;
  }
  return false;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/** Two different Han texts of one length whose characters each share a reading (星辰 / 星晨). */
function soundAlike(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 2 || !ALL_HAN.test(a) || !ALL_HAN.test(b)) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const rb = allReadings(b[i]);
    if (!allReadings(a[i]).some((r) => rb.includes(r))) return false;
  }
  return true;
}

const YES: Params = Object.freeze({});
const yes = (ok: boolean): Params | null => (ok ? YES : null);

function nameGrade(m: MatchInput): NameGrade {
  if (!m.memo.nameGrade) m.memo.nameGrade = gradeNames(m.a.name!, m.b.name!);
  return m.memo.nameGrade;
}

const nameKind = (kind: NameGrade['kind']) => (m: MatchInput) => {
  const g = nameGrade(m);
  return g.kind === kind ? g.params ?? YES : null;
};

/**
 * Two contacts' names that say nothing of who: one surname called by one title on both sides (钱总 /
 * 钱总), or by a title on one side beside a given name of that surname on the other (钱伟 / 钱总). Two
 * titles (王经理 / 王总) are two roles as often as one man called two ways: they speak.
 */
function silentNames(m: MatchInput): boolean {
  const a = m.a.name!;
  const b = m.b.name!;
  if (a.script !== 'han' || b.script !== 'han' || !(a.titled || b.titled)) return false;
  const kind = nameGrade(m).kind;
  return a.titled && b.titled ? kind === 'partial' : kind === 'titled';
}

/**
 * Features a pair takes part in only when more than each row's value is there. The company is the
 * customer's identity (organisation) where no row names a person, and also where the names say
 * nothing of who: a blank contact on one side, 钱总 on both, 钱伟 / 钱总. Such a contact name added to
 * one company's two records never lowers them below what they were without one; two people named
 * (钱伟 / 李强, 王先生 / 王女士, 王经理 / 王总) are two contacts of the account, and the names decide.
 */
export const PAIR_FEATURES: Partial<Record<Feature, (m: MatchInput) => boolean>> = {
  organisation: (m) => m.a.name === null || m.b.name === null || silentNames(m),
  // One company typed twice with its people in another order (赵强 first in one row, 联系人2 in the
  // other): the first contacts' names and numbers are two people's, and say nothing against the pair.
  name: (m) => !otherPersonFirst(m),
  mobile: (m) => !otherPersonFirst(m),
};

/**
 * The rows share a number of a further person of one (联系人2's 电话2) and none of their first
 * contacts' (the customer's fields): each row put another of the company's people first.
 */
function otherPersonFirst(m: MatchInput): boolean {
  if (m.a.people === undefined || m.b.people === undefined) return false;
  if (sharedContactPhone(m.a, m.b) === undefined && sharedContactPhone(m.b, m.a) === undefined) return false;
  return !anyPair(m.a.mobiles, m.b.mobiles, samePhone);
}

function phones(p: Profile, f: Feature): readonly PhoneKey[] {
  return f === 'landline' ? p.landlines : p.mobiles;
}

/** Same number, and the same extension when both give one (two extensions = two desks). */
/** One line: the same number (or one row's local number and the other's without its area code). */
const sameLine = (x: PhoneKey, y: PhoneKey) => x.e164 === y.e164 || (x.local !== undefined && x.local === y.e164) || (y.local !== undefined && y.local === x.e164);
const samePhone = (x: PhoneKey, y: PhoneKey) => sameLine(x, y) && (x.ext === y.ext || x.ext === '' || y.ext === '');

function sharedPhone(m: MatchInput): PhoneKey | undefined {
  const as = phones(m.a, m.feature);
  const bs = phones(m.b, m.feature);
  // Index loops and no closure: this runs for every candidate pair's phone levels.
  for (let i = 0; i < as.length; i++) for (let j = 0; j < bs.length; j++) if (samePhone(as[i], bs[j])) return as[i];
  return undefined;
}

/** The header of `a`'s further person whose number `b` holds for any of its people, if any. */
function sharedContactPhone(a: Profile, b: Profile): string | undefined {
  const people = a.people;
  if (people === undefined) return undefined;
  for (let i = 0; i < people.length; i++) {
    const x = people[i].phone;
    if (x.hotline === true) continue;
    const same = (y: PhoneKey) => samePhone(x, y);
    if (b.mobiles.some(same) || b.landlines.some(same) || b.people?.some((p) => same(p.phone))) return people[i].who;
  }
  return undefined;
}

/** The trailing digits in which consecutive numbers of one batch (a hundred) differ. */
const BATCH_DIGITS = 2;

/** The rows name one person whole at one company (company-exact or company-core). */
function oneContact(m: MatchInput): boolean {
  const ca = m.a.company;
  const cb = m.b.company;
  if (m.a.name === null || m.b.name === null || ca === null || cb === null) return false;
  const kind = nameGrade(m).kind;
  if (kind !== 'exact' && kind !== 'swapped') return false;
  return ca.folded === cb.folded || (ca.core === cb.core && ca.branch === cb.branch && samePlace(ca.place, cb.place) && !sitesApart(ca, cb));
}

/**
 * Index loops, not for-of: the matchers run for every candidate pair, and for-of here left an
 * iterator result per step (about 75 MB on the 100k-row bench sheet). The tests given are declared
 * once below, not as a closure per call.
 */
function anyPair<T>(xs: readonly T[], ys: readonly T[], f: (x: T, y: T) => boolean): boolean {
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < ys.length; j++) if (f(xs[i], ys[j])) return true;
  return false;
}

/**
 * A user name without separators and digits: john.smith, john_smith, johnsmith77 are different
 * mailboxes (outside Gmail), as often of namesakes as of one person.
 */
const bare = (local: string) => local.replace(/[._\-\d]/g, '');

const text = (p: Profile, f: Feature) => p.text[f as TextFeature] ?? '';

function idOf(p: Profile, f: Feature) {
  return f === 'uscc' ? p.uscc : f === 'idCard' ? p.idCard : null;
}

/**
 * Both rows give a number of the mobile feature (a person's own line, not a switchboard) and none of
 * one row's is the other's or one keystroke from it.
 */
function numbersDisagree(a: Profile, b: Profile): boolean {
  if (a.mobiles.length === 0 || b.mobiles.length === 0) return false;
  return !anyPair(a.mobiles, b.mobiles, nearNumber);
}

/** One number, or one keystroke from it. */
const nearNumber = (x: PhoneKey, y: PhoneKey): boolean => samePhone(x, y) || digitSlip(x.e164, y.e164) !== null || (x.e164.length === y.e164.length && withinOneEdit(x.e164, y.e164));

/** A personal mailbox (not a role one: info@, sales@) on both rows. */
const sameMailbox = (a: Profile, b: Profile): boolean => anyPair(a.emails, b.emails, samePersonalMailbox);
const samePersonalMailbox = (x: EmailKey, y: EmailKey): boolean => x.folded === y.folded && x.shared !== true;

// The pair tests of the phone and e-mail levels, declared once (see anyPair).
const sameMobile = (x: PhoneKey, y: PhoneKey): boolean => x.kind === 'mobile' && samePhone(x, y);
const otherExtension = (x: PhoneKey, y: PhoneKey): boolean => x.e164 === y.e164 && x.ext !== '' && y.ext !== '' && x.ext !== y.ext;
const swappedDigits = (x: PhoneKey, y: PhoneKey): boolean => digitSlip(x.e164, y.e164)?.kind === 'swap';
const batchNeighbours = (x: PhoneKey, y: PhoneKey): boolean => {
  const slip = digitSlip(x.e164, y.e164);
  return slip !== null && slip.kind === 'digit' && slip.fromEnd <= BATCH_DIGITS;
};
const oneDigitOff = (x: PhoneKey, y: PhoneKey): boolean => x.e164.length === y.e164.length && withinOneEdit(x.e164, y.e164);
const isMobile = (x: PhoneKey): boolean => x.kind === 'mobile';
const sameWritten = (x: EmailKey, y: EmailKey): boolean => x.written === y.written;
const sameAddress = (x: EmailKey, y: EmailKey): boolean => x.address === y.address;
const sameFolded = (x: EmailKey, y: EmailKey): boolean => x.folded === y.folded;
const sameTagged = (x: EmailKey, y: EmailKey): boolean => x.folded === y.folded && foldsTag(x.domain);
const sameBareUser = (x: EmailKey, y: EmailKey): boolean => x.domain === y.domain && bare(x.local) !== '' && bare(x.local) === bare(y.local);
const mailTypo = (x: EmailKey, y: EmailKey): boolean => withinOneEdit(x.address, y.address);
const sameUserName = (x: EmailKey, y: EmailKey): boolean => x.local === y.local && x.local.length >= 4 && !x.shared;

const COMPANY: readonly Feature[] = ['company', 'organisation'];
const TEXT_FEATURES: readonly Feature[] = ['customerId', 'orderId', 'vin', 'wechat', 'qq', 'gender', 'city', 'province', 'postcode', 'website'];

export const MATCHERS: Readonly<Record<string, MatcherDef>> = {
  missing: { features: '*', test: () => YES },
  else: { features: '*', test: () => YES },

  'name-exact': { features: ['name'], test: nameKind('exact') },
  'name-swapped': { features: ['name'], test: nameKind('swapped') },
  'name-homophone': { features: ['name'], test: nameKind('homophone') },
  'name-nickname': { features: ['name'], test: nameKind('nickname') },
  'name-initial': { features: ['name'], test: nameKind('initial') },
  'name-partial': { features: ['name'], test: nameKind('partial') },
  'name-titled': { features: ['name'], test: nameKind('titled') },
  'name-prefixed': { features: ['name'], test: nameKind('prefixed') },
  'name-part': { features: ['name'], test: nameKind('part') },
  'name-part-similar': { features: ['name'], test: nameKind('part-similar') },
  'name-part-crossed': { features: ['name'], test: nameKind('part-crossed') },
  'name-part-differs': { features: ['name'], test: nameKind('part-differs') },
  'name-apart': { features: ['name'], test: nameKind('apart') },
  'name-screen': { features: ['name'], test: nameKind('screen') },
  'name-nicknames-differ': { features: ['name'], test: nameKind('nicknames-differ') },
  /**
   * One row's name is the other's company and its company the other's name (Brightwater Ltd | Sarah
   * Jones against Sarah Jones | Brightwater Ltd; 星辰科技 | 张伟 against 张伟 | 星辰科技): one customer with
   * the two cells typed the wrong way round on a row, not two names and two companies disagreeing.
   */
  'name-company-swapped': {
    features: ['name', 'company', 'organisation'],
    test: (m) => yes(m.a.crossed !== undefined && m.b.crossed !== undefined && m.a.crossed.name === m.b.crossed.company && m.a.crossed.company === m.b.crossed.name),
  },
  'name-similar': {
    features: ['name'],
    needsThreshold: true,
    test: (m) => {
      const g = nameGrade(m);
      return yes((g.kind === 'similar' || g.kind === 'different') && g.sim >= m.threshold);
    },
  },

  'phone-equal': { features: ['mobile', 'landline'], test: (m) => yes(sharedPhone(m) !== undefined) },
  /** The lines both rows share are hotlines only (400-800-1234): a brand's, not a desk's. */
  'phone-hotline': {
    features: ['landline'],
    test: (m) => {
      const as = phones(m.a, m.feature);
      const bs = phones(m.b, m.feature);
      // Whether some number is shared and every shared one is a hotline: no list of them made.
      let shared = false;
      for (let i = 0; i < as.length; i++) {
        for (let j = 0; j < bs.length; j++) {
          if (!samePhone(as[i], bs[j])) continue;
          if (as[i].hotline !== true) return null;
          shared = true;
          break;
        }
      }
      return yes(shared);
    },
  },
  /**
   * A further person's number of one row (联系人2's 电话2) is a number of any person of the other's
   * (its 电话1, its 联系人3's): one company typed twice, whoever was put first. Named by the person's
   * header ({ who: 联系人2 }); a hotline says nothing of whom.
   */
  'contact-phone-equal': {
    features: ['contactPhone'],
    test: (m) => {
      const found = sharedContactPhone(m.a, m.b) ?? sharedContactPhone(m.b, m.a);
      return found === undefined ? null : { who: found };
    },
  },
  'phone-equal-mobile': {
    features: ['mobile'],
    test: (m) => yes(anyPair(m.a.mobiles, m.b.mobiles, sameMobile)),
  },
  'phone-other-extension': {
    features: ['landline'],
    test: (m) => yes(anyPair(m.a.landlines, m.b.landlines, otherExtension)),
  },
  /**
   * Two neighbouring digits swapped (…5678 / …5687): how a number is mistyped. A batch of numbers
   * seldom holds such a pair (45 of the 4,950 pairs of a hundred consecutive numbers, against 900
   * one digit apart), so it is a slip, not two numbers of one firm.
   */
  'phone-swapped': {
    features: ['mobile', 'landline'],
    test: (m) => yes(anyPair(phones(m.a, m.feature), phones(m.b, m.feature), swappedDigits)),
  },
  /**
   * One digit apart in the last two (13812345678 / 13812345679): numbers a firm buys for its staff,
   * a family's 亲情号 and a switchboard's direct lines run consecutively there, so two such numbers
   * are another person's as often as one number mistyped.
   */
  'phone-batch': {
    features: ['mobile', 'landline'],
    test: (m) => yes(anyPair(phones(m.a, m.feature), phones(m.b, m.feature), batchNeighbours)),
  },
  /**
   * No number in common, but the rows name one person whole (张伟 / 张伟, Chen David / David Chen) at one
   * company (as written, or without its legal form and place): one contact's work mobile and his own,
   * or his old number and his new one, as often as two colleagues who share a whole name.
   */
  'phone-differs-one-contact': {
    features: ['mobile', 'landline'],
    test: (m) => yes(sharedPhone(m) === undefined && oneContact(m)),
  },
  /**
   * Every number both rows hold in the feature is a known mobile (13812345678, +44 7911 123456), not a
   * number whose plan does not tell mobile from fixed (a US (713) 555-0123, a business line read with
   * the mobiles): what lets a reason say "different mobiles" rather than "different phone numbers".
   */
  'phone-known-mobiles': {
    features: ['mobile', 'landline'],
    test: (m) => {
      const a = phones(m.a, m.feature), b = phones(m.b, m.feature);
      return yes(a.length > 0 && b.length > 0 && a.every(isMobile) && b.every(isMobile));
    },
  },
  'phone-one-digit': {
    features: ['mobile', 'landline'],
    test: (m) => yes(anyPair(phones(m.a, m.feature), phones(m.b, m.feature), oneDigitOff)),
  },

  /**
   * The rows agree only on a role mailbox (info@, sales@): the desk colleagues share, so it places the
   * rows at one company rather than saying they are one person. An equal personal address is for the
   * levels below.
   */
  'email-shared': {
    features: ['email'],
    test: (m) => {
      let shared = false;
      const as = m.a.emails;
      const bs = m.b.emails;
      for (let i = 0; i < as.length; i++) {
        const x = as[i];
        for (let j = 0; j < bs.length; j++) {
          const y = bs[j];
          if (x.folded !== y.folded) continue;
          if (!x.shared) return null;
          shared = true;
        }
      }
      return yes(shared);
    },
  },
  'email-exact': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameWritten)) },
  'email-case': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameAddress)) },
  /** One mailbox at a provider that documents +tags (Outlook.com, iCloud), one row's address tagged. */
  'email-tag': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameTagged)) },
  'email-gmail': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameFolded)) },
  /** The same personal user name, the domain mistyped once in one row (gmial.com, davidsn-taylor.com). */
  'email-domain-slip': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, domainSlip)) },
  /** The same personal user name, the company domain typed with two slips (marsahll-hughs.com). */
  'email-domain-slips': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, domainSlips)) },
  'email-separators': {
    features: ['email'],
    test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameBareUser)),
  },
  /** One user name but for a generation suffix (tom.reed@ / tom.reed.jr@): a father and son (keys/generation-mail.ts). */
  'email-generations': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, twoGenerations)) },
  'email-typo': { features: ['email'], test: (m) => yes(anyPair(m.a.emails, m.b.emails, mailTypo)) },
  'email-similar': {
    features: ['email'],
    needsThreshold: true,
    test: (m) =>
      yes(anyPair(m.a.emails, m.b.emails, (x, y) => jaroWinkler(x.local, y.local) >= m.threshold && jaroWinkler(x.domain, y.domain) >= m.threshold)),
  },
  'email-user': {
    features: ['email'],
    // sales@one.com and sales@other.com are two companies' desks.
    test: (m) => yes(anyPair(m.a.emails, m.b.emails, sameUserName)),
  },

  'company-exact': {
    features: COMPANY,
    test: (m) => yes(m.a.company!.folded === m.b.company!.folded),
  },
  'company-core': {
    features: COMPANY,
    test: (m) => {
      const a = m.a.company!;
      const b = m.b.company!;
      return yes(a.core === b.core && a.branch === b.branch && samePlace(a.place, b.place) && !sitesApart(a, b));
    },
  },
  /**
   * One company written once as itself and once as a branch (湘旺商贸 / 湘旺商贸长沙分公司): its head
   * office and a branch, or one contact written with and without his branch. Not the same account.
   */
  'company-head-branch': {
    features: COMPANY,
    test: (m) => {
      const a = m.a.company!;
      const b = m.b.company!;
      return yes(a.core === b.core && a.branch !== b.branch && (a.branch === '' || b.branch === '') && samePlace(a.place, b.place));
    },
  },
  'company-similar': {
    features: COMPANY,
    needsThreshold: true,
    test: (m) => {
      const a = m.a.company!;
      const b = m.b.company!;
      if (a.branch !== '' && b.branch !== '' && a.branch !== b.branch) return null;
      // Two stores of one chain (东门店 / 西门店), or one name in two stated places (星辰科技（北京） /
      // 星辰科技（上海）), read alike and are two accounts: company-branch says so.
      if (placesApart(a, b) || storesApart(a, b) !== null) return null;
      // Two strings, not a destructured pair: no array per pair.
      const aShorter = a.core.length <= b.core.length;
      const short = aShorter ? a.core : b.core;
      const long = aShorter ? b.core : a.core;
      const contained = short.length >= 2 && long.includes(short) && short.length / long.length >= 0.5;
      return yes(contained || wordsWithin(a, b) || dice(a.core, b.core) >= m.threshold);
    },
  },
  /**
   * The cores read alike, character by character (星辰科技 / 星晨科技, 华为 / 华伟): a company name
   * typed by ear, as names are. Han cores only, of one length, and not equal.
   */
  'company-homophone': {
    features: COMPANY,
    test: (m) => {
      const a = m.a.company!;
      const b = m.b.company!;
      if (a.branch !== '' && b.branch !== '' && a.branch !== b.branch) return null;
      if (placesApart(a, b) || storesApart(a, b) !== null) return null;
      return yes(soundAlike(a.core, b.core));
    },
  },
  /**
   * Two branches or stores of one company (长沙分公司 / 株洲分公司, 好又多超市（东门店） / （西门店）, Joe's
   * Pizza (Downtown) / (Airport), Kwik Mart #12 / #14): each its own account. The reason names both.
   */
  'company-branch': {
    features: COMPANY,
    test: (m) => {
      const a = m.a.company!;
      const b = m.b.company!;
      const stores = storesApart(a, b);
      if (stores !== null) return { branches: stores.join(' / ') };
      return a.core === b.core ? { branches: `${branchName(a)} / ${branchName(b)}` } : null;
    },
  },

  'address-exact': { features: ['address'], test: (m) => yes(m.a.address!.folded === m.b.address!.folded) },
  'address-similar': {
    features: ['address'],
    needsThreshold: true,
    test: (m) => {
      const a = m.a.address!;
      const b = m.b.address!;
      return yes(sameNumbers(a.folded, b.folded) && dice(a.folded, b.folded) >= m.threshold);
    },
  },

  'date-exact': { features: ['birthday'], test: (m) => yes(m.a.birthday!.value === m.b.birthday!.value && !m.a.birthday!.standIn) },
  /** The same stand-in day on both (1990-01-01 a platform gives many): the year agrees, no more. */
  'date-stand-in': { features: ['birthday'], test: (m) => yes(m.a.birthday!.standIn === true && m.a.birthday!.value === m.b.birthday!.value) },
  /** A stand-in day on one side: it says nothing against the other's. */
  'date-either-stand-in': { features: ['birthday'], test: (m) => yes(m.a.birthday!.standIn === true || m.b.birthday!.standIn === true) },
  /** One of the two was written without its year, and the month and day agree. */
  'date-month-day': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      return yes((a.noYear === true || b.noYear === true) && a.monthDay !== undefined && a.monthDay === b.monthDay);
    },
  },
  /**
   * One date is the other read as a lunar date (农历): many Chinese customers give the 农历 birthday
   * in one place and the 公历 one in another, and both end up in the birthday column. 1990-03-08
   * (lunar) is 1990-04-03; a 腊月 birthday falls in the next solar year.
   */
  'date-lunar': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      if (a.lunar || b.lunar) return yes(a.lunar ? lunarDayIs(a.lunar, b) : lunarDayIs(b.lunar!, a));
      return yes(a.valid && b.valid && !a.noYear && !b.noYear && (lunarIs(a.value, b.value) || lunarIs(b.value, a.value)));
    },
  },
  /**
   * Born a generation apart (15 years or more): a parent and a child with one name, phone and address
   * (John Smith / John Smith Jr), not one person's typo. A stand-in date (1900-01-01, any 1 January)
   * says nothing either way.
   */
  /**
   * Two real birthdays of one month and day exactly a hundred years apart (5/6/70 read as 2070 in one
   * row, 1970 in the other): a two-digit year put in the wrong century, not a parent and a child.
   */
  'date-century': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      return yes(fullDate(a) && fullDate(b) && a.value.slice(4) === b.value.slice(4) && Math.abs(+a.value.slice(0, 4) - +b.value.slice(0, 4)) === 100);
    },
  },
  'date-years-apart': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      // A day that does not exist (1965/2/30) still gives its year: a mother 25 years older stays one.
      const yearOf = (d: DateKey) => (d.valid ? +d.value.slice(0, 4) : d.year);
      if (a.noYear || b.noYear || standIn(a.value) || standIn(b.value)) return null;
      const ya = yearOf(a), yb = yearOf(b);
      if (ya === undefined || yb === undefined) return null;
      const years = Math.abs(ya - yb);
      return years >= 15 ? { years } : null;
    },
  },
  /**
   * Two real birthdays (with their year, neither a stand-in 1 January) at most a month apart: a day or
   * a month typed wrong as often as two people, so neither for nor against (the settings weigh it 0).
   */
  'date-close': { features: ['birthday'], test: (m) => yes(fullDatesWithin(m, 31)) },
  /**
   * Two real birthdays with one digit slipped in the year and one in the month and day (1998-12-25 /
   * 1988-12-27, 1975-06-12 / 1976-06-13): two slips. Two digits of the year alone (1985 / 1990) say
   * another year, not a slip.
   */
  'date-two-digits': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      return yes(fullDate(a) && fullDate(b) && digitsApart(a.digits, b.digits, 0, 4) === 1 && digitsApart(a.digits, b.digits, 4, 8) === 1);
    },
  },
  /**
   * Two real birthdays at most 280 days apart (1980-05-03 / 1980-06-16): no two siblings are born less
   * than about nine months apart (twins share the day), so they differ as one birthday typed wrong
   * does, not as two people's (an identity level must not read it).
   */
  'date-months-apart': { features: ['birthday'], test: (m) => yes(fullDatesWithin(m, 280)) },
  /**
   * One of the two is no real birthday with its year (1989-02-30, a day that does not exist, or a month
   * and day alone): the two differ, but not as two people's birthdays do, so the difference tells no
   * sibling from a customer whose birthday was mistyped (an identity level must not read it).
   */
  /**
   * Two birthdays given by month and day (one or both without their year: a Mailchimp audience keeps
   * MM/DD) that are more than a month apart, neither a slip of the other nor the two swapped: two
   * people's birthdays, as two real dates are (a father's 12/04, his son's 06/19), not a mistyped one.
   */
  'date-month-days-apart': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!;
      const b = m.b.birthday!;
      if (!(a.noYear || b.noYear) || a.lunar || b.lunar || a.monthDay === undefined || b.monthDay === undefined) return null;
      if (a.monthDay === '01-01' || b.monthDay === '01-01' || a.monthDay === b.monthDay) return null;
      const swapped = (md: string) => `${md.slice(3)}-${md.slice(0, 2)}`;
      if (swapped(a.monthDay) === b.monthDay) return null;
      return yes(monthDaysApart(a.monthDay, b.monthDay) > 31);
    },
  },
  'date-either-unreal': { features: ['birthday'], test: (m) => yes(!fullDate(m.a.birthday!) || !fullDate(m.b.birthday!)) },
  /**
   * One keystroke apart, and one of the two a 1 January: a year known alone is written as its first
   * day (a sheet of historical persons, a form's default), and one digit off is then merely the next
   * year, not a slip of a day someone typed.
   */
  'date-typo-new-year': {
    features: ['birthday'],
    test: (m) => yes(MATCHERS['date-typo'].test(m) !== null && (m.a.birthday!.value.startsWith('-01-01', 4) || m.b.birthday!.value.startsWith('-01-01', 4))),
  },
  /**
   * A birthday one keystroke off on rows whose own numbers disagree (each gives one, none the other's
   * nor a slip of it) and whose personal mailboxes do not agree: the typo says one person only where
   * something of his own holds the rows together. Two 王伟 of one big employer with two mobiles
   * and 1985-03-15 / 1985-03-13 are two people as often as one: a slip of the keyboard is no more
   * likely than two strangers' birthdays two days apart once everything that is his differs too.
   */
  'date-typo-other-phones': {
    features: ['birthday'],
    test: (m) => yes(MATCHERS['date-typo'].test(m) !== null && numbersDisagree(m.a, m.b) && !sameMailbox(m.a, m.b)),
  },
  'date-typo': {
    features: ['birthday'],
    test: (m) => {
      const a = m.a.birthday!.digits;
      const b = m.b.birthday!.digits;
      if (a.length !== b.length) return null;
      if (withinOneEdit(a, b)) return YES;
      // month and day swapped: 1985-03-07 / 1985-07-03
      return yes(a.length === 8 && a.slice(0, 4) === b.slice(0, 4) && a.slice(4, 6) === b.slice(6, 8) && a.slice(6, 8) === b.slice(4, 6));
    },
  },

  // The code of a company both rows' people work for: their workplace's, as its name is.
  'id-exact-people': { features: ['uscc'], test: (m) => yes(m.a.name !== null && m.b.name !== null && idOf(m.a, m.feature)!.value === idOf(m.b, m.feature)!.value) },
  'id-exact': { features: ['idCard', 'uscc'], test: (m) => yes(idOf(m.a, m.feature)!.value === idOf(m.b, m.feature)!.value) },
  'id-typo': { features: ['idCard', 'uscc'], test: (m) => yes(withinOneEdit(idOf(m.a, m.feature)!.value, idOf(m.b, m.feature)!.value)) },
  'id-both-valid': { features: ['idCard', 'uscc'], test: (m) => yes(idOf(m.a, m.feature)!.valid && idOf(m.b, m.feature)!.valid) },

  // One VIN written whole and by its last six (LSVAU2180N2183294, 183294: insurers quote the tail) is one car.
  'vin-same': { features: ['vin'], test: (m) => yes(sameVin(text(m.a, m.feature), text(m.b, m.feature))) },
  'text-exact': { features: TEXT_FEATURES, test: (m) => yes(text(m.a, m.feature) === text(m.b, m.feature)) },
  'text-typo': { features: TEXT_FEATURES, test: (m) => yes(withinOneEdit(text(m.a, m.feature), text(m.b, m.feature))) },
  'text-similar': {
    features: TEXT_FEATURES,
    needsThreshold: true,
    test: (m) => yes(jaroWinkler(text(m.a, m.feature), text(m.b, m.feature)) >= m.threshold),
  },
};

