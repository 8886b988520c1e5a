/**
 * The Chinese customer sheet: who the customers are (people, companies, phones, dates, money) and how
 * a busy sales team writes them down — mixed phone and date formats, full-width digits, 1.2万,
 * domain typos, short company names, homophone typos, missing fields and the same customer entered
 * twice by two reps (撞单).
 */
import { daysInMonth, formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../../shared/table/civil-date';
import type { FieldId } from '../../shared/schema/fields';
import type { Rng } from './rng';
import type { NewEntity, RenderContext, SheetModel } from './model';
import { digitsToFullWidth, excelScientific, groupThousands, mailbox, pad2, plainAmount, toFullWidth } from './text';
import {
  BRAND_HEADS, BRAND_TAILS, BRANDS, BUILDINGS, CITIES, COMMON_GIVEN, CUSTOMER_TYPES, DOMAIN_TYPOS, ESTATES, GIVEN_CHARS_F, GIVEN_CHARS_M,
  HOMOPHONES, INDUSTRIES, LEGAL_FORMS, MAIL_DOMAINS, MOBILE_PREFIXES, MUNICIPALITIES, NOTES, OWNERS, STREETS,
  SURNAMES, TITLES, type CityZh, type IndustryZh,
} from './zh-data';

type Stage = keyof typeof CUSTOMER_TYPES;

interface Landline {
  area: string;
  local: string;
  ext?: string;
}

interface Address {
  /** 杭州市 */
  city: string;
  district: string;
  /** 文三路138号 or 阳光花园 */
  line: string;
  /** 华星大厦1203室 or 3栋2单元502 */
  extra: string;
}

interface CompanyZh {
  city: CityZh;
  brand: string;
  word: string;
  form: string;
  industry: IndustryZh;
  domain: string;
  landline: Landline;
  address: Address;
}

export interface PersonZh {
  female: boolean;
  surname: string;
  given: string;
  surnamePy: string;
  givenPy: string;
  mobile: string | null;
  landline: Landline | null;
  email: string | null;
  company: CompanyZh | null;
  title: string;
  city: CityZh;
  address: Address;
  birthday: CivilDate | null;
  contractStart: CivilDate | null;
  contractEnd: CivilDate | null;
  lastContact: CivilDate | null;
  lastPurchase: CivilDate | null;
  nextFollowUp: CivilDate | null;
  amount: number | null;
  orders: number | null;
  owner: string;
  stage: Stage;
  note: string;
}

type Variation =
  | 'name-spaced' | 'name-homophone' | 'mobile-reformat' | 'mobile-missing' | 'email-upper' | 'email-missing'
  | 'company-short' | 'company-paren' | 'owner-other' | 'field-missing' | 'activity-newer' | 'title-change';

export interface VariationZh {
  kinds: Set<Variation>;
  /** Which single field a `field-missing` variation blanks. */
  missing: 'address' | 'title' | 'birthday' | 'industry' | 'province' | 'landline';
  owner: string;
  title: string;
  homophoneAt: number;
  homophone: string;
  newerDays: number;
}

/** Columns in sheet order: the first header word is the most common, the others turn up in real sheets. */
const COLUMNS = [
  ['customerId', ['客户编号', '编号', '客户ID']],
  ['name', ['姓名', '客户姓名', '联系人']],
  ['mobile', ['手机', '手机号', '手机号码']],
  ['phone', ['电话', '联系电话', '座机', '办公电话']],
  ['email', ['邮箱', '电子邮箱', 'E-mail']],
  ['company', ['公司', '公司名称', '单位', '工作单位']],
  ['title', ['职位', '职务']],
  ['province', ['省份', '省', '所在省']],
  ['city', ['城市', '所在城市', '市']],
  ['address', ['地址', '联系地址', '详细地址']],
  ['industry', ['行业', '所属行业']],
  ['birthday', ['生日', '出生日期']],
  ['contractStart', ['合同开始日', '签约日期', '合同开始日期']],
  ['contractEnd', ['合同到期日', '到期日', '合同到期']],
  ['lastContact', ['最近联系', '最后跟进', '上次联系']],
  ['lastPurchase', ['最近购买', '最近下单', '最后购买']],
  ['nextFollowUp', ['下次跟进', '下次联系', '回访日期']],
  ['amount', ['累计金额', '消费金额', '成交金额', '累计金额（元）']],
  ['orders', ['购买次数', '下单次数', '订单数']],
  ['owner', ['负责人', '销售', '业务员', '客户经理']],
  ['customerType', ['客户类型', '客户类别']],
  ['notes', ['备注', '说明']],
] as const;

type ColumnKey = (typeof COLUMNS)[number][0] & FieldId;
const COL: Readonly<Record<ColumnKey, number>> = Object.fromEntries(COLUMNS.map(([k], i) => [k, i])) as Record<ColumnKey, number>;

const TITLE_FORMS: readonly ((y: number) => string)[] = [
  (y) => `${y}年华东区客户名单`,
  (y) => `华东区客户信息表（${y}年）`,
  (y) => `${y}年度客户台账-华东区`,
];

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['lead', 20], ['prospect', 20], ['won', 25], ['loyal', 18], ['vip', 7], ['lost', 10],
];

/** How long ago the last contact was, by stage (days). */
const CONTACT_DAYS_AGO: Readonly<Record<Stage, readonly [number, number]>> = {
  lead: [0, 120], prospect: [0, 60], won: [0, 180], loyal: [0, 240], vip: [0, 60], lost: [200, 800],
};
/** Chance that a next follow-up is planned, by stage. */
const FOLLOW_UP_CHANCE: Readonly<Record<Stage, number>> = { lead: 0.7, prospect: 0.7, won: 0.3, loyal: 0.3, vip: 0.4, lost: 0.1 };
const SURNAME_WEIGHTS = SURNAMES.map(([s, py, w]) => [[s, py] as const, w] as const);
const CITY_WEIGHTS = CITIES.map((c) => [c, c.weight] as const);

const VARIATION_WEIGHTS: readonly (readonly [Variation, number])[] = [
  ['name-spaced', 2], ['name-homophone', 2], ['mobile-reformat', 3], ['mobile-missing', 1], ['email-upper', 2],
  ['email-missing', 1], ['company-short', 2], ['company-paren', 2], ['owner-other', 2], ['field-missing', 2],
  ['activity-newer', 1], ['title-change', 1],
];

// ---------------------------------------------------------------------------------------------
// Who the customers are

const addDaysTo = (d: CivilDate, n: number): CivilDate => fromDayNumber(toDayNumber(d) + n);

function randomDay(rng: Rng, y: number): CivilDate {
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysInMonth(y, m)) };
}

function pickGiven(rng: Rng, female: boolean): [string, string] {
  if (rng.chance(0.35)) {
    const pool = COMMON_GIVEN.filter(([, , g]) => g === (female ? 'f' : 'm'));
    const [given, py] = rng.pick(pool);
    return [given, py];
  }
  const chars = female ? GIVEN_CHARS_F : GIVEN_CHARS_M;
  const [a, ap] = rng.pick(chars);
  if (rng.chance(0.35)) return [a, ap];
  const [b, bp] = rng.pick(chars);
  return [a + b, ap + bp];
}

class ZhPeople {
  private readonly mobiles = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly companyNames = new Set<string>();
  private readonly landlines = new Set<string>();

  constructor(private readonly rng: Rng, private readonly asOf: CivilDate, private readonly mess: number) {}

  mobile(): string {
    for (;;) {
      const m = this.rng.weighted(MOBILE_PREFIXES) + String(this.rng.int(0, 99999999)).padStart(8, '0');
      if (!this.mobiles.has(m)) {
        this.mobiles.add(m);
        return m;
      }
    }
  }

  landline(city: CityZh): Landline {
    for (;;) {
      // One draw per digit group whatever the length, so one city's numbers do not shift every later draw.
      const lead = String(this.rng.int(2, 8));
      const local = lead + (city.localDigits === 7 ? String(this.rng.int(0, 999999)).padStart(6, '0') : String(this.rng.int(0, 9999999)).padStart(7, '0'));
      const key = city.area + local;
      if (!this.landlines.has(key)) {
        this.landlines.add(key);
        return { area: city.area, local };
      }
    }
  }

  officeAddress(city: CityZh): Address {
    const rng = this.rng;
    const floor = rng.int(2, 28);
    return {
      city: `${city.city}市`,
      district: rng.pick(city.districts),
      line: `${rng.pick(STREETS)}${rng.int(1, 999)}号`,
      extra: rng.chance(0.75) ? `${rng.pick(BUILDINGS)}${floor}${pad2(rng.int(1, 20))}室` : '',
    };
  }

  homeAddress(city: CityZh): Address {
    const rng = this.rng;
    return {
      city: `${city.city}市`,
      district: rng.pick(city.districts),
      line: rng.pick(ESTATES),
      extra: `${rng.int(1, 30)}栋${rng.int(1, 4)}单元${rng.int(1, 32)}${pad2(rng.int(1, 4))}`,
    };
  }

  /** A curated trade name, or one built from two characters once a big sheet has used the curated ones up. */
  private brand(): readonly [string, string] {
    const rng = this.rng;
    if (rng.chance(0.5)) return rng.pick(BRANDS);
    const [a, ap] = rng.pick(BRAND_HEADS);
    const [b, bp] = rng.pick(BRAND_TAILS);
    return a === b ? rng.pick(BRANDS) : [a + b, ap + bp];
  }

  company(city: CityZh): CompanyZh {
    const rng = this.rng;
    // Prefer a name whose short form (星辰科技) is unused too, then any unused full name; past that, accept a repeat.
    for (let attempt = 0; ; attempt++) {
      const industry = rng.pick(INDUSTRIES);
      const [brand, brandPy] = this.brand();
      const word = rng.pick(industry.words);
      const form = rng.weighted(LEGAL_FORMS);
      const name = city.city + brand + word + form;
      const clash = this.companyNames.has(name) || (attempt < 20 && this.companyNames.has(brand + word));
      if (clash && attempt < 100) continue;
      this.companyNames.add(name);
      this.companyNames.add(brand + word);
      const domain = rng.weighted([[`${brandPy}.com`, 3], [`${brandPy}.com.cn`, 2], [`${city.code}${brandPy}.com`, 2], [`${brandPy}.cn`, 1]] as const);
      return { city, brand, word, form, industry, domain, landline: this.landline(city), address: this.officeAddress(city) };
    }
  }

  email(surnamePy: string, givenPy: string, birthYear: number | null, company: CompanyZh | null): string {
    const rng = this.rng;
    for (let attempt = 0; ; attempt++) {
      let local: string;
      let domain: string;
      if (company && rng.chance(0.45)) {
        domain = company.domain;
        local = rng.weighted([
          [`${surnamePy}${givenPy}`, 4], [`${givenPy}.${surnamePy}`, 2], [`${surnamePy}.${givenPy}`, 2], [`${surnamePy}${givenPy[0]}`, 1],
        ] as const);
      } else {
        domain = rng.weighted(MAIL_DOMAINS);
        if (domain === 'qq.com' && rng.chance(0.5)) local = String(rng.int(10000, 3999999999));
        else {
          const yy = birthYear ? String(birthYear).slice(2) : String(rng.int(70, 99));
          local = rng.weighted([
            [`${surnamePy}${givenPy}`, 3], [`${surnamePy}${givenPy}${rng.int(1, 999)}`, 3], [`${surnamePy}_${givenPy}`, 1],
            [`${givenPy}${surnamePy}${yy}`, 2], [`${surnamePy[0]}${givenPy[0]}${birthYear ?? rng.int(1970, 1999)}`, 1],
          ] as const);
        }
      }
      if (attempt > 0) local += String(rng.int(1, 99));
      const email = `${local}@${domain}`;
      // Unique by mailbox, not by spelling: two customers never share one Gmail inbox.
      if (!this.emails.has(mailbox(email))) {
        this.emails.add(mailbox(email));
        return email;
      }
    }
  }

  /** Dates, money, owner and notes that follow from the customer's stage. */
  lifecycle(person: Omit<PersonZh, 'birthday' | 'contractStart' | 'contractEnd' | 'lastContact' | 'lastPurchase' | 'nextFollowUp' | 'amount' | 'orders' | 'stage' | 'note'>, birthYear: number | null): PersonZh {
    const { rng, asOf, mess } = this;
    const stage = rng.weighted(STAGE_WEIGHTS);
    const ago = (lo: number, hi: number) => addDaysTo(asOf, -rng.int(lo, hi));

    let birthday: CivilDate | null = birthYear ? randomDay(rng, birthYear) : null;
    if (birthday && rng.chance(mess * 0.04)) {
      // A century slip (1989 typed as 2089) or the signing date pasted into the birthday column.
      birthday = rng.chance(0.5) ? { ...birthday, y: birthday.y + 100 } : addDaysTo(asOf, rng.int(20, 200));
    }

    let amount: number | null = null;
    let orders: number | null = null;
    let lastPurchase: CivilDate | null = null;
    const spend = (lo: number, hi: number) => (rng.chance(0.7) ? rng.int(lo, hi) * 10 : Math.round(rng.int(lo * 1000, hi * 1000)) / 100);
    switch (stage) {
      case 'won': orders = rng.int(1, 3); amount = spend(200, 8000); lastPurchase = ago(0, 300); break;
      case 'loyal': orders = rng.int(3, 30); amount = spend(1000, 30000); lastPurchase = ago(0, 200); break;
      case 'vip': orders = rng.int(10, 60); amount = spend(10000, 200000); lastPurchase = ago(0, 120); break;
      case 'lost': orders = rng.int(1, 8); amount = spend(100, 5000); lastPurchase = ago(380, 900); break;
      default: if (rng.chance(0.3)) { amount = 0; orders = 0; }
    }

    let contractStart: CivilDate | null = null;
    let contractEnd: CivilDate | null = null;
    if ((stage === 'won' || stage === 'loyal' || stage === 'vip') && rng.chance(0.8)) {
      contractStart = ago(0, 1000);
    } else if (stage === 'lost' && rng.chance(0.6)) {
      contractStart = ago(800, 1500);
    }
    if (contractStart) {
      const years = stage === 'lost' ? 1 : rng.weighted([[1, 5], [2, 3], [3, 2]] as const);
      contractEnd = addDaysTo({ ...contractStart, y: contractStart.y + years, d: Math.min(contractStart.d, daysInMonth(contractStart.y + years, contractStart.m)) }, -1);
      if (rng.chance(mess * 0.04)) [contractStart, contractEnd] = [contractEnd, contractStart];
    }

    const lastContact = rng.chance(0.85) ? ago(...CONTACT_DAYS_AGO[stage]) : null;
    const nextFollowUp = rng.chance(FOLLOW_UP_CHANCE[stage]) ? addDaysTo(asOf, rng.int(-14, 45)) : null;

    return {
      ...person, birthday, contractStart, contractEnd, lastContact, lastPurchase, nextFollowUp, amount, orders, stage,
      note: rng.chance(0.4) ? rng.pick(NOTES) : '',
    };
  }

  fresh(overrides: Partial<Pick<PersonZh, 'female' | 'surname' | 'surnamePy' | 'given' | 'givenPy' | 'city' | 'company' | 'address' | 'landline' | 'owner'>> & { individual?: boolean } = {}): PersonZh {
    const rng = this.rng;
    const female = overrides.female ?? rng.chance(0.5);
    const [surname, surnamePy] = overrides.surname ? [overrides.surname, overrides.surnamePy ?? ''] : (() => {
      const [s, py] = rng.weighted(SURNAME_WEIGHTS);
      return [s, py];
    })();
    const [given, givenPy] = overrides.given ? [overrides.given, overrides.givenPy ?? ''] : pickGiven(rng, female);
    const city = overrides.city ?? rng.weighted(CITY_WEIGHTS);
    const individual = overrides.individual ?? (overrides.company === undefined && rng.chance(0.18));
    const company = individual ? null : overrides.company ?? this.company(city);
    const address = overrides.address ?? (company ? company.address : this.homeAddress(city));
    const birthYear = rng.chance(0.65) ? this.asOf.y - rng.int(23, 62) : null;
    let landline: Landline | null = overrides.landline ?? null;
    if (overrides.landline === undefined) {
      if (company && rng.chance(0.6)) landline = rng.chance(0.3) ? { ...company.landline, ext: String(rng.int(100, 899)) } : company.landline;
      else if (!company && rng.chance(0.3)) landline = this.landline(city);
    }
    const hasMobile = rng.chance(0.96);
    return this.lifecycle({
      female, surname, given, surnamePy, givenPy,
      mobile: hasMobile ? this.mobile() : null,
      landline,
      email: !hasMobile || rng.chance(0.8) ? this.email(surnamePy, givenPy, birthYear, company) : null,
      company,
      title: company ? rng.pick(TITLES) : '',
      city: company ? company.city : city,
      address,
      owner: overrides.owner ?? rng.pick(OWNERS),
    }, birthYear);
  }
}

// ---------------------------------------------------------------------------------------------
// How the team writes them down

const mobileForms: readonly (readonly [(m: string, rng: Rng) => string, number])[] = [
  [(m) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 4],
  [(m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, 3],
  [(m) => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 2],
  [(m) => `+86-${m}`, 2],
  [(m) => `+86${m}`, 1],
  [(m) => `0086 ${m}`, 1],
  [(m) => `86-${m}`, 1],
  [(m) => `(+86)${m}`, 1],
  [(m) => digitsToFullWidth(m), 2],
  [(m) => toFullWidth(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`), 1],
  [(m) => ` ${m} `, 1],
  [(m, rng) => excelScientific(m, rng.chance(0.5) ? 3 : 6), 1],
  [(m) => `${m}（微信同号）`, 0.5],
];

function landlineText(l: Landline): string {
  return `${l.area}-${l.local}${l.ext ? `-${l.ext}` : ''}`;
}

const landlineForms: readonly (readonly [(l: Landline, rng: Rng) => string, number])[] = [
  [(l) => `${l.area}-${l.local.slice(0, 4)} ${l.local.slice(4)}`, 3],
  [(l) => `(${l.area})${l.local}`, 2],
  [(l) => `${l.area} ${l.local}`, 2],
  [(l) => `${l.area}${l.local}`, 2],
  [(l) => l.local, 1],
  [(l) => `+86 ${l.area.slice(1)} ${l.local.slice(0, 4)} ${l.local.slice(4)}`, 1],
  [(l) => toFullWidth(`${l.area}-${l.local}`), 1],
];
const extForms: readonly ((ext: string) => string)[] = [(e) => `转${e}`, (e) => ` ext.${e}`, (e) => `-${e}`, (e) => ` 分机${e}`, (e) => `#${e}`];

function renderLandline(l: Landline, messy: boolean, rng: Rng): string {
  if (!messy) return landlineText(l);
  const main = rng.weighted(landlineForms)(l, rng);
  return l.ext ? main + rng.pick(extForms)(l.ext) : main;
}

function renderEmail(email: string, messy: boolean, rng: Rng): string {
  if (!messy) return email;
  const [local, domain] = email.split('@');
  const typos = DOMAIN_TYPOS[domain];
  const form = rng.weighted([['upper', 3], ['capital', 2], ['spaces', 2], ['typo', typos ? 3 : 0], ['at', 1], ['punct', 1]] as const);
  switch (form) {
    case 'upper': return email.toUpperCase();
    case 'capital': return local.charAt(0).toUpperCase() + local.slice(1) + '@' + (domain === 'qq.com' ? 'QQ.com' : domain);
    case 'spaces': return rng.chance(0.5) ? ` ${email} ` : `${local} @${domain}`;
    case 'typo': return `${local}@${rng.pick(typos)}`;
    case 'at': return `${local}＠${domain}`;
    case 'punct': return email + rng.pick(['；', ';', '。']);
  }
}

type DateForm = 'iso' | 'slash' | 'zh' | 'compact' | 'dot' | 'dash-short' | 'slash-padded' | 'us' | 'no-year';

const DATE_FORMS: readonly (readonly [DateForm, number])[] = [
  ['slash', 3], ['zh', 3], ['compact', 2], ['dot', 2], ['dash-short', 1], ['slash-padded', 1], ['us', 0.7],
];

function dateText(d: CivilDate, form: DateForm): string {
  const { y, m, d: day } = d;
  switch (form) {
    case 'iso': return formatIso(d);
    case 'slash': return `${y}/${m}/${day}`;
    case 'zh': return `${y}年${m}月${day}日`;
    case 'compact': return `${y}${pad2(m)}${pad2(day)}`;
    case 'dot': return `${y}.${pad2(m)}.${pad2(day)}`;
    case 'dash-short': return `${y}-${m}-${day}`;
    case 'slash-padded': return `${y}/${pad2(m)}/${pad2(day)}`;
    case 'us': return `${pad2(m)}/${pad2(day)}/${y}`;
    case 'no-year': return `${m}月${day}日`;
  }
}

function impossibleDate(d: CivilDate, rng: Rng): string {
  return rng.pick([`${d.y}-02-30`, `${d.y}-13-${pad2(d.d)}`, `${d.y}/4/31`, `${d.y}年2月30日`, `${d.y}-06-31`, `${d.y}/11/31`]);
}

function renderDate(d: CivilDate | null, ctx: RenderContext, birthday = false): string {
  if (!d) return '';
  const { rng, mess } = ctx;
  if (rng.chance(mess * 0.012)) return impossibleDate(d, rng);
  if (!rng.chance(mess)) return dateText(d, 'iso');
  const forms = birthday ? [...DATE_FORMS, ['no-year', 0.7] as const] : DATE_FORMS;
  return dateText(d, rng.weighted(forms));
}

function renderAmount(n: number | null, ctx: RenderContext): string {
  if (n === null) return '';
  const { rng } = ctx;
  if (!rng.chance(ctx.mess)) return plainAmount(n);
  const form = rng.weighted([['yen', 3], ['yuan', 2], ['wan', n >= 10000 ? 2 : 0], ['comma', 3], ['fw-yen', 1], ['rmb', 1], ['padded', 1], ['yuan-space', 1]] as const);
  switch (form) {
    case 'yen': return `¥${groupThousands(n, 2)}`;
    case 'yuan': return `${plainAmount(n)}元`;
    case 'wan': return `${plainAmount(Math.round(n / 100) / 100).replace(/(\.\d)\d$/, rng.chance(0.5) ? '$1' : '$&')}万`;
    case 'comma': return groupThousands(n, 2);
    case 'fw-yen': return `￥${plainAmount(n)}`;
    case 'rmb': return `RMB ${groupThousands(n, 2)}`;
    case 'padded': return ` ${plainAmount(n)} `;
    case 'yuan-space': return `${plainAmount(n)} 元`;
  }
}

function renderOrders(n: number | null, ctx: RenderContext): string {
  if (n === null) return '';
  if (!ctx.rng.chance(ctx.mess)) return String(n);
  return ctx.rng.weighted([[`${n}次`, 2], [digitsToFullWidth(String(n)), 1], [`${n}.0`, 1], [` ${n}`, 1]] as const);
}

function renderName(full: string, surname: string, female: boolean, forceSpace: boolean, ctx: RenderContext): string {
  const given = full.slice(surname.length);
  if (forceSpace) return `${surname} ${given}`;
  if (!ctx.rng.chance(ctx.mess * 0.5)) return full;
  return ctx.rng.weighted([
    [`${surname} ${given}`, 3], [`${surname}\u3000${given}`, 2], [` ${full}`, 1], [`${full} `, 1], [`${full}${female ? '女士' : '先生'}`, 1],
  ] as const);
}

function companyFull(c: CompanyZh): string {
  return c.city.city + c.brand + c.word + c.form;
}

function companyParen(c: CompanyZh, fullWidth: boolean): string {
  return fullWidth ? `${c.brand}${c.word}（${c.city.city}）${c.form}` : `${c.brand}${c.word}(${c.city.city})${c.form}`;
}

function renderCompany(c: CompanyZh | null, v: VariationZh | null, ctx: RenderContext): string {
  if (!c) return '';
  const { rng } = ctx;
  if (v?.kinds.has('company-short')) return c.brand + c.word;
  if (v?.kinds.has('company-paren')) return companyParen(c, rng.chance(0.5));
  if (!rng.chance(ctx.mess * 0.6)) return companyFull(c);
  return rng.weighted([
    [`${companyFull(c)} `, 2], [`${c.city.city}市${c.brand}${c.word}${c.form}`, 1], [companyParen(c, false), 2],
    [companyParen(c, true), 2], [c.brand + c.word, 1], [`${c.city.city} ${c.brand}${c.word} ${c.form}`, 1],
  ] as const);
}

function renderAddress(a: Address, ctx: RenderContext): string {
  const full = a.city + a.district + a.line + a.extra;
  const { rng } = ctx;
  if (!rng.chance(ctx.mess * 0.6)) return full;
  const form = rng.weighted([['no-city', 3], ['spaced', 2], ['fw', 1], ['newline', a.extra ? 1 : 0], ['hash', 1]] as const);
  switch (form) {
    case 'no-city': return a.district + a.line + a.extra;
    case 'spaced': return [a.city, a.district, a.line, a.extra].filter(Boolean).join(' ');
    case 'fw': return digitsToFullWidth(full);
    case 'newline': return `${a.city}${a.district}${a.line}\n${a.extra}`;
    case 'hash': return full.replace(/(\d+)号/, '$1#');
  }
}

function provinceText(city: CityZh): string {
  return city.province + (MUNICIPALITIES.has(city.province) ? '市' : '省');
}

function withHomophone(p: PersonZh, v: VariationZh): string {
  const name = p.surname + p.given;
  if (v.homophoneAt < 0) return name;
  return name.slice(0, v.homophoneAt) + v.homophone + name.slice(v.homophoneAt + 1);
}

export const zhModel: SheetModel<PersonZh, VariationZh> = {
  fields: COLUMNS.map(([k]) => k),
  idColumn: COL.customerId,

  headers(rng) {
    const headers = COLUMNS.map(([, words]) => rng.weighted(words.map((w, i) => [w as string, i === 0 ? 3 : 1] as const)));
    // One header carries a stray trailing space, as typed.
    const i = rng.int(1, headers.length - 1);
    headers[i] = `${headers[i]} `;
    return headers;
  },

  title(rng, asOf) {
    return rng.pick(TITLE_FORMS)(asOf.y);
  },

  formatId(n, width, ctx) {
    const id = `KH${String(n).padStart(width, '0')}`;
    if (!ctx.rng.chance(ctx.mess * 0.1)) return id;
    return ctx.rng.weighted([[id.toLowerCase(), 1], [`KH-${String(n).padStart(width, '0')}`, 1], ['', 1]] as const);
  },

  people(rng, asOf, mess) {
    const factory = new ZhPeople(rng, asOf, mess);
    return (people) => newPerson(factory, people, rng);
  },

  variations(p, rng) {
    const kinds = new Set<Variation>();
    const count = rng.weighted([[1, 5], [2, 4], [3, 1]] as const);
    for (let guard = 0; kinds.size < count && guard < 20; guard++) {
      const k = rng.weighted(VARIATION_WEIGHTS);
      if ((k === 'company-short' || k === 'company-paren') && (!p.company || kinds.has('company-short') || kinds.has('company-paren'))) continue;
      // A later row always keeps one strong key (mobile or e-mail), or nobody could find it either.
      if (k === 'mobile-missing' && (!p.mobile || !p.email || kinds.has('email-missing'))) continue;
      if (k === 'email-missing' && (!p.email || !p.mobile || kinds.has('mobile-missing'))) continue;
      if ((k === 'email-upper' && !p.email) || (k === 'mobile-reformat' && !p.mobile)) continue;
      kinds.add(k);
    }
    const name = p.surname + p.given;
    const spots = [...name].map((ch, i) => (HOMOPHONES[ch] ? i : -1)).filter((i) => i >= 0 && (i >= p.surname.length || rng.chance(0.3)));
    const homophoneAt = kinds.has('name-homophone') && spots.length > 0 ? rng.pick(spots) : -1;
    if (kinds.has('name-homophone') && homophoneAt < 0) kinds.add('name-spaced');
    return {
      kinds,
      missing: rng.pick(['address', 'title', 'birthday', 'industry', 'province', 'landline'] as const),
      owner: rng.pick(OWNERS.filter((o) => o !== p.owner)),
      title: rng.pick(TITLES.filter((t) => t !== p.title)),
      homophoneAt,
      homophone: homophoneAt >= 0 ? rng.pick(HOMOPHONES[name[homophoneAt]]) : '',
      newerDays: rng.int(1, 90),
    };
  },

  render(p, v, ctx) {
    const { rng, mess } = ctx;
    const has = (k: Variation) => v?.kinds.has(k) ?? false;
    const missing = (f: VariationZh['missing']) => has('field-missing') && v?.missing === f;
    const row: string[] = new Array(COLUMNS.length).fill('');

    const full = v ? withHomophone(p, v) : p.surname + p.given;
    row[COL.name] = renderName(full, p.surname, p.female, has('name-spaced'), ctx);

    let mobile = '';
    if (p.mobile && !has('mobile-missing')) {
      const messy = has('mobile-reformat') || rng.chance(mess);
      mobile = messy ? rng.weighted(mobileForms)(p.mobile, rng) : p.mobile;
    }
    let phone = p.landline && !missing('landline') ? renderLandline(p.landline, rng.chance(mess), rng) : '';
    if (!phone && mobile && rng.chance(mess * 0.05)) {
      // The mobile typed into the phone column instead.
      phone = mobile;
      mobile = '';
    } else if (phone && mobile && rng.chance(mess * 0.03)) {
      phone = `${phone}；${mobile}`;
    }
    row[COL.mobile] = mobile;
    row[COL.phone] = phone;

    if (p.email && !has('email-missing')) {
      row[COL.email] = has('email-upper') ? p.email.toUpperCase() : renderEmail(p.email, rng.chance(mess), rng);
    }
    row[COL.company] = renderCompany(p.company, v, ctx);
    row[COL.title] = missing('title') ? '' : has('title-change') && v ? v.title : p.title;

    if (!missing('province') && !rng.chance(0.05)) {
      const province = provinceText(p.city);
      row[COL.province] = rng.chance(mess) ? rng.weighted([[p.city.province, 3], [` ${province}`, 1]] as const) : province;
    }
    row[COL.city] = rng.chance(mess) ? rng.weighted([[`${p.city.city}市`, 3], [`${p.city.city} `, 1]] as const) : p.city.city;
    row[COL.address] = missing('address') ? '' : renderAddress(p.address, ctx);

    if (p.company && !missing('industry')) {
      // A broken VLOOKUP leaves #N/A behind when the sheet is exported.
      row[COL.industry] = rng.chance(mess * 0.01) ? '#N/A' : rng.chance(mess * 0.2) ? `${p.company.industry.name} ` : p.company.industry.name;
    }

    row[COL.birthday] = missing('birthday') ? '' : renderDate(p.birthday, ctx, true);
    row[COL.contractStart] = renderDate(p.contractStart, ctx);
    row[COL.contractEnd] = renderDate(p.contractEnd, ctx);
    const newer = has('activity-newer') && v ? v.newerDays : 0;
    const shift = (d: CivilDate | null) => (d && newer ? addDaysTo(d, Math.min(newer, toDayNumber(ctx.asOf) - toDayNumber(d))) : d);
    row[COL.lastContact] = renderDate(shift(p.lastContact), ctx);
    row[COL.lastPurchase] = renderDate(p.lastPurchase, ctx);
    row[COL.nextFollowUp] = renderDate(p.nextFollowUp, ctx);
    row[COL.amount] = renderAmount(p.amount !== null && newer && p.amount > 0 ? Math.round(p.amount * 1.1) : p.amount, ctx);
    row[COL.orders] = renderOrders(p.orders !== null && newer && p.orders > 0 ? p.orders + 1 : p.orders, ctx);

    const owner = has('owner-other') && v ? v.owner : p.owner;
    row[COL.owner] = rng.chance(mess * 0.2) ? rng.pick([`${owner[0]} ${owner.slice(1)}`, ` ${owner}`]) : owner;
    if (!rng.chance(0.08)) {
      const spellings = CUSTOMER_TYPES[p.stage];
      row[COL.customerType] = rng.chance(mess) ? rng.pick(spellings) : spellings[0];
    }
    row[COL.notes] = v ? (rng.chance(0.15) ? '重复录入？' : rng.chance(0.5) ? p.note : '') : p.note;
    return row;
  },
};

function pickIndex<P>(people: readonly P[], rng: Rng, ok: (p: P) => boolean): number {
  for (let tries = 0; tries < 12; tries++) {
    const i = rng.int(0, people.length - 1);
    if (ok(people[i])) return i;
  }
  return -1;
}

/** A new customer, now and then a hard negative: a namesake, a colleague on the company line, or a family member at the same address. */
function newPerson(factory: ZhPeople, people: readonly PersonZh[], rng: Rng): NewEntity<PersonZh> {
  const kind = people.length < 5 ? 'original' : rng.weighted([['original', 84], ['namesake', 6], ['colleague', 6], ['family', 4]] as const);
  if (kind === 'namesake') {
    const base = pickIndex(people, rng, (p) => COMMON_GIVEN.some(([g]) => g === p.given));
    if (base >= 0) {
      const b = people[base];
      const person = factory.fresh({ female: b.female, surname: b.surname, surnamePy: b.surnamePy, given: b.given, givenPy: b.givenPy, individual: false, city: rng.chance(0.5) ? b.city : undefined });
      return { person, role: 'namesake', related: base };
    }
  } else if (kind === 'colleague') {
    const base = pickIndex(people, rng, (p) => p.company !== null);
    if (base >= 0) {
      const c = people[base].company as CompanyZh;
      const person = factory.fresh({ company: c, city: c.city, address: c.address, landline: rng.chance(0.7) ? { ...c.landline, ext: String(rng.int(100, 899)) } : c.landline });
      return { person, role: 'colleague', related: base };
    }
  } else if (kind === 'family') {
    const base = pickIndex(people, rng, (p) => p.company === null);
    if (base >= 0) {
      const b = people[base];
      const sameSurname = rng.chance(0.6);
      const person = factory.fresh({
        individual: true, city: b.city, address: b.address, landline: b.landline,
        surname: sameSurname ? b.surname : undefined, surnamePy: sameSurname ? b.surnamePy : undefined,
        owner: rng.chance(0.7) ? b.owner : undefined,
      });
      return { person, role: 'family', related: base };
    }
  }
  return { person: factory.fresh(), role: 'original', related: -1 };
}
