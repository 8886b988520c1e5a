/**
 * The English (US) customer sheet: first and last names with nicknames and initials, US phones and
 * month-first dates (03/05/2024 is ambiguous), ZIP codes that lost their leading zero in Excel,
 * company suffix variants (Inc. / Inc / Incorporated) and East Asian names entered in either order.
 */
import { daysInMonth, formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../../shared/table/civil-date';
import type { FieldId } from '../../shared/schema/fields';
import type { Rng } from './rng';
import type { NewEntity, RenderContext, SheetModel } from './model';
import { excelScientific, groupThousands, mailbox, pad2, plainAmount } from './text';
import {
  ASIAN_GIVEN, ASIAN_SURNAMES, BRANDS_EN, CITIES_US, COMPANY_WORDS_EN, DOMAIN_TYPOS_EN, FIRST_NAMES, LAST_NAMES,
  MAIL_DOMAINS_EN, NOTES_EN, NUMBER_WORDS, OWNERS_EN, SUFFIXES_EN, SURNAME_TYPOS, TITLES_EN, type CityUs,
} from './en-data';

interface UsPhone {
  area: string;
  exchange: string;
  line: string;
  ext?: string;
}

interface CompanyEn {
  brand: string;
  word: string;
  suffix: string;
  domain: string;
  city: CityUs;
  zip: string;
  phone: UsPhone;
}

export interface PersonEn {
  first: string;
  last: string;
  nicknames: readonly string[];
  /** Given name and surname are East Asian (a rep may swap them). */
  asian: boolean;
  middleInitial: string;
  email: string | null;
  phone: UsPhone | null;
  company: CompanyEn | null;
  title: string;
  city: CityUs;
  zip: string;
  birthday: CivilDate | null;
  contractEnd: CivilDate | null;
  lastContact: CivilDate | null;
  amount: number | null;
  orders: number | null;
  owner: string;
  note: string;
}

type Variation =
  | 'nickname' | 'initial' | 'case' | 'swap' | 'last-typo' | 'middle-initial' | 'email-upper' | 'email-missing'
  | 'phone-missing' | 'phone-reformat' | 'company-variant' | 'owner-other' | 'field-missing' | 'activity-newer';

export interface VariationEn {
  kinds: Set<Variation>;
  missing: 'title' | 'zip' | 'birthday' | 'city';
  nickname: string;
  lastTypo: string;
  owner: string;
  companyForm: number;
  newerDays: number;
}

const COLUMNS = [
  ['firstName', ['First name', 'First Name', 'Given name']],
  ['lastName', ['Last name', 'Last Name', 'Surname']],
  ['email', ['Email', 'E-mail', 'Email address']],
  ['phone', ['Phone', 'Phone number', 'Work phone', 'Tel']],
  ['company', ['Company', 'Company name', 'Organization']],
  ['title', ['Title', 'Job title', 'Position']],
  ['city', ['City']],
  ['province', ['State']],
  ['postcode', ['Zip', 'ZIP code', 'Postal code']],
  ['birthday', ['Birthday', 'Date of birth', 'DOB']],
  ['contractEnd', ['Contract end', 'Renewal date', 'Contract expiry']],
  ['lastContact', ['Last contact', 'Last contacted', 'Last activity']],
  ['amount', ['Amount', 'Total spent', 'Lifetime value', 'Revenue']],
  ['orders', ['Orders', 'Order count', 'Number of orders']],
  ['owner', ['Owner', 'Account owner', 'Sales rep']],
  ['notes', ['Notes', 'Comments']],
] as const;

type ColumnKey = (typeof COLUMNS)[number][0] & FieldId;
const COL: Readonly<Record<ColumnKey, number>> = Object.fromEntries(COLUMNS.map(([k], i) => [k, i])) as Record<ColumnKey, number>;

const VARIATION_WEIGHTS: readonly (readonly [Variation, number])[] = [
  ['nickname', 3], ['initial', 2], ['case', 2], ['swap', 2], ['last-typo', 2], ['middle-initial', 1], ['email-upper', 2],
  ['email-missing', 1], ['phone-missing', 1], ['phone-reformat', 3], ['company-variant', 3], ['owner-other', 2],
  ['field-missing', 2], ['activity-newer', 1],
];

/** Common full names that make same-name strangers: two John Smiths at different companies. */
const COMMON_FULL: readonly (readonly [string, string])[] = [
  ['John', 'Smith'], ['Michael', 'Johnson'], ['Maria', 'Garcia'], ['Jennifer', 'Brown'], ['David', 'Lee'], ['James', 'Williams'],
];

const addDaysTo = (d: CivilDate, n: number): CivilDate => fromDayNumber(toDayNumber(d) + n);

class EnPeople {
  private readonly phones = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly companies = new Set<string>();

  constructor(private readonly rng: Rng, private readonly asOf: CivilDate, private readonly mess: number) {}

  phone(city: CityUs): UsPhone {
    const rng = this.rng;
    for (;;) {
      const area = rng.pick(city.areas);
      // Exchanges start 2–9; N11 and 555 are service or fictional codes.
      const exchange = String(rng.int(201, 989));
      if (exchange.endsWith('11') || exchange === '555') continue;
      const line = String(rng.int(0, 9999)).padStart(4, '0');
      if (this.phones.has(area + exchange + line)) continue;
      this.phones.add(area + exchange + line);
      return { area, exchange, line };
    }
  }

  zip(city: CityUs): string {
    return city.zip3 + pad2(this.rng.int(1, 99));
  }

  company(city: CityUs): CompanyEn {
    const rng = this.rng;
    for (let attempt = 0; ; attempt++) {
      const brand = rng.pick(BRANDS_EN);
      let word = rng.pick(COMPANY_WORDS_EN);
      // Past the 600 brand × word names, big sheets get "Acme Software of Denver", then repeats.
      if (attempt >= 20) word = `${word} of ${rng.pick(CITIES_US).city}`;
      if (this.companies.has(`${brand} ${word}`) && attempt < 60) continue;
      this.companies.add(`${brand} ${word}`);
      const suffix = rng.weighted(SUFFIXES_EN);
      const domain = rng.weighted([[`${brand}${word}.com`.toLowerCase().replace(/ /g, ''), 3], [`${brand}.com`.toLowerCase().replace(/ /g, ''), 1], [`${brand}-${word}.com`.toLowerCase().replace(/ /g, ''), 1]] as const);
      return { brand, word, suffix, domain, city, zip: this.zip(city), phone: this.phone(city) };
    }
  }

  email(first: string, last: string, company: CompanyEn | null, birthYear: number | null): string {
    const rng = this.rng;
    const f = first.toLowerCase();
    const l = last.toLowerCase().replace(/[^a-z]/g, '');
    for (let attempt = 0; ; attempt++) {
      let local: string;
      let domain: string;
      if (company && rng.chance(0.55)) {
        domain = company.domain;
        local = rng.weighted([[`${f}.${l}`, 3], [`${f[0]}${l}`, 3], [f, 1], [`${f}${l[0]}`, 1]] as const);
      } else {
        domain = rng.weighted(MAIL_DOMAINS_EN);
        local = rng.weighted([
          [`${f}.${l}`, 3], [`${f}${l}`, 2], [`${f}${l}${rng.int(1, 99)}`, 2], [`${f[0]}${l}${birthYear ? String(birthYear).slice(2) : rng.int(10, 99)}`, 2],
          [`${f}_${l}`, 1],
        ] as const);
      }
      if (attempt > 0) local += String(rng.int(1, 999));
      const email = `${local}@${domain}`;
      // Unique by mailbox, not by spelling: two customers never share one Gmail inbox.
      if (!this.emails.has(mailbox(email))) {
        this.emails.add(mailbox(email));
        return email;
      }
    }
  }

  fresh(o: Partial<Pick<PersonEn, 'first' | 'last' | 'nicknames' | 'asian' | 'city' | 'company' | 'zip' | 'phone' | 'owner'>> & { individual?: boolean } = {}): PersonEn {
    const { rng, asOf, mess } = this;
    let first: string;
    let last: string;
    let nicknames: readonly string[] = [];
    let asian: boolean;
    if (o.first && o.last) {
      first = o.first;
      last = o.last;
      nicknames = o.nicknames ?? [];
      asian = o.asian ?? false;
    } else if (o.asian ?? rng.chance(0.08)) {
      asian = true;
      first = rng.pick(ASIAN_GIVEN);
      last = o.last ?? rng.pick(ASIAN_SURNAMES);
    } else {
      const [formal, , nicks] = rng.pick(FIRST_NAMES);
      first = formal;
      nicknames = nicks;
      last = o.last ?? rng.weighted(LAST_NAMES);
      asian = false;
    }
    const city = o.city ?? rng.weighted(CITIES_US.map((c) => [c, c.weight] as const));
    const individual = o.individual ?? (o.company === undefined && rng.chance(0.2));
    const company = individual ? null : o.company ?? this.company(city);
    let phone: UsPhone | null = o.phone === undefined ? null : o.phone;
    if (o.phone === undefined && rng.chance(0.92)) {
      phone = company && rng.chance(0.5) ? { ...company.phone, ext: rng.chance(0.5) ? String(rng.int(100, 499)) : undefined } : this.phone(city);
    }
    const birthYear = rng.chance(0.55) ? asOf.y - rng.int(23, 64) : null;
    let birthday: CivilDate | null = null;
    if (birthYear) {
      const m = rng.int(1, 12);
      birthday = { y: birthYear, m, d: rng.int(1, daysInMonth(birthYear, m)) };
      if (rng.chance(mess * 0.04)) birthday = { ...birthday, y: birthday.y + 100 };
    }
    const buyer = rng.chance(0.65);
    const contractEnd = buyer && rng.chance(0.7) ? addDaysTo(asOf, rng.int(-300, 400)) : null;
    return {
      first, last, nicknames, asian,
      middleInitial: String.fromCharCode(65 + rng.int(0, 25)),
      email: !phone || rng.chance(0.85) ? this.email(first, last, company, birthYear) : null,
      phone,
      company,
      title: company ? rng.pick(TITLES_EN) : '',
      city: company ? company.city : city,
      zip: o.zip ?? (company ? company.zip : this.zip(city)),
      birthday,
      contractEnd,
      lastContact: rng.chance(0.85) ? addDaysTo(asOf, -rng.int(0, buyer ? 300 : 120)) : null,
      amount: buyer ? (rng.chance(0.6) ? rng.int(50, 20000) * 10 : rng.int(5000, 2000000) / 100) : rng.chance(0.3) ? 0 : null,
      orders: buyer ? rng.int(1, 40) : null,
      owner: o.owner ?? rng.pick(OWNERS_EN),
      note: rng.chance(0.35) ? rng.pick(NOTES_EN) : '',
    };
  }
}

function pickIndex<P>(people: readonly P[], rng: Rng, ok: (p: P) => boolean): number {
  for (let tries = 0; tries < 12; tries++) {
    const i = rng.int(0, people.length - 1);
    if (ok(people[i])) return i;
  }
  return -1;
}

/** A new customer, now and then a hard negative: a namesake, a colleague on the company line, or family at the same home number. */
function newPerson(factory: EnPeople, people: readonly PersonEn[], rng: Rng): NewEntity<PersonEn> {
  const kind = people.length < 5 ? 'original' : rng.weighted([['original', 80], ['namesake', 7], ['colleague', 6], ['family', 7]] as const);
  if (kind === 'namesake') {
    const i = pickIndex(people, rng, (p) => COMMON_FULL.some(([f, l]) => f === p.first && l === p.last));
    if (i >= 0) {
      const b = people[i];
      return { person: factory.fresh({ first: b.first, last: b.last, nicknames: b.nicknames, asian: b.asian, individual: false }), role: 'namesake', related: i };
    }
    // Seed a common name so that a later namesake can find it.
    const [f, l] = rng.pick(COMMON_FULL);
    const nick = FIRST_NAMES.find(([n]) => n === f)?.[2] ?? [];
    return { person: factory.fresh({ first: f, last: l, nicknames: nick, asian: false }), role: 'original', related: -1 };
  }
  if (kind === 'colleague') {
    const i = pickIndex(people, rng, (p) => p.company !== null);
    if (i >= 0) {
      const c = people[i].company as CompanyEn;
      return { person: factory.fresh({ company: c, city: c.city, zip: c.zip, phone: { ...c.phone, ext: String(rng.int(100, 499)) } }), role: 'colleague', related: i };
    }
  } else if (kind === 'family') {
    const i = pickIndex(people, rng, (p) => p.company === null);
    if (i >= 0) {
      const b = people[i];
      const person = factory.fresh({
        individual: true, city: b.city, zip: b.zip, phone: b.phone, asian: b.asian,
        last: rng.chance(0.7) ? b.last : undefined, owner: rng.chance(0.7) ? b.owner : undefined,
      });
      return { person, role: 'family', related: i };
    }
  }
  return { person: factory.fresh(), role: 'original', related: -1 };
}

// ---------------------------------------------------------------------------------------------
// How the team writes them down

const phoneForms: readonly (readonly [(p: UsPhone) => string, number])[] = [
  [(p) => `${p.area}-${p.exchange}-${p.line}`, 3],
  [(p) => `${p.area}.${p.exchange}.${p.line}`, 2],
  [(p) => `+1 ${p.area} ${p.exchange} ${p.line}`, 2],
  [(p) => `1-${p.area}-${p.exchange}-${p.line}`, 1],
  [(p) => `${p.area}${p.exchange}${p.line}`, 2],
  [(p) => `+1${p.area}${p.exchange}${p.line}`, 1],
  [(p) => `(${p.area})${p.exchange}-${p.line}`, 1],
  [(p) => excelScientific(p.area + p.exchange + p.line, 3), 0.5],
];
const extForms: readonly ((e: string) => string)[] = [(e) => ` x${e}`, (e) => ` ext. ${e}`, (e) => ` ext ${e}`, (e) => ` #${e}`];

function renderPhone(p: UsPhone, messy: boolean, rng: Rng): string {
  if (!messy) return `(${p.area}) ${p.exchange}-${p.line}${p.ext ? ` x${p.ext}` : ''}`;
  const main = rng.weighted(phoneForms)(p);
  return p.ext && !main.includes('E+') ? main + rng.pick(extForms)(p.ext) : main;
}

function renderEmail(email: string, messy: boolean, rng: Rng): string {
  if (!messy) return email;
  const [local, domain] = email.split('@');
  const typos = DOMAIN_TYPOS_EN[domain];
  const form = rng.weighted([['upper', 2], ['capital', 3], ['spaces', 2], ['typo', typos ? 3 : 0], ['mailto', 0.5], ['punct', 1]] as const);
  switch (form) {
    case 'upper': return email.toUpperCase();
    case 'capital': return local.replace(/(^|\.)([a-z])/g, (_, dot: string, c: string) => dot + c.toUpperCase()) + '@' + domain.charAt(0).toUpperCase() + domain.slice(1);
    case 'spaces': return rng.chance(0.5) ? ` ${email}` : `${email} `;
    case 'typo': return `${local}@${rng.pick(typos)}`;
    case 'mailto': return `mailto:${email}`;
    case 'punct': return email + rng.pick([',', '.', ';']);
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function renderDate(d: CivilDate | null, ctx: RenderContext, birthday = false): string {
  if (!d) return '';
  const { rng, mess } = ctx;
  const { y, m, d: day } = d;
  if (rng.chance(mess * 0.012)) return rng.pick([`2/30/${y}`, `4/31/${y}`, `${pad2(day > 12 ? day : 13)}/${pad2(m)}/${y}`, `02/29/2023`]);
  if (!rng.chance(mess)) return `${m}/${day}/${y}`;
  const form = rng.weighted([['padded', 3], ['iso', 2], ['long', 2], ['short-month', 1], ['excel', 1], ['two-digit', 2], ['dashes', 1], ['no-year', birthday ? 0.7 : 0]] as const);
  switch (form) {
    case 'padded': return `${pad2(m)}/${pad2(day)}/${y}`;
    case 'iso': return formatIso(d);
    case 'long': return `${MONTHS[m - 1]} ${day}, ${y}`;
    case 'short-month': return `${MONTHS[m - 1].slice(0, 3)} ${day}, ${y}`;
    case 'excel': return `${day}-${MONTHS[m - 1].slice(0, 3)}-${y}`;
    case 'two-digit': return `${m}/${day}/${String(y).slice(2)}`;
    case 'dashes': return `${m}-${day}-${y}`;
    case 'no-year': return `${MONTHS[m - 1].slice(0, 3)} ${day}`;
  }
}

function renderAmount(n: number | null, ctx: RenderContext): string {
  if (n === null) return '';
  const { rng } = ctx;
  if (!rng.chance(ctx.mess)) return plainAmount(n);
  const form = rng.weighted([['dollar', 3], ['comma', 2], ['k', n >= 1000 ? 1 : 0], ['usd', 1], ['dollar-space', 1], ['usd-after', 1], ['padded', 1]] as const);
  switch (form) {
    case 'dollar': return `$${groupThousands(n, 2)}`;
    case 'comma': return groupThousands(n, 2);
    case 'k': return `$${plainAmount(Math.round(n / 100) / 10)}K`;
    case 'usd': return `USD ${groupThousands(n, 2)}`;
    case 'dollar-space': return `$ ${plainAmount(n)}`;
    case 'usd-after': return `${n.toFixed(2)} USD`;
    case 'padded': return ` ${plainAmount(n)} `;
  }
}

function companyText(c: CompanyEn, form: number): string {
  const base = `${c.brand} ${c.word}`;
  const s = c.suffix;
  switch (form) {
    case 0: return s ? `${base} ${s}` : base;
    case 1: return s ? `${base}, ${s}` : `${base} `;
    case 2: return s ? `${base} ${s.replace(/\.$/, '')}` : base.toUpperCase();
    case 3: return base.toUpperCase();
    case 4: return s === 'Inc.' ? `${base} Incorporated` : s === 'Corp.' ? `${base} Corporation` : s === 'Co.' ? `${base} Company` : base;
    default: return base;
  }
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

export const enModel: SheetModel<PersonEn, VariationEn> = {
  fields: COLUMNS.map(([k]) => k),
  idColumn: null,

  headers(rng) {
    return COLUMNS.map(([, words]) => rng.weighted(words.map((w, i) => [w as string, i === 0 ? 3 : 1] as const)));
  },

  title() {
    return undefined;
  },

  formatId(n, width) {
    return String(n).padStart(width, '0');
  },

  people(rng, asOf, mess) {
    const factory = new EnPeople(rng, asOf, mess);
    return (people) => newPerson(factory, people, rng);
  },

  variations(p, rng) {
    const kinds = new Set<Variation>();
    const count = rng.weighted([[1, 5], [2, 4], [3, 1]] as const);
    for (let guard = 0; kinds.size < count && guard < 20; guard++) {
      const k = rng.weighted(VARIATION_WEIGHTS);
      if (k === 'nickname' && p.nicknames.length === 0) continue;
      if (k === 'swap' && !p.asian) continue;
      if ((k === 'nickname' || k === 'initial') && (kinds.has('nickname') || kinds.has('initial') || kinds.has('swap'))) continue;
      if (k === 'company-variant' && !p.company) continue;
      // A later row always keeps one strong key (phone or e-mail).
      if (k === 'phone-missing' && (!p.phone || !p.email || kinds.has('email-missing'))) continue;
      if (k === 'email-missing' && (!p.email || !p.phone || kinds.has('phone-missing'))) continue;
      if ((k === 'email-upper' && !p.email) || (k === 'phone-reformat' && !p.phone)) continue;
      kinds.add(k);
    }
    const typos = SURNAME_TYPOS[p.last];
    let lastTypo = typos ? rng.pick(typos) : p.last;
    if (!typos && p.last.length > 3) {
      // Two neighbouring letters swapped, the most common typing slip.
      const i = rng.int(1, p.last.length - 2);
      lastTypo = p.last.slice(0, i) + p.last[i + 1] + p.last[i] + p.last.slice(i + 2);
    }
    return {
      kinds,
      missing: rng.pick(['title', 'zip', 'birthday', 'city'] as const),
      nickname: p.nicknames.length ? rng.pick(p.nicknames) : p.first,
      lastTypo,
      owner: rng.pick(OWNERS_EN.filter((o) => o !== p.owner)),
      companyForm: rng.int(1, 5),
      newerDays: rng.int(1, 90),
    };
  },

  render(p, v, ctx) {
    const { rng, mess } = ctx;
    const has = (k: Variation) => v?.kinds.has(k) ?? false;
    const missing = (f: VariationEn['missing']) => has('field-missing') && v?.missing === f;
    const row: string[] = new Array(COLUMNS.length).fill('');

    let first = has('nickname') && v ? v.nickname : has('initial') ? `${p.first[0]}.` : p.first;
    let last = has('last-typo') && v ? v.lastTypo : p.last;
    if (has('middle-initial')) first = `${first} ${p.middleInitial}.`;
    if (has('swap')) [first, last] = [last, first];
    if (has('case')) {
      if (rng.chance(0.5)) last = last.toUpperCase();
      else [first, last] = [first.toLowerCase(), last.toLowerCase()];
    } else if (rng.chance(mess * 0.3)) {
      const form = rng.weighted([['upper', 2], ['lower', 1], ['padded', 1], ['title', 1]] as const);
      if (form === 'upper') [first, last] = [first.toUpperCase(), last.toUpperCase()];
      else if (form === 'lower') [first, last] = [first.toLowerCase(), last.toLowerCase()];
      else if (form === 'padded') first = ` ${first}`;
      else last = last.split(' ').map(titleCase).join(' ');
    }
    row[COL.firstName] = first;
    row[COL.lastName] = last;

    if (p.email && !has('email-missing')) row[COL.email] = has('email-upper') ? p.email.toUpperCase() : renderEmail(p.email, rng.chance(mess), rng);
    if (p.phone && !has('phone-missing')) row[COL.phone] = renderPhone(p.phone, has('phone-reformat') || rng.chance(mess), rng);
    if (p.company) row[COL.company] = has('company-variant') && v ? companyText(p.company, v.companyForm) : rng.chance(mess * 0.5) ? companyText(p.company, rng.int(1, 5)) : companyText(p.company, 0);
    row[COL.title] = missing('title') ? '' : p.title;

    if (!missing('city')) {
      const c = p.city;
      row[COL.city] = rng.chance(mess * 0.4) ? rng.weighted([[c.city.toUpperCase(), 1], [c.city.toLowerCase(), 1], [`${c.city} `, 1], ...c.aliases.map((a) => [a, 1] as const)]) : c.city;
      row[COL.province] = rng.chance(mess * 0.4) ? rng.weighted([[c.stateName, 3], [c.state.toLowerCase(), 1], [`${c.state} `, 1]] as const) : c.state;
    }
    if (!missing('zip')) {
      let zip = p.zip;
      if (rng.chance(mess)) {
        // Excel reads 02108 as the number 2108; ZIP+4 comes from mailing tools.
        zip = rng.weighted([[zip.replace(/^0+/, ''), zip.startsWith('0') ? 3 : 0], [`${zip}-${String(rng.int(1, 9999)).padStart(4, '0')}`, 2], [` ${zip}`, 1]] as const);
      }
      row[COL.postcode] = zip;
    }
    row[COL.birthday] = missing('birthday') ? '' : renderDate(p.birthday, ctx, true);
    row[COL.contractEnd] = renderDate(p.contractEnd, ctx);
    const newer = has('activity-newer') && v ? v.newerDays : 0;
    const lastContact = p.lastContact && newer ? addDaysTo(p.lastContact, Math.min(newer, toDayNumber(ctx.asOf) - toDayNumber(p.lastContact))) : p.lastContact;
    row[COL.lastContact] = renderDate(lastContact, ctx);
    row[COL.amount] = renderAmount(p.amount !== null && newer && p.amount > 0 ? Math.round(p.amount * 1.1) : p.amount, ctx);
    if (p.orders !== null) {
      const n = newer && p.orders > 0 ? p.orders + 1 : p.orders;
      row[COL.orders] = rng.chance(mess * 0.3) ? rng.weighted([[` ${n}`, 1], [`${n}.0`, 1], [NUMBER_WORDS[n] ?? String(n), n <= 12 ? 1 : 0]] as const) : String(n);
    }
    row[COL.owner] = has('owner-other') && v ? v.owner : rng.chance(mess * 0.2) ? p.owner.toUpperCase() : p.owner;
    row[COL.notes] = v ? (rng.chance(0.15) ? 'Duplicate?' : rng.chance(0.5) ? p.note : '') : p.note;
    return row;
  },
};
