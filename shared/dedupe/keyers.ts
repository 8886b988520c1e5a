/**
 * The blocking-key registry: each keyer gives a profile zero or more keys, and two rows are
 * compared only when they share a key of the same keyer. A blank or invalid value gives no key,
 * so rows never meet over what they both lack (Splink's null handling, Talisman's "ignore falsy
 * keys"). Each keyer has its own key space (blocking.ts numbers each keyer's keys apart), so keys
 * reuse the profile's strings instead of building prefixed copies, and a key of two parts (a
 * birthday and an initial) is given as its two parts, not joined into a new string per row.
 */
import { companyCores, type Profile } from './profile';
import { givenKey, withoutLeadingWord, type LatinName } from './keys/person-name';
import { soundex } from './keys/soundex';
import { slipDomains } from './keys/email';

/**
 * Calls `emit` once per key (a key emitted twice for one row counts once). A key of two parts is
 * `emit(key, sub)`: rows meet when both parts are equal; `emit(key)` is a key of one part, never
 * equal to one of two.
 */
export type Keyer = (p: Profile, emit: (key: string, sub?: string) => void) => void;

function latin(p: Profile): LatinName | null {
  return p.name?.script === 'latin' ? p.name : null;
}

export const KEYERS: Readonly<Record<string, Keyer>> = {
  /**
   * Every phone number (mobile or fixed), E.164, or by its subscriber digits when known (a Chinese
   * landline, a North American number): rows that wrote it with the area code and rows that left
   * it out (local:…) meet in one block (two cities' equal numbers too, rarely).
   */
  phone: (p, emit) => {
    // Index loops in the keyers: they run for every row, and for-of here allocated an iterator
    // result per number (~13 MB on a 100k-row sheet, sampled).
    for (let i = 0; i < p.mobiles.length; i++) emit(p.mobiles[i].local ?? p.mobiles[i].e164);
    for (let i = 0; i < p.landlines.length; i++) emit(p.landlines[i].local ?? p.landlines[i].e164);
    // A further person's number (联系人2's 电话2) meets the rows holding it for any of theirs.
    const people = p.people;
    if (people !== undefined) for (let i = 0; i < people.length; i++) emit(people[i].phone.local ?? people[i].phone.e164);
  },
  /** E-mail, lower case, Gmail folded. */
  email: (p, emit) => {
    for (let i = 0; i < p.emails.length; i++) emit(p.emails[i].folded);
  },
  /**
   * The user name of a personal mailbox (not info@; four characters or more) with what a domain one
   * keystroke off keeps of its domain (keys/email.ts `slipDomains`), so one address whose domain was
   * mistyped in one row meets the other (zw1990@gmial.com and zw1990@gmail.com, …@davidsn-taylor.com
   * and …@davidson-taylor.com), while one user name at two providers or two companies mostly does not.
   */
  'email-user': (p, emit) => {
    for (let i = 0; i < p.emails.length; i++) {
      const e = p.emails[i];
      if (e.shared || e.local.length < 4) continue;
      // At its own domain (every real provider's only key) the key is the address itself: no new
      // string per row to build and flatten.
      const domains = slipDomains(e.domain);
      for (let k = 0; k < domains.length; k++) emit(domains[k] === e.domain ? e.address : `${e.local}@${domains[k]}`);
    }
  },
  /** Chinese names by tone-less pinyin (surname alternates included): 张伟 = 张玮 = 章伟; also the
   *  Latin spelling in both orders, so Zhang Wei and Wei Zhang meet 张伟. */
  'name-pinyin': (p, emit) => {
    const n = p.name;
    if (!n) return;
    if (n.script === 'han') {
      if (!n.titled) for (let i = 0; i < n.keys.length; i++) emit(n.keys[i]);
    } else if (n.given !== '' && n.family !== '') {
      emit(n.family + n.given);
      emit(n.given + n.family);
    }
  },
  /** Latin names: family name + given initial (nickname folded), in both orders. */
  'name-latin': (p, emit) => {
    const n = latin(p);
    if (!n || n.family === '' || n.given === '') return;
    emit(n.family, givenKey(n)[0]);
    emit(n.given, n.family[0]);
    // Mohammed Ali Khan meets Ali Khan, Sri Ramesh Kumar meets Ramesh Kumar: a word put before names
    // and left out at will (LEADING_NAME_WORDS) gives the name without it as a key too.
    const rest = withoutLeadingWord(n);
    if (rest !== null) {
      emit(rest.family, givenKey(rest)[0]);
      emit(rest.given, rest.family[0]);
    }
  },
  /**
   * Latin family names alone, so a row whose first-name cell was left blank (Mason | blank) meets the
   * rows of its surname (Elizabeth Mason) when nothing else brings them together: the two keys above
   * need both parts, and its birthday key misses a birthday typed with a slip. A family name is rare
   * enough to be evidence (its agreement weighs 4); a given name alone is not keyed (a Jon with no
   * surname meets every John), and a surname's block, which holds its family and namesakes, is capped
   * as the Latin names' are (16).
   */
  surname: (p, emit) => {
    const n = latin(p);
    if (n && n.family !== '') emit(n.family);
  },
  /** Latin names: Soundex of the family name + given initial, and of the given name + family
   *  initial, so a typo in either part still meets. */
  'name-sound': (p, emit) => {
    const n = latin(p);
    if (!n || n.family === '' || n.given === '') return;
    const g = givenKey(n);
    emit(soundex(n.family), g[0]);
    // Marked apart from the first kind of key (a Soundex code never starts with '|').
    emit(`|${soundex(g)}`, n.family[0]);
  },
  /** Company core (legal form and place folded), for rows without a person name (organisations).
   *  People meet through 'name-company': colleagues of one big customer would otherwise fill one
   *  block per company. */
  company: (p, emit) => {
    if (p.company && !p.name) for (const core of companyCores(p)) emit(core);
  },
  /** Person name with company core: meets when both the name and the company blocks are too big. */
  'name-company': (p, emit) => {
    const n = p.name;
    if (!n || !p.company) return;
    const rest = n.script === 'latin' ? withoutLeadingWord(n) : null;
    for (const core of companyCores(p)) {
      emit(core, n.script === 'han' ? n.keys[0] : `${n.family}|${n.given[0] ?? ''}`);
      // Mohammed Ali Khan and Ali Khan of one company meet too (name-latin above).
      if (rest !== null) emit(core, `${rest.family}|${rest.given[0]}`);
    }
  },
  address: (p, emit) => {
    if (p.address && p.address.folded.length >= 4) emit(p.address.folded);
  },
  /** Birthday with an initial of either name part: a birthday alone puts a few rows of every
   *  day of 40 years in one block each, which grows with the square of the sheet. */
  birthday: (p, emit) => {
    if (!p.birthday) return;
    const d = p.birthday.value;
    const n = p.name;
    if (!n) emit(d);
    else if (n.script === 'han') for (let i = 0; i < n.readings[0].length; i++) emit(d, n.readings[0][i][0] ?? '');
    else {
      if (n.family !== '') emit(d, n.family[0]);
      if (n.given !== '') emit(d, givenKey(n)[0]);
      if (n.family === '' && n.given === '') emit(d);
    }
  },
  'id-card': (p, emit) => {
    if (p.idCard) emit(p.idCard.value);
  },
  uscc: (p, emit) => {
    if (p.uscc) emit(p.uscc.value);
  },
  'customer-id': (p, emit) => {
    if (p.text.customerId) emit(p.text.customerId);
  },
  'order-id': (p, emit) => {
    if (p.text.orderId) emit(p.text.orderId);
  },
  vin: (p, emit) => {
    if (p.text.vin) emit(p.text.vin);
  },
  wechat: (p, emit) => {
    if (p.text.wechat) emit(p.text.wechat);
  },
  qq: (p, emit) => {
    if (p.text.qq) emit(p.text.qq);
  },
};

