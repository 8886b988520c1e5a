/**
 * One header text → the field it most likely names, from the synonym lists in fields.ts: exact
 * (1), contained (0.8–0.9), or an English typo (0.6–0.7). Context between columns is header-map's job.
 */
import { FIELDS, type FieldId } from './fields';
import { foldHeader } from './fold-header';
import { EUROPEAN_HEADER_WORDS } from './european-headers';
import { IBERIAN_ITALIAN_HEADER_WORDS } from './iberian-italian-headers';
import { duesPeriod } from './dues-header';

export type MatchHow = 'exact' | 'contains' | 'fuzzy';

export interface HeaderMatch {
  field: FieldId;
  confidence: number;
  how: MatchHow;
  /** The folded synonym that matched (context rules look at it). */
  synonym: string;
  /** Matched one of the field's fallbackSynonyms: the field goes to another column naming it better. */
  fallback?: true;
}

/**
 * Synonyms that name a field only when they are the whole header: inside a longer header they
 * mean something else ('Order No', '订单编号', '产品类型', 'Account Level', 'Contact Method', 'Mail Merge',
 * 'Store Number', '商户号', 'Business Type').
 */
const EXACT_ONLY = [
  'id', 'no', '编号', '类型', 'type', 'account', 'contact', 'mail', 'rep', '客户', 'customer', 'client',
  // VIP会员 and 老会员 are yes/no marks, not the member's name.
  '会员', '学员', '学生',
  // 老客人, VIP客人, Repeat Guest are marks; 客人数, Guest Count how many.
  '客人', '住客', '宾客', '租客', 'guest',
  // 宠物品种 is a breed, Pet ID a chip number: neither the pet's name.
  '宠物', 'pet',
  'business', 'firm', 'merchant', 'dealer', 'restaurant', '商户', '商家', '经销商', '机构',
  // 快递单号 (快递运单号 too) is a parcel, 意向产品 what a lead asked about: neither makes the sheet an order list.
  '单号', '运单号', '商品', '产品', '品名', 'product', 'item', 'sku', '项目',
  // 订单数量 is how many orders a customer placed (orders), not the quantity of one.
  '数量',
  // Shopify's order Total is what the order cost; Points Total, Visits Total are no money.
  'total',
  // User Agent is a web form's browser, Agent Code a number, Insured Value what is insured.
  'agent', 'producer', 'insured',
  // 法人代表 is the customer company's legal representative, no rep of ours.
  '代表',
  // Company Registration Number is a firm's, VAT Registration Number a tax number: no car's.
  'registration number', 'registration no', 'reg number', 'reg no',
  // A garage's Reg, Registration and Rego are its cars' plates; Reg Date, Registration Fee and Rego Due are not.
  'reg', 'registration', 'rego',
  // Late Fee, Eventbrite Fees, Processing Fee are charges, not what the client paid for (Fees (£) is).
  'fees',
  // Outlook's Categories are its tags; a Category (folded one letter from it) is a product's.
  'categories',
  // Taiwan's 業務 alone is the salesman; 业务类型, 业务范围 are what the customer does. IC alone is Malaysia's
  // identity card (IC No.), inside a longer header a chip; 手提 alone is Hong Kong's mobile, 手提包 a bag.
  '业务', 'ic', '手提',
  // ID No. alone is an identity number (India's, South Africa's); Cust ID No., Member ID No., Employee ID
  // No. are a record's number, and read as the ID card the customer's own number would be lost.
  'id no',
  // 消费 alone is what was spent (消費(澳門元)); 消费日期, 消费次数, 消费项目 are not. Spend alike (Spend (MOP)).
  '消费', 'spend',
  // 归属 alone is whose customer he is (a clinic's 汇总 tab); 手机号码归属, 归属地 are where a number is registered.
  '归属',
  // A bare Property is a letting agent's let (a fallback of listing); Property Type, Property Value are not.
  'property',
];

/**
 * Headers that contain a field's word but are not that field; they stay unmapped rather than
 * compete for it. Each with why.
 */
const NOT_FIELDS: readonly { header: string; why: string }[] = [
  { header: '微信openid', why: 'an app-scoped WeChat identifier, useless outside that app' },
  { header: 'ip地址', why: 'a network address, not a postal one' },
  { header: '来自ip', why: '问卷星 exports: the submitter\'s network address' },
  { header: '填写设备', why: 'form exports: the device used' },
  { header: '所用时间', why: '问卷星 exports: time spent on the form, not a date' },
  { header: '创建人', why: 'the user who created the record, not the customer' },
  { header: '修改人', why: 'the user who last edited the record' },
  { header: 'created by', why: 'the user who created the record, not a date' },
  { header: 'modified by', why: 'the user who last edited the record, not a date' },
  { header: 'annual revenue', why: 'the company\'s turnover (HubSpot, Salesforce), not what the customer spent' },
  { header: 'annual turnover', why: 'British, Irish and Indian lead lists: the customer firm\'s own turnover, as annual revenue (a bare Turnover is the ledger\'s sales to him)' },
  { header: 'company turnover', why: 'the customer firm\'s own turnover, not what it bought' },
  { header: 'im address', why: 'Outlook exports: an instant-messaging handle, not a postal address' },
  { header: 'email subscription status', why: 'Square exports: the e-mail marketing opt-in, not whether the customer may be contacted' },
  { header: 'email marketing status', why: 'the e-mail marketing opt-in (Shopify, Mailchimp), not the customer\'s status' },
  { header: 'sms subscription status', why: 'the text-message marketing opt-in, not the customer\'s status' },
  { header: 'subscription status', why: 'a newsletter opt-in, not the customer\'s status' },
  { header: 'marketing status', why: 'a marketing opt-in, not the customer\'s status' },
  { header: 'card country', why: 'Stripe exports: the country of the bank that issued the payment card, not where the customer lives (Address Country is)' },
  { header: 'card issuer country', why: 'payment exports: the card issuer\'s country, not the customer\'s' },
  { header: 'nationality', why: 'hotel sheets: the guest\'s nationality, one edit from "national id" as typo matching reads it' },
  { header: '国籍', why: 'the guest\'s nationality, no identity number' },
  { header: 'company number', why: 'Xero and UK exports: the company\'s registration number (Companies House), not its name' },
  { header: 'last order name', why: 'Shopify exports: the last order\'s name (#1042), not its date' },
  { header: '达人昵称', why: '抖店 exports: the influencer (达人) whose video sold the order, not the buyer' },
  { header: '主播昵称', why: 'live-stream orders: the streamer who sold the order, not the buyer' },
  { header: 'payment method title', why: 'WooCommerce exports: how the order was paid (PayPal, Credit Card (Stripe)), not the buyer\'s job title' },
  { header: 'shipping method title', why: 'WooCommerce exports: how the order was shipped, not a job title' },
  { header: 'member rating', why: 'Mailchimp exports: MEMBER_RATING is how much the subscriber opens and clicks (1–5 stars), not his tier' },
  // A 中介's buyer list names the flats each buyer was shown: no flat he owns, so two of them are no two
  // records of one owner (dedupe/listings.ts), only a buyer two agents showed different flats (tester h76 #9).
  ...['带看房源', '带看的房源', '已带看房源', '看房房源', '已看房源', '看过的房源', '意向房源', '推荐房源', '带看楼盘', '意向楼盘', '推荐楼盘',
    'viewed property', 'property viewed', 'properties viewed', 'viewed listing', 'listing viewed', 'listings viewed', 'viewing property',
    'property of interest', 'interested property', 'interested in property'].map((header) => ({ header, why: 'a buyer\'s viewed or wanted flat, not one he owns' })),
];

/** Words of a care level's header (照护等级, 护理级别, 失能等级, 长照等级): the care a resident needs, no value tier. */
const CARE_HEADS: readonly string[] = ['照护', '护理', '照顾', '失能', '长照', '介护', '看护'];

/**
 * Columns only a form or survey export has (Qualtrics, SurveyMonkey, Typeform, Jotform, Gravity Forms,
 * Wufoo, Google Forms, 问卷星, 腾讯问卷): each row is one response, and its own times are when the
 * respondent answered.
 */
const FORM_EXPORT_KEYS: ReadonlySet<string> = new Set(['response id', 'respondent id', 'submission id', 'entry id', 'network id', 'collector id', 'response type',
  'recorded date', 'submit date', 'timestamp', '答题时长', '所用时间', '开始答题时间', '提交答卷时间', '填写设备'].map((w) => foldHeader(w).key));
/**
 * A form export's Start Date, End Date (Qualtrics, SurveyMonkey), Start Date (UTC) (Typeform), Start
 * time (Microsoft Forms): when the respondent opened the form and finished a page of it. Read as a
 * contract's start and end, a feedback survey answered a month ago was nine contracts expired. When he
 * sent it is his creation date (FORM_SUBMITTED_KEYS).
 */
const FORM_TIME_KEYS: ReadonlySet<string> = new Set(['start date', 'end date', 'start time', 'end time', 'started at',
  // Microsoft Forms: when the respondent edited his answers, no update of the customer's record (the stale reminder counts from it).
  'last modified time'].map((w) => foldHeader(w).key));

/**
 * When the respondent sent the form (Google Forms' Timestamp, Typeform's Submit Date (UTC), Jotform's
 * Submission Date, Microsoft Forms' Completion time, Qualtrics' Recorded Date, Gravity Forms' Entry
 * Date): read as when the customer was created, as 问卷星's 提交答卷时间 and 金数据's 填写时间 are, a
 * sign-up or enquiry being the first the business hears of him. Not a contract's start (a feedback
 * survey is no contract, and contract days are reminded), nor his last contact: the stale reminder
 * would count half a year from a form he sent as if a rep had called him then. createdAt feeds only
 * the first-touch owner rule and the survivor's tie-break (dedupe), never a class or a reminder.
 * A response's Start Date, Start time and End Date stay unread (FORM_TIME_KEYS).
 */
const FORM_SUBMITTED_KEYS: ReadonlySet<string> = new Set(['submit date', 'submitted at', 'submitted on', 'date submitted', 'submission date', 'submission time',
  'timestamp', '时间戳记', '时间戳', 'completion time', 'recorded date', 'entry date'].map((w) => foldHeader(w).key));

/**
 * Qualtrics names the respondent of a survey sent to a contact list its Recipient (RecipientFirstName,
 * Recipient Email) and the contact's id in the sender's own system its External Data Reference. Beside
 * Qualtrics' own DistributionChannel or ExternalReference these are the customer's, not a gift's
 * recipient (a Jotform order's Recipient Email is someone else's, and stays so).
 */
const SURVEY_PANEL_MARK_KEYS: ReadonlySet<string> = new Set(['externalreference', 'external data reference', 'distributionchannel'].map((w) => foldHeader(w).key));
const SURVEY_RECIPIENT_FIELDS: ReadonlyMap<string, FieldId> = new Map<string, FieldId>([
  ['recipient first name', 'firstName'], ['recipient last name', 'lastName'], ['recipient email', 'email'],
  ['external reference', 'customerId'], ['external data reference', 'customerId'],
].map(([w, f]) => [foldHeader(w).key, f as FieldId]));

/** A column only Qualtrics' export has beside its respondent's (ExternalReference, DistributionChannel). */
export function isSurveyPanelMark(text: string): boolean {
  return SURVEY_PANEL_MARK_KEYS.has(foldHeader(text).key);
}

/** Qualtrics' respondent column (RecipientFirstName, Recipient Email, ExternalReference): the customer's. */
export function isSurveyRecipientHeader(text: string): boolean {
  return SURVEY_RECIPIENT_FIELDS.has(foldHeader(text).key);
}

/** A column only a form or survey export has (Response ID, IP Address, Timestamp, 答题时长): the sheet is one. */
export function isFormExportHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return FORM_EXPORT_KEYS.has(key) || words.includes('ip');
}

/**
 * Microsoft Forms heads its export ID | Start time | Completion time | Email | Name: neither time alone
 * says a form (a job sheet may have a Completion Time), the two together do.
 */
const FORM_EXPORT_PAIRS: readonly (readonly string[])[] = [['start time', 'completion time'].map((w) => foldHeader(w).key)];

/** The header row is a form or survey export's: one of its own columns, or Microsoft Forms' pair of times. */
export function isFormExport(headers: readonly string[]): boolean {
  if (headers.some((h) => h !== '' && isFormExportHeader(h))) return true;
  const keys = new Set(headers.map((h) => foldHeader(h).key));
  return FORM_EXPORT_PAIRS.some((pair) => pair.every((k) => keys.has(k)));
}

/**
 * Where the respondent's network is (腾讯问卷's 地理位置国家和地区, 地理位置省, 金数据's 填写地区, geo-IP),
 * not where he lives: a guess from his IP address, his office's or his phone carrier's.
 */
const NETWORK_PLACE_HEADS = ['地理位置', '填写地区'];
const NETWORK_PLACE_WORDS: ReadonlySet<string> = new Set(['geo', 'geoip', 'geolocation']);
/**
 * Mailchimp locates each subscriber by the IP address he signed up from (LATITUDE, LONGITUDE, GMTOFF,
 * DSTOFF, TIMEZONE, CC, REGION): beside its GMTOFF, a bare REGION or CC is that guess.
 */
const GEOLOCATED_MARK_KEYS: ReadonlySet<string> = new Set(['gmtoff', 'dstoff']);
const GEOLOCATED_KEYS: ReadonlySet<string> = new Set(['region', 'cc', 'timezone', 'country code']);

/** Mailchimp's geo-IP columns (GMTOFF, DSTOFF): its REGION and CC are no address. */
export function isGeolocatedMark(text: string): boolean {
  return GEOLOCATED_MARK_KEYS.has(foldHeader(text).key);
}

/** The country of a geolocated sheet's geo-IP columns (Mailchimp's CC): where the subscriber's network is. */
const NETWORK_COUNTRY_KEYS: ReadonlySet<string> = new Set(['cc', 'country code']);

/** A bare CC (or Country Code) header: beside Mailchimp's GMTOFF, the geo-IP country; elsewhere a country column when its values are codes. */
export function isCountryCodeHeader(text: string): boolean {
  return NETWORK_COUNTRY_KEYS.has(foldHeader(text).words.join(' '));
}

/**
 * Pipedrive heads each column by whose it is: 'Person - Email - Work', 'Organization - Name'. The
 * column is what follows (its Person - Marketing status is a newsletter opt-in as Marketing status
 * is), and an organisation's name is the company.
 */
const RECORD_PREFIX = /^\s*(person|organi[sz]ation|deal)\s*-\s*(.+)$/iu;
/**
 * A Pipedrive deals export heads the deal's own columns 'Deal - …': of those only the ones saying who
 * the customer is, who holds him and when he was or is to be contacted are his. The deal's Title
 * (网站改版项目, 50 licences) is no name or job title, its ID no customer's, its creation no sign-up.
 */
const DEAL_CUSTOMER_PARTS: ReadonlySet<string> = new Set(['organization', 'organisation', 'organization name', 'organisation name', 'contact person',
  'owner', 'next activity date', 'last activity date'].map((w) => foldHeader(w).key));
/**
 * The deal's own columns a deals list reads (plan/deal-list.ts, which the Deal - Title makes the sheet):
 * its Status (Pipedrive's open / won / lost) says which deals were bought, its Value what a won one
 * brought (an open or lost deal's is counted for no one), its Expected close date when an open one is
 * to be chased and when a won one was bought (tester h75: all three unread, won deals Potential).
 */
const DEAL_OWN_PARTS: Readonly<Record<string, FieldId>> = Object.fromEntries(([
  ['status', 'status'], ['value', 'amount'],
  ['expected close date', 'closeDate'], ['close date', 'closeDate'],
] as const).map(([w, f]) => [foldHeader(w).key, f]));
/** As sure as a deals export's own Close Date is read. */
const DEAL_OWN_CONFIDENCE = 0.9;
/**
 * A form field of several inputs, exported a column per input: Gravity Forms' 'Name (First)',
 * 'Address (City)', Wufoo's 'Name - First', 'Address - Street Address'. The input is the field
 * (folded, the bracket would be a note and every input the name or the address).
 */
const FORM_INPUT = /^\s*(name|address)\s*(?:[(（]\s*([^()（）]+?)\s*[)）]|\s[-–—]\s*(.+?))\s*$/iu;
/** Inputs of a name that are no name to read (Mr., Jr., a middle name). */
const NAME_INPUTS_REFUSED: ReadonlySet<string> = new Set(['prefix', 'suffix', 'middle', 'title', 'salutation']);

/**
 * Outlook's Chinese export names each part of its three addresses '商务地址 街道', '住宅地址 市/县',
 * '其他地址 省/市/自治区' (Business Street, Home City, Other State): the part is the field. 街道 alone is
 * no street (a 街道 is a sub-district of a city), and 市/县 would be read by its slash as nothing.
 * The other address, as Other Street, loses to the business and home ones.
 */
const OUTLOOK_ZH_ADDRESS = /^\s*(商务|住宅|其他)地址\s*(街道|市\s*[/／]\s*县|省\s*[/／]\s*市\s*[/／]\s*自治区|邮政编码|国家\s*[/／]\s*地区)\s*\d*\s*$/u;
const OUTLOOK_ZH_ADDRESS_PARTS: Readonly<Record<string, FieldId>> = { 街道: 'address', 市: 'city', 省: 'province', 邮政编码: 'postcode', 国家: 'country' };
/** As sure as Outlook's English Business Street is read (0.87). */
const OUTLOOK_ADDRESS_CONFIDENCE = 0.87;

/**
 * Columns only Outlook's Chinese contacts export has (电子邮件显示名称, 商务地址邮政信箱, 记帐信息, 目录服务器,
 * and its addresses by part), or the pair of its name parts 名 and 姓, which a Chinese sheet typed by hand
 * rarely splits. There its bare 类别 is Outlook's Categories, the contact's tags (VIP;老客户, 黑名单);
 * elsewhere a bare 类别 may be the customer's category and stays unread, as 客户类别 stays his type.
 */
const OUTLOOK_ZH_MARK_KEYS: ReadonlySet<string> = new Set(['电子邮件显示名称', '电子邮件类型', '商务地址邮政信箱', '住宅地址邮政信箱', '其他地址邮政信箱',
  '记帐信息', '目录服务器', 'Internet 忙/闲'].map((w) => foldHeader(w).key));
const OUTLOOK_ZH_NAME_PARTS = ['名', '姓'].map((w) => foldHeader(w).key);
const OUTLOOK_CATEGORIES_KEY = foldHeader('类别').key;

/** The header row is Outlook's Chinese contacts export (OUTLOOK_ZH_MARK_KEYS, 商务地址 街道, or 名 beside 姓). */
export function isOutlookZhExport(headers: readonly string[]): boolean {
  const keys = new Set(headers.map((h) => foldHeader(h).key));
  return headers.some((h) => OUTLOOK_ZH_ADDRESS.test(h)) || [...keys].some((k) => OUTLOOK_ZH_MARK_KEYS.has(k)) || OUTLOOK_ZH_NAME_PARTS.every((k) => keys.has(k));
}

/** How a record-prefixed or form-input header reads, or undefined when it is neither. */
function readPart(text: string, options: MatchOptions): HeaderMatch | 'refused' | null | undefined {
  const outlook = OUTLOOK_ZH_ADDRESS.exec(text);
  if (outlook) {
    const part = Object.keys(OUTLOOK_ZH_ADDRESS_PARTS).find((p) => outlook[2].startsWith(p))!;
    const confidence = OUTLOOK_ADDRESS_CONFIDENCE - (outlook[1] === '其他' ? SECONDARY_PENALTY : 0);
    return { field: OUTLOOK_ZH_ADDRESS_PARTS[part], confidence, how: 'contains', synonym: foldHeader(text).key };
  }
  const record = RECORD_PREFIX.exec(text);
  if (record) {
    const own = record[1].toLowerCase() === 'deal' ? DEAL_OWN_PARTS[foldHeader(record[2]).key] : undefined;
    if (own !== undefined) return { field: own, confidence: DEAL_OWN_CONFIDENCE, how: 'contains', synonym: foldHeader(text).key };
    if (record[1].toLowerCase() === 'deal' && !DEAL_CUSTOMER_PARTS.has(foldHeader(record[2]).key)) return 'refused';
    const read = readHeader(record[2], options);
    const organisation = record[1].toLowerCase() !== 'person';
    return organisation && read !== null && read !== 'refused' && read.field === 'name' && foldHeader(record[2]).key === 'name' ? { ...read, field: 'company' } : read;
  }
  const input = FORM_INPUT.exec(text);
  if (!input) return undefined;
  const part = input[2] ?? input[3];
  if (input[1].toLowerCase() === 'name') {
    if (NAME_INPUTS_REFUSED.has(foldHeader(part).key)) return 'refused';
    const read = readHeader(`${part} name`, options);
    return read === null ? undefined : read;
  }
  const read = readHeader(part, options);
  // Address (Home), Address (Billing): a note on the address, read as before.
  return read === null ? undefined : read;
}

/**
 * Words that, after a number, say which part of a numbered thing a column holds (Google Contacts:
 * 'Phone 2 - Value', 'Organization 1 - Name', 'Address 1 - Formatted'; Outlook: 'E-mail 2 Address').
 * The thing before the number is the field; other parts ('Address 1 - City', 'Organization 1 -
 * Title') name their own field as usual.
 */
const NUMBERED_PARTS = ['value', 'name', 'address', 'formatted', 'number',
  // Outlook's Chinese export: 电子邮件 2 地址 is the second e-mail (read by its 地址, the postal address).
  '地址', '号码'];

/**
 * A header that ends in one of these, or starts with 是否, describes a field rather than holding it
 * ('Phone Type', '手机类型', 'Email Opt Out', 'Date Format', '是否有微信'): no containment match.
 */
const QUALIFIER_TAILS = ['type', '类型', 'opt out', 'format', '格式',
  // Xero's contacts export: Person1IncludeInEmail (Yes / No) says whether the person gets the invoice e-mails.
  'include in email'];
const QUALIFIER_HEADS = ['是否'];

/** Containment stops past these: a longer cell is a sentence, not a header. */
const MAX_HAN_CHARS = 20;
const MAX_OTHER_WORDS = 6;

interface Synonym {
  field: FieldId;
  key: string;
  words: string[];
  /** Only Latin letters and digits: matched word by word, and open to typo matching. */
  latin: boolean;
  exactOnly: boolean;
  fallback: boolean;
  /** A French, German or Dutch word (european-headers.ts): matched whole, never as a typo, and no English word of the vocabulary. */
  foreign?: true;
  /** Position in FIELDS and its lists, for deterministic ties. */
  order: number;
}

interface SynonymTable {
  all: Synonym[];
  exact: Map<string, Synonym>;
  notFields: Set<string>;
  tails: string[];
  heads: string[];
  /** Each English word of the synonyms, with the fields whose synonyms hold it (contact: name, customerId, lastContact …). */
  vocabulary: Map<string, Set<FieldId>>;
}

function buildSynonyms(): SynonymTable {
  const exactOnly = new Set(EXACT_ONLY.map((w) => foldHeader(w).key));
  const all: Synonym[] = [];
  const exact = new Map<string, Synonym>();
  for (const def of FIELDS) {
    const lists = [...def.synonyms.map((w) => ({ w, fallback: false })), ...(def.fallbackSynonyms ?? []).map((w) => ({ w, fallback: true }))];
    for (const { w: word, fallback } of lists) {
      const { key, words } = foldHeader(word);
      if (key === '' || exact.has(key)) continue;
      const syn: Synonym = {
        field: def.id,
        key,
        words,
        latin: /^[a-z0-9]+$/.test(key),
        // A single Han character (名, 姓, 省, 市, 区) sits inside too many words to be searched for.
        exactOnly: exactOnly.has(key) || key.length < 2,
        fallback,
        order: all.length,
      };
      all.push(syn);
      exact.set(key, syn);
    }
  }
  // After the Chinese and English words, so that a word both lists hold (mobile) keeps its English reading.
  for (const [field, list] of [...Object.entries(EUROPEAN_HEADER_WORDS), ...Object.entries(IBERIAN_ITALIAN_HEADER_WORDS)] as [FieldId, readonly string[]][]) {
    for (const written of list) {
      // Prénom, and Prenom as a keyboard without accents types it.
      for (const word of new Set([written, written.normalize('NFD').replace(/\p{M}/gu, '')])) {
        const { key, words } = foldHeader(word);
        if (key === '' || exact.has(key)) continue;
        const syn: Synonym = {
          field, key, words, latin: /^[\p{Script=Latin}0-9]+$/u.test(key), exactOnly: exactOnly.has(key) || key.length < 2, fallback: false, foreign: true, order: all.length,
        };
        all.push(syn);
        exact.set(key, syn);
      }
    }
  }
  const vocabulary = new Map<string, Set<FieldId>>();
  for (const syn of all) {
    if (!syn.latin || syn.foreign) continue;
    for (const w of syn.words) (vocabulary.get(w) ?? vocabulary.set(w, new Set()).get(w)!).add(syn.field);
  }
  return {
    vocabulary,
    all,
    exact,
    notFields: new Set(NOT_FIELDS.map((n) => foldHeader(n.header).key)),
    tails: QUALIFIER_TAILS.map((w) => foldHeader(w).key),
    heads: QUALIFIER_HEADS.map((w) => foldHeader(w).key),
  };
}

let table: SynonymTable | undefined;
const synonyms = () => (table ??= buildSynonyms());

/** Start of `needle` as a run of whole words in `hay`, searching from the end; -1 when absent. */
function lastWordRun(hay: string[], needle: string[]): number {
  for (let i = hay.length - needle.length; i >= 0; i--) {
    let j = 0;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, Damerau 1964), with
 * an early exit past `max`.
 */
function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A lunar-calendar date column, however its note is written (生日（农历）, 出生日期(阴历), Birthday
 * (lunar)): the note is folded away with the brackets, and read as Gregorian dates its birthdays
 * would be reminded on the wrong day.
 */
const LUNAR = /农历|阴历|農曆|陰曆|旧历|lunar/i;

/** A lunar birthday is the lunarBirthday field, kept as text; any other lunar date is left unmapped. */
function lunarOf(field: FieldId, score: number, how: MatchHow): HeaderMatch | null {
  return field === 'birthday' ? { field: 'lunarBirthday', confidence: Math.round(score * 1000) / 1000, how, synonym: 'lunar birthday' } : null;
}

const FIELD_KIND = Object.fromEntries(FIELDS.map((f) => [f.id, f.kind])) as Record<FieldId, string>;

/**
 * What may follow a field's word in a header that still names the field (手机号码, 最近消费时间,
 * Website URL). Anything else names a thing of the field's: 手机型号 is a phone model, 生日礼品 a
 * birthday gift, 公司规模 a company's size, 下次跟进内容 what to say at the next follow-up, Email
 * Verified a flag. Latin text after a Han word (姓名 Name) is a translation, not a thing.
 */
const NEUTRAL_TAILS: ReadonlySet<string> = new Set(['号', '号码', '信息', '名称', '全称', '名', '时间', '日期', '类别', '分类', '量']);
// Which of a person's several a column holds (Pipedrive's 'Person - Email - Work', 'Phone Home').
const NEUTRAL_TAIL_WORDS: ReadonlySet<string> = new Set(['name', 'number', 'no', 'nr', 'num', 'date', 'time', 'value', 'info', 'details', 'url', 'line',
  'work', 'home', 'office', 'personal', 'private', 'other', 'primary', 'main']);

/**
 * Whose contact a header names when it is not the customer's: 负责人电话 is the sales rep's phone,
 * 紧急联系人 someone to call in an emergency, Owner Phone the owner's. Read as the customer's, a rep's
 * number would join every customer of that rep into one duplicate group.
 */
const owner = FIELDS.find((f) => f.id === 'owner')!;
/**
 * The customer's own colleagues and whoever sent him to us, as a header begins with them (Outlook's
 * Chinese export: 经理姓名, 助理的姓名, 助理的电话; 主管姓名, 推荐人生日): another person, whose name
 * read as the contact's would stand in every reminder and split a real duplicate pair ("姓名不同").
 * Only at the header's start: 总经理姓名 in a sheet of firms is its key person, and 客户经理 is ours.
 */
const COLLEAGUE_HEADS = ['经理', '助理', '主管', '上司', '秘书', '推荐人', '介绍人'];
/**
 * The colleagues a sheet may list as its contacts: a chain's list of its store managers (门店名称,
 * 经理姓名, 经理电话) has no name of its own, and its 经理 is whom to call. They are another person's
 * only beside the sheet's own name column (Outlook's 名 and 姓; MatchOptions.colleagueIsContact).
 */
const CONTACT_COLLEAGUE_HEADS = ['经理', '助理'];
const colleagueHeads = (colleagueIsContact: boolean) => (colleagueIsContact ? COLLEAGUE_HEADS.filter((h) => !CONTACT_COLLEAGUE_HEADS.includes(h)) : COLLEAGUE_HEADS);
const COLLEAGUE_WORDS: ReadonlySet<string> = new Set(['manager', 'assistant', 'asst', 'supervisor', 'secretary', 'boss', 'referrer']);
const OTHER_PARTY_HEADS = ['负责人', ...COLLEAGUE_HEADS, '紧急', '销售', '业务员', '跟进人', '经办人', '客服', '员工',
  // Anyone who holds the customer (教练电话, 顾问手机, 美容师电话): the owner's Chinese synonyms.
  ...[...owner.synonyms, ...(owner.fallbackSynonyms ?? [])].filter((w) => /^\p{Script=Han}+$/u.test(w))];
const OTHER_PARTY_WORDS: ReadonlySet<string> = new Set(['owner', 'rep', 'referrer', 'referral', 'emergency', 'assistant', 'asst', 'spouse', 'agent', 'salesperson', 'staff', 'employee', 'manager',
  'coach', 'trainer', 'broker',
  // A school's Course Advisor (Advisor Email, Advisor Mobile): the centre's own, as 顾问手机 is.
  'advisor', 'adviser',
  // A trades firm's engineer, India's Sales Executive (Engineer Mobile, Sales Executive Phone): the firm's people.
  'engineer', 'technician', 'executive',
  // India's and Singapore's KAM and RM (KAM Mobile, RM Email): the key account or relationship manager's own.
  'kam', 'rm',
  // A landscaper's crew, a practice's hygienist or provider, a guesthouse's receptionist (Crew Mobile,
  // Hygienist Phone): who looks after the customer, not the customer.
  'crew', 'hygienist', 'provider', 'receptionist']);

/**
 * Someone close to the customer whose name or birthday a sheet keeps beside his (配偶生日, 家长姓名,
 * Partner Birthday, Child's Birthday). Read as the customer's, the birthday reminder would greet him
 * on his wife's day, and a parent's name would make two children of one parent one duplicate group.
 * A parent's phone stays the customer's: it is how a school reaches its student. A sheet whose only
 * name column is 家长姓名 is left without a name, on purpose: a training school's customer is the
 * student (his lessons, his course end, his birthday), the run says the name column is missing, and
 * a user whose customers are the parents maps it in settings (headers.overrides).
 */
// Who he is: his name, birthday, sex and identity number (配偶身份证, 宝宝性别, 阿姨身份证 are another's).
const PERSON_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['name', 'firstName', 'middleName', 'lastName', 'birthday', 'lunarBirthday', 'gender', 'idCard']);
const BIRTHDAY_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['birthday', 'lunarBirthday']);
const GUARDIAN_HEADS = ['家长', '监护人'];
const GUARDIAN_WORDS: ReadonlySet<string> = new Set(['parent', 'guardian']);
const RELATIVE_HEADS = [...GUARDIAN_HEADS, '配偶', '爱人', '老公', '老婆', '丈夫', '妻子', '太太', '父亲', '母亲', '爸爸', '妈妈', '父母', '紧急'];
const RELATIVE_WORDS: ReadonlySet<string> = new Set([...GUARDIAN_WORDS, 'partner', 'spouse', 'wife', 'husband', 'fiance', 'fiancee', 'father', 'mother', 'mom', 'dad', 'emergency']);
/** A child is another person too, unless a parent column says the child is the customer (a school's). */
const CHILD_HEADS = ['孩子', '子女', '小孩', '儿子', '女儿'];
const CHILD_WORDS: ReadonlySet<string> = new Set(['child', 'children', 'kid', 'son', 'daughter']);

/**
 * A baby of a 月子中心's or a mother-and-baby shop's customer (宝宝生日, 宝宝性别, 婴儿姓名, Baby DOB): the
 * customer is the mother, and read as hers the baby's sex would make her 先生 and its birthday hers.
 * Its birthday is hers only when no column holds her own (宝妈生日, 妈妈生日, 产妇生日, 生日): a
 * mother-and-baby shop that keeps only 宝宝生日 sends the baby's birthday gift on it, its one birthday
 * reminder. A sheet that names the baby and no one else (an early-education centre's 宝宝姓名) or
 * has a parent column (家长电话) keeps the baby as the customer (babyIsCustomer).
 */
const BABY_HEADS = ['宝宝', '婴儿', '新生儿'];
const BABY_WORDS: ReadonlySet<string> = new Set(['baby', 'infant', 'newborn']);
const namesBaby = (key: string, words: readonly string[]) => BABY_HEADS.some((h) => key.includes(h)) || words.some((w) => BABY_WORDS.has(w));
/** In a sheet of babies whose mother is the customer, 妈妈生日 is hers, no relative's. */
const MOTHER_HEADS = ['妈妈', '母亲'];
const MOTHER_WORDS: ReadonlySet<string> = new Set(['mother', 'mom']);

/** A column of a baby's (宝宝生日, 婴儿性别, Baby Name): the sheet keeps babies. */
export function isBabyHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return namesBaby(key, words);
}

/**
 * The student or child a school's sheet names (学员姓名, 学生, 孩子姓名, Student Name, Child's Name): the
 * customer, whose lessons, package end and birthday the sheet keeps. Not 宝宝姓名: a 月子中心's
 * customer is the baby's mother (babyIsCustomer says when the baby is the customer).
 */
const STUDENT_NAME = /^(?:学员|学生|孩子|小孩|儿童|幼儿)的?(?:姓名|名字|名)?$/u;
const STUDENT_WORDS: ReadonlySet<string> = new Set(['student', 'pupil', 'child', 'kid']);

/** As sure as a name read by containment (Student Name): the child's name where the child is the customer. */
const CHILD_NAME_CONFIDENCE = 0.85;

/** A column naming the student or child (STUDENT_NAME, Student Name): in a school's sheet, the customer. */
export function isStudentNameHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  if (STUDENT_NAME.test(key)) return true;
  const w = words.filter((x) => x !== 's' && x !== 'full');
  if (w.length === 0 || !STUDENT_WORDS.has(w[0])) return false;
  return w.length === 1 ? w[0] === 'student' || w[0] === 'pupil' : w.length === 2 && w[1] === 'name';
}

/**
 * The person to contact (联系人, 联系人姓名, Contact Name): the customer himself in most sheets, but in a
 * sheet whose customer is a child, the parent the school calls (contactIsGuardian).
 */
const CONTACT_NAME = /^联系人(?:姓名|名字|名称)?$/u;
const CONTACT_NAME_WORDS: ReadonlySet<string> = new Set(['contact', 'contact name', 'contact person', 'primary contact', 'primary contact name']);
const namesContact = (key: string, words: readonly string[]) => CONTACT_NAME.test(key) || CONTACT_NAME_WORDS.has(words.join(' '));

/** A column naming the person to contact (联系人, Contact Name). */
export function isContactNameHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return namesContact(key, words);
}

/**
 * What an English header may say of a parent as a person besides 'Parent' or 'Guardian' (Parent's Phone,
 * Parent/Guardian Name, Parent 1 Email, Mother/Parent Mobile No.). A CRM's Parent Account, Parent Company,
 * Parent Customer or Parent ID is a company's holding company, not a child's parent: read as one, a
 * B2B sheet's colleagues at one switchboard would be taken for siblings and kept apart.
 */
const GUARDIAN_PERSON_PARTS: ReadonlySet<string> = new Set(['s', 'of', 'and', 'or', 'name', 'first', 'last', 'full', 'given', 'surname',
  'phone', 'mobile', 'cell', 'cellphone', 'tel', 'telephone', 'contact', 'email', 'mail', 'wechat', 'whatsapp', 'address', 'occupation',
  'relationship', 'relation', 'mother', 'father', 'mom', 'dad', 'primary', 'secondary', 'home', 'work', 'student', 'child', 'kid']);
// A number is a parent's only as his phone's (Parent Phone No., Guardian Contact Number), not a record's (Parent Number).
const GUARDIAN_NUMBER_PARTS: ReadonlySet<string> = new Set(['no', 'number']);
const GUARDIAN_PHONE_PARTS: ReadonlySet<string> = new Set(['phone', 'mobile', 'cell', 'cellphone', 'tel', 'telephone', 'contact', 'whatsapp']);

/**
 * A column of the customer's parent (家长, 家长姓名, 监护人电话, Parent Name, Parent's Phone): the customer
 * is a child. Parent Account, Parent Company, Parent ID are not (GUARDIAN_PERSON_PARTS).
 */
export function isGuardianHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  if (GUARDIAN_HEADS.some((h) => key.includes(h))) return true;
  if (!words.some((w) => GUARDIAN_WORDS.has(w))) return false;
  const phone = words.some((w) => GUARDIAN_PHONE_PARTS.has(w));
  return words.every((w) => GUARDIAN_WORDS.has(w) || GUARDIAN_PERSON_PARTS.has(w) || /^\d$/.test(w) || (phone && GUARDIAN_NUMBER_PARTS.has(w)));
}

/**
 * A pet's, not a person's (宠物生日, 狗狗生日, Pet DOB): a pet shop's or a vet's customer is the pet's
 * owner, and read as his birthday the reminder would greet him on his dog's day.
 */
const PET_HEADS = ['宠物', '狗狗', '猫咪', '爱宠', '萌宠'];
// Folded words: plurals are singular (Pets → pet, Species → specie).
const PET_WORDS: ReadonlySet<string> = new Set(['pet', 'dog', 'cat', 'puppy', 'puppie', 'kitten']);
const namesPet = (key: string, words: readonly string[]) => PET_HEADS.some((h) => key.includes(h)) || words.some((w) => PET_WORDS.has(w));

/**
 * The pet's owner (主人, 宠主, Owner, Pet Owner) before what of his a header holds (主人电话, Owner Name):
 * in a sheet that keeps pets, he is the customer. Longest first.
 */
const PET_OWNER_HEADS = ['宠物主人', '宠主', '主人'];
const PET_OWNER_WORDS: readonly (readonly string[])[] = [['pet', 'owner'], ['owner']];
/** A part of the owner's name a vet's sheet heads without the word Name (Owner First, Owner Last). */
const BARE_NAME_PARTS: ReadonlySet<string> = new Set(['first', 'last', 'given', 'family', 'middle']);

/** A column about the customers' pets (宠物名, Pet DOB, Species, Breed, 宠主): the sheet keeps pets. */
export function isPetHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return namesPet(key, words) || key.includes('宠主') || words.some((w) => w === 'specie' || w === 'breed');
}

/** What a header says of the pet's owner ('' for the owner himself), or null when it is not his. */
function petOwnersPart(key: string, words: readonly string[]): string | null {
  const head = PET_OWNER_HEADS.find((h) => key.startsWith(h));
  if (head) return key.slice(head.length);
  const run = PET_OWNER_WORDS.find((w) => w.every((x, i) => words[i] === x));
  return run ? words.slice(run.length).join(' ') : null;
}

function namesAnotherPerson(key: string, words: readonly string[], childIsCustomer: boolean, motherIsCustomer: boolean, colleagueIsContact: boolean): boolean {
  const named = (heads: readonly string[], set: ReadonlySet<string>) => heads.some((h) => key.includes(h)) || words.some((w) => set.has(w));
  const relatives = motherIsCustomer ? RELATIVE_HEADS.filter((h) => !MOTHER_HEADS.includes(h)) : RELATIVE_HEADS;
  const relativeWords = motherIsCustomer ? new Set([...RELATIVE_WORDS].filter((w) => !MOTHER_WORDS.has(w))) : RELATIVE_WORDS;
  const colleague = colleagueHeads(colleagueIsContact).some((h) => key.startsWith(h)) || words.some((w) => COLLEAGUE_WORDS.has(w));
  return colleague || named(relatives, relativeWords) || (!childIsCustomer && named(CHILD_HEADS, CHILD_WORDS));
}

/**
 * Someone the customer sends to or insures, in a sheet that names the customer in another column: a
 * florist's 收花人 (订购人 orders, his wife receives), a shop's 收件人 or 收货人 beside its buyer, Shopify's
 * Shipping Name beside its Billing Name, an insurance agent's 被保人 and 受益人 beside the 投保人 (Insured
 * Name beside Policyholder). Read as the customer's, the recipient's phone would be his extra phone
 * (joining him to his mother's number), an insured child's birthday would greet the policyholder, and
 * the other person's name would compete with his. A sheet whose only name column is 收货人 (a 淘宝
 * export) or Insured Name keeps it as the customer: there he is who receives, or who is insured.
 * The person's heads keep his address from the customer too (收件人地址); a shipment's (Shipping
 * Street) stays the order's address, most often the buyer's own.
 */
/** Who the customer sends to; then who he insures. */
const SENT_TO_HEADS = ['收花人', '收件人', '收货人', '收礼人'];
/**
 * Whom a service firm sends to the customer: a 家政 agency's 阿姨 or 月嫂 beside the 雇主 who hires her,
 * a travel agency's 导游. Read as the customer's, her phone and ID card would be the employer's (his
 * birthday taken from hers), and two employers of one 阿姨 one duplicate group. A sheet that names no
 * customer beside her (an agency's roster of its 阿姨: 阿姨姓名, 阿姨电话, 籍贯) keeps her as the person.
 */
const STAFF_HEADS = ['阿姨', '保姆', '月嫂', '育儿嫂', '育婴师', '保洁', '护工', '陪护', '护理员', '家政员', '家政服务员', '钟点工', '小时工', '催乳师', '导游', '领队', '司机'];
const STAFF_WORDS: ReadonlySet<string> = new Set(['nanny', 'housekeeper', 'caregiver', 'carer', 'maid', 'cleaner', 'babysitter']);
const RECIPIENT_HEADS = [...SENT_TO_HEADS, '被保险人', '被保人', '受益人', ...STAFF_HEADS];
const RECIPIENT_WORDS: ReadonlySet<string> = new Set(['recipient', 'insured', 'beneficiary', ...STAFF_WORDS]);
const SHIPMENT_WORDS: ReadonlySet<string> = new Set(['shipping', 'ship']);
const PLACE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['address', 'province', 'city', 'district', 'postcode']);

/** What of another person's a header may hold: who he is, how to reach him, and (for a person's head) where he lives. */
function secondPartyFields(key: string, words: readonly string[]): ((f: FieldId) => boolean) | null {
  const person = RECIPIENT_HEADS.some((h) => key.startsWith(h)) || RECIPIENT_WORDS.has(words[0]);
  if (person) return (f) => PERSON_FIELDS.has(f) || CONTACT_FIELDS.has(f) || PLACE_FIELDS.has(f);
  if (SHIPMENT_WORDS.has(words[0])) return (f) => PERSON_FIELDS.has(f) || CONTACT_FIELDS.has(f);
  return null;
}

/** A column of someone the customer sends to or insures (收花人, 收件人电话, 被保人出生日期, Insured Name, Shipping Phone). */
export function isSecondPartyHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return secondPartyFields(key, words) !== null;
}

/** A column naming the person the customer sends to (收花人, 收件人, Recipient): his delivery is to that person. */
export function isRecipientHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return SENT_TO_HEADS.some((h) => key.startsWith(h)) || words[0] === 'recipient';
}

/**
 * Where a delivery goes (配送地址, 送货地址, 送花地址, Delivery Address): in a sheet that names the recipient
 * beside the customer (订购人 and 收花人), the recipient's place, not the customer's (a florist's buyer
 * sends to his mother's home).
 */
const DELIVERY_HEADS = ['配送', '送货', '送花', '送达'];
/** A delivery's day (fields.ts appointment): in a list of orders, the parcel's dispatch (readHeader). */
const DISPATCH_KEYS: ReadonlySet<string> = new Set(['配送日期', '配送时间', 'delivery date'].map((w) => foldHeader(w).key));
const DELIVERY_WORDS: ReadonlySet<string> = new Set(['delivery', 'deliver']);

/**
 * A column of an insurance policy (保单号, 投保人, 险种, 保费, 保险止期, Policy Number, Premium, Policyholder):
 * the sheet keeps policies, and its 交费日期 is a premium falling due (header-map.ts).
 */
const POLICY_HEADS = ['保单', '保险', '保费', '投保', '险种'];
const POLICY_WORDS: ReadonlySet<string> = new Set(['policy', 'premium', 'policyholder']);
export function isPolicyHeader(text: string): boolean {
  const { key, words } = foldHeader(text);
  return POLICY_HEADS.some((h) => key.includes(h)) || words.some((w) => POLICY_WORDS.has(w));
}

/**
 * A marketplace's order export (淘宝, 抖店, 拼多多, 京东) names the buyer by his account (买家会员名, 下单帐号, Buyer ID);
 * its 店铺名称 / Shop Name is then the seller's own shop, the same on every row: read as the customer's
 * company, every buyer would work there, and a shop's buyers sharing one company and name would be
 * one customer. A sheet of shops as customers (a supplier's: 店铺名称, 店主, 电话) has no buyer account.
 */
const BUYER_ACCOUNT_KEYS: ReadonlySet<string> = new Set(['买家会员名', '买家昵称', '买家id', '买家账号', '买家帐号', 'buyer id', 'buyer username', 'buyer nickname',
  'buyer user id', 'buyer user name', '下单帐号', '下单账号'].map((w) => foldHeader(w).key));
const SELLER_SHOP_KEYS: ReadonlySet<string> = new Set(['店铺名称', '店名', '商家', '商家名称', 'shop name', 'store name'].map((w) => foldHeader(w).key));

/** The buyer's account on a marketplace (买家会员名, 买家昵称, Buyer ID): the sheet is the shop's own export. */
export function isBuyerAccountHeader(text: string): boolean {
  return BUYER_ACCOUNT_KEYS.has(foldHeader(text).key);
}

/**
 * A second or other one of a field (Other Street, Secondary Email, 备用电话, 其他地址): it loses the field
 * to the plain one (Zoho exports Mailing Street and Other Street; the mailing address is the one).
 */
const SECONDARY_WORDS: ReadonlySet<string> = new Set(['other', 'secondary', 'alternate', 'alternative', 'alt', 'backup', 'second', '2nd']);
const SECONDARY_HEADS = ['备用', '其他', '其它', '第二'];
const SECONDARY_PENALTY = 0.1;

/**
 * What expires but is no contract of the customer's (身份证到期, 驾照有效期, 营业执照到期日, a
 * traveller's 签证到期 and Passport Expiry): a document of his, renewed at an office, not with the
 * business. Yet the business needs it valid (a car is let only to a valid licence, a tour leaves only
 * with a passport valid six months on: tester h72 #10, #12), so it is read as a due of its own, a
 * fallback of contractEnd (beside a contract, an extra due column), worded as the document expiring
 * (remind/due-label.ts isDocument) and never classing the customer as under contract (plan/analyze.ts).
 * An insurance policy, a membership card, a course or a software licence is the customer's contract, and stays one.
 */
// A pet's vaccine or deworming that falls due is the shop's service to book: reminded, worded by its
// column (remind/due-label.ts: 疫苗 2026-06-20 到期), as a membership or a policy is.
const NOT_CONTRACT_HEADS = ['身份证', '证件', '驾照', '驾驶证', '行驶证', '护照', '执照', '签证'];
const NOT_CONTRACT_WORDS: ReadonlySet<string> = new Set(['passport', 'visa', 'id', 'identity', 'driver', 'driving']);
/**
 * Whether a membership renews by itself (Auto Renew, Auto-Renewal: TRUE / FALSE; 自动续费: 是 / 否) is a
 * yes or no, not the day it renews; Auto-Renewal Date, with its date word, is that day.
 */
const AUTO_RENEW_HEADS = ['自动续'];
const AUTO_RENEW_WORDS: ReadonlySet<string> = new Set(['auto', 'autorenew', 'autorenewal', 'automatic']);
/**
 * A car's service falling due (年检到期, 年审到期, 保养到期, MOT Due, Inspection Due) is the dealer's
 * call to book it: a due date of its own, reminded in its words (年检 2026-12-20 到期), and never the
 * contract end while the sheet has one (保险到期 stays the policy's): matched as a fallback, an extra
 * due column beside it (header-map.ts).
 */
const SERVICE_DUE_HEADS = ['年检', '年审', '保养'];
const SERVICE_DUE_WORDS: ReadonlySet<string> = new Set(['inspection', 'mot', 'service', 'servicing', 'wof', 'rego', 'registration', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'booster', 'rabies', 'rabie']);

/** Fields of what already happened, and the words of a header about what is to come. */
const PAST_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['lastContact', 'lastPurchase', 'firstPurchase', 'createdAt', 'updatedAt']);
// 应付款日期, 待付款时间: a payment still to make is no purchase.
const AHEAD_HEADS = ['下次', '计划', '预约', '预计', '意向', '期望', '应付', '待付', '应缴'];
/**
 * What a customer has bought and where he is, and the words of a header about what is hoped or
 * wished for instead: money not spent yet (预计成交金额, Expected Revenue), a buyer's wish (意向区域,
 * 意向城市, 意向车型, Target City) is no fact about him.
 */
const HOPED_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['amount', 'orders', 'province', 'city', 'district', 'address', 'country', 'product', 'quantity', 'unitPrice']);
const HOPED_HEADS = ['预计', '预算', '意向', '目标', '预估', '预期', '潜在', '期望', '理想', '心仪'];
const HOPED_WORDS: ReadonlySet<string> = new Set(['expected', 'estimated', 'estimate', 'budget', 'target', 'potential', 'forecast', 'projected', 'average', 'avg',
  'preferred', 'desired', 'intended']);
/**
 * Money the customer owes (欠款, 应收, 未回款, Past Due Amount, Balance Due), should sell (任务金额, 指标,
 * Quota) or has left on a prepaid card (卡内金额, 储值金额, 余额): read as what he spent, a dealer deep in
 * debt would be the top tier. Not even a candidate, so that it never takes amount from 已回款金额.
 */
/**
 * Money the customer owes (欠款, 应收余额, 未回款, Balance Due, Outstanding): also no balance held for him
 * (plan/held-elsewhere.ts reads a 储值余额 or Store credit as one, never an 应收余额).
 */
// A 农资 or 建材 dealer's 赊账 / 赊销 / 挂账 / 未结 is what the farmer or the builder takes on credit and owes
// (tester h76: 赊账金额 was read as what he spent, and 本年进货额 beside it went unread).
export const OWED_HEADS: readonly string[] = ['欠', '应收', '未回', '未付', '未收', '待收', '待付', '尾款', '赊', '挂账', '未结'];
/**
 * Whole headers that name money owed with no owed word in them: a practice's Patient Balance (Dentrix,
 * Open Dental: what the patient owes after insurance), Patient Portion, Patient Responsibility. Not a
 * bare Balance, which a salon keeps for its client (held-elsewhere.ts).
 */
export const OWED_HEADER_KEYS: ReadonlySet<string> = new Set(['patient balance', 'patient portion', 'patient responsibility', 'patient balance due',
  'guarantor balance', 'family balance'].map((w) => foldHeader(w).key));
export const OWED_WORDS: ReadonlySet<string> = new Set(['due', 'owed', 'owing', 'outstanding', 'receivable', 'receivables', 'unpaid', 'overdue', 'arrear', 'arrears']);
const NOT_SPENT_HEADS = [...OWED_HEADS, '任务', '指标', '余额', '剩余', '卡内', '储值', '结余'];
const NOT_SPENT_WORDS: ReadonlySet<string> = new Set([...OWED_WORDS, 'balance', 'remaining', 'quota']);
/**
 * A tax (Tax Amount, Xero's DefaultTaxSales: Tax Exclusive / Tax Inclusive) is no spending of the
 * customer's. English words only: a Chinese sheet's 含税金额 is what the customer paid, tax included.
 */
const TAX_WORDS: ReadonlySet<string> = new Set(['tax', 'taxe', 'vat', 'gst']);
/**
 * Money taken off, given back or spent on the parcel (抖店's 优惠总金额, 退款金额, 运费金额, Shopify's
 * Discount Amount, Refunded Amount, Shipping): no spending of the customer's. 优惠总金额 holds 总金额, a
 * longer match than the 金额 of 订单应付金额 beside it, and took the amount from it.
 */
const NOT_PAID_HEADS = ['优惠', '折扣', '减免', '抵扣', '退款', '退货', '运费', '邮费', '快递费', '红包', '佣金', '手续费'];
const NOT_PAID_WORDS: ReadonlySet<string> = new Set(['discount', 'refund', 'refunded', 'shipping', 'freight', 'postage', 'coupon', 'voucher', 'commission', 'cashback', 'rebate']);
/**
 * An average (千牛's 平均客单价, 有赞's 客单价, 人均消费) is neither what the customer spent in all nor
 * the price of one thing he bought (English Average and Avg are kept out with the hoped-for words).
 */
const AVERAGED_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['amount', 'unitPrice', 'orders']);
const AVERAGE_HEADS = ['平均', '客单价', '人均', '均价'];
/**
 * Where a form was filled in (Gravity Forms' Source Url, Page URL, Referrer, 来源网址, 笔记链接): the
 * page the respondent came from or sent it on, not the customer's own website.
 */
const NOT_SITE_HEADS = ['来源', '页面', '落地页', '笔记', '表单'];
const NOT_SITE_WORDS: ReadonlySet<string> = new Set(['source', 'referrer', 'referer', 'referring', 'referral', 'page', 'landing', 'form', 'entry', 'submission', 'tracking', 'utm']);
const DATE_TAIL = /(?:date|time|日期|时间)$/;
/**
 * A currency the header names (Total Purchase (₹), Purchases ($), 消费（元）, Sales (RM), Spend (USD)):
 * the column holds money, never a count, whatever count's word it holds (purchases, 消费次数's 消费).
 * Read as the number of orders, every ₹12,500 would be "not a whole number" and no value tier made.
 */
const CURRENCY_MARK = /[₹£$€¥₩₽₱฿₫]|元|[([（【]\s*(?:rm|rs\.?|rmb|usd|inr|gbp|eur|aud|cad|sgd|hkd|nzd|myr|php|zar|thb|vnd|idr|krw|rp|mop|twd|ntd)\s*[)\]）】]/iu;
/** India's money units in a header's brackets: Value (Lakhs), Amount (in Cr.). */
const MONEY_UNIT_MARK = /[([（【]\s*(?:in\s+)?(?:lakhs?|lacs?|crores?|cr\.?)\s*[)\]）】]/iu;
/**
 * Words that are money only beside a currency or a money unit: a bare Value may be a rating (High), a
 * bare Business the customer's firm (company); Value (Rs.) and Business (₹) are what he bought.
 */
const MONEY_BY_MARK: ReadonlySet<string> = new Set(['value', 'business']);
const moneyNamed = (field: FieldId, text: string): FieldId => (FIELD_KIND[field] === 'integer' && CURRENCY_MARK.test(text) ? 'amount' : field);
/**
 * Whether the customer takes e-mail or texts (HubSpot's Unsubscribed from all email: true / false,
 * Email Opt In, 短信退订): a flag about his address, never a second one. Not whether he may be
 * contacted at all either (a rep still calls who unsubscribed from the newsletter).
 */
const SUBSCRIPTION_WORDS: ReadonlySet<string> = new Set(['unsubscribed', 'unsubscribe', 'subscribed', 'subscribe', 'subscription', 'opt', 'opted', 'optin', 'optout', 'consent']);
const SUBSCRIPTION_HEADS = ['退订', '订阅'];
const CONTACT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['name', 'firstName', 'middleName', 'lastName', 'mobile', 'phone', 'email', 'wechat', 'qq']);
/**
 * A bank account's columns (Xero's BankAccountName, 开户银行地址) name the account or its bank: read as
 * the customer's company or contact, a payee's name would stand for the customer.
 */
const BANK_HEADS = ['银行', '开户'];
const BANK_WORDS: ReadonlySet<string> = new Set(['bank', 'iban', 'swift', 'bsb']);
const BANK_REFUSED: ReadonlySet<FieldId> = new Set<FieldId>([...CONTACT_FIELDS, ...PLACE_FIELDS, 'company']);

/**
 * The insurer that carries a policy (an agent's ledger: 保险公司 人保财险, 承保公司, Insurance Company,
 * Insurer): on every row a carrier's name, no company the customer works at. Read as his, each reminder
 * named the insurer beside the client and two strangers insured with one carrier shared a company.
 */
const INSURER_HEADS = ['保险公司', '承保', '保险机构'];
const INSURER_WORDS: ReadonlySet<string> = new Set(['insurer', 'insurance', 'underwriter']);

/**
 * Who carries the parcel (淘宝's and 京东's 物流公司, 快递公司, 承运商, 配送公司, a Carrier, a Courier
 * Company): 顺丰速运 on every row, no company the buyer works at. Read as his, every buyer of a shop
 * would work at one courier and "公司相同" would join strangers. Shopify's Shipping Company stays the
 * company of the ship-to address, most often the buyer's own (as its Shipping Street is). Only in a list
 * of orders (MatchOptions.orderList): a freight broker's list of customers names each by its 物流公司.
 */
const CARRIER_HEADS = ['物流', '快递', '承运', '配送', '货运', '发货'];
// Folded words: Logistics is logistic.
const CARRIER_WORDS: ReadonlySet<string> = new Set(['carrier', 'courier', 'logistic', 'logistics', 'freight', 'delivery']);

/**
 * Whose name a bare English 'name' is, when words come before it: 'Program Name', 'Product Name',
 * 'Bank Name', 'Spouse Name' name something or someone else, and read as the customer's name they
 * would put a product in every reminder and join all its buyers into one duplicate group. Only these
 * words leave the name the customer's.
 */
const HAN = /\p{Script=Han}/u;
const CUSTOMER_NAME_HEADS: ReadonlySet<string> = new Set([
  'full', 'legal', 'real', 'preferred', 'display', 'complete', 'official', 'your', 'person', 'personal', 'primary', 'main',
  'customer', 'client', 'contact', 'member', 'guest', 'tenant', 'patient', 'buyer', 'purchaser', 'lead', 'prospect', 'subscriber',
  'donor', 'recipient', 'cardholder', 'holder', 'attendee', 'student', 'applicant', 'consumer', 'shopper',
  // Shopify's order export: who pays is the buyer (Shipping Name, who receives, is not).
  'billing',
  'english', 'chinese', 'pinyin', 'latin',
  // A form's question: What is your name?, What's your name? (the apostrophe folds to a word 's').
  'what', 'is', 's',
]);

/**
 * Containment. Compound headers name their thing last in Chinese and English alike (联系人手机 is a
 * mobile, 公司地址 an address, Company Phone a phone), so a synonym that ends the header scores
 * above one elsewhere in it; among equals, the longer match wins.
 */
function containment(key: string, words: string[], syn: Synonym): number {
  let end: number;
  if (syn.latin) {
    const at = lastWordRun(words, syn.words);
    if (at < 0) return 0;
    end = at + syn.words.length === words.length ? key.length : -1;
    if (end < 0 && !words.slice(at + syn.words.length).every((w) => NEUTRAL_TAIL_WORDS.has(w))) return 0;
    // A Han word before it is the header's other language (姓名 Name).
    if (syn.field === 'name' && syn.key === 'name' && !words.slice(0, at).every((w) => CUSTOMER_NAME_HEADS.has(w) || HAN.test(w))) return 0;
  } else {
    const at = key.lastIndexOf(syn.key);
    if (at < 0) return 0;
    end = at + syn.key.length;
    if (end < key.length && !NEUTRAL_TAILS.has(key.slice(end)) && !/^[a-z0-9 ]+$/.test(key.slice(end))) return 0;
  }
  const coverage = syn.key.length / key.length;
  return 0.8 + 0.05 * coverage + (end === key.length ? 0.05 : 0);
}

/**
 * Typos in English headers (adress, emial, compnay): one edit for words of 5–7 letters, two from 8.
 * The first letter must agree: typists rarely get it wrong (Pollock & Zamora 1984), and it keeps
 * 'course' away from 'source'.
 */
function fuzzy(key: string, syn: Synonym): number {
  if (!syn.latin || syn.foreign || syn.exactOnly || syn.key.length < 5 || syn.key[0] !== key[0]) return 0;
  // A header that is some of the synonym's words, whole, is no typo of it but a thing of its own:
  // Notion's 'Contract' (a date range) is no misspelt 'Contract No', and read as one would make a
  // sheet of customers an order list.
  if (syn.words.some((_, i) => i > 0 && (key === syn.words.slice(0, i).join('') || key === syn.words.slice(i).join('')))) return 0;
  const max = Math.min(key.length, syn.key.length) >= 8 ? 2 : 1;
  const d = osaDistance(key, syn.key, max);
  return d === 0 || d > max ? 0 : 0.7 - 0.05 * (d - 1);
}

/** 'phone' of ['phone', '2', 'value']: the words before a number followed only by part words; else null. */
function numberedThing(words: readonly string[]): string | null {
  const at = words.findIndex((w) => /^\d+$/.test(w));
  if (at <= 0 || at === words.length - 1) return null;
  return words.slice(at + 1).every((w) => NUMBERED_PARTS.includes(w)) ? words.slice(0, at).join(' ') : null;
}

/**
 * A typo is a word no header means: a header word that differs from the synonym's but is itself a
 * word of another field's synonyms is that word, spelt right. 'Contact No' (India's phone) is no
 * misspelt 'Contract No': read as one, a customer list became an order list and its phones went unread.
 */
function crossesField(words: readonly string[], syn: Synonym, vocabulary: ReadonlyMap<string, ReadonlySet<FieldId>>): boolean {
  const aligned = words.length === syn.words.length;
  return words.some((w, i) => (aligned ? w !== syn.words[i] : true) && [...(vocabulary.get(w) ?? [])].some((f) => f !== syn.field));
}

/**
 * A typo keeps the words of a header: as many of them, each within one edit of its own, a short one
 * (four letters or fewer) exact. 'Emial Adress' is 'Email Address'; 'Contact Date' is no misspelt
 * 'Contact Name', though the two are two edits apart as a whole.
 */
function sameWordShape(words: readonly string[], synWords: readonly string[]): boolean {
  if (words.length === 1 || synWords.length === 1) return words.length === synWords.length || words.length === 1;
  if (words.length !== synWords.length) return false;
  return words.every((w, i) => (w.length <= 4 || synWords[i].length <= 4 ? w === synWords[i] : osaDistance(w, synWords[i], 1) <= 1));
}

export interface MatchOptions {
  /** Typo matching (default on); header-row search leaves it off, it only counts sure matches. */
  fuzzy?: boolean;
  /**
   * The sheet has a parent column (isGuardianHeader), or names a student or child (isStudentNameHeader)
   * and no other customer: the child's name and birthday are the customer's.
   */
  childIsCustomer?: boolean;
  /** The customer is a child the sheet names (学员姓名, 孩子姓名): its 联系人 is his parent, no name of his. */
  contactIsGuardian?: boolean;
  /** The sheet keeps babies (isBabyHeader) whose mother is the customer: 妈妈生日 is hers. */
  motherIsCustomer?: boolean;
  /** The baby is the customer (an early-education centre's 宝宝姓名, or a parent column): its columns are read as his. */
  babyIsCustomer?: boolean;
  /**
   * No column but the colleague's names anyone (a chain's 门店名称, 经理姓名, 经理电话): its 经理… and
   * 助理… columns are the contact's own. Beside a name column (Outlook's 名 and 姓) they are another person's.
   */
  colleagueIsContact?: boolean;
  /**
   * The sheet lists orders or shipments (a column read as orderId: 订单号, 物流单号, 运单号, Order ID,
   * Tracking number): its 物流公司 / 快递公司 / Carrier is who carried the parcel. In a list without them
   * (a freight broker's customers) the logistics firm is the customer's company.
   */
  orderList?: boolean;
  /** The sheet keeps pets (isPetHeader): the pet's owner (主人, Owner Name, Owner Phone) is the customer. */
  petOwnerIsCustomer?: boolean;
  /**
   * Another column names the customer (订购人, 投保人, Billing Name, Policyholder): a recipient's or an
   * insured's columns (收花人电话, 收货人, 被保人出生日期, Insured DOB) are another person's (isSecondPartyHeader).
   */
  customerNamedElsewhere?: boolean;
  /** The sheet names its buyers by their marketplace account (isBuyerAccountHeader): its 店铺名称 is the seller's. */
  sellersExport?: boolean;
  /** The sheet names a recipient (isRecipientHeader) beside the customer: a delivery address is the recipient's. */
  recipientNamed?: boolean;
  /** The sheet is a form or survey export (isFormExportHeader): its Start Date and End Date are the response's. */
  formExport?: boolean;
  /** The sheet is Qualtrics' export (isSurveyPanelMark): its Recipient columns are the respondent's. */
  surveyPanel?: boolean;
  /** The sheet has Mailchimp's geo-IP columns (isGeolocatedMark): its REGION and CC are a guess from the network. */
  geolocated?: boolean;
  /** The sheet is Outlook's Chinese contacts export (isOutlookZhExport): its bare 类别 is Categories, the tags. */
  outlookZh?: boolean;
}

/** The field a header names, or null when none of the synonyms fits. */
/** What separates the two things a header names (手机/微信, Phone | Fax). */
const SLASHES = /[/／|｜\\]/u;
/** The pet's owner read as the customer: as sure as a header read by its part. */
const OWNER_AS_CUSTOMER = 0.9;
/** A header read by its first part is a little less sure than one read whole. */
const SLASHED_CONFIDENCE = 0.9;

export function matchHeader(text: string, options: MatchOptions = {}): HeaderMatch | null {
  const read = readHeader(text, options);
  return read === 'refused' ? null : read;
}

/**
 * As matchHeader, but tells a header that names no field (null) from one that contains a field's
 * word and is kept from it ('refused': 配偶生日, 欠款金额, 教练电话, 微信昵称), whose values must not be
 * guessed either: a partner's birthdays look like a customer's.
 */
export function readHeader(text: string, options: MatchOptions = {}): HeaderMatch | 'refused' | null {
  const { key, words } = foldHeader(text);
  if (key === '') return null;
  const { all, exact, notFields, tails, heads, vocabulary } = synonyms();
  if (notFields.has(key)) return 'refused';
  // IP Address, User IP, Submission IP, 来源IP, OPTIN_IP: a network address, never a postal one, a
  // source or anything else of the customer's.
  if (words.includes('ip')) return 'refused';
  if (NETWORK_PLACE_HEADS.some((h) => key.includes(h)) || words.some((w) => NETWORK_PLACE_WORDS.has(w))) return 'refused';
  if (options.formExport && FORM_SUBMITTED_KEYS.has(key)) return { field: 'createdAt', confidence: 1, how: 'exact', synonym: key };
  if (options.formExport && FORM_TIME_KEYS.has(key)) return 'refused';
  const respondent = options.surveyPanel ? SURVEY_RECIPIENT_FIELDS.get(key) : undefined;
  if (respondent) return { field: respondent, confidence: 1, how: 'exact', synonym: key };
  if (options.geolocated && GEOLOCATED_KEYS.has(words.join(' '))) return 'refused';
  if (options.outlookZh && key === OUTLOOK_CATEGORIES_KEY) return { field: 'tags', confidence: 1, how: 'exact', synonym: key };
  // 联系人 beside the child a school's sheet names is his parent: no name of the customer's, the person to call.
  if (options.contactIsGuardian === true && namesContact(key, words)) return { field: 'guardian', confidence: 1, how: 'exact', synonym: key };
  const part = readPart(text, options);
  if (part !== undefined) return part;
  if (options.customerNamedElsewhere) {
    const theirs = secondPartyFields(key, words);
    if (theirs) {
      const read = readHeader(text, { ...options, customerNamedElsewhere: false });
      return read !== null && read !== 'refused' && theirs(read.field) ? 'refused' : read;
    }
    if (options.recipientNamed && (DELIVERY_HEADS.some((h) => key.startsWith(h)) || DELIVERY_WORDS.has(words[0]))) {
      const read = readHeader(text, { ...options, customerNamedElsewhere: false });
      return read !== null && read !== 'refused' && PLACE_FIELDS.has(read.field) ? 'refused' : read;
    }
  }
  if (options.petOwnerIsCustomer) {
    const part = petOwnersPart(key, words);
    if (part === '') return { field: 'name', confidence: OWNER_AS_CUSTOMER, how: 'contains', synonym: key };
    if (part !== null) {
      // Owner First, Owner Last: the owner's first and last name, the word Name left out (tester h77 #9).
      const read = readHeader(BARE_NAME_PARTS.has(part) ? `${part} name` : part, { ...options, petOwnerIsCustomer: false });
      return read === 'refused' || read === null ? read : { ...read, confidence: Math.min(read.confidence, OWNER_AS_CUSTOMER) };
    }
  }
  // Value (Rs.), Value (Lakhs), Business (₹): a bare word beside a currency or a money unit is money.
  if (MONEY_BY_MARK.has(key) && (CURRENCY_MARK.test(text) || MONEY_UNIT_MARK.test(text))) return { field: 'amount', confidence: 1, how: 'exact', synonym: key };
  // A club's Annual Dues, an association's 会费: what the member pays, as an Annual Fee is (a fallback as
  // that is), though folded it holds the Due of Balance Due (dues-header.ts).
  if (duesPeriod(text) !== null) return { field: 'amount', confidence: 1, how: 'exact', synonym: key, fallback: true };
  const same = exact.get(key);
  if (same) {
    if (options.sellersExport && SELLER_SHOP_KEYS.has(same.key)) return 'refused';
    // A list of orders' 配送日期 / Delivery Date is each parcel's dispatch, and an order book's beside its 收花人 a
    // bouquet's sent to someone else: no day booked with the customer, as a cake shop's member list's is.
    if ((options.orderList || options.recipientNamed) && same.field === 'appointment' && DISPATCH_KEYS.has(key)) return 'refused';
    // A florist's 纪念日 beside the 收花人: the occasion of a bouquet sent to someone else, no day of the customer's.
    if (same.field === 'anniversary' && options.recipientNamed) return 'refused';
    if (LUNAR.test(text) && FIELD_KIND[same.field] === 'date') return lunarOf(same.field, 1, 'exact');
    // MOT Due, Vaccine Due typed as the synonym itself is a service falling due all the same: beside a policy, a due of its own.
    const serviceDue = same.field === 'contractEnd' && (SERVICE_DUE_HEADS.some((h) => key.includes(h)) || words.some((w) => SERVICE_DUE_WORDS.has(w)));
    return { field: moneyNamed(same.field, text), confidence: 1, how: 'exact', synonym: same.key, ...((same.fallback || serviceDue) && { fallback: true as const }) };
  }
  // 手机号码/微信, 电话/手机, QQ/微信: a header naming two things holds the first (the second is the same
  // value, 微信同号, or an alternative). The containment below would take the last word, as in 客户手机.
  const parts = text.split(SLASHES).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length > 1) {
    const first = matchHeader(parts[0], options);
    if (first) return { ...first, confidence: Math.min(first.confidence, SLASHED_CONFIDENCE) };
  }
  const thing = numberedThing(words);
  if (thing !== null) {
    const m = exact.get(foldHeader(thing).key);
    if (m) return { field: m.field, confidence: 0.9, how: 'contains', synonym: m.key };
  }

  let best: { syn: Synonym; score: number; how: MatchHow } | null = null;
  const better = (syn: Synonym, score: number) =>
    best === null || score > best.score ||
    (score === best.score && (syn.key.length > best.syn.key.length ||
      (syn.key.length === best.syn.key.length && syn.order < best.syn.order)));

  const qualified = tails.some((t) => key.endsWith(t)) || heads.some((h) => key.startsWith(h));
  const hanChars = key.match(/\p{Script=Han}/gu)?.length ?? 0;
  const otherWords = words.filter((w) => !/\p{Script=Han}/u.test(w)).length;
  if (hanChars <= MAX_HAN_CHARS && otherWords <= MAX_OTHER_WORDS && !qualified) {
    for (const syn of all) {
      if (syn.exactOnly || syn.key.length >= key.length) continue;
      const score = containment(key, words, syn);
      if (score > 0 && better(syn, score)) best = { syn, score, how: 'contains' };
    }
  }
  if (best === null && options.fuzzy !== false && /^[a-z]{5,}$/.test(key)) {
    for (const syn of all) {
      if (!sameWordShape(words, syn.words) || crossesField(words, syn, vocabulary)) continue;
      const score = fuzzy(key, syn);
      if (score > 0 && better(syn, score)) best = { syn, score, how: 'fuzzy' };
    }
  }
  // Child Name beside Parent Name: the child is the customer (a kids' dentist's patient, a swim class's
  // swimmer), and this is his name, though 'Child Name' names no customer elsewhere (CUSTOMER_NAME_HEADS).
  if (best === null) return options.childIsCustomer === true && isStudentNameHeader(text) ? { field: 'name', confidence: CHILD_NAME_CONFIDENCE, how: 'contains', synonym: key } : null;
  const matched: { syn: Synonym; score: number; how: MatchHow } = best;
  const money = moneyNamed(matched.syn.field, text);
  const found = money === matched.syn.field ? matched : { ...matched, syn: { ...matched.syn, field: money } };
  // 狗狗名字 is the dog's name; 宠物生日 nobody's.
  if (PERSON_FIELDS.has(found.syn.field) && namesPet(key, words)) {
    return found.syn.field === 'name' ? { field: 'petName', confidence: Math.round(found.score * 1000) / 1000, how: found.how, synonym: found.syn.key } : 'refused';
  }
  if (PERSON_FIELDS.has(found.syn.field) && namesAnotherPerson(key, words, options.childIsCustomer === true, options.motherIsCustomer === true, options.colleagueIsContact === true)) return 'refused';
  const babys = PERSON_FIELDS.has(found.syn.field) && options.babyIsCustomer !== true && options.childIsCustomer !== true && namesBaby(key, words);
  if (babys && !BIRTHDAY_FIELDS.has(found.syn.field)) return 'refused';
  if (options.sellersExport && SELLER_SHOP_KEYS.has(found.syn.key)) return 'refused';
  if (LUNAR.test(text) && FIELD_KIND[found.syn.field] === 'date') {
    const lunar = lunarOf(found.syn.field, found.score, found.how);
    return lunar === null ? 'refused' : { ...lunar, ...(babys && { fallback: true as const }) };
  }
  const contactColleague = options.colleagueIsContact === true && CONTACT_COLLEAGUE_HEADS.some((h) => key.startsWith(h));
  if (CONTACT_FIELDS.has(found.syn.field) && ((OTHER_PARTY_HEADS.some((h) => key.startsWith(h)) && !contactColleague) || words.some((w) => OTHER_PARTY_WORDS.has(w)))) return 'refused';
  if (CONTACT_FIELDS.has(found.syn.field) && (SUBSCRIPTION_HEADS.some((h) => key.includes(h)) || words.some((w) => SUBSCRIPTION_WORDS.has(w)))) return 'refused';
  const document = found.syn.field === 'contractEnd' && (NOT_CONTRACT_HEADS.some((h) => key.includes(h)) || words.some((w) => NOT_CONTRACT_WORDS.has(w)));
  if (found.syn.field === 'contractEnd' && !DATE_TAIL.test(key) && (AUTO_RENEW_HEADS.some((h) => key.includes(h)) || words.some((w) => AUTO_RENEW_WORDS.has(w)))) return 'refused';
  const serviceDue = document || (found.syn.field === 'contractEnd' && (SERVICE_DUE_HEADS.some((h) => key.includes(h)) || words.some((w) => SERVICE_DUE_WORDS.has(w))));
  // A header that ends in a date word (Purchase Date, 消费时间) names a date, whatever its field word.
  if (FIELD_KIND[found.syn.field] !== 'date' && DATE_TAIL.test(key)) return 'refused';
  // Next Purchase Date, 下次联系…: what is to come is never when it last happened.
  if (PAST_FIELDS.has(found.syn.field) && (words.includes('next') || AHEAD_HEADS.some((h) => key.includes(h)))) return 'refused';
  // 预计成交金额, 预算金额, Expected Revenue, 意向城市, Target City: hoped for, not so.
  if (HOPED_FIELDS.has(found.syn.field) && (HOPED_HEADS.some((h) => key.includes(h)) || words.some((w) => HOPED_WORDS.has(w)))) return 'refused';
  if (found.syn.field === 'amount' && (NOT_SPENT_HEADS.some((h) => key.includes(h)) || words.some((w) => NOT_SPENT_WORDS.has(w)))) return 'refused';
  if (found.syn.field === 'amount' && words.some((w) => TAX_WORDS.has(w))) return 'refused';
  // Unless the word is the synonym's own: a courier's 本年运费 is the freight its account paid (fields.ts).
  if (found.syn.field === 'amount' && (NOT_PAID_HEADS.some((h) => key.includes(h) && !found.syn.key.includes(h)) || words.some((w) => NOT_PAID_WORDS.has(w)))) return 'refused';
  if (AVERAGED_FIELDS.has(found.syn.field) && AVERAGE_HEADS.some((h) => key.includes(h))) return 'refused';
  if (found.syn.field === 'website' && (NOT_SITE_HEADS.some((h) => key.includes(h)) || words.some((w) => NOT_SITE_WORDS.has(w)))) return 'refused';
  if (BANK_REFUSED.has(found.syn.field) && (BANK_HEADS.some((h) => key.includes(h)) || words.some((w) => BANK_WORDS.has(w)))) return 'refused';
  if (found.syn.field === 'company' && (INSURER_HEADS.some((h) => key.includes(h)) || words.some((w) => INSURER_WORDS.has(w)))) return 'refused';
  if (found.syn.field === 'company' && options.orderList === true && (CARRIER_HEADS.some((h) => key.startsWith(h)) || words.some((w) => CARRIER_WORDS.has(w)))) return 'refused';
  // 客户会计, 对方会计: the client's own accountant, no one of ours who holds him.
  if (found.syn.field === 'owner' && found.syn.fallback && (key.includes('客户') || key.includes('对方'))) return 'refused';
  // A bank's 风险等级 (C4-进取型, R2稳健), Risk Level: how much risk the client may take, not what he is worth to the bank.
  if (found.syn.field === 'tier' && (key.includes('风险') || words.includes('risk'))) return 'refused';
  // 京东's 商家备注等级 (0–5) is the colour of the seller's flag on his note, no level of the buyer's.
  if (found.syn.field === 'tier' && key.includes('备注')) return 'refused';
  // A care home's 照護等級 / 护理等级 / 失能等级, a Care Level: how much care the resident needs, not her worth (tester h78 #15).
  if (found.syn.field === 'tier' && (CARE_HEADS.some((h) => key.includes(h)) || words.includes('care') || words.includes('nursing'))) return 'refused';
  const secondary = SECONDARY_WORDS.has(words[0]) || SECONDARY_HEADS.some((h) => key.startsWith(h) && !found.syn.key.startsWith(h));
  const score = secondary ? found.score - SECONDARY_PENALTY : found.score;
  return { field: found.syn.field, confidence: Math.round(score * 1000) / 1000, how: found.how, synonym: found.syn.key, ...((found.syn.fallback || babys || serviceDue) && { fallback: true as const }) };
}
