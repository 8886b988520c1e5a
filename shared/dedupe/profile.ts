/**
 * A record read once into everything matching needs (keys, pinyin, folded text), so that
 * comparing a pair never re-parses a cell. Built from cleaned cells, but raw cells give the same
 * keys (a user may switch a cleaner off).
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import type { Cell } from '../table/cell';
import { digitsLost } from '../normalize/lost-digits';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { phoneKeys, type PhoneKey } from './keys/phone';
import { PhoneReadings } from '../normalize/phone';
import { emailKeys, type EmailKey } from './keys/email';
import { parsePersonName, type PersonName } from './keys/person-name';
import { screenKey } from './keys/screen-name';
import { nicknameAlone } from './keys/nickname-alone';
import { withoutPageLinks } from '../text/page-link';
import { companyKey, hasLegalForm, type CompanyKey } from './keys/company';
import { addressKey, type AddressKey } from './keys/address';
import { birthdayKey, type DateKey } from './keys/date';
import { isStandIn } from '../normalize/stand-in-birthday';
import { idKey, type IdKey } from './keys/ids';
import { officialProvince } from '../normalize/province';
import { isMasked, isPlaceholder, isSkipCode } from '../normalize/placeholder';
import { PHONE_IN_NAME } from '../normalize/person-name';
import { isQqNumber } from '../normalize/id';
import { TextMemo } from '../text/text-memo';
import { readGender } from '../normalize/gender';
import { vinKey } from './vehicles';
import { otherNames } from './other-names';

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
  /** An order, booking or policy number: one order's row exported twice shares it, masked or not. */
  | 'orderId'
  /** A vehicle identification number (车架号): one car, as an ID number is one person. */
  | 'vin'
  | 'wechat'
  | 'qq'
  | 'gender'
  | 'city'
  | 'province'
  | 'postcode'
  | 'website'
  /**
   * The company as the customer's identity: of a row without a person name (the row is an
   * organisation), or of a pair whose contacts' names say nothing of who (钱总 / 钱总, 钱伟 / blank).
   */
  | 'organisation'
  /**
   * The phones of the row's people, the customer's and each further contact's (联系人2 | 电话2) on a
   * sheet that has them: one person's number in two rows, whoever of each it is, is one company typed twice.
   */
  | 'contactPhone';

export const FEATURES: readonly Feature[] = [
  'name', 'mobile', 'landline', 'email', 'company', 'address', 'birthday', 'idCard', 'uscc', 'customerId', 'orderId',
  'wechat', 'qq', 'gender', 'city', 'province', 'postcode', 'website', 'organisation', 'contactPhone', 'vin',
];

/** One bit per feature, so "both rows have it" is one AND per comparison. */
export const FEATURE_BIT: Readonly<Record<Feature, number>> = Object.fromEntries(FEATURES.map((f, i) => [f, 1 << i])) as Record<Feature, number>;

/** Features held as one folded text. */
export type TextFeature = 'customerId' | 'orderId' | 'vin' | 'wechat' | 'qq' | 'gender' | 'city' | 'province' | 'postcode' | 'website';

export interface Profile {
  /** Position in the records array given to findDuplicates. */
  pos: number;
  /** Bit `FEATURE_BIT[f]` is set when feature f has a value (see hasFeature). */
  mask: number;
  sheetRow: number;
  name: PersonName | null;
  /** A person whose name cell says nothing of who (先生, 客户, 无): no name to compare, yet no organisation. */
  nameless?: true;
  /** Mobile and other non-fixed numbers (E.164). */
  mobiles: readonly PhoneKey[];
  /** Fixed lines (E.164): often shared by colleagues or a family. */
  landlines: readonly PhoneKey[];
  emails: readonly EmailKey[];
  company: CompanyKey | null;
  /**
   * The row's company under its other name (客户简称 腾讯 beside 深圳市腾讯计算机系统有限公司): this
   * profile with that name as its company, which compare.ts tries as well (one company has both names).
   */
  companyViews?: readonly Profile[];
  /**
   * The person under his other name (陈伟明 (Tan Wei Meng); a 中文名 column beside Client Name): this
   * profile with that name, which compare.ts tries as well (other-names.ts).
   */
  nameViews?: readonly Profile[];
  /**
   * The name cell and the company cell both read as company names (their cores), when the row fills
   * both: a row typed with the two swapped (Sarah Jones | Brightwater Ltd) is found by crossing them
   * with another row's (matchers.ts, name-company-swapped).
   */
  crossed?: { name: string; company: string };
  address: AddressKey | null;
  birthday: DateKey | null;
  idCard: IdKey | null;
  uscc: IdKey | null;
  text: Partial<Record<TextFeature, string>>;
  /**
   * The numbers of the row's further people (联系人2's 电话2), each with the header naming him, on a
   * sheet that has such people (empty where this row's are blank); absent on any other sheet. Never
   * among `mobiles`: 联系人2's number is not the customer's.
   */
  people?: readonly ContactPhone[];
}

/** A further person's number: the header naming him (联系人2, 新娘) and the number. */
export interface ContactPhone {
  who: string;
  phone: PhoneKey;
}

export interface ProfileContext {
  defaultRegion: string;
  phoneCache: Map<string, PhoneKey[]>;
  /** The run's phone readings (DedupeOptions.phones): a text the cleaner parsed is not parsed again. Absent: each text parsed afresh. */
  phones?: PhoneReadings;
  /** Per-run memos by cell text: names, companies and addresses may repeat a lot in a sheet. */
  nameCache?: TextMemo<PersonName | null>;
  /** The name column holds WeChat nicknames (微信昵称): every name is one (DedupeOptions.screenNames). */
  screenNames?: true;
  companyCache?: TextMemo<CompanyKey | null>;
  /** Name cells read as company names (the crossed check): kept apart from the company cells' memo. */
  nameCompanyCache?: TextMemo<CompanyKey | null>;
  addressCache?: TextMemo<AddressKey | null>;
  /** Folded short texts (city, province, gender …), by field, then by text: one map per field
   *  spares building a "field + text" key string for every row. */
  textCache?: Map<TextFeature, Map<string, string>>;
  /** Birthday keys of date cells, by the cell's value (see birthdayOf). */
  dayCache?: Map<string, DateKey | null>;
  /** Birthdays the sheet gives many people (normalize/stand-in-birthday.ts): read as blank. */
  standInBirthdays?: ReadonlyMap<string, number>;
}

/** `T` excludes undefined, so a miss is one `get` (no `has`). For the few-valued text features. */
function cached<T extends object | string | null>(cache: Map<string, T> | undefined, key: string, make: (k: string) => T): T {
  if (!cache) return make(key);
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

/**
 * A cell's text for matching, '' for none. A number whose digits the run says are lost is none, as
 * blank as an empty cell: 13800000000 (1.38E+10) is what many mobiles became, so it is evidence
 * neither that two rows are one customer nor that they are two, whether a number cell or the
 * exponent text a CSV export wrote. The cell itself stays as it is, flagged.
 */
function matchTextOf(cell: Cell | undefined, f: FieldId): string {
  return digitsLost(f, cell) ? '' : matchText(cell);
}

/**
 * A cell's text for matching; a placeholder (无, 不详, /, N/A), a masked value (138****5678,
 * z***@qq.com, 张*) or a number cut short is none, so rows never agree on one.
 */
const get = (r: CustomerRecord, f: FieldId): string => usable(matchTextOf(r.fields[f], f));

function usable(t: string): string {
  // A survey's skip code (-3) in a company or name cell is no value either: no amount is compared here.
  return t !== '' && (isPlaceholder(t) || isMasked(t) || isSkipCode(t)) ? '' : t;
}

function text(s: string): string {
  return s === '' ? '' : lettersAndDigits(foldText(s));
}

/**
 * Hosts where a site is one page among millions (a shop's Facebook or Taobao page, a LinkedIn
 * company page): the page, not the host, is the company's.
 */
const PLATFORM_HOSTS: ReadonlySet<string> = new Set([
  'facebook.com', 'm.facebook.com', 'fb.com', 'instagram.com', 'linkedin.com', 'twitter.com', 'x.com', 'youtube.com', 'tiktok.com',
  'github.com', 'wa.me', 't.me', 'weibo.com', 'taobao.com', 'shop.taobao.com', 'tmall.com', 'jd.com', 'douyin.com',
  'xiaohongshu.com', 'mp.weixin.qq.com', 'zhihu.com', 'bilibili.com', 'sites.google.com', 'wixsite.com', 'business.site',
]);

function website(s: string): string {
  const f = foldText(s).replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  const [host = '', ...path] = f.split(/[/?#\s]/);
  if (!PLATFORM_HOSTS.has(host)) return host;
  // linkedin.com/company/acme: the first part of the path that is a name, not a section word.
  const page = path.find((p) => p !== '' && !['company', 'in', 'pages', 'pg', 'u', 'channel', 'c', 'user', 'shop', 'store'].includes(p));
  return page ? `${host}/${page}` : '';
}

/**
 * A WeChat ID as a key: 6–20 letters, digits, _ and - beginning with a letter, or the phone number
 * the account is found by. Words in its place (微信同号 "same as the mobile", 无, 同上) are no ID: as one
 * they would make every row that wrote them one customer.
 */
const WECHAT_ID = /^(?:[a-z][-_a-z0-9]{5,19}|\+?\d{7,15})$/;
function wechatKey(raw: string): string {
  if (raw === '') return '';
  const id = foldText(raw).replace(/\s+/g, '');
  return WECHAT_ID.test(id) ? id : '';
}

/** A Chinese mobile number as a mailbox or WeChat name (13812345678@163.com, 139.com's every address). */
const MOBILE_USER = /^1[3-9]\d{9}$/;
/** QQ Mail: its numeric user names are the QQ number. */
const QQ_MAIL: ReadonlySet<string> = new Set(['qq.com', 'vip.qq.com', 'foxmail.com']);

/** A QQ number as a key; anything else (同微信) is none. */
function qqKey(raw: string): string {
  if (raw === '') return '';
  // QQ12345678, QQ号：12345678, QQ号码 12345678: the label is no part of the number.
  const digits = text(raw).replace(/^qq(?:号码|号)?/, '');
  return isQqNumber(digits) ? digits : '';
}

/**
 * What a company cell holds for a customer who has none: 个人 (an individual), 自由职业, 退休, 学生,
 * self-employed. Equal in two rows, it is no shared workplace: two 张伟 who are both 个人 would be
 * "likely" the same customer on it.
 */
const NO_COMPANY = /^(?:个人|个人客户|私人|个体|个体户|散客|自由职业|自由职业者|无业|待业|无单位|退休|学生|家庭主妇|individual|personal|private|self[- ]?employed|freelancer?|retired|student|unemployed|n\/?a)$/i;
/** Whether a company cell's text says the customer has none (个人, Self-employed). */
export const saysNoCompany = (text: string): boolean => NO_COMPANY.test(text.trim());

/**
 * A name cell that names nobody in particular: a bare title or form of address (先生, 女士, 老板, Mr),
 * a stand-in (客户, 顾客, 匿名, 测试, unknown). Two such cells agree on nothing.
 */
const NO_NAME = /^(?:先生|女士|小姐|太太|老师|老板|老总|经理|总|客户|顾客|会员|用户|匿名|未知|不详|测试|test|mr\.?|mrs\.?|ms\.?|miss|sir|madam|customer|client|guest|unknown|anonymous)$/i;



/** A full-name cell alone (no separate given / family cells), as the name cache's maker. */
const parseFullName = (full: string): PersonName | null => parsePersonName(full);

/** Through the run's memo when there is one (tests build profiles without). */
const viaMemo = <T>(memo: TextMemo<T> | undefined, text: string, make: (text: string) => T): T => (memo ? memo.get(text, make) : make(text));

/** A memo stops when under this share of its first texts repeat (the cleaner's columns: 0.5). */
const MEMO_MIN_HIT_RATE = 0.3;
/**
 * Names repeat more the longer the sheet (王芳, 张伟): 22% of a 100k Chinese sheet's first 2000 names
 * are repeats, 64% of all its names. At the general rate the name memo would stop after its sample.
 */
const NAME_MEMO_MIN_HIT_RATE = 0.1;

/** The row's birthday key. */
function birthdayOf(r: CustomerRecord, ctx: ProfileContext): DateKey | null {
  const cell = r.fields.birthday;
  // A date cell's key depends on its day alone, and days repeat (15k distinct birthdays on 100k rows):
  // one shared key per day, not an object and four strings per row. Keys are never changed after.
  if (cell?.kind === 'date' && ctx.dayCache) {
    let key = ctx.dayCache.get(cell.value);
    if (key === undefined) ctx.dayCache.set(cell.value, (key = dayKeyOf(r, ctx)));
    return key;
  }
  return dayKeyOf(r, ctx);
}

/** A day the sheet gives many people (1990-01-01 from a platform) says a year at most. */
function dayKeyOf(r: CustomerRecord, ctx: ProfileContext): DateKey | null {
  const key = birthdayKey(r.fields.birthday, r.fields.lunarBirthday);
  return key && ctx.standInBirthdays && isStandIn(r.fields.birthday, ctx.standInBirthdays) ? { ...key, standIn: true } : key;
}

/**
 * What one run of the duplicate finder shares across its profiles: the region and the memos, and the
 * run's phone readings (the cleaner's, passed on; a finder run alone reads into its own).
 */
export function profileContext(defaultRegion: string, phones: PhoneReadings = new PhoneReadings()): ProfileContext {
  return {
    defaultRegion,
    phoneCache: new Map(),
    phones,
    // Names repeat (王芳, 张伟), companies in a B2B sheet, addresses rarely (the bench's 18%).
    nameCache: new TextMemo(NAME_MEMO_MIN_HIT_RATE),
    companyCache: new TextMemo(MEMO_MIN_HIT_RATE),
    nameCompanyCache: new TextMemo(NAME_MEMO_MIN_HIT_RATE),
    addressCache: new TextMemo(MEMO_MIN_HIT_RATE),
    textCache: new Map(),
    dayCache: new Map(),
  };
}

/**
 * The list a profile keeps: exactly as long as its items, and one shared empty list for none. A
 * profile lives for the whole run, and an array grown by push keeps room for 17 items (~190 bytes
 * for one phone number or address); an empty array is 32 bytes more per row and list.
 */
const NONE: readonly never[] = Object.freeze([]);
function kept<T>(xs: readonly T[]): readonly T[] {
  return xs.length === 0 ? NONE : xs.slice();
}

/**
 * The numbers that are (or are not) fixed lines, as a kept list. `phones` is never grown (withPhones):
 * when all are of the kind it is kept as it is, not copied.
 */
function ofKind(phones: readonly PhoneKey[], fixed: boolean): readonly PhoneKey[] {
  let n = 0;
  for (let i = 0; i < phones.length; i++) if ((phones[i].kind === 'fixed') === fixed) n++;
  if (n === 0) return NONE;
  if (n === phones.length) return phones;
  // A mobile and a landline (half the rows of a sheet with both columns): each list made at its length, not filtered and copied.
  const out: PhoneKey[] = new Array(n);
  for (let i = 0, k = 0; i < phones.length; i++) if ((phones[i].kind === 'fixed') === fixed) out[k++] = phones[i];
  return out;
}

/**
 * `phones` and a cell's numbers not already in it (same number and extension), as a new list only
 * when the cell adds one. Most rows have one phone cell with one number: its list (phoneKeys', one
 * number long, or the run's cached list of that text) is the row's, with no list grown per row and
 * copied to keep. Lists are only read after, never pushed to.
 */
function withPhones(phones: readonly PhoneKey[], cellText: string, ctx: ProfileContext): readonly PhoneKey[] {
  if (cellText === '') return phones;
  const keys = phoneKeys(cellText, ctx.defaultRegion, ctx.phoneCache, ctx.phones);
  if (phones.length === 0 && keys.length === 1) return keys;
  let out: PhoneKey[] | null = null;
  next: for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const have = out ?? phones;
    for (let j = 0; j < have.length; j++) if (have[j].e164 === k.e164 && have[j].ext === k.ext) continue next;
    (out ??= phones.slice()).push(k);
  }
  return out === null ? phones : kept(out);
}

/** Appends a cell's numbers not already in `phones` (same number and extension). */
function addPhones(phones: PhoneKey[], cellText: string, ctx: ProfileContext): void {
  if (cellText === '') return;
  const keys = phoneKeys(cellText, ctx.defaultRegion, ctx.phoneCache, ctx.phones);
  // Index loops: for-of allocated an iterator result per number per row.
  next: for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    for (let j = 0; j < phones.length; j++) if (phones[j].e164 === k.e164 && phones[j].ext === k.ext) continue next;
    phones.push(k);
  }
}

function put(t: Partial<Record<TextFeature, string>>, f: TextFeature, v: string): void {
  if (v !== '') t[f] = v;
}

/** How the few-valued text features fold (declared once, not as closures per row). */
const FOLDERS: Readonly<Partial<Record<TextFeature, (s: string) => string>>> = {
  gender: (g) => readGender(g)?.sex ?? '',
  city: (c) => text(c).replace(/市$/u, ''),
  province: (c) => {
    const t = text(c);
    return officialProvince(t) ?? t.replace(/(?:省|市|自治区)$/u, '');
  },
  postcode: text,
};

/** The folders of a cell text as read (a placeholder or masked text folds to '', put nowhere). */
const CELL_FOLDERS: Readonly<Partial<Record<TextFeature, (s: string) => string>>> = Object.fromEntries(
  Object.entries(FOLDERS).map(([f, fold]) => [f, (s: string) => (usable(s) === '' ? '' : fold(s))]),
);

/**
 * Few distinct values, many rows: fold each distinct one once (per field, per run). Cached by the
 * cell's text itself, so a placeholder is also tested once per distinct text, not once per row.
 */
function folded(t: Partial<Record<TextFeature, string>>, r: CustomerRecord, f: TextFeature, ctx: ProfileContext): void {
  const raw = matchText(r.fields[f]);
  if (raw === '') return;
  const fold = CELL_FOLDERS[f] as (s: string) => string;
  let byText: Map<string, string> | undefined;
  if (ctx.textCache) {
    byText = ctx.textCache.get(f);
    if (!byText) ctx.textCache.set(f, (byText = new Map()));
  }
  put(t, f, cached(byText, raw, fold));
}

const PHONE_FIELDS: readonly FieldId[] = ['mobile', 'phone'];

/**
 * The phone cells' texts that hold an @ (most hold none: then the one shared empty list, none made per row).
 * `mobile`, `phone`: those cells' texts as buildProfile read them, not read again.
 */
function mailInPhoneCells(r: CustomerRecord, mobile: string, phone: string): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < PHONE_FIELDS.length; i++) {
    const t = i === 0 ? mobile : phone;
    if (t.includes('@')) (out ??= []).push(t);
    if (r.extra) for (const x of extraTexts(r, PHONE_FIELDS[i])) if (x.includes('@')) (out ??= []).push(x);
  }
  return out ?? NONE;
}

/** The texts of a field's extra columns (a second phone, 'E-mail 2'). */

function extraTexts(r: CustomerRecord, f: FieldId): string[] {
  const cells = r.extra?.[f];
  return cells ? cells.map((c) => matchTextOf(c, f)).filter((t) => t !== '') : [];
}

/** The numbers of the row's further people, each once, with the header naming him. */
function contactPhones(r: CustomerRecord, ctx: ProfileContext): ContactPhone[] {
  const out: ContactPhone[] = [];
  for (const contact of r.contacts ?? []) {
    const keys: PhoneKey[] = [];
    for (const f of ['mobile', 'phone'] as const) for (const cell of contact.cells[f] ?? []) addPhones(keys, matchTextOf(cell, f), ctx);
    for (let i = 0; i < keys.length; i++) out.push({ who: contact.label, phone: keys[i] });
  }
  return out;
}

/** A number of zeros (0, 000); held once, not made per row (keys/fold.ts says why). */
const ALL_ZEROS = /^0+$/;

export function buildProfile(r: CustomerRecord, pos: number, ctx: ProfileContext): Profile {
  const mobileText = get(r, 'mobile');
  const phoneText = get(r, 'phone');
  let phones = withPhones(NONE, mobileText, ctx);
  phones = withPhones(phones, phoneText, ctx);
  if (r.extra) for (const f of ['mobile', 'phone'] as const) for (const t of extraTexts(r, f)) phones = withPhones(phones, t, ctx);
  const full = get(r, 'name');
  // 李娜 13812345678: a number typed into the name cell is still the customer's number.
  const inName = PHONE_IN_NAME.exec(full);
  if (inName) phones = withPhones(phones, inName[0], ctx);
  // 刘明 13871112222 read apart (plan/name-with-phone.ts): the name is the name, the number still his.
  if (r.phoneInName !== undefined) phones = withPhones(phones, r.phoneInName, ctx);
  const middle = get(r, 'middleName');
  // The middle name goes after the first name, as the person writes it whole (Maria Clara Santos
  // Reyes): the name grade reads it as a middle name, which tells two Maria Clara Reyes apart.
  const first = middle === '' ? get(r, 'firstName') : [get(r, 'firstName'), middle].filter((s) => s !== '').join(' ');
  const last = get(r, 'lastName');
  // A name cell that names an organisation by its legal form (北京星辰科技有限公司 among the people
  // of a mixed 客户名称 column) makes the row an organisation, that name its company.
  const organisation = first === '' && last === '' && full !== '' && hasLegalForm(full);
  // A name cell written with a placeholder (无) or a name of nobody in particular is a person whose
  // name is unknown, not an organisation (which leaves the name cell blank).
  const nameless = first === '' && last === '' && (full === '' ? matchText(r.fields.name) !== '' : NO_NAME.test(full.trim()));
  const parsed = organisation || nameless ? null : first === '' && last === '' ? viaMemo(ctx.nameCache, full, parseFullName) : parsePersonName(full, first, last);
  // A 档口's 微信昵称 column read as the name: 平安是福 there is a nickname, however name-like.
  const name = (parsed !== null && ctx.screenNames && parsed.screen === undefined ? { ...parsed, screen: screenKey(full || `${last}${first}`) } : parsed)
    // 企业微信's row with a blank 备注名 is known by its nickname alone (nickname-alone.ts), which tells a
    // company's people apart; where no company is named the rows stay nameless, as before (a tea shop's 昵称 list).
    ?? (full === '' && first === '' && last === '' && get(r, 'company') !== '' ? nicknameAlone(get(r, 'nickname'), (t) => viaMemo(ctx.nameCache, t, parseFullName)) : null);
  // Notion's relation "Acme Corp (https://www.notion.so/Acme-Corp-…)": the page's name is the company.
  const companyText = withoutPageLinks(get(r, 'company'));
  const shortText = get(r, 'shortName');
  const short = shortText === '' || NO_COMPANY.test(shortText.trim()) ? null : viaMemo(ctx.companyCache, shortText, companyKey);
  const idText = get(r, 'idCard');
  const usccText = get(r, 'uscc');
  const t: Partial<Record<TextFeature, string>> = {};
  // A customer number of zeros (0, 000) is a default, not a number two rows could share.
  const customerId = text(get(r, 'customerId'));
  put(t, 'customerId', ALL_ZEROS.test(customerId) ? '' : customerId);
  const orderId = text(get(r, 'orderId'));
  put(t, 'orderId', ALL_ZEROS.test(orderId) ? '' : orderId);
  put(t, 'vin', vinKey(r.fields.vin));
  put(t, 'wechat', wechatKey(get(r, 'wechat')));
  put(t, 'qq', qqKey(get(r, 'qq')));
  folded(t, r, 'gender', ctx);
  folded(t, r, 'city', ctx);
  folded(t, r, 'province', ctx);
  folded(t, r, 'postcode', ctx);
  const site = get(r, 'website');
  put(t, 'website', site === '' ? '' : website(site));
  let emails: readonly EmailKey[] = emailKeys(get(r, 'email'));
  // An address typed in a phone cell (a business card's 联系方式, a "Phone / Email" column) is his too.
  const mailInPhone = mailInPhoneCells(r, mobileText, phoneText);
  if (r.extra || mailInPhone.length > 0) {
    const all = [...emails];
    for (const t of [...(r.extra ? extraTexts(r, 'email') : []), ...mailInPhone]) for (const k of emailKeys(t)) if (!all.some((e) => e.address === k.address)) all.push(k);
    emails = kept(all);
  } else if (emails.length === 0) emails = NONE;
  // The same identity written in another field: 13812345678@163.com and a WeChat found by its number
  // are the customer's mobile; 384726153@qq.com is QQ 384726153.
  for (let i = 0; i < emails.length; i++) {
    const e = emails[i];
    if (MOBILE_USER.test(e.local)) phones = withPhones(phones, e.local, ctx);
    if (t.qq === undefined && QQ_MAIL.has(e.domain) && isQqNumber(e.local)) t.qq = e.local;
  }
  if (t.wechat !== undefined && MOBILE_USER.test(t.wechat)) phones = withPhones(phones, t.wechat, ctx);
  // The company cell's key, read once: the crossed check below asks for it again.
  const companyOwn = companyText === '' ? null : viaMemo(ctx.companyCache, companyText, companyKey);
  const p: Profile = {
    pos,
    mask: 0,
    sheetRow: r.sheetRow,
    name,
    mobiles: ofKind(phones, false),
    landlines: ofKind(phones, true),
    emails,
    // A sheet that names the company only by its short name (客户简称 | 联系人) compares it as the company.
    // (A blank or 个人 company cell has no key: companyKey('') is null.)
    company: (companyText === '' ? (organisation ? viaMemo(ctx.companyCache, full, companyKey) : null) : NO_COMPANY.test(companyText.trim()) ? null : companyOwn) ?? short,
    address: viaMemo(ctx.addressCache, get(r, 'address'), addressKey),
    birthday: birthdayOf(r, ctx),
    idCard: idText === '' ? null : idKey(idText, 'idCard'),
    uscc: usccText === '' ? null : idKey(usccText, 'uscc'),
    text: t,
  };
  if (nameless) p.nameless = true;
  if (r.contacts !== undefined) p.people = contactPhones(r, ctx);
  const nameText = full !== '' ? full : [last, first].filter((x) => x !== '').join(' ');
  if (nameText !== '' && companyText !== '') {
    // Names repeat more than companies (王芳 on many rows, each at her own firm): their own memo, at the names' rate.
    const asCompany = viaMemo(ctx.nameCompanyCache, nameText, companyKey);
    if (asCompany !== null && companyOwn !== null && asCompany.core !== companyOwn.core) p.crossed = { name: asCompany.core, company: companyOwn.core };
  }
  if (short !== null && p.company !== null && short.core !== p.company.core) p.companyViews = [underOtherName(p, short)];
  // Only where the cell holds more than a name, or a second name column is read: most rows have neither.
  if (name !== null && !ctx.screenNames && (full.includes('(') || full.includes('（') || r.extra?.name !== undefined)) {
    const others = otherNames(full, extraTexts(r, 'name'), name);
    if (others.length > 0) p.nameViews = others.map((n) => underAlias(p, n));
  }
  // An index loop: for-of here allocated an iterator result per feature per row (90 MB on 100k rows).
  for (let i = 0; i < FEATURES.length; i++) if (computeHas(p, FEATURES[i])) p.mask |= 1 << i;
  return p;
}

/** The profile with `company` as its company, all else read through it (the mask included). */
function underOtherName(p: Profile, company: CompanyKey): Profile {
  const view = Object.create(p) as Profile;
  view.company = company;
  return view;
}

/** The profile with `name` as its name, all else read through it (the mask included). */
function underAlias(p: Profile, name: PersonName): Profile {
  const view = Object.create(p) as Profile;
  view.name = name;
  return view;
}

/** The cores of a row's company and of its other name, for blocking: one company meets under either. */
export function companyCores(p: Profile): string[] {
  if (p.company === null) return [];
  return p.companyViews === undefined ? [p.company.core] : [p.company.core, ...p.companyViews.map((v) => v.company!.core)];
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
    // A row with a contact too: whether his name lets the company stand for the customer is the
    // pair's to say (matchers.ts, PAIR_FEATURES).
    case 'organisation':
      return p.nameless !== true && p.company !== null;
    case 'contactPhone':
      return p.people !== undefined && (p.people.length > 0 || p.mobiles.length > 0 || p.landlines.length > 0);
    default:
      return p.text[f] !== undefined;
  }
}
