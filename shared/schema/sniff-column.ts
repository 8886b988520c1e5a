/**
 * Guesses a column's field from its values when its header names none: mostly e-mail addresses,
 * mostly Chinese mobile numbers, or mostly dates that read as birthdays. Deliberately simple and
 * below header confidence, so a named column always wins.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import { isValidCivil, parseIso } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { looksChineseMobile, trunkOneNumber } from '../normalize/trunk-one';
import type { FieldId } from './fields';
import { hasLegalForm } from '../dedupe/keys/company';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { readPlate } from '../normalize/vehicle';
import { saysRocYear } from '../normalize/date-text';

/** Values looked at per column, and how many must be present and how many must fit. */
const SAMPLE_SIZE = 50;
const MIN_VALUES = 3;
const SHARE = 0.8;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.\p{L}{2,}$/u;
const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

type Kind = 'email' | 'mobile' | 'phone' | 'date';

function kindOf(cell: Cell): { kind: Kind; year?: number } | null {
  if (cell.kind === 'date') {
    const d = parseIso(cell.value);
    return d ? { kind: 'date', year: d.y } : null;
  }
  if (cell.kind !== 'text' && cell.kind !== 'number') return null;
  const s = toHalfWidth(cellText(cell)).trim();
  if (EMAIL.test(s)) return { kind: 'email' };
  // 11-digit CN mobile, optionally with +86 / 0086 / 86 (segments 13x–19x); 1-713-685-0944 has the
  // digits of one but is a North American number dialled with its trunk 1 (trunk-one.ts): a phone.
  if (looksChineseMobile(s)) return { kind: 'mobile' };
  if (trunkOneNumber(s) !== null) return { kind: 'phone' };
  const m = TEXT_DATE.exec(s);
  if (m && isValidCivil(+m[1], +m[2], +m[3])) return { kind: 'date', year: +m[1] };
  return null;
}

/**
 * Dates are a birthday when their years lie in the past and spread like a population's (a median
 * no later than 2005 and at least ten years between oldest and youngest); any other date column
 * could be any of the dozen date fields, so it is not guessed.
 */
function looksLikeBirthdays(years: number[]): boolean {
  const sorted = [...years].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return median <= 2005 && sorted[sorted.length - 1] - sorted[0] >= 10;
}

export interface Sniffed {
  field: FieldId;
  confidence: number;
}

/** Share of a name column's values with a legal form that makes it a company column (the rest may be brands: 星辰科技). */
const ORGANISATION_SHARE = 0.6;

/**
 * Most of the column's values name organisations by their legal form (有限公司, Co., Ltd., Inc.):
 * a 客户名称 column of a sheet that lists companies, not people.
 */
export function holdsOrganisations(cells: readonly Cell[]): boolean {
  let seen = 0;
  let organisations = 0;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell) || cell.kind !== 'text') continue;
    seen++;
    if (hasLegalForm(cell.value)) organisations++;
  }
  return seen >= MIN_VALUES && organisations >= seen * ORGANISATION_SHARE;
}


/** The field a column's values suggest, or null; only the first 50 non-blank values are read. */
export function sniffColumn(cells: readonly Cell[]): Sniffed | null {
  const counts: Record<Kind, number> = { email: 0, mobile: 0, phone: 0, date: 0 };
  const years: number[] = [];
  let seen = 0;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell)) continue;
    seen++;
    const k = kindOf(cell);
    if (!k) continue;
    counts[k.kind]++;
    if (k.year !== undefined) years.push(k.year);
  }
  if (seen < MIN_VALUES) return null;
  if (counts.email >= seen * SHARE) return { field: 'email', confidence: 0.65 };
  if (counts.mobile >= seen * SHARE) return { field: 'mobile', confidence: 0.65 };
  // North American numbers do not tell a mobile from a landline.
  if (counts.mobile + counts.phone >= seen * SHARE) return { field: 'phone', confidence: 0.65 };
  if (counts.date >= seen * SHARE && looksLikeBirthdays(years)) return { field: 'birthday', confidence: 0.6 };
  return null;
}

/**
 * Most of the column's filled values are dates (2024-06-13, 2024年6月13日, a date cell): not a
 * description of one (每年3月5日, 每月1号). True for a column with nothing filled in the sample.
 */
export function holdsDates(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, isDateCell);
  return hits * 2 >= seen;
}

/**
 * A date as any office types it, whichever order its parts come in (2026-12-31, 31/12/2026, 12/31/2026,
 * 2026年12月31日, 31.12.26, 民國 113/12/04) or with its month's name (31-Dec-2026, Dec 31, 2026): no amount
 * looks so. A 補習班's 下次繳費日 in 民國 years was left unread for holding "no dates" (tester h72).
 */
const TYPED_DATE = /^(?:\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}\s*日?|\d{1,2}[-\s]+\p{L}{3,9}\.?[-\s,]+\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u;

/** A date cell, or a text the sheet typed as a date (TYPED_DATE, 民國97年3月8日). */
export function isDateCell(cell: Cell): boolean {
  if (kindOf(cell)?.kind === 'date') return true;
  if (cell.kind !== 'text') return false;
  const s = toHalfWidth(cell.value).trim();
  return TYPED_DATE.test(s) || saysRocYear(s);
}

/** Of the sample's first filled values, how many there are and how many pass `test`. */
export function countFilled(cells: readonly Cell[], test: (cell: Cell) => boolean): { seen: number; hits: number } {
  let seen = 0;
  let hits = 0;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell)) continue;
    seen++;
    if (test(cell)) hits++;
  }
  return { seen, hits };
}

/** A person's name as a sheet types its reps: Emma Lewis, J. O'Brien, emma, 王芳 (no digit: an amount always has one). */
const LATIN_PERSON = /^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3}$/u;
const HAN_PERSON = /^\p{Script=Han}{2,4}$/u;
/** Two or three capitals: a rep's initials, which say no name a reminder could be addressed to. */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** Words of the channels, regions and products a bare Sales column holds when it names no one. */
const TRADE_WORDS: ReadonlySet<string> = new Set([
  'online', 'offline', 'retail', 'wholesale', 'direct', 'indirect', 'partner', 'partners', 'referral', 'web', 'website', 'store', 'shop',
  'phone', 'email', 'trade', 'dealer', 'reseller', 'agent', 'agency', 'inbound', 'outbound', 'marketplace', 'channel', 'team', 'sales', 'desk',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'midlands', 'region', 'area', 'national',
  'international', 'export', 'domestic', 'coast', 'city', 'county', 'office', 'branch', 'head',
  'service', 'services', 'servicing', 'panel', 'panels', 'solar', 'boiler', 'install', 'installation', 'repair', 'repairs', 'maintenance',
  'product', 'products', 'package', 'plan', 'contract', 'subscription', 'premium', 'standard', 'basic', 'plus', 'pro', 'new', 'renewal',
  'gas', 'safety', 'check', 'cleaning', 'insurance', 'survey', 'annual', 'monthly', 'walk-in', 'event', 'events', 'ads', 'advert',
  'facebook', 'instagram', 'google', 'amazon', 'ebay', 'linkedin', 'tiktok', 'wechat', 'b2b', 'b2c', 'corporate', 'enterprise', 'sme',
  '线上', '线下', '门店', '直营', '加盟', '批发', '零售', '电商', '渠道', '代理', '经销', '华东', '华南', '华北', '华中', '西南', '西北', '东北',
]);
/** Yes / no and blank marks: a flag column's values, no one's name. */
const NO_NAMES: ReadonlySet<string> = new Set(['yes', 'no', 'y', 'n', 'true', 'false', 'x', 'na', 'n/a', 'none', 'nil', 'tbc', 'tbd', '是', '否', '有', '无']);

/**
 * Most of the column's filled values are people's names (Emma Lewis, emma, Lewis, Jan van der Berg,
 * 王芳), none of them a number: a bare Sales column that says who sold, not how much. What else such a
 * column holds is told apart by its words: a channel, region or product is made only of trade words
 * (Online, East Midlands, Boiler Service; Tom West has a given name), initials (JS, MK) are no one's
 * name here.
 */
export function holdsPeopleNames(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => {
    if (cell.kind !== 'text') return false;
    return isPersonName(toHalfWidth(cell.value).trim());
  });
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/** Every word of the text is a channel, region or product word (Online, East Midlands, North Region): no one's name. */
export function onlyTradeWords(s: string): boolean {
  const words = s.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => TRADE_WORDS.has(w));
}

export function isPersonName(s: string): boolean {
  if (HAN_PERSON.test(s)) return !TRADE_WORDS.has(s);
  if (!LATIN_PERSON.test(s) || NO_NAMES.has(s.toLowerCase()) || INITIALS.test(s)) return false;
  return !s.toLowerCase().split(/\s+/).every((w) => TRADE_WORDS.has(w));
}

/**
 * Whole numbers counting up (1, 2, 3 …, with the gaps of deleted responses): a form's response number
 * (Microsoft Forms' ID, 腾讯问卷's 编号), in the order the export writes them.
 */
export function holdsRunningNumbers(cells: readonly Cell[]): boolean {
  let seen = 0;
  let last = -1;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell)) continue;
    seen++;
    const s = toHalfWidth(cellText(cell)).trim();
    if (!/^\d{1,7}$/.test(s) || Number(s) <= last) return false;
    last = Number(s);
  }
  return seen >= MIN_VALUES;
}

/**
 * How Qualtrics says a response came in (its Status, Response Type): from a respondent's address, a
 * preview, a test, spam, an import, the offline app; or the code of one (0, 1, 8) in an export of numeric values.
 */
const RESPONSE_TYPES: ReadonlySet<string> = new Set(['ip address', 'survey preview', 'survey test', 'spam', 'imported', 'offline', 'anonymous', 'email']);

/** Most of the column's filled values are how a survey response came in (IP Address, Survey Preview, Spam). */
export function holdsResponseTypes(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => {
    const s = toHalfWidth(cellText(cell)).trim().toLowerCase();
    return RESPONSE_TYPES.has(s) || /^\d{1,2}$/.test(s);
  });
  return seen > 0 && hits >= seen * SHARE;
}

/** An order number as shops export it: Shopify's and WooCommerce's #1001, #SO-1001. */
const ORDER_NUMBER = /^#\s*[a-z]{0,3}[-_]?\d+$/i;

/**
 * Most of the column's values are order numbers (#1001, #1002 …): Shopify's order export heads its
 * order number Name, and read as the customer's name every order would be a customer of its own.
 */
export function holdsOrderNumbers(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => (cell.kind === 'text' || cell.kind === 'number') && ORDER_NUMBER.test(toHalfWidth(cellText(cell)).trim()));
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/**
 * Money as sheets type it, with its currency: ₹1,25,000, $1,250.00, £750, ¥12,800, Rs. 45,000, 1200元,
 * INR 45,000. A count of orders never carries a currency.
 */
const MONEY = /^\(?-?\s*(?:[₹$£¥€￥]|rs\.?|inr|usd|gbp|eur|rmb|cny|[a-z]{1,2}\$)\s*-?\d[\d,.\s]*(?:\/-)?\)?$|^-?\d[\d,.\s]*\s*(?:[₹$£¥€元]|rs\.?|inr|usd|gbp|eur|rmb|cny)$/iu;
/** A number cell shown with a currency (a ₹ or £ format): money, as its text would be. */
const MONEY_FORMAT = /[₹$£¥€￥]/u;

/**
 * Most of the column's values are money with its currency (₹1,25,000, $980.50): a column headed like a
 * count (Total Purchase, Purchases) holding them is what the customer spent, never how many orders.
 */
export function holdsMoney(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => cell.kind === 'number'
    ? MONEY_FORMAT.test(cell.format ?? '')
    : cell.kind === 'text' && MONEY.test(toHalfWidth(cell.value).trim()));
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/** The member suffixes a type or a level is written with (个人会员, 金卡会员, 企业用户, 年卡): gone before the word is read. */
const MEMBER_SUFFIX = /(?:会员卡|会员|用户|客户|卡|类|型|members?|membership|customers?|accounts?)$/u;
/**
 * What kind of member he is, not how high he stands: a person or a firm (个人, 企业, 单位, 团体), who he
 * is (学生, 教师, 家庭, 儿童, 员工), how he buys (批发, 零售, 散客) or for how long his card runs (年卡,
 * 季卡, 次卡, 储值卡). Every one of them may be a 金卡 member as well.
 */
const MEMBER_KIND = /^(?:个人|企业|公司|单位|团体|团购|集团|机构|政府|学生|教师|老师|家庭|亲子|儿童|少儿|青少年|成人|老年|长者|员工|内部|散客|批发|零售|经销商?|代理商?|加盟商?|线上|线下|年|半年|季|月|周|次|计次|储值|体验|终身|永久|personal|individual|corporate|business|company|student|family|staff|annual|monthly)$/u;
/** A rung of a member ladder: a metal or a stone (金卡, 钻石卡, Gold), a star, a numbered level (VIP3, V2, 三级), 普通 / 高级. */
const MEMBER_LEVEL = /金|银|铜|钻|铂|白金|黑金|至尊|尊享|尊贵|贵宾|高级|中级|初级|普通|标准|基础|星|级|^v(?:ip)?\s*\d|vip|gold|silver|bronze|platinum|diamond|premium|basic|standard|regular|elite|level|tier/u;

/**
 * A 会员类型 column that says what kind of member each one is (个人会员 / 企业会员, 学生会员, 年卡) at
 * least as often as it names a level (金卡, 普通会员, VIP2): a customer type, no value tier.
 */
export function holdsMemberKinds(cells: readonly Cell[]): boolean {
  let kinds = 0;
  let levels = 0;
  let seen = 0;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell) || cell.kind !== 'text') continue;
    seen++;
    const folded = toHalfWidth(cell.value).trim().toLowerCase();
    if (MEMBER_LEVEL.test(folded)) levels++;
    else if (MEMBER_KIND.test(folded.replace(MEMBER_SUFFIX, '').trim())) kinds++;
  }
  return kinds > 0 && kinds >= levels;
}

/** A phone number as a lead sheet types it: +971 50 123 4567, 971501234567, (617) 555-0123, 138-1234-5678. */
const PHONE_NUMBER = /^\+?[\d\s().-]+$/;

/**
 * Most of the column's filled values are phone numbers (7 to 15 digits, nothing but a +, spaces, dashes
 * and brackets beside them): a bare WA column or a 微信/WhatsApp column then holds WhatsApp numbers,
 * not yes / no marks or WeChat IDs (lily_2020, wxid_…).
 */
export function holdsPhoneNumbers(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => {
    if (cell.kind !== 'text' && cell.kind !== 'number') return false;
    const s = toHalfWidth(cellText(cell)).trim();
    const digits = s.replace(/\D/g, '').length;
    return PHONE_NUMBER.test(s) && digits >= 7 && digits <= 15;
  });
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/** Two letters: an ISO 3166 code (US, GB, IN), or UK as Britain is written as often. */
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/**
 * Most of the column's filled values are country codes (US, CA, GB, IN): a bare CC column is then the
 * country each row is in, not the carbon copy of an e-mail export (addresses) or a cost centre (numbers).
 */
export function holdsCountryCodes(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => {
    if (cell.kind !== 'text') return false;
    const s = toHalfWidth(cell.value).trim().toUpperCase();
    return COUNTRY_CODE.test(s) && (s === 'UK' || isSupportedCountry(s));
  });
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/**
 * Most of the column's filled values are car plates with letters and digits (LS68 WER, YJ21 PLO,
 * 7ABC123, 粤B12345): a garage's bare Reg or Registration, not an event's (Paid, Yes, a date, a count).
 */
export function holdsPlates(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => {
    if (cell.kind !== 'text') return false;
    const plate = readPlate(cell.value);
    return plate !== null && /\p{L}/u.test(plate) && /\d/.test(plate);
  });
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}
