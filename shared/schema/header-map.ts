/**
 * A sheet's header row → one ColumnMapping per column: user overrides first, then each header's
 * best synonym match (or, failing that, what its values look like), then context rules, then one
 * column per field.
 */
import { isDepositKey } from './part-payment';
import { isDealList } from '../plan/deal-list';
import { isSubscriptionList } from '../plan/subscription-list';
import { cellText, isBlank, type Cell } from '../table/cell';
import type { ColumnMapping } from '../plan/types';
import type { Settings } from '../settings/types';
import { runTitles, runColumns } from './run-columns';
import { FIELD_BY_ID, isFieldId, PAYMENT_AHEAD_SYNONYMS, PREMIUM_DUE_SYNONYMS, type FieldId } from './fields';
import { holdsDueDays } from './yearly-days';
import { INVOICE_DUE_SYNONYMS } from './collection-list';
import { isOwedIn } from '../dedupe/owed';
import { foldHeader } from './fold-header';
import { SURNAME_BESIDE_GIVEN_NAME } from './european-headers';
import { GIVEN_NAME_BESIDE_SURNAME } from './iberian-italian-headers';
import { otherContactColumns } from './numbered-contacts';
import { childColumn, type ChildColumn } from './child-columns';
import { withInsuredColumns } from './insured-columns';
import { datedDueColumns } from './dated-dues';
import { visitsAsPurchases } from './visit-purchase';
import { isBabyHeader, isBuyerAccountHeader, isFormExport, isGeolocatedMark, isOutlookZhExport, isContactNameHeader, isGuardianHeader, isPetHeader, isPolicyHeader, isRecipientHeader, isSecondPartyHeader, isStudentNameHeader, isSurveyPanelMark, isSurveyRecipientHeader, readHeader, type MatchOptions } from './header-match';
import { holdsCountryCodes, holdsDates, holdsMemberKinds, holdsMoney, holdsOrderNumbers, holdsOrganisations, holdsPeopleNames, holdsPhoneNumbers, holdsPlates, holdsResponseTypes, holdsRunningNumbers, sniffColumn } from './sniff-column';
import { namesBooking } from './booking';
import { holdsStaffNames, isProviderHeader, isStaffKey, namesNoStaff } from './staff-names';
import { isEntryHeader, isServiceRoleHeader } from './service-roles';
import { KIND_ONLY_TYPE_KEYS, namesNoClass } from './type-column-values';

type OverrideValue = FieldId | 'ignore';

export interface OverrideHit {
  value: OverrideValue;
  /** The override's key as the user wrote it. */
  text: string;
  /** True when the header text itself matched, false when only its folded form did. */
  literal: boolean;
}

const literalText = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The user's override for a header, if any. The header's own text is compared first, then its
 * folded form, so '手机号码' also catches '手机号码(必填)'. Overrides named in `skip` take part only
 * literally: mapHeaders passes those another column matched word for word, so that an override
 * for '电话2' does not also catch '电话1'. Values that are neither a field id nor 'ignore' are
 * skipped (settings validation reports them).
 */
export function findOverride(header: string, settings: Settings, skip?: ReadonlySet<string>): OverrideHit | null {
  const overrides = settings.headers?.overrides ?? {};
  const entries = Object.entries(overrides).filter(
    (e): e is [string, OverrideValue] => e[1] === 'ignore' || (typeof e[1] === 'string' && isFieldId(e[1])),
  );
  if (entries.length === 0) return null;
  const literal = literalText(header);
  for (const [text, value] of entries) if (literalText(text) === literal) return { value, text, literal: true };
  const key = foldHeader(header).key;
  if (key === '') return null;
  for (const [text, value] of entries) {
    if (!skip?.has(text) && foldHeader(text).key === key) return { value, text, literal: false };
  }
  return null;
}

/**
 * The override keys no header of the sheet answers to (Teritory for Territory): a typo would leave the
 * column read as it was, and the user believing it mapped.
 */
export function unusedOverrides(headers: readonly string[], settings: Settings): string[] {
  const keys = Object.keys(settings.headers?.overrides ?? {});
  if (keys.length === 0) return [];
  const used = new Set<string>();
  for (const h of headers) {
    const hit = typeof h === 'string' && h.trim() !== '' ? findOverride(h, settings) : null;
    if (hit) used.add(hit.text);
  }
  return keys.filter((k) => !used.has(k));
}

interface Candidate {
  col: number;
  field: FieldId;
  confidence: number;
  /** The folded synonym behind a header match; absent for a guess from values. */
  synonym?: string;
  /** A fallback synonym's match (回款金额 for amount): any other column of the field goes first. */
  fallback?: boolean;
}

/** Synonyms of `name` that mean the customer, which in a B2B sheet is a company (fields.ts roleWords). */
const CUSTOMER_WORDS = new Set((FIELD_BY_ID.name.roleWords?.customer ?? []).map((w) => foldHeader(w).key));

/**
 * Context rule, 客户名称 in a B2B sheet: '客户名称' (customer name) is the company when the same
 * sheet has a person column (联系人, 姓名, first/last name) and no company column; otherwise it is
 * the person's name. 'Name' beside 'Company' is always a person's name (plain 'name' is not a
 * customer word), and 'First name' + 'Last name' map to firstName/lastName by their own synonyms.
 */
function applyCustomerIsCompany(candidates: Candidate[], overridden: Map<number, OverrideValue>): void {
  const isCustomerWord = (c: Candidate) => c.field === 'name' && c.synonym !== undefined && CUSTOMER_WORDS.has(c.synonym);
  const customer = candidates.filter(isCustomerWord);
  if (customer.length === 0) return;
  // A 中文名 beside Client Name is the client's other name, no contact beside the account (SECOND_NAMES).
  const secondName = (c: Candidate) => c.field === 'name' && c.fallback === true && SECOND_NAMES.has(c.synonym ?? '');
  const fields = [...candidates.filter((c) => !isCustomerWord(c) && !secondName(c)).map((c) => c.field), ...overridden.values()];
  const hasPerson = fields.some((f) => f === 'name' || f === 'firstName' || f === 'lastName');
  const hasCompany = fields.includes('company');
  if (hasPerson && !hasCompany) for (const c of customer) c.field = 'company';
  // QuickBooks' Customer (Amy's Bird Sanctuary, Cool Cars:Grace) is the account's display name beside
  // its Full Name and Company name: the person is the Full Name, the account stays as typed, unread.
  else if (hasCompany && fields.includes('name')) for (const c of customer) candidates.splice(candidates.indexOf(c), 1);
}

/** 企业微信's 客户联系 export: the nickname, the name staff gave him, and columns only it has. */
const WECOM_NICKNAME_KEY = foldHeader('客户名称').key;
const WECOM_REMARK_NAME_KEY = foldHeader('备注名').key;
const WECOM_MARK_KEYS: ReadonlySet<string> = new Set(['添加人', '添加人所属部门', '添加时间', '添加渠道', '备注手机号', '备注企业名称'].map((w) => foldHeader(w).key));

/**
 * 企业微信's 客户联系 export names the customer by the WeChat nickname he chose (客户名称: Lily🌸, A阳光明媚,
 * 张总) and by the name staff typed for him (备注名: 林莉, 周阳). The 备注名 is his name, for duplicates,
 * reminders and the required name; the nickname is his 昵称, kept as typed and calling him where the
 * 备注名 is blank. Told by the export's own columns (添加人, 添加时间, 备注手机号): elsewhere a 备注名 may be a note.
 */
function wecomRemarkName(candidates: Candidate[], texts: readonly string[]): void {
  const keys = texts.map((h) => foldHeader(h).key);
  const remark = keys.indexOf(WECOM_REMARK_NAME_KEY);
  const nickname = candidates.find((c) => c.field === 'name' && keys[c.col] === WECOM_NICKNAME_KEY);
  if (remark < 0 || !nickname || !keys.some((k) => WECOM_MARK_KEYS.has(k)) || candidates.some((c) => c.field === 'nickname')) return;
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === remark) candidates.splice(i, 1);
  candidates.push({ col: remark, field: 'name', confidence: nickname.confidence });
  nickname.field = 'nickname';
  nickname.synonym = undefined;
}

/** Columns only Shopify's order export has: its Name is the order's (#1001). */
const SHOPIFY_ORDER_KEYS: ReadonlySet<string> = new Set(['lineitem name', 'financial status', 'fulfillment status'].map((w) => foldHeader(w).key));

/**
 * Shopify heads its order number Name (#1001, #1002): a name column whose values are order numbers
 * (holdsOrderNumbers) is the order number, and so is Name beside Shopify's own columns (Lineitem name,
 * Financial Status), whatever its values (an export an earlier version cleaned holds 1001, its # lost).
 * Read as the customer's name, every order would be a customer of its own (and Billing Name, the
 * buyer, would lose the name).
 */
function nameOfOrders(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  const shopify = texts.some((h) => SHOPIFY_ORDER_KEYS.has(foldHeader(h).key));
  for (const c of candidates) {
    if (c.field !== 'name') continue;
    const values = sample?.[c.col];
    const orders = (shopify && foldHeader(texts[c.col]).key === 'name') || (values !== undefined && holdsOrderNumbers(values));
    if (orders) {
      c.field = 'orderId';
      c.synonym = undefined;
    }
  }
}

/** Synonyms of customerId that say only "id". */
const BARE_ID_KEYS: ReadonlySet<string> = new Set(['id'].map((w) => foldHeader(w).key));

/**
 * A bare Id beside an order number (Shopify's orders export: Name #1024 … Id 5801234567001) is the
 * order's own number in the shop's system, one per order: read as the customer number, every order was
 * a customer of its own and two orders of one buyer two customers told apart by it. It stays unread.
 */
function idOfOrders(candidates: Candidate[]): void {
  if (!candidates.some((c) => c.field === 'orderId')) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.field === 'customerId' && c.synonym !== undefined && BARE_ID_KEYS.has(c.synonym)) candidates.splice(i, 1);
  }
}

/** Synonyms of customerId that say only "the record's id" (HubSpot's Record ID). */
const RECORD_ID_KEYS: ReadonlySet<string> = new Set(['record id', 'id', 'no'].map((w) => foldHeader(w).key));

/**
 * A deals export's Record ID is the deal's (HubSpot writes one per deal): read as the customer number,
 * each deal was a customer of its own, and a company's two deals two customers told apart by it. It is
 * the deal's number, as an order's is (plan/deal-list.ts).
 */
function idOfDeals(candidates: Candidate[], texts: readonly string[]): void {
  if (!isDealList(texts) || candidates.some((c) => c.field === 'orderId')) return;
  for (const c of candidates) {
    if (c.field !== 'customerId' || c.synonym === undefined || !RECORD_ID_KEYS.has(c.synonym)) continue;
    c.field = 'orderId';
    c.synonym = undefined;
  }
}

/** Synonyms of amount that say only "sales": the money, or the salespeople, as the column's values tell. */
const BARE_SALES_KEYS: ReadonlySet<string> = new Set(['sales'].map((w) => foldHeader(w).key));
/** Below a header naming the owner (Account Manager, Sales Rep): read from values, a bare Sales is the less sure of two. */
const SALES_PEOPLE_CONFIDENCE = 0.9;

/**
 * A bare Sales column holding people's names (Emma Lewis, Ryan Cole) says who sold to the customer: he
 * is the owner, before a trades firm's Engineer or Technician beside it (a fallback of owner), who would
 * otherwise get every reminder. One holding amounts stays the amount (holdsPeopleNames needs no digit).
 */
function salesOfPeople(candidates: Candidate[], sample?: Cell[][]): void {
  for (const c of candidates) {
    if (c.field !== 'amount' || c.synonym === undefined || !BARE_SALES_KEYS.has(c.synonym)) continue;
    const values = sample?.[c.col];
    if (values === undefined || !holdsPeopleNames(values)) continue;
    c.field = 'owner';
    c.synonym = undefined;
    c.fallback = undefined;
    c.confidence = Math.min(c.confidence, SALES_PEOPLE_CONFIDENCE);
  }
}

/**
 * A column read as a count of orders (Total Purchase, one fuzzy step from Purchases; a bare Purchases)
 * whose values are money with its currency (₹1,25,000, $980.50) is what the customer spent: read as
 * orders, every amount would be "not a whole number", and its ₹ would no longer say India.
 */
function ordersOfMoney(candidates: Candidate[], sample?: Cell[][]): void {
  for (const c of candidates) {
    const values = sample?.[c.col];
    if (c.field !== 'orders' || values === undefined || !holdsMoney(values)) continue;
    c.field = 'amount';
    c.synonym = undefined;
    c.fallback = undefined;
  }
}

/**
 * A bare RM is a bank's or a distributor's Relationship Manager in India and Singapore, and the ringgit
 * in Malaysia: the owner when the column holds people's names (Kelvin Ong), else left as it was.
 */
const BARE_RM_KEY = foldHeader('RM').key;
/** India's PIN (a 6-digit PIN code) beside the address it belongs to; alone it may be a card's or a login's PIN. */
const BARE_PIN_KEY = foldHeader('PIN').key;
const ADDRESS_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['address', 'city', 'district', 'province']);
/** Read from its values and its neighbours, a bare RM or PIN is a little less sure than a header read whole. */
const BARE_WORD_CONFIDENCE = 0.9;

function managerOrPin(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  const besideAddress = candidates.some((c) => ADDRESS_FIELDS.has(c.field));
  texts.forEach((h, col) => {
    const key = foldHeader(h).key;
    const values = sample?.[col];
    const field: FieldId | null = key === BARE_RM_KEY && values !== undefined && holdsPeopleNames(values) ? 'owner'
      : key === BARE_PIN_KEY && besideAddress ? 'postcode' : null;
    if (field === null) return;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
    candidates.push({ col, field, confidence: BARE_WORD_CONFIDENCE });
  });
}

/**
 * A bare Partner in an accountancy or law practice's client list is the firm's partner who owns the
 * client (uk-fees: Client | Annual Fee | Partner): the owner. In a financial planner's joint clients it
 * is the client's wife or husband, another on every row. Told by the values: a practice's few
 * partners each hold several clients (a name on two rows or more).
 */
const BARE_PARTNER_KEY = foldHeader('Partner').key;

function partnerOfFirm(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  const col = texts.findIndex((h) => foldHeader(h).key === BARE_PARTNER_KEY);
  const values = col < 0 ? undefined : sample?.[col];
  if (values === undefined || !holdsPeopleNames(values) || candidates.some((c) => c.field === 'owner' && !c.fallback)) return;
  const names = values.map((v) => cellText(v).trim()).filter((v) => v !== '');
  if (names.length < 2 || new Set(names).size === names.length) return;
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
  candidates.push({ col, field: 'owner', confidence: BARE_WORD_CONFIDENCE });
}

/**
 * A practice's Provider (Primary Provider, Provider Name) is the dentist, hygienist or therapist who
 * treats the patient (tester h69: a recall list's Provider of Dr. Patel and Hyg. Amy left every reminder
 * Unassigned). Elsewhere it is a telecom's carrier, an insurer, a payment service: the owner only when
 * its values are clinicians', most of them written with their title (Dr. Patel, Hyg. Amy, Lee RDH).
 */
const CLINICIAN_TITLE = /^(?:dr|doctor|prof|hyg|hygienist|rdh|nurse|np|rn)\b|\b(?:dds|dmd|rdh|md|np|rn|pt|dpt|lmt)\.?$|医生$|医师$|^(?:医生|医师)/iu;
/**
 * A guesthouse's 前台 (Front Desk) is the receptionist who checked the guest in (阿珍, 小杨): who served
 * him, when no 管家 or rep holds him. A firm's 前台 column may hold its reception's number instead.
 */
const FRONT_DESK_KEYS: ReadonlySet<string> = new Set(['前台', '前台接待', '接待前台', '前台人员', 'front desk', 'front desk staff'].map((w) => foldHeader(w).key));
/** Clinicians written with their title: at least this share of a column's filled values. */
const TITLED_SHARE = 0.6;

function holdsClinicians(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => c !== undefined && !isBlank(c)).map((c) => cellText(c).trim());
  return filled.length >= 3 && filled.filter((v) => CLINICIAN_TITLE.test(v)).length >= filled.length * TITLED_SHARE;
}

/** A Provider of clinicians, a 前台 or a staff column of people's names: who looks after the customer, where no column says who holds him. */
function carerOfNames(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  texts.forEach((h, col) => {
    const key = foldHeader(h).key;
    const values = sample?.[col];
    if (values === undefined) return;
    // A staff header another field already reads (a 设计师电话 is no staff key) is left to it.
    const staff = isStaffKey(key) && candidates.every((c) => c.col !== col || c.field === 'owner') && holdsStaffNames(values);
    const carer = staff || (isProviderHeader(h) && holdsClinicians(values)) || (FRONT_DESK_KEYS.has(key) && holdsPeopleNames(values));
    if (!carer) return;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
    candidates.push({ col, field: 'owner', confidence: BARE_WORD_CONFIDENCE, fallback: true });
  });
}

/**
 * A bare WA is WhatsApp in an Indian or a 外贸 sheet, and Western Australia or anything else elsewhere;
 * 微信/WhatsApp (WeChat/WhatsApp) holds a WeChat ID or a number. Either is the mobile when its values
 * are phone numbers (+971 50 123 4567, 919876543210): read as one, a number is cleaned, its lost + put
 * back and it finds duplicates; else WA stays unread and 微信/WhatsApp the WeChat ID it was.
 */
const WHATSAPP_KEYS: ReadonlySet<string> = new Set(['WA', 'WhatsApp/微信', 'Whatsapp/微信', 'WhatsApp/WeChat', '微信/WhatsApp', '微信/Whatsapp', 'WeChat/WhatsApp', 'WeChat/Whatsapp', 'Wechat/WhatsApp', 'Wechat/Whatsapp']
  .map((w) => foldHeader(w).key));

function whatsAppOfNumbers(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  texts.forEach((h, col) => {
    const values = sample?.[col];
    if (!WHATSAPP_KEYS.has(foldHeader(h).key) || values === undefined || !holdsPhoneNumbers(values)) return;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
    candidates.push({ col, field: 'mobile', confidence: BARE_WORD_CONFIDENCE });
  });
}

/** A bare CC header: the country when its values are country codes (a list tool's export), else left as it is. */
const BARE_CC_KEY = foldHeader('CC').key;

/**
 * A bare CC column holding country codes (US, CA, GB) names each row's country: its numbers are read
 * by that country's rules (row-region.ts). CC is also an e-mail's carbon copy and a cost centre, whose
 * values tell them apart. Beside Mailchimp's geo-IP columns it is where the subscriber's network was,
 * no address (header-match.ts GEOLOCATED_KEYS; sheet-locale.ts reads it as a hint only).
 */
function countryCodes(candidates: Candidate[], texts: readonly string[], geolocated: boolean, sample?: Cell[][]): void {
  if (geolocated || !sample) return;
  texts.forEach((h, col) => {
    const values = sample[col];
    if (foldHeader(h).key !== BARE_CC_KEY || values === undefined || !holdsCountryCodes(values)) return;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
    candidates.push({ col, field: 'country', confidence: BARE_WORD_CONFIDENCE });
  });
}

/** Synonyms of customerId that say only "number": in a form export, whose number the values tell. */
const BARE_NUMBER_KEYS: ReadonlySet<string> = new Set(['id', 'no', '编号'].map((w) => foldHeader(w).key));

/**
 * A form export numbers its responses (Microsoft Forms' ID, 腾讯问卷's 编号: 1, 2, 3 …) and says how each
 * came in (Qualtrics' Status: IP Address, Survey Preview, Spam): read as the customer's number, every
 * response would be a customer id, and as his status, a preview or spam would be the customer's
 * standing. Both stay unread, when the values say so: a team's own Status column added beside the
 * responses (Contacted, Won) is still the customer's.
 */
function responseColumns(candidates: Candidate[], formExport: boolean, sample?: Cell[][]): void {
  if (!formExport || !sample) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const values = sample[c.col];
    if (values === undefined) continue;
    const numbered = c.field === 'customerId' && c.synonym !== undefined && BARE_NUMBER_KEYS.has(c.synonym) && holdsRunningNumbers(values);
    const howItCame = c.field === 'status' && holdsResponseTypes(values);
    if (numbered || howItCame) candidates.splice(i, 1);
  }
}

/** Columns only Xero's contacts export has. */
const XERO_CONTACT_KEYS: ReadonlySet<string> = new Set(['AccountsReceivableTaxCodeName', 'SAAddressLine1', 'DueDateSalesTerm'].map((w) => foldHeader(w).key));

/**
 * Xero's contacts export names the customer, a business, in its ContactName (Bayside Plumbing Ltd)
 * and the person to write to in FirstName and LastName: ContactName is the company there, which
 * its values alone do not always show (Kowhai Cafe). Its LegalName is the same business's registered
 * name, often left blank: read as the person's name, each blank would be a missing name.
 */
function xeroContactName(candidates: Candidate[], texts: readonly string[]): void {
  if (!texts.some((h) => XERO_CONTACT_KEYS.has(foldHeader(h).key)) || candidates.some((c) => c.field === 'company')) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.field !== 'name') continue;
    const key = foldHeader(texts[c.col]).key;
    if (key === 'contactname') {
      c.field = 'company';
      c.synonym = undefined;
    } else if (key === 'legalname') candidates.splice(i, 1);
  }
}

/** A bare Turnover: the ledger's sales to the customer (Sage), or, in a lead list, the firm's own size. */
const BARE_TURNOVER_KEYS: ReadonlySet<string> = new Set(['turnover'].map((w) => foldHeader(w).key));
/** Headers of a firm's size (Employees, Headcount): beside them, a Turnover is the firm's, as Annual Turnover. */
const FIRM_SIZE_KEYS: ReadonlySet<string> = new Set(['employees', 'no of employees', 'number of employees', 'employee count', 'headcount', 'staff', 'company size', '员工人数', '公司规模'].map((w) => foldHeader(w).key));

/**
 * A bare Turnover beside the firm's headcount (a UK lead list: Turnover £12.5m, Employees 40) is the
 * customer firm's own business, never what he bought from us: left unread, as Annual Turnover is.
 */
function turnoverOfFirm(candidates: Candidate[], texts: readonly string[]): void {
  if (!texts.some((h) => FIRM_SIZE_KEYS.has(foldHeader(h).key))) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.field === 'amount' && c.synonym !== undefined && BARE_TURNOVER_KEYS.has(c.synonym)) candidates.splice(i, 1);
  }
}

/** Synonyms of customerType that say only "type": whose type, the sheet's other columns tell. */
const BARE_TYPE_KEYS: ReadonlySet<string> = new Set(['type', '类型'].map((w) => foldHeader(w).key));

/**
 * A bare Type in a booking system's export (Acuity: Type | Calendar | Appointment Price | Appointment
 * ID) is what was booked (Deep Tissue Massage 60min, Consultation), not the kind of customer who booked
 * it: read as his type, every client would be of an unknown type named after a massage, and the
 * what-if would compare services with lifecycle classes. It stays unread there.
 */
function typeOfBooking(candidates: Candidate[], texts: readonly string[]): void {
  if (!texts.some((h) => h !== '' && namesBooking(h))) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const bare = c.synonym !== undefined && ((c.field === 'customerType' && BARE_TYPE_KEYS.has(c.synonym)) || BOOKING_TIME_KEYS.has(c.synonym));
    if (bare) candidates.splice(i, 1);
  }
}

/**
 * A bare Start Date or End Date (Calendly's Start Date & Time | End Date & Time) in a booking system's
 * export is when the meeting or appointment starts and ends, as Acuity's Start Time is: no contract's.
 * Read as one, every meeting this week was a "contract ending" reminder, canceled ones too. It stays
 * unread there, an appointment's day (dedupe/unread-columns.ts: two days are two meetings).
 */
const BOOKING_TIME_KEYS: ReadonlySet<string> = new Set(['start date', 'end date'].map((w) => foldHeader(w).key));

/** Synonyms of tier that name a member's card, which a shop may use for his level or for his kind. */
const MEMBER_TYPE_KEYS: ReadonlySet<string> = new Set(['会员类型', '会员卡类型'].map((w) => foldHeader(w).key));

/**
 * 会员类型 is a shop's member ladder (普通会员, 金卡, 钻石卡) in one POS and the kind of member (个人会员 /
 * 企业会员, 学生会员, 年卡) in another: a column of kinds is no value tier. Read as one, its 个人 and 企业
 * were tiers the user was asked to define, and the tier column the run adds was named apart from it.
 * It stays unread, as typed, when its values are kinds at least as often as levels.
 */
function memberKinds(candidates: Candidate[], sample?: Cell[][]): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const values = sample?.[c.col];
    if (c.field === 'tier' && c.synonym !== undefined && MEMBER_TYPE_KEYS.has(c.synonym) && values !== undefined && holdsMemberKinds(values)) candidates.splice(i, 1);
  }
}

/**
 * A 客户类型 or 客户分类 whose values name no class (企业微信's 微信 / 企业微信, 金蝶's 02 批发) is the kind of
 * account or a channel, not the customer's class: it stays unread, as typed (type-column-values.ts).
 */
function typesOfNoClass(candidates: Candidate[], settings: Settings, sample?: Cell[][]): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    const values = sample?.[c.col];
    if (c.field === 'customerType' && c.synonym !== undefined && KIND_ONLY_TYPE_KEYS.has(c.synonym) && values !== undefined && namesNoClass(values, settings)) candidates.splice(i, 1);
  }
}

/**
 * Outlook exports a contact's Home and Business addresses side by side (Home Street … Home Postal Code,
 * Business Street … Business Postal Code). Each part of the address is taken from one of them, never a
 * home city with a business street: the one the sample fills more (a client list of firms fills the
 * Business columns, a personal address book the Home ones). On a tie (or without values) Business wins in
 * Outlook's own export, English or Chinese, as a contact list kept in Outlook is most often one of work;
 * elsewhere home does: a list of people the user keeps with a 住宅地址 and a 商务地址 is a personal one, and
 * its home address is where a card or a gift goes. The other stays unread, as typed.
 */
/** Outlook's English export writes each part as Home Street, Business City, Home Postal Code, Business Country/Region. */
const OUTLOOK_EN_ADDRESS = /^\s*(?:home|business|other)\s+(?:street|city|state|postal\s+code|country\s*\/\s*region)\s*\d*\s*$/iu;
const ADDRESS_PARTS: ReadonlySet<FieldId> = new Set<FieldId>(['address', 'city', 'province', 'district', 'postcode', 'country']);
const ADDRESS_OWNERS = ['home', 'business'] as const;
/** Outlook's Chinese export: 住宅地址 街道 is Home Street, 商务地址 市/县 Business City. */
const ADDRESS_OWNER_WORDS: Readonly<Record<string, (typeof ADDRESS_OWNERS)[number]>> = { home: 'home', business: 'business', 住宅地址: 'home', 商务地址: 'business' };

function homeOrBusiness(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): void {
  const ownerOf = (c: Candidate) => (ADDRESS_PARTS.has(c.field) ? ADDRESS_OWNER_WORDS[foldHeader(texts[c.col]).words[0]] : undefined);
  const parts = candidates.filter((c) => ownerOf(c) !== undefined);
  if (!ADDRESS_OWNERS.every((w) => parts.some((c) => ownerOf(c) === w))) return;
  const filled = (w: string) => parts.filter((c) => ownerOf(c) === w).reduce((n, c) => n + (sample?.[c.col] ?? []).filter((v) => v !== undefined && !isBlank(v)).length, 0);
  const outlook = isOutlookZhExport(texts) || texts.some((h) => OUTLOOK_EN_ADDRESS.test(h));
  const home = filled('home');
  const business = filled('business');
  const loser = home > business || (home === business && !outlook) ? 'business' : 'home';
  for (const c of parts) if (ownerOf(c) === loser) candidates.splice(candidates.indexOf(c), 1);
}

/** Rows a sample needs before an empty column of it says the column is empty. */
const MIN_SAMPLE_ROWS = 3;

/** Synonyms of contractEnd that name an insurance premium falling due (fields.ts). */
const PREMIUM_DUE_KEYS: ReadonlySet<string> = new Set(PREMIUM_DUE_SYNONYMS.map((w) => foldHeader(w).key));
/** Of them and beside them, a payment still to come (下次缴费日, Next Payment): a due day in any sheet (fields.ts). */
const PAYMENT_AHEAD_KEYS: ReadonlySet<string> = new Set(PAYMENT_AHEAD_SYNONYMS.map((w) => foldHeader(w).key));

/**
 * 交费日期 in a sheet of policies (isPolicyHeader: 保单号, 投保人, 保费) is the premium falling due, the
 * agent's yearly call: it is the contract end before the policy's own (保险止期 2040 of a life policy
 * says nothing this year). Elsewhere a payment's date may be one already made (a gym's 缴费日期): it
 * stays unread, and never takes a membership's 到期日期 from it. Returns the candidates to rank first.
 */
function premiumDue(candidates: Candidate[], texts: readonly string[], sample?: Cell[][]): Set<Candidate> {
  const premium = (c: Candidate) => c.field === 'contractEnd' && c.synonym !== undefined && (PREMIUM_DUE_KEYS.has(c.synonym) || PAYMENT_AHEAD_KEYS.has(c.synonym));
  const ahead = (c: Candidate) => c.synonym !== undefined && PAYMENT_AHEAD_KEYS.has(c.synonym);
  if (!candidates.some(premium)) return new Set();
  // A premium column that describes the day (每年3月5日) holds no date to remind of: the policy's
  // own 到期日 keeps its renewals.
  const dated = (c: Candidate) => !sample?.[c.col] || holdsDates(sample[c.col]) || (PREMIUM_DUE_KEYS.has(c.synonym as string) && holdsDueDays(sample[c.col]));
  // A list of money owed (invoiceDue) reads its Payment Due Date as a policy sheet reads its premium's.
  const policies = texts.some((h) => h !== '' && (isPolicyHeader(h) || isOwedIn(h, texts)));
  for (let i = candidates.length - 1; i >= 0; i--) if (premium(candidates[i]) && !((policies || ahead(candidates[i])) && dated(candidates[i]))) candidates.splice(i, 1);
  return new Set(candidates.filter(premium));
}

/** A bare day of a payment (缴费日期, 交费日期, 付费日期): made, or falling due, as the sheet says. */
const PAID_DAY_KEYS: ReadonlySet<string> = new Set(['缴费日期', '交费日期', '缴费时间', '交费时间', '付费日期', '缴款日期'].map((w) => foldHeader(w).key));

/**
 * A school's 繳費日期 beside its 下次繳費日 (a payment still to come, PAYMENT_AHEAD_SYNONYMS): the
 * day the fee was paid, the family's purchase (tester h72 #11: it went unread beside the next one).
 * Where no such column says so, a bare 缴费日期 may be either and stays unread (a policy sheet's is a
 * premium due: premiumDue). Read once premiumDue has kept or dropped it as a due.
 */
function paidBesideDue(candidates: Candidate[], texts: readonly string[]): void {
  const aheadCol = (c: Candidate) => c.field === 'contractEnd' && c.synonym !== undefined && PAYMENT_AHEAD_KEYS.has(c.synonym);
  if (!candidates.some(aheadCol) || candidates.some((c) => c.field === 'lastPurchase' && !c.fallback)) return;
  texts.forEach((h, col) => {
    const key = foldHeader(h).key;
    if (!PAID_DAY_KEYS.has(key) || candidates.some((c) => c.col === col)) return;
    candidates.push({ col, field: 'lastPurchase', confidence: 1, synonym: key, fallback: true });
  });
}

const INVOICE_DUE_KEYS: ReadonlySet<string> = new Set(INVOICE_DUE_SYNONYMS.map((w) => foldHeader(w).key));

/**
 * A Due Date (Fälligkeit, 付款到期日) on a list of money owed (a Xero customer list's Balance, a 欠款
 * column) is the day the debt falls due, reminded as a payment (remind/due-label.ts); a Payment Due
 * Date there is one too, not only in a sheet of policies. Elsewhere a due date may be a task's or a
 * loan's: it stays unread. Returns the candidates to rank first, as premiumDue does.
 */
function invoiceDue(candidates: Candidate[], texts: readonly string[]): Set<Candidate> {
  const due = (c: Candidate) => c.field === 'contractEnd' && c.synonym !== undefined && INVOICE_DUE_KEYS.has(c.synonym);
  if (!candidates.some(due)) return new Set();
  const owes = texts.some((h) => h !== '' && isOwedIn(h, texts));
  for (let i = candidates.length - 1; i >= 0; i--) if (due(candidates[i]) && !owes) candidates.splice(i, 1);
  return new Set(candidates.filter(due));
}

/** A due day read from its dates under a header of money owed (dated-dues.ts): below any header match. */
const DATED_DUE_CONFIDENCE = 0.6;

/** Plate synonyms that name a car only when the cells are plates (fields.ts): a garage's Reg, not an event's Registration. */
const PLATE_BY_CELLS: ReadonlySet<string> = new Set(['reg', 'registration'].map((w) => foldHeader(w).key));

/**
 * A bare Reg or Registration is the car's plate where its cells are plates (LS68 WER): two plates of one
 * customer are his two cars, never merged. Elsewhere (an event's Registration: Paid, 2026-03-01) it is
 * no plate, and stays unread.
 */
function platesOfRegistration(candidates: Candidate[], sample?: Cell[][]): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.field !== 'plate' || !PLATE_BY_CELLS.has(c.synonym ?? '')) continue;
    const values = sample?.[c.col];
    if (values === undefined || !holdsPlates(values)) candidates.splice(i, 1);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Fields a customer may have several of, each in its own column (Outlook's Home / Business / Mobile
 * Phone, Google's Phone 1 / Phone 2, 电话 / 电话2, 'Secondary Email'). A second column of one of
 * these is mapped as an extra column of the field rather than left unread.
 */
export const MULTI_VALUE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone', 'email', 'wechat', 'qq']);

/**
 * Fields whose second column is read as an extra column: the multi-value ones, and a contract end
 * beside another (保险到期 and 年检到期, 会员卡到期 and 私教课到期), each falling due and reminded in
 * its own words (remind/remind.ts `extraDues`). Unlike a second phone's, the contract end's main
 * column is the one that names it more fully, as for any field held once. A second follow-up column
 * (Follow-up Date beside Next Step Date) too: a call planned in either is due (remind/rules/follow-up.ts).
 */
export const EXTRA_COLUMN_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([...MULTI_VALUE_FIELDS, 'contractEnd', 'nextFollowUp',
  // A patient's doctor and hygienist, two carers of his (主治医生 and 洁牙师 beside the 咨询师): both read.
  'carer']);
/**
 * Extra-column fields whose fallback match stays unread beside the column that names the field: a bare
 * Follow Up beside a Next Follow-up Date holds a CRM's notes of the follow-up ("Send proposal"), no date.
 * (A 年检到期 beside 保险到期, a fallback of contractEnd, is a due date of its own.)
 */
const NO_FALLBACK_EXTRA: ReadonlySet<FieldId> = new Set<FieldId>(['nextFollowUp']);

/**
 * Maps each header to a field. `sample`, when given, holds the first data rows of each column
 * (`sample[col]` is that column's cells, ~50 of them): a header no synonym fits can then be
 * mapped from its values, at confidence ≤ 0.7. Each field goes to one column at most: the best
 * confidence wins (a column matched by a fallback synonym only when no other column names the field),
 * ties go to the leftmost, and the loser is left unmapped; the exceptions are a
 * second mobile column, which becomes `phone` when no column claimed that, and further columns of
 * a field a customer may have several of (MULTI_VALUE_FIELDS), mapped as its extra columns.
 */
/**
 * The sheet's customers are children: a parent column (家长, 家长电话, 监护人, Parent Name) among the
 * user's own columns (not those an earlier run added). Its phone and address are then the parent's,
 * shared by every child of the family: duplicate finding hears it (DedupeOptions.children).
 */
export function customersAreChildren(headers: readonly unknown[], titles: readonly string[] = []): boolean {
  const texts = headers.map((h) => (typeof h === 'string' ? h.trim() : ''));
  const run = runColumns(texts, titles);
  return texts.some((h, col) => !run.has(col) && h !== '' && isGuardianHeader(h));
}

/** A wedding studio's couple, one column each (fields.ts): the one not read as the name is the row's second person. */
const COUPLE: ReadonlySet<string> = new Set(['新郎', '新郎姓名', '新娘', '新娘姓名', 'groom', 'groom name', 'bride', 'bride name'].map((h) => foldHeader(h).key));

/**
 * A person's other name written in a column of its own (中文名 陳大文 beside Client Name Peter Chan): beside
 * the name column, read as the name's extra column, the same person's second name (dedupe/other-names.ts).
 * A mainland sheet's 英文名 is not here: a pupil's Lucy or Tom is a nickname of his class, no name of his.
 */
const SECOND_NAMES: ReadonlySet<string> = new Set(['中文名', '中文姓名', '中文名字', 'chinese name', 'name in chinese', 'english name', 'name in english'].map((h) => foldHeader(h).key));

/** `recorded`: the headers the host recorded as an earlier run's own columns (Grid.ownColumns). */
export function mapHeaders(headers: string[], settings: Settings, sample?: Cell[][], recorded?: readonly string[]): ColumnMapping[] {
  const minConfidence = settings.headers?.minConfidence ?? 0;
  const texts = headers.map((h) => (typeof h === 'string' ? h.trim() : ''));
  const result: ColumnMapping[] = texts.map((header, col) => ({
    col, header, field: null, confidence: 0, source: 'none', write: 'keep',
  }));
  const taken = new Set<FieldId>();
  // The columns an earlier run added (a cleaned file cleaned again) hold no field of the user's.
  const titles = runTitles(settings.classify?.custom, recorded);
  const run = runColumns(texts, titles);
  // The user's headers in place, the run's blanked: what the rules below read of the sheet's own columns.
  const users = texts.map((h, col) => (run.has(col) ? '' : h));

  // Overrides: literal hits before folded ones, then left to right.
  const firstPass = texts.map((header, col) => (header === '' || run.has(col) ? null : findOverride(header, settings)));
  const literalKeys = new Set(firstPass.filter((h) => h?.literal).map((h) => h!.text));
  const overrideHits = texts
    .map((header, col) => ({ col, hit: firstPass[col] && findOverride(header, settings, literalKeys) }))
    .filter((o): o is { col: number; hit: OverrideHit } => o.hit != null)
    .sort((a, b) => Number(b.hit.literal) - Number(a.hit.literal) || a.col - b.col);
  const overridden = new Map<number, OverrideValue>();
  for (const { col, hit } of overrideHits) {
    if (hit.value === 'ignore') {
      overridden.set(col, 'ignore');
      result[col] = { ...result[col], confidence: 1, source: 'override' };
    } else if (!taken.has(hit.value)) {
      overridden.set(col, hit.value);
      taken.add(hit.value);
      result[col] = { ...result[col], field: hit.value, confidence: 1, source: 'override', write: FIELD_BY_ID[hit.value].write };
    } else if (EXTRA_COLUMN_FIELDS.has(hit.value)) {
      overridden.set(col, hit.value);
      result[col] = { ...result[col], field: hit.value, confidence: 1, source: 'override', write: FIELD_BY_ID[hit.value].write, extra: true };
    }
  }

  // A column whose override lost its field to another column stays unmapped, as the user named it.
  const hasOverride = new Set(overrideHits.map((o) => o.col));
  const candidates: Candidate[] = [];
  // A parent column (家长, 监护人, Parent Name) says the customer is a child: a school's student, whose
  // name and birthday the sheet may write as 孩子姓名, 孩子生日.
  const childIsCustomer = customersAreChildren(texts, titles);
  // A pet column (宠物名, Pet DOB, Species) says the customer is the pets' owner: 主人, Owner Name.
  const petOwnerIsCustomer = texts.some((h, col) => !run.has(col) && h !== '' && isPetHeader(h));
  // A buyer account column (买家会员名, Buyer ID): a marketplace's export, whose 店铺名称 is the seller's own shop.
  const sellersExport = texts.some((h, col) => !run.has(col) && h !== '' && isBuyerAccountHeader(h));
  // A form or survey export (Response ID, IP Address, Timestamp): its Start Date and End Date are the response's.
  const formExport = isFormExport(users);
  // Mailchimp's geo-IP columns (GMTOFF): its REGION and CC are where the subscriber's network was.
  const geolocated = texts.some((h, col) => !run.has(col) && h !== '' && isGeolocatedMark(h));
  // Qualtrics' ExternalReference or DistributionChannel: its Recipient columns are the respondent's.
  const surveyPanel = texts.some((h, col) => !run.has(col) && h !== '' && isSurveyPanelMark(h));
  // Outlook's Chinese contacts export (电子邮件显示名称, 商务地址 街道, 名 beside 姓): its 类别 is Categories, the tags.
  const outlookZh = isOutlookZhExport(users);
  const context: MatchOptions = { childIsCustomer, petOwnerIsCustomer, sellersExport, formExport, geolocated, surveyPanel, outlookZh };
  // A column naming the student or child (学员姓名, 孩子姓名, Student Name) names the customer when no
  // other column does but the person to contact (联系人: his parent, whom the school calls): a
  // school's customer is the student, and two siblings of one parent are two customers, not one.
  const namesChild = (h: string) => {
    const m = readHeader(h, { ...context, childIsCustomer: true });
    return m !== null && m !== 'refused' && m.field === 'name';
  };
  const student = texts.some((h, col) => !run.has(col) && h !== '' && !hasOverride.has(col) && isStudentNameHeader(h) && namesChild(h));
  if (student && !childIsCustomer) {
    const otherNamed = [...overridden.values()].includes('name') || texts.some((h, col) => {
      if (hasOverride.has(col) || run.has(col) || h === '' || isStudentNameHeader(h) || isContactNameHeader(h)) return false;
      return namesChild(h);
    });
    context.childIsCustomer = !otherNamed;
  }
  context.contactIsGuardian = student && context.childIsCustomer === true;
  // The respondent's own columns are no one else's: they neither name a second party nor hide the customer's.
  const secondParty = (h: string) => isSecondPartyHeader(h) && !(surveyPanel && isSurveyRecipientHeader(h));
  // A baby column (宝宝生日, 宝宝性别): a 月子中心's or a mother-and-baby shop's sheet, whose customer is
  // the mother (宝妈姓名, 妈妈生日, 会员姓名), unless the baby is all it names (an early-education
  // centre's 宝宝姓名) or a parent column says the child is the customer.
  if (texts.some((h, col) => !run.has(col) && h !== '' && isBabyHeader(h))) {
    const namesWhom = (baby: boolean) => texts.some((h, col) => {
      if (hasOverride.has(col) || run.has(col) || h === '' || isBabyHeader(h) !== baby) return false;
      const m = readHeader(h, { ...context, motherIsCustomer: !baby, babyIsCustomer: baby });
      return m !== null && m !== 'refused' && m.field === 'name';
    });
    context.babyIsCustomer = context.childIsCustomer === true || (namesWhom(true) && !namesWhom(false));
    context.motherIsCustomer = !context.babyIsCustomer;
  }
  // An order or shipment number (订单号, 运单号, Tracking number): the sheet lists orders, whose 物流公司 is the carrier's.
  context.orderList = texts.some((h, col) => {
    if (run.has(col) || h === '') return false;
    const m = readHeader(h, context);
    return m !== null && m !== 'refused' && m.field === 'orderId';
  }) || [...overridden.values()].includes('orderId');
  // No column of the sheet's own naming the contact (名, 姓名, 联系人 …): its 经理姓名, 经理电话 are the
  // contact's (a chain's list of store managers), not his manager's as beside Outlook's 名 and 姓.
  const ownName = (f: string) => f === 'name' || f === 'firstName' || f === 'lastName';
  context.colleagueIsContact = ![...overridden.values()].some(ownName) && !texts.some((h, col) => {
    if (hasOverride.has(col) || run.has(col) || h === '') return false;
    const m = readHeader(h, context);
    return m !== null && m !== 'refused' && ownName(m.field);
  });
  // A column naming the customer that is no recipient's or insured's (订购人 beside 收花人, 投保人 beside
  // 被保人, Billing Name beside Shipping Name): the recipient or the insured is someone else.
  context.customerNamedElsewhere = [...overridden.values()].includes('name') || texts.some((h, col) => {
    if (hasOverride.has(col) || run.has(col) || h === '' || secondParty(h)) return false;
    const m = readHeader(h, context);
    return m !== null && m !== 'refused' && m.field === 'name';
  });
  context.recipientNamed = context.customerNamedElsewhere && texts.some((h, col) => !run.has(col) && h !== '' && isRecipientHeader(h) && !(surveyPanel && isSurveyRecipientHeader(h)));
  // 联系人2 | 电话2 beside 联系人1 | 电话1: the second contact's columns, none of the first contact's.
  const otherContacts = otherContactColumns(users, (h) => {
    const m = readHeader(h, context);
    return m !== null && m !== 'refused' ? m.field : null;
  });
  // The customer's child (宝宝姓名 | 宝宝生日 beside 妈妈姓名, 孩子生日 beside 客户姓名): the child's own
  // columns, never the customer's (child-columns.ts). Not where the child is the customer (a school
  // beside a parent column, an early-education centre naming only the baby) nor in a pet's sheet; a
  // 学员 only beside a student column another column outnames (客户姓名 beside 学员姓名).
  const childrenApart = context.childIsCustomer !== true && context.babyIsCustomer !== true && !petOwnerIsCustomer &&
    (context.motherIsCustomer === true || context.customerNamedElsewhere === true);
  const childCols = new Map<number, ChildColumn>();
  if (childrenApart) {
    texts.forEach((h, col) => {
      if (h === '' || hasOverride.has(col) || run.has(col) || otherContacts.has(col)) return;
      const child = childColumn(h);
      if (child !== null && (student || !foldHeader(h).key.startsWith('学员'))) childCols.set(col, child);
    });
  }
  texts.forEach((header, col) => {
    if (hasOverride.has(col) || run.has(col) || otherContacts.has(col) || childCols.has(col)) return;
    const m = header === '' ? null : readHeader(header, context);
    if (m === 'refused') return;
    if (m) candidates.push({ col, field: m.field, confidence: m.confidence, synonym: m.synonym, fallback: m.fallback });
    else if (header !== '' && sample?.[col]) {
      const s = sniffColumn(sample[col]);
      if (s) candidates.push({ col, field: s.field, confidence: s.confidence });
    }
  });
  // MOT Due, Accounts Due, 尾款截止日 holding dates: a due day (dated-dues.ts), never money owed, and no
  // debt that makes the sheet a list of money owed (invoiceDue below).
  const datedDues = datedDueColumns(users, sample, (col) => !hasOverride.has(col) && !candidates.some((c) => c.col === col));
  for (const col of datedDues) candidates.push({ col, field: 'contractEnd', confidence: DATED_DUE_CONFIDENCE, synonym: foldHeader(users[col]).key, fallback: true });
  const owing = users.map((h, col) => (datedDues.has(col) ? '' : h));
  nameOfOrders(candidates, texts, sample);
  idOfDeals(candidates, texts);
  idOfOrders(candidates);
  salesOfPeople(candidates, sample);
  ordersOfMoney(candidates, sample);
  platesOfRegistration(candidates, sample);
  managerOrPin(candidates, users, sample);
  partnerOfFirm(candidates, users, sample);
  carerOfNames(candidates, users, sample);
  countryCodes(candidates, users, geolocated, sample);
  whatsAppOfNumbers(candidates, users, sample);
  responseColumns(candidates, formExport, sample);
  xeroContactName(candidates, texts);
  turnoverOfFirm(candidates, texts);
  visitsAsPurchases(candidates, texts);
  typeOfBooking(candidates, users);
  memberKinds(candidates, sample);
  typesOfNoClass(candidates, settings, sample);
  homeOrBusiness(candidates, texts, sample);
  wecomRemarkName(candidates, users);
  // A column the settings name (headers.overrides) is read as they say, also where its values would
  // make it another field (a bare RM of names, a WA of numbers): the passes above read every header.
  for (let i = candidates.length - 1; i >= 0; i--) if (hasOverride.has(candidates[i].col)) candidates.splice(i, 1);
  carersBesideRep(candidates, users, overridden, minConfidence, sample);
  applyCustomerIsCompany(candidates, overridden);
  const premiumFirst = new Set([...premiumDue(candidates, owing, sample), ...invoiceDue(candidates, owing)]);
  paidBesideDue(candidates, texts);

  // Among equals of a field held once, the header that names it more fully wins (Outlook's 'Job
  // Title' holds the job, its 'Title' the Dr. or Mrs.); else the leftmost (the first of several phones).
  // A fallback match (回款金额) comes after every other column of its field, whatever its confidence.
  const qualifies = (x?: string, y?: string) => x !== undefined && y !== undefined && x.length > y.length && x.endsWith(y);
  const outnamed = new Set(candidates.filter((c) => !MULTI_VALUE_FIELDS.has(c.field) && candidates.some((d) =>
    d.field === c.field && d.confidence === c.confidence && qualifies(d.synonym, c.synonym))));
  // A column left empty in the sample's rows comes after every filled column of its field (企业微信's
  // empty 标签 beside the 企业标签 it fills): an empty column gives the field nothing.
  const empty = (c: Candidate) => {
    const values = sample?.[c.col];
    return values !== undefined && values.length >= MIN_SAMPLE_ROWS && values.every((v) => v === undefined || isBlank(v));
  };
  // A deposit paid (定金) is part of a price: it comes after every other amount column, a price (团费) first (part-payment.ts).
  const deposit = (c: Candidate) => c.field === 'amount' && isDepositKey(c.synonym);
  const rank = (c: Candidate) =>
    c.confidence - (outnamed.has(c) ? 1e-6 : 0) - (c.fallback ? 1 : 0) - (deposit(c) ? 0.5 : 0) - (empty(c) ? 2 : 0) + (premiumFirst.has(c) ? 1e-6 : 0);
  const eligible = candidates
    .filter((c) => c.confidence >= minConfidence)
    .sort((a, b) => rank(b) - rank(a) || a.col - b.col);
  const assign = (c: Candidate, field: FieldId) => {
    taken.add(field);
    result[c.col] = { ...result[c.col], field, confidence: round(c.confidence), source: 'auto', write: FIELD_BY_ID[field].write };
  };
  const losers: Candidate[] = [];
  for (const c of eligible) {
    if (!taken.has(c.field)) assign(c, c.field);
    else losers.push(c);
  }
  // A name column whose values are companies (客户名称 in a sheet of companies: 北京星辰科技有限公司 …)
  // is the company, when no other column is.
  if (sample && !taken.has('company')) {
    const named = result.find((m) => m.field === 'name' && m.source === 'auto' && sample[m.col] && holdsOrganisations(sample[m.col]));
    if (named) {
      taken.delete('name');
      taken.add('company');
      result[named.col] = { ...named, field: 'company', write: FIELD_BY_ID.company.write };
    }
  }
  doctorOfPatients(losers, assign, taken);
  for (const c of losers) {
    if (c.field === 'name' && COUPLE.has(c.synonym ?? '') && result.some((m) => m.field === 'name' && COUPLE.has(foldHeader(m.header).key))) {
      // The other of a couple (新娘 beside 新郎): the row's second person, her name one the row may be known by.
      result[c.col] = { ...result[c.col], person: { n: 2, field: 'name' }, write: FIELD_BY_ID.name.write };
    } else if (c.field === 'name' && c.fallback && SECOND_NAMES.has(c.synonym ?? '') && result.some((m) => m.field === 'name' && !m.extra)) {
      result[c.col] = { ...result[c.col], field: 'name', confidence: round(c.confidence), source: 'auto', write: FIELD_BY_ID.name.write, extra: true };
    } else if (c.field === 'mobile' && !taken.has('phone')) assign(c, 'phone');
    else if (EXTRA_COLUMN_FIELDS.has(c.field) && !(c.fallback && NO_FALLBACK_EXTRA.has(c.field))) {
      result[c.col] = { ...result[c.col], field: c.field, confidence: round(c.confidence), source: 'auto', write: FIELD_BY_ID[c.field].write, extra: true };
    }
  }
  givenNameBesideSurname(result, taken, sample);
  surnameBesideGivenName(result, taken, sample);
  xeroStreetAddress(result, texts);
  ledgerDate(result, taken, overridden);
  subscriptionCanceled(result, taken, overridden, texts);
  for (const [col, person] of otherContacts) result[col] = { ...result[col], person, write: FIELD_BY_ID[person.field].write };
  for (const [col, child] of childCols) result[col] = { ...result[col], child, write: FIELD_BY_ID[child.field].write };
  for (const col of run) result[col] = { ...result[col], run: true };
  return withInsuredColumns(result);
}

/**
 * A clinic's 医生 (牙医, Doctor, Dentist, Physician) beside the 患者姓名 that names the patient: the
 * doctor who treats him holds him, as a 主治医生 does, and gets his reminders (tester h66: dental.xlsx
 * said 按负责人：未分配 5). Read so only where another column is the name and none is the owner: alone
 * (a hospital's staff list, a pharmaceutical rep's doctors) the doctor is the person listed, and a
 * 客户经理 or 业务员 beside him holds the patient before him.
 */
const DOCTOR_KEYS: ReadonlySet<string> = new Set(['医生', '医生姓名', '牙医', 'doctor', 'dentist', 'physician'].map((w) => foldHeader(w).key));

function doctorOfPatients(losers: Candidate[], assign: (c: Candidate, field: FieldId) => void, taken: ReadonlySet<FieldId>): void {
  // Beside the rep who holds the patient (咨询师, 客户经理), the doctor is his carer (carersBesideRep).
  const field: FieldId | null = !taken.has('owner') ? 'owner' : !taken.has('carer') ? 'carer' : null;
  if (field === null) return;
  const doctor = losers.find((c) => c.field === 'name' && DOCTOR_KEYS.has(c.synonym ?? ''));
  if (doctor === undefined) return;
  losers.splice(losers.indexOf(doctor), 1);
  assign(doctor, field);
}

/**
 * A rep's column (咨询师, 会籍顾问, 客户经理, 业务员, 导购, Sales Rep) beside a service-staff column (主治医生,
 * 教练, 老师, 美容师, 技师, Instructor, Therapist): the rep holds the customer, follows him up and sells the
 * renewal, and owns his reminders; the staff who treats or teaches him is read as his carer, named in
 * them (tester h70 #5: a clinic's 主治医生 was taken as the owner and its 咨询师 left unread). Without a
 * rep, the service staff holds him, as the owner (a column headed 服务人员 too). 录入人, who typed the
 * card in, is neither. Ranked before the fields are given out, so one column's place never decides it.
 */
function carersBesideRep(candidates: Candidate[], texts: readonly string[], overridden: ReadonlyMap<number, OverrideValue>, minConfidence: number, sample?: Cell[][]): void {
  const staff = (c: Candidate) => c.field === 'carer' || (c.field === 'owner' && isStaffColumn(texts[c.col], c.fallback === true));
  const rep = [...overridden.values()].includes('owner') ||
    candidates.some((c) => c.field === 'owner' && !c.fallback && c.confidence >= minConfidence && !staff(c));
  if (!rep) {
    for (const c of candidates) if (c.field === 'carer') { c.field = 'owner'; c.fallback = true; }
    return;
  }
  for (const c of candidates) if (staff(c)) c.field = 'carer';
  // A service role no field reads (Therapist, 治疗师, 护士): his carer too, unless its values name no one (钢琴, Hot Yoga).
  texts.forEach((h, col) => {
    if (h === '' || overridden.has(col) || !isServiceRoleHeader(h) || candidates.some((c) => c.col === col)) return;
    const values = sample?.[col];
    if (values !== undefined && namesNoStaff(values)) return;
    candidates.push({ col, field: 'carer', confidence: BARE_WORD_CONFIDENCE, fallback: true });
  });
}

/** An owner column of service staff: a service role (主治医生, 班主任, Instructor), a staff header, or a fallback of the owner's that is no 录入人. */
function isStaffColumn(header: string, fallback: boolean): boolean {
  if (isEntryHeader(header)) return false;
  return fallback || isServiceRoleHeader(header) || isStaffKey(foldHeader(header).key);
}

/**
 * Xero's contacts export holds two addresses: the postal one (POAddressLine1, POCity, PORegion,
 * POPostalCode, POCountry), read as the address, and the street one (SAAddressLine1 … SACountry),
 * often the only one a contact has. Each SA column is read as an extra column of its PO column's
 * field: cleaned and checked like it, and the address of a row whose postal one is blank
 * (table/records.ts). A column the settings map stays as mapped.
 */
function xeroStreetAddress(result: ColumnMapping[], texts: readonly string[]): void {
  if (!texts.some((h) => XERO_CONTACT_KEYS.has(foldHeader(h).key))) return;
  const postal = new Map<string, ColumnMapping>();
  for (const m of result) {
    const key = foldHeader(m.header).key;
    if (m.field !== null && ADDRESS_PARTS.has(m.field) && !m.extra && key.startsWith('po')) postal.set(key.slice(2), m);
  }
  for (const m of result) {
    const key = foldHeader(m.header).key;
    const twin = key.startsWith('sa') ? postal.get(key.slice(2)) : undefined;
    if (m.field !== null || m.source !== 'none' || twin === undefined || twin.field === null) continue;
    result[m.col] = { ...m, field: twin.field, confidence: twin.confidence, source: 'auto', write: twin.write, extra: true };
  }
}

/**
 * A bare Name beside a Surname (South Africa's Name | Surname, a school's Name | Last Name) is the
 * given name, as First Name is beside Last Name: read as the full name, every reminder would greet
 * "Sipho" and two Siphos with other surnames would be compared as one name. Unless its cells already
 * hold the surname (Sipho Dlamini beside Dlamini): then it is the full name, kept.
 */
function givenNameBesideSurname(result: ColumnMapping[], taken: Set<FieldId>, sample?: Cell[][]): void {
  if (!taken.has('lastName') || taken.has('firstName')) return;
  const name = result.find((m) => m.field === 'name' && m.source === 'auto' && GIVEN_NAME_BESIDE_SURNAME.has(foldHeader(m.header).key));
  const surname = result.find((m) => m.field === 'lastName' && !m.extra);
  if (!name || !surname) return;
  // Its cells holding the surname beside them (Sipho Dlamini beside Dlamini): the full name.
  if (mostlyHold(sample?.[name.col] ?? [], sample?.[surname.col] ?? [], (given, family) => given.split(/\s+/).includes(family) || given.includes(family))) return;
  taken.delete('name');
  taken.add('firstName');
  result[name.col] = { ...name, field: 'firstName', write: FIELD_BY_ID.firstName.write };
}

/**
 * Whether, in at least half the sampled rows where both are filled, a name column's cell `holds`
 * the other column's (both trimmed, lower case): the two name columns' cells tell what the name
 * column holds (the whole name, or one part of it) where the headers alone cannot.
 */
function mostlyHold(names: readonly (Cell | undefined)[], parts: readonly (Cell | undefined)[], holds: (name: string, part: string) => boolean): boolean {
  const textOf = (c: Cell | undefined) => (c === undefined || isBlank(c) ? '' : cellText(c).trim().toLowerCase());
  let both = 0;
  let holding = 0;
  names.forEach((n, i) => {
    const name = textOf(n);
    const part = textOf(parts[i]);
    if (name === '' || part === '') return;
    both++;
    if (holds(name, part)) holding++;
  });
  return both > 0 && holding * 2 >= both;
}

/**
 * A French list's Nom beside its Prénom (a German Name beside Vorname, a Dutch Naam beside Voornaam)
 * is the surname: read as the whole name, every reminder would greet "Dupont" and two Duponts of
 * one firm would be compared as one person. Unless its cells already hold the given name beside it
 * (Françoise Dupont beside Françoise): then it is the whole name, kept.
 */
function surnameBesideGivenName(result: ColumnMapping[], taken: Set<FieldId>, sample?: Cell[][]): void {
  if (!taken.has('firstName') || taken.has('lastName')) return;
  const given = result.find((m) => m.field === 'firstName' && !m.extra);
  const name = result.find((m) => m.field === 'name' && m.source === 'auto' && !m.extra);
  if (!given || !name) return;
  const pairs = SURNAME_BESIDE_GIVEN_NAME[foldHeader(name.header).key];
  if (!pairs?.includes(foldHeader(given.header).key)) return;
  // Its cells holding the given name beside them (Françoise Dupont beside Françoise): the whole name.
  if (mostlyHold(sample?.[name.col] ?? [], sample?.[given.col] ?? [], (whole, first) => whole.includes(first))) return;
  taken.delete('name');
  taken.add('lastName');
  result[name.col] = { ...name, field: 'lastName', write: FIELD_BY_ID.lastName.write };
}

/** A creation date that is the order's (订单创建时间, 订单提交时间, 提交时间, Created at), not the buyer's sign-up. */
const ORDER_CREATED = /订单|创建|提交|created|create/;

/** A subscription's cancellation (Stripe's Canceled At): an order's elsewhere (Shopify's Cancelled at), so read only in a subscriptions export. */
const SUBSCRIPTION_CANCELED_KEYS: ReadonlySet<string> = new Set(['canceled at', 'cancelled at', 'canceled on', 'cancelled on', 'canceled date', 'cancelled date'].map((w) => foldHeader(w).key));

/**
 * In a subscriptions export (plan/subscription-list.ts) the day a subscription was canceled is the day
 * its customer left, as a SaaS export's Churned At is: read as endedAt where no column says so.
 */
function subscriptionCanceled(result: ColumnMapping[], taken: Set<FieldId>, overridden: ReadonlyMap<number, OverrideValue>, texts: readonly string[]): void {
  if (taken.has('endedAt') || !isSubscriptionList(texts)) return;
  const canceled = result.find((m) => m.field === null && !overridden.has(m.col) && SUBSCRIPTION_CANCELED_KEYS.has(foldHeader(m.header).key));
  if (!canceled) return;
  taken.add('endedAt');
  result[canceled.col] = { ...canceled, field: 'endedAt', confidence: 0.9, source: 'auto', write: FIELD_BY_ID.endedAt.write };
}

/** A header that says only "date": whose date, a customer list cannot tell. */
const BARE_DATE_KEYS: ReadonlySet<string> = new Set(['日期', '时间', '日期时间', 'date', 'datetime']);

/**
 * In a sales ledger (an order number, or a product with its quantity or unit price: the columns of
 * plan/order-list.ts) the one bare 日期 / Date column is the day of each row's sale: read as the
 * purchase date, so that two sales of one customer are two orders and his latest is his last
 * purchase. In any other sheet a bare date stays unread. Without one, the order's creation date is its purchase date.
 */
function ledgerDate(result: ColumnMapping[], taken: Set<FieldId>, overridden: ReadonlyMap<number, OverrideValue>): void {
  const ledger = taken.has('orderId') || (taken.has('product') && (taken.has('quantity') || taken.has('unitPrice')));
  // A deals export's close date is a won deal's purchase day (plan/deal-list.ts): its create date is the deal's.
  if (!ledger || taken.has('lastPurchase') || taken.has('closeDate')) return;
  const bare = result.filter((m) => m.field === null && !overridden.has(m.col) && BARE_DATE_KEYS.has(foldHeader(m.header).key));
  if (bare.length === 1) {
    taken.add('lastPurchase');
    result[bare[0].col] = { ...bare[0], field: 'lastPurchase', confidence: 0.8, source: 'auto', write: FIELD_BY_ID.lastPurchase.write };
    return;
  }
  // An order export's row is an order: when it was created or submitted (抖店's 订单提交时间, 淘宝's
  // 订单创建时间 without a payment time) is when the customer bought. A buyer's 注册时间 stays his own.
  const created = result.find((m) => m.field === 'createdAt' && m.source === 'auto' && ORDER_CREATED.test(foldHeader(m.header).key));
  if (!created) return;
  taken.delete('createdAt');
  taken.add('lastPurchase');
  result[created.col] = { ...created, field: 'lastPurchase', write: FIELD_BY_ID.lastPurchase.write };
}

