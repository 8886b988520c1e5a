/**
 * A record read once into everything matching needs (keys, pinyin, folded text), so that
 * comparing a pair never re-parses a cell. Built from cleaned cells, but raw cells give the same
 * keys (a user may switch a cleaner off).
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { phoneKeys, type PhoneKey } from './keys/phone';
import { emailKeys, type EmailKey } from './keys/email';
import { parsePersonName, type PersonName } from './keys/person-name';
import { companyKey, type CompanyKey } from './keys/company';
import { addressKey, type AddressKey } from './keys/address';
import { dateKey, type DateKey } from './keys/date';
import { idKey, type IdKey } from './keys/ids';

/** What a comparison reads from a profile; the settings name these. */
export type Feature =
  | 'name'
  | 'mobile'
  | 'landline'
  | 'email'
  | 'company'
  | 'address'
  | 'birthday'
  | 'idCard'
  | 'uscc'
  | 'customerId'
  | 'wechat'
  | 'qq'
  | 'gender'
  | 'city'
  | 'province'
  | 'postcode'
  | 'website'
  /** The company of a row without a person name: the row is an organisation, its name is its identity. */
  | 'organisation';

export const FEATURES: readonly Feature[] = [
  'name', 'mobile', 'landline', 'email', 'company', 'address', 'birthday', 'idCard', 'uscc', 'customerId',
  'wechat', 'qq', 'gender', 'city', 'province', 'postcode', 'website', 'organisation',
];

/** One bit per feature, so "both rows have it" is one AND per comparison. */
export const FEATURE_BIT: Readonly<Record<Feature, number>> = Object.fromEntries(FEATURES.map((f, i) => [f, 1 << i])) as Record<Feature, number>;

/** Features held as one folded text. */
export type TextFeature = 'customerId' | 'wechat' | 'qq' | 'gender' | 'city' | 'province' | 'postcode' | 'website';

export interface Profile {
  /** Position in the records array given to findDuplicates. */
  pos: number;
  /** Bit `FEATURE_BIT[f]` is set when feature f has a value (see hasFeature). */
  mask: number;
  sheetRow: number;
  name: PersonName | null;
  /** Mobile and other non-fixed numbers (E.164). */
  mobiles: PhoneKey[];
  /** Fixed lines (E.164): often shared by colleagues or a family. */
  landlines: PhoneKey[];
  emails: EmailKey[];
  company: CompanyKey | null;
  address: AddressKey | null;
  birthday: DateKey | null;
  idCard: IdKey | null;
  uscc: IdKey | null;
  text: Partial<Record<TextFeature, string>>;
}

export interface ProfileContext {
  defaultRegion: string;
  phoneCache: Map<string, PhoneKey[]>;
  /** Per-run caches by cell text: names, companies and addresses repeat a lot in a sheet. */
  nameCache?: Map<string, PersonName | null>;
  companyCache?: Map<string, CompanyKey | null>;
  addressCache?: Map<string, AddressKey | null>;
  /** Folded short texts (city, province, gender …), by field and text. */
  textCache?: Map<string, string>;
}

function cached<T>(cache: Map<string, T> | undefined, key: string, make: (k: string) => T): T {
  if (!cache) return make(key);
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) {
    v = make(key);
    cache.set(key, v);
  }
  return v as T;
}

const GENDER: Readonly<Record<string, string>> = {
  男: 'm', 女: 'f', m: 'm', f: 'f', male: 'm', female: 'f', man: 'm', woman: 'f', 先生: 'm', 女士: 'f', 小姐: 'f',
  男性: 'm', 女性: 'f', 'mr': 'm', 'mrs': 'f', 'ms': 'f',
};

const get = (r: CustomerRecord, f: FieldId): string => matchText(r.fields[f]);

function text(s: string): string {
  return s === '' ? '' : lettersAndDigits(foldText(s));
}

function website(s: string): string {
  const f = foldText(s).replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  return f.split(/[/?#\s]/)[0] ?? '';
}

export function buildProfile(r: CustomerRecord, pos: number, ctx: ProfileContext): Profile {
  const phones: PhoneKey[] = [];
  for (const f of ['mobile', 'phone'] as const) {
    for (const k of phoneKeys(get(r, f), ctx.defaultRegion, ctx.phoneCache)) {
      if (!phones.some((p) => p.e164 === k.e164 && p.ext === k.ext)) phones.push(k);
    }
  }
  const full = get(r, 'name');
  const first = get(r, 'firstName');
  const last = get(r, 'lastName');
  const name = first === '' && last === '' ? cached(ctx.nameCache, full, (k) => parsePersonName(k)) : parsePersonName(full, first, last);
  const idText = get(r, 'idCard');
  const usccText = get(r, 'uscc');
  const t: Partial<Record<TextFeature, string>> = {};
  const put = (f: TextFeature, v: string) => {
    if (v !== '') t[f] = v;
  };
  // Few distinct values, many rows: fold each distinct one once.
  const folded = (f: TextFeature, fold: (s: string) => string) => {
    const raw = get(r, f);
    if (raw !== '') put(f, cached(ctx.textCache, `${f}\u0001${raw}`, () => fold(raw)));
  };
  put('customerId', text(get(r, 'customerId')));
  const wechat = get(r, 'wechat');
  put('wechat', wechat === '' ? '' : foldText(wechat).replace(/\s+/g, ''));
  put('qq', text(get(r, 'qq')));
  folded('gender', (g) => GENDER[foldText(g)] ?? '');
  folded('city', (c) => text(c).replace(/市$/u, ''));
  folded('province', (c) => text(c).replace(/(?:省|市|自治区)$/u, ''));
  folded('postcode', text);
  const site = get(r, 'website');
  put('website', site === '' ? '' : website(site));
  const emails: EmailKey[] = emailKeys(get(r, 'email'));
  const p: Profile = {
    pos,
    mask: 0,
    sheetRow: r.sheetRow,
    name,
    mobiles: phones.filter((k) => k.kind !== 'fixed'),
    landlines: phones.filter((k) => k.kind === 'fixed'),
    emails,
    company: cached(ctx.companyCache, get(r, 'company'), companyKey),
    address: cached(ctx.addressCache, get(r, 'address'), addressKey),
    birthday: dateKey(r.fields.birthday),
    idCard: idText === '' ? null : idKey(idText, 'idCard'),
    uscc: usccText === '' ? null : idKey(usccText, 'uscc'),
    text: t,
  };
  for (const f of FEATURES) if (computeHas(p, f)) p.mask |= FEATURE_BIT[f];
  return p;
}

/** The feature has a usable value in this profile (a comparison's "missing" level checks both sides). */
export function hasFeature(p: Profile, f: Feature): boolean {
  return (p.mask & FEATURE_BIT[f]) !== 0;
}

function computeHas(p: Profile, f: Feature): boolean {
  switch (f) {
    case 'name':
      return p.name !== null;
    case 'mobile':
      return p.mobiles.length > 0;
    case 'landline':
      return p.landlines.length > 0;
    case 'email':
      return p.emails.length > 0;
    case 'company':
      return p.company !== null;
    case 'address':
      return p.address !== null;
    case 'birthday':
      return p.birthday !== null;
    case 'idCard':
      return p.idCard !== null;
    case 'uscc':
      return p.uscc !== null;
    case 'organisation':
      return p.name === null && p.company !== null;
    default:
      return p.text[f] !== undefined;
  }
}
