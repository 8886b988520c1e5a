/**
 * The blocking-key registry: each keyer turns a profile into zero or more keys, and two rows are
 * compared only when they share a key. A blank or invalid value gives no key, so rows never meet
 * over what they both lack (Splink's null handling, Talisman's "ignore falsy keys"). Keys carry
 * the keyer's prefix, so a phone can never collide with a postcode.
 */
import type { Profile } from './profile';
import { givenKey } from './keys/person-name';
import { soundex } from './keys/soundex';

export type Keyer = (p: Profile) => string[];

const none: string[] = [];

function latin(p: Profile) {
  return p.name?.script === 'latin' ? p.name : null;
}

export const KEYERS: Readonly<Record<string, Keyer>> = {
  /** Every phone number (mobile or fixed), E.164. */
  phone: (p) => [...p.mobiles, ...p.landlines].map((k) => `ph:${k.e164}`),
  /** E-mail, lower case, Gmail folded. */
  email: (p) => p.emails.map((e) => `em:${e.folded}`),
  /** Chinese names by tone-less pinyin (surname alternates included): 张伟 = 张玮 = 章伟; also the
   *  Latin spelling in both orders, so Zhang Wei and Wei Zhang meet 张伟. */
  'name-pinyin': (p) => {
    const n = p.name;
    if (!n) return none;
    if (n.script === 'han') return n.titled ? none : n.keys.map((k) => `np:${k}`);
    if (n.given === '' || n.family === '') return none;
    return [`np:${n.family}${n.given}`, `np:${n.given}${n.family}`];
  },
  /** Latin names: family name + given initial (nickname folded), in both orders. */
  'name-latin': (p) => {
    const n = latin(p);
    if (!n || n.family === '' || n.given === '') return none;
    const g = givenKey(n);
    return [`nl:${n.family}|${g[0]}`, `nl:${n.given}|${n.family[0]}`];
  },
  /** Latin names: Soundex of the family name + given initial, and of the given name + family
   *  initial, so a typo in either part still meets. */
  'name-sound': (p) => {
    const n = latin(p);
    if (!n) return none;
    const g = givenKey(n);
    const out: string[] = [];
    if (n.family !== '' && g !== '') out.push(`ns:${soundex(n.family)}|${g[0]}`);
    if (n.family !== '' && g !== '') out.push(`ng:${soundex(g)}|${n.family[0]}`);
    return out;
  },
  /** Company core (legal form and place folded). */
  company: (p) => (p.company ? [`co:${p.company.core}`] : none),
  /** Person name with company core: meets when both the name and the company blocks are too big. */
  'name-company': (p) => {
    const n = p.name;
    if (!n || !p.company) return none;
    const nk = n.script === 'han' ? n.keys[0] : `${n.family}|${n.given[0] ?? ''}`;
    return [`nc:${nk}|${p.company.core}`];
  },
  address: (p) => (p.address && p.address.folded.length >= 4 ? [`ad:${p.address.folded}`] : none),
  birthday: (p) => (p.birthday ? [`bd:${p.birthday.value}`] : none),
  'id-card': (p) => (p.idCard ? [`id:${p.idCard.value}`] : none),
  uscc: (p) => (p.uscc ? [`us:${p.uscc.value}`] : none),
  'customer-id': (p) => (p.text.customerId ? [`ci:${p.text.customerId}`] : none),
  wechat: (p) => (p.text.wechat ? [`wx:${p.text.wechat}`] : none),
  qq: (p) => (p.text.qq ? [`qq:${p.text.qq}`] : none),
};

export function keyerNames(): string[] {
  return Object.keys(KEYERS);
}
