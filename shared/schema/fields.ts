/**
 * The fields Sheet Keeper knows in a customer sheet, declared as data: what each one holds, how
 * its cleaner treats it, how hosts must write it, and the header words that name it in Chinese and
 * English sheets. Header words are compared after folding (see header-map.ts), so list each word
 * once in its plain form.
 */
import { INVOICE_DUE_SYNONYMS } from './collection-list';
import { SERVICE_STAFF } from './service-roles';
import { DEPOSIT_WORDS, PRICE_WORDS } from './part-payment';

export type FieldId =
  | 'customerId'
  | 'name'
  | 'nickname'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'gender'
  | 'mobile'
  | 'phone'
  | 'email'
  | 'wechat'
  | 'qq'
  | 'company'
  | 'shortName'
  | 'title'
  | 'department'
  | 'address'
  | 'province'
  | 'city'
  | 'district'
  | 'postcode'
  | 'country'
  | 'industry'
  | 'source'
  | 'birthday'
  | 'lunarBirthday'
  | 'anniversary'
  | 'idCard'
  | 'uscc'
  | 'contractStart'
  | 'contractEnd'
  | 'contractTerm'
  | 'createdAt'
  | 'updatedAt'
  | 'endedAt'
  | 'renewedOn'
  | 'lastContact'
  | 'lastPurchase'
  | 'firstPurchase'
  | 'nextFollowUp'
  | 'closeDate'
  | 'appointment'
  | 'amount'
  | 'orders'
  | 'visits'
  | 'viewings'
  | 'remaining'
  | 'owner'
  | 'customerType'
  | 'tier'
  | 'vip'
  | 'status'
  | 'dealStatus'
  | 'recordStatus'
  | 'disabledAt'
  | 'refundStatus'
  | 'disabled'
  | 'emailOptOut'
  | 'publicPool'
  | 'claimedAt'
  | 'returnedAt'
  | 'tags'
  | 'notes'
  | 'website'
  | 'orderId'
  | 'product'
  | 'quantity'
  | 'unitPrice'
  | 'vin'
  | 'plate'
  | 'petName'
  | 'listing'
  | 'listingUnit'
  | 'guardian'
  | 'carer'
  | 'coOwner';

/** How a field's cleaner reads its values. */
export type FieldKind =
  | 'text'
  | 'multiline'
  | 'person-name'
  | 'company'
  | 'phone'
  /** A WeChat ID: free text, or the phone number the account is found by, which a sheet may hold as a number and cut. */
  | 'wechat'
  | 'email'
  | 'date'
  | 'amount'
  | 'integer'
  | 'id'
  | 'postcode'
  | 'url'
  | 'province'
  | 'gender'
  | 'enum'
  | 'vin'
  | 'plate'
  | 'term';

/**
 * How a host writes the column: `text` columns get the Text number format (`@`) before values so
 * that `+86…`, `0755…`, `00123` or 18-digit IDs are never turned into formulas or numbers (PITFALLS A5, B3).
 * `keep`: a column no field reads (信用额度, 年度采购额, 房型): the run changes none of its cells, and a
 * value a merge fills in is written as the cell it was (a number as a number the sheet's own 合计
 * still adds up; a text value as text, in a Text-format cell where a host would coerce it). No field
 * is written `keep`.
 */
export type WriteType = 'text' | 'number' | 'date' | 'keep';

export interface FieldDef {
  id: FieldId;
  kind: FieldKind;
  write: WriteType;
  label: { 'zh-CN': string; en: string };
  /** Header words (Chinese and English) that name this field, most specific first. */
  synonyms: string[];
  /**
   * Header words that name this field only when no column of the sheet names it by one of its
   * `synonyms`: a dealer's 回款金额 (what he paid) is what he spent, unless a 累计消费 column says so.
   */
  fallbackSynonyms?: string[];
  /**
   * Runs of two or more spaces inside a value are kept, not collapsed to one: they are its structure.
   * Mailchimp's audience export separates an address's street, city, state, ZIP and country by two
   * spaces (`500 Pine St  Seattle WA 98101  US`), and a re-import splits the parts there.
   */
  keepSpaceRuns?: true;
  /**
   * Header words of this field's column that say whose it is, beyond what it holds: `customer`, the
   * customer as such (客户名称, Account Name: a person's name, or on a sheet of companies the company's),
   * and `contact`, the person to ask for at a company (联系人, Contact). A row of no name on a sheet of
   * companies lacks the company and its contact, not a person's name (validate/nameless-words.ts), and
   * the name's customer words beside a person column are the company (header-map.ts). Declared once
   * here for both; most are synonyms, some (客户单位, 主要联系人) are read by containment or an override.
   */
  roleWords?: Partial<Record<HeaderRole, readonly string[]>>;
}

/** What a header word says of its column beyond its field (FieldDef.roleWords). */
export type HeaderRole = 'customer' | 'contact';

/**
 * Headers of an insurance premium falling due, synonyms of contractEnd read only in a sheet of policies
 * (header-map.ts premiumDue): elsewhere a 缴费日期 may be a payment made, a Payment Due Date an invoice's.
 */
export const PREMIUM_DUE_SYNONYMS: readonly string[] = [
  '交费日期', '缴费日期', '续期缴费日', '续期交费日', '续期缴费日期', '续期交费日期', '下次缴费日', '下次交费日', '下次缴费日期', '下次交费日期',
  // An agent's book's bare 缴费日 (2026-12-10, or the yearly 12月6日: tester h78 #6), its 续期日 and 续保缴费日.
  '缴费日', '交费日', '续期日', '续期日期', '续保缴费日', '续保交费日', '续保缴费日期', '年缴日', 'premium due day', 'premium date',
  'premium due', 'premium due date', 'premium due on', 'next premium', 'next premium due', 'next premium date', 'renewal premium due', 'renewal premium due date',
  'payment due', 'payment due date', 'payment due on', 'next payment', 'next payment due', 'next payment date',
];

/**
 * Of PREMIUM_DUE_SYNONYMS and beside them, the headers of a payment still to come (下次缴费日, 应缴日期,
 * Next Payment): read in any sheet, a school's or a club's fee day as much as a policy's premium
 * (tester h71 #14: a music school's 下次缴费日 went unread). Not a bare 缴费日, a rent ledger's or a
 * policy's day of the month (每月5日), nor 缴费日期, the date a payment was made as often as one due:
 * a policy sheet's only.
 */
export const PAYMENT_AHEAD_SYNONYMS: readonly string[] = [
  '下次缴费日', '下次交费日', '下次缴费日期', '下次交费日期', '下次缴费时间', '应缴日期', '应缴费日期', '应交费日期',
  '缴费截止日', '缴费截止日期', '下次付款日', '下次付款日期',
  'next payment', 'next payment due', 'next payment date', 'next payment due date',
];

export const FIELDS: readonly FieldDef[] = [
  { id: 'customerId', kind: 'id', write: 'text', label: { 'zh-CN': '客户编号', en: 'Customer ID' },
    synonyms: ['客户编号', '客户ID', '客户代码', '客户号', '会员编号', '会员号', '会员卡号', '编号', '病历号', '档案号', '就诊卡号', 'customer id', 'customer no', 'customer number', 'client id', 'client no', 'client number', 'account id', 'account number', 'account no', 'record id', 'contact id', 'lead id', 'id', 'no',
      // A marketplace's (淘宝, 抖店, 拼多多) buyer account: one per buyer, whoever receives his parcels.
      '买家会员名', '买家昵称', '买家id', '买家账号', '买家帐号', 'buyer id', 'buyer username', 'buyer nickname',
      // Etsy's Sold Orders export names the buyer's account Buyer User ID (tester h79 #5: two Emily Carters
      // on two accounts were added together as one customer).
      'buyer user id', 'buyer user name',
      // 京东's POP order export names the buyer by the account he ordered from (下单帐号 jd_d62a3a210***).
      '下单帐号', '下单账号',
      // An ERP's customer code; a school's student number.
      '客户编码', '学员编号', '学号',
      // An English school's student number.
      'student id', 'student no', 'student number', 'pupil id', 'pupil no', 'pupil number',
      // A customer's or member's number written with ID No. (Cust ID No., Member ID No.): not the ID card
      // a bare ID No. or ID Number is (idCard).
      'cust id', 'cust no', 'cust id no', 'customer id no', 'customer id number', 'client id no', 'client id number',
      'member id', 'member no', 'member number', 'member id no', 'member id number',
      // A US practice's patient number (Patient #, Patient No.: the sign folds to no), the patient named
      // by First and Last Name beside it; a bare Patient stays the name.
      'patient id', 'patient no', 'patient number', 'patient id no', 'chart no', 'chart number',
      // A wholesaler's or a B2B ledger's trade account (Acct #, Acct No., Account #; 月结账号 of a monthly-billed
      // account, 客户账号): one per account, whoever buys on it.
      'acct no', 'acct id', 'acct number', '月结账号', '月结帐号', '客户账号', '客户帐号'] },
  { id: 'name', kind: 'person-name', write: 'text', label: { 'zh-CN': '姓名', en: 'Name' },
    synonyms: ['姓名', '客户姓名', '真实姓名', '联系人', '联系人姓名', '客户名称', '客户名', '名字', '全名', '称呼', '客户', '投保人', '学员姓名', '患者姓名', '业主姓名',
      // A school's customer is its student (his parent is a contact: header-match.ts), a club's its member.
      '学员', '学生', '学生姓名', '会员', '会员姓名',
      // An English training centre's or a UK school's Student, Pupil (its Parent is a contact: header-match.ts).
      'student', 'pupil', 'pupil name',
      // The customer as a trade calls him: 淘宝's buyer who receives the parcel, a car dealer's car owner, a property manager's owner, an insurer's policyholder.
      '收货人', '车主', '业主', '收件人', '收件人姓名', '买家', '买家姓名', 'patient', 'patient name', 'insured name', 'insured', 'policyholder', 'policy holder', 'policyholder name',
      // A US agency's book (AMS360, EZLynx, HawkSoft): its Named Insured is the policyholder, who buys and pays.
      'named insured', 'first named insured', 'primary named insured',
      // A florist's or a bakery's order book: who orders is the customer (收花人, who receives, is not: header-match.ts).
      '订购人', '订花人', '下单人', '订货人', '购买人',
      // A landlord's tenant, a hotel's or a B&B's guest (header-match.ts: 客人 only as the whole header, 老客人 is a mark).
      '租客', '承租人', '客人', '住客', '宾客', 'tenant', 'guest', 'guest name',
      'name', 'full name', 'contact', 'contact name', 'contact person', 'customer name', 'client name', 'customer', 'client',
      // A manufacturer's 对接人 (the key account's contact), a law firm's 委托人 (its client), a SaaS export's Primary Contact.
      '对接人', '委托人', 'primary contact', 'primary contact name',
      // A headhunter's person is the candidate he places (the 客户公司 pays the fee).
      '候选人', '候选人姓名',
      // A wholesaler's trade account (Business Name) is bought for by its Buyer: the person to ask for there.
      'buyer', 'buyer name',
      // A 家政 agency's customer is the 雇主 who hires the 阿姨 (her columns are another person's: header-match.ts).
      '雇主', '雇主姓名',
      // Taiwan writes 聯絡 for 联系 (headers are compared simplified: 聯絡人 is 联络人).
      '联络人', '联络人姓名',
      // A store's 老板 or 店主 on a dealer's sheet of stores: the person to ask for there (its contact).
      '老板', '老板姓名', '店主', '店主姓名',
      // Tally's ledger calls its customer a Party (Party Name: a person or a firm, as 客户名称 is).
      'party name', 'cust name',
      // An Indian form's Name of Customer, Name of the Client.
      'name of customer', 'name of the customer', 'name of client', 'name of the client',
      // A wedding or photo studio's sheet names the couple, one column each: the leftmost is the name
      // (header-map.ts: the first of equals), the other stays unread, her phone his second one.
      '新郎', '新郎姓名', '新娘', '新娘姓名', 'groom', 'groom name', 'bride', 'bride name'],
    // A pharmaceutical rep's customer is the doctor he visits; in a clinic's sheet 医生 is who treats
    // the patient, and the 患者姓名 beside it is the name (the doctor his owner: header-map.ts doctorOfPatients).
    fallbackSynonyms: ['医生', '医生姓名', '牙医', 'doctor', 'dentist', 'physician',
      // A WeChat-based stall (档口) knows its buyers by their WeChat display name; beside a 姓名 it is
      // only what they call themselves. Never the WeChat ID: it is no account to add (header-match.ts).
      '微信昵称',
      // 千牛's 客户运营 list names the buyer by his 淘宝 nickname; beside a 客户姓名 it is only his account.
      '客户昵称',
      // A UK letting agent's clients are its landlords (Landlord, Landlord Name); beside a Name or a
      // Tenant column the landlord is the other party, and that column names the customer.
      'landlord', 'landlord name', "landlord's name",
      // A Hong Kong, Singapore or Malaysian client's other name (中文名 陳大文 beside Client Name CHAN Tai Man or
      // Peter Chan; an English Name beside Name): beside a name column, a second name of the same person
      // (header-map.ts SECOND_NAMES: read as the name's extra column, compared by the duplicate finder).
      '中文名', '中文姓名', '中文名字', 'chinese name', 'name in chinese', 'english name', 'name in english'],
    roleWords: {
      customer: ['客户名称', '客户名', '客户', 'customer name', 'client name', 'customer', 'client', 'party name', 'cust name'],
      // 联络人 is Taiwan's 联系人; Main Contact and Key Contact are read only as an override maps them.
      contact: ['联系人', '联系人姓名', '对接人', '联络人', '联络人姓名', '客户联系人', '主要联系人', '老板', '老板姓名', '店主', '店主姓名',
        'contact', 'contact name', 'contact person', 'primary contact', 'primary contact name', 'main contact', 'key contact'],
    } },
  // What a shop's member called himself (有赞's, 微盟's 会员 昵称; Google Contacts' Nickname), beside his
  // 姓名: who he is where the name is blank (a reminder's customer, the required name). Never compared
  // for duplicates: 小猪佩奇 or Leo is anybody's.
  { id: 'nickname', kind: 'text', write: 'text', label: { 'zh-CN': '昵称', en: 'Nickname' },
    synonyms: ['昵称', '会员昵称', '用户昵称', '粉丝昵称', 'nickname', 'nick name'] },
  { id: 'firstName', kind: 'person-name', write: 'text', label: { 'zh-CN': '名', en: 'First name' },
    synonyms: ['名', 'first name', 'given name', 'forename', 'firstname'] },
  // Filipino and Latin American sheets keep the mother's maiden name here (Maria Clara | Santos | Reyes):
  // two sisters of one first and last name differ in it no more often than in their birthdays.
  { id: 'middleName', kind: 'person-name', write: 'text', label: { 'zh-CN': '中间名', en: 'Middle name' },
    synonyms: ['中间名', 'middle name', 'middlename', 'middle initial', 'additional name'] },
  { id: 'lastName', kind: 'person-name', write: 'text', label: { 'zh-CN': '姓', en: 'Last name' },
    synonyms: ['姓', 'last name', 'surname', 'family name', 'lastname'] },
  { id: 'gender', kind: 'gender', write: 'text', label: { 'zh-CN': '性别', en: 'Gender' },
    synonyms: ['性别', 'gender', 'sex'] },
  { id: 'mobile', kind: 'phone', write: 'text', label: { 'zh-CN': '手机', en: 'Mobile' },
    synonyms: ['手机', '手机号', '手机号码', '移动电话', '联系方式', '联系手机', 'mobile', 'mobile phone', 'mobile number', 'mobile phone number', 'mobile no', 'cell', 'cell phone', 'cellphone', 'cell phone number', 'cell number',
      // Taiwan's 行動電話, Hong Kong's 手提電話 and 流動電話 (compared simplified), Taiwan's 聯絡方式.
      '行动电话', '行动电话号码', '手提电话', '手提', '流动电话', '联络方式',
      // India's, Singapore's, Malaysia's and the Philippines' usual phone header (Contact No., Contact Number):
      // the customer's mobile, as 联系方式 is. Beside a Mobile No. it is the second phone (header-map.ts).
      'contact no', 'contact number',
      // Mob. No. abbreviated; a WhatsApp number is a mobile's (WhatsApp folds as two words, Whatsapp as one):
      // a 外贸 lead sheet's bare WhatsApp column is its phone column. A bare WA, or 微信/WhatsApp (a WeChat
      // ID or a number), is one only when it holds phone numbers (header-map.ts).
      'mob no', 'mob number', 'whatsapp no', 'whatsapp number', 'WhatsApp No', 'WhatsApp Number', 'whatsapp', 'WhatsApp',
      'WhatsApp号', 'WhatsApp号码', 'whatsapp号', 'whatsapp号码', 'wa no', 'wa number',
      // Calendly's invitee gets the meeting's text reminders on his mobile.
      'text reminder number'] },
  { id: 'phone', kind: 'phone', write: 'text', label: { 'zh-CN': '电话', en: 'Phone' },
    synonyms: ['电话', '联系电话', '电话号码', '座机', '座机号码', '固话', '固定电话', '办公电话', '公司电话', '单位电话', '家庭电话', 'phone', 'telephone', 'tel', 'phone number', 'phone no', 'telephone number', 'work phone', 'office phone', 'business phone', 'home phone', 'landline', 'landline number', 'land line',
      // Taiwan's 市話 (a landline), Hong Kong's 住宅電話, Taiwan's 聯絡電話.
      '市话', '市内电话', '住家电话', '住宅电话', '联络电话',
      // Xero's contacts (DDINumber): the contact's direct dial, a line that reaches him, read as one more
      // phone of his. Its FaxNumber is no field's: no one is called on a fax, and two firms that share one
      // are not the same customer.
      'ddi', 'ddi number', 'direct dial', 'direct line', 'direct phone'] },
  { id: 'email', kind: 'email', write: 'text', label: { 'zh-CN': '邮箱', en: 'E-mail' },
    synonyms: ['邮箱', '电子邮箱', '电子邮件', '邮件', '邮箱地址', '邮件地址', '电子邮件地址', '电子邮箱地址', '电邮', 'email', 'e-mail', 'mail', 'email address',
      // Indian sheets: Email ID beside Mobile No (read from its values before, from its header now).
      'email id',
      // Abbreviated: Email Addr was read as the postal address by its 'addr'.
      'email addr', 'e-mail addr', 'email add', 'mail addr', 'mail id'] },
  { id: 'wechat', kind: 'wechat', write: 'text', label: { 'zh-CN': '微信', en: 'WeChat' },
    synonyms: ['微信', '微信号', '微信账号', '微信id', 'wechat', 'wechat id', 'weixin'] },
  { id: 'qq', kind: 'id', write: 'text', label: { 'zh-CN': 'QQ', en: 'QQ' },
    synonyms: ['qq', 'qq号'] },
  { id: 'company', kind: 'company', write: 'text', label: { 'zh-CN': '公司', en: 'Company' },
    synonyms: ['公司', '公司名称', '公司全称', '客户公司', '单位', '单位名称', '工作单位', '企业', '企业名称', '所属公司', '机构名称', '机构',
      // A CRM's 联系人 tab (销售易, 纷享销客) names the account each contact belongs to: his company.
      '所属客户', '所属客户名称', '客户公司名称',
      // Sheets of shops, sites and schools name the organisation by what it is. A bare 门店 / Store
      // is left alone: in a membership sheet it is the branch the member belongs to.
      '门店名称', '店铺名称', '店名', '商户', '商户名称', '商家', '商家名称', '经销商', '经销商名称', '学校名称', '医院名称', '酒店名称', '餐厅名称',
      'company', 'company name', 'organization', 'organisation', 'organization name', 'organisation name', 'org name', 'employer', 'business', 'business name', 'account name', 'account',
      'firm', 'firm name', 'store name', 'shop name', 'site name', 'merchant', 'merchant name', 'dealer', 'dealer name', 'restaurant', 'restaurant name', 'hotel name', 'school name', 'clinic name', 'practice name', 'venue name',
      // A café's, a salon's or a pub's supplier names its customer by its trade (Cafe Name), or by the name it trades as.
      'cafe name', 'café name', 'salon name', 'pub name', 'trading name'],
    // The company headed as the customer (客户单位 by containment; 客户全称 only as an override maps it).
    roleWords: { customer: ['客户公司', '客户单位', '客户全称', 'account', 'account name'] } },
  // The company's short name beside its full name (用友 U8's and 金蝶's 客户简称, a CRM's 公司简称: 腾讯 for
  // 深圳市腾讯计算机系统有限公司): its other name, which the duplicate finder compares as the company
  // (dedupe/profile.ts), so a row a rep typed as 腾讯 meets the full name. Kept as typed (no legal form
  // to check), and never the contact's name: 客户简称 names the company, not the 客户 who is a person.
  { id: 'shortName', kind: 'text', write: 'text', label: { 'zh-CN': '简称', en: 'Company short name' },
    synonyms: ['简称', '客户简称', '公司简称', '企业简称', '单位简称', '机构简称', '商户简称', '客户简名', 'company short name', 'customer short name', 'account short name'] },
  { id: 'title', kind: 'text', write: 'text', label: { 'zh-CN': '职位', en: 'Title' },
    synonyms: ['职位', '职务', '岗位', '头衔', '职称', 'title', 'job title', 'position', 'role'] },
  { id: 'department', kind: 'text', write: 'text', label: { 'zh-CN': '部门', en: 'Department' },
    synonyms: ['部门', 'department', 'dept'] },
  { id: 'address', kind: 'multiline', write: 'text', label: { 'zh-CN': '地址', en: 'Address' }, keepSpaceRuns: true,
    synonyms: ['地址', '联系地址', '详细地址', '通讯地址', '收货地址', '公司地址', '单位地址', '办公地址', '家庭地址', '住址', 'address', 'addr', 'street', 'street address', 'mailing address', '联络地址'] },
  { id: 'province', kind: 'province', write: 'text', label: { 'zh-CN': '省份', en: 'Province' },
    synonyms: ['省', '省份', '所在省', '省市', '地区', '所在地区', '区域', 'province', 'state', 'region', 'state province', 'province code', 'state code',
      // Square's customer export names an address's parts as Google's address schema does: the state is
      // its Administrative District Level 1 (whose "level" once made it a tier), the city its Locality.
      'administrative district level 1'] },
  { id: 'city', kind: 'text', write: 'text', label: { 'zh-CN': '城市', en: 'City' },
    synonyms: ['市', '城市', '所在城市', '地市', 'city', 'town', 'suburb', 'locality'] },
  { id: 'district', kind: 'text', write: 'text', label: { 'zh-CN': '区县', en: 'District' },
    synonyms: ['区', '区县', '县区', 'district', 'county'] },
  { id: 'postcode', kind: 'postcode', write: 'text', label: { 'zh-CN': '邮编', en: 'Postcode' },
    synonyms: ['邮编', '邮政编码', 'postcode', 'postal code', 'zip', 'zip code',
      // India's PIN code, Ireland's Eircode.
      'pin code', 'pincode', 'eircode',
      // Etsy's Ship Zipcode (one word), a US shop's Zipcode.
      'zipcode', 'zip postal code', 'ship zipcode', 'ship zip', 'shipping zipcode', 'shipping zip', 'ship postcode', 'ship postal code'] },
  { id: 'country', kind: 'text', write: 'text', label: { 'zh-CN': '国家', en: 'Country' },
    synonyms: ['国家', '国家地区', '国家或地区', '国家和地区', 'country', 'country region', 'country code'] },
  { id: 'industry', kind: 'text', write: 'text', label: { 'zh-CN': '行业', en: 'Industry' },
    synonyms: ['行业', '所属行业', 'industry', 'sector'] },
  { id: 'source', kind: 'text', write: 'text', label: { 'zh-CN': '客户来源', en: 'Source' },
    synonyms: ['客户来源', '来源', '渠道', '来源渠道', '获客渠道', '线索来源', 'source', 'lead source', 'original source', 'channel'] },
  { id: 'birthday', kind: 'date', write: 'date', label: { 'zh-CN': '生日', en: 'Birthday' },
    synonyms: ['生日', '出生日期', '出生年月', '出生年月日', 'birthday', 'birth date', 'birthdate', 'date of birth', 'dob'] },
  // Kept as the text it is (三月初八, 1990-03-08 meaning the lunar date): read as a Gregorian date
  // it would be reminded on the wrong day. Reminders convert it (remind/lunar.ts).
  { id: 'lunarBirthday', kind: 'text', write: 'text', label: { 'zh-CN': '农历生日', en: 'Lunar birthday' },
    synonyms: ['农历生日', '阴历生日', '农历出生日期', '阴历出生日期', '旧历生日', 'lunar birthday'] },
  // An Indian account's Date of Anniversary: the customer's wedding day, greeted each year as his
  // birthday is (remind/rules/anniversary.ts). A company's founding day is no one's to greet.
  { id: 'anniversary', kind: 'date', write: 'date', label: { 'zh-CN': '纪念日', en: 'Anniversary' },
    // Not a Wedding Date: a wedding planner's is the wedding to come. A florist's 纪念日 beside the
    // 收花人 is the bouquet's occasion (header-match.ts).
    synonyms: ['结婚纪念日', '纪念日', 'anniversary', 'date of anniversary', 'anniversary date', 'wedding anniversary', 'marriage anniversary'] },
  { id: 'idCard', kind: 'id', write: 'text', label: { 'zh-CN': '身份证号', en: 'ID card no.' },
    synonyms: ['身份证', '身份证号', '身份证号码', '证件号', '证件号码', '护照号', '护照号码', 'id card', 'id number', 'national id',
      'passport no', 'passport number', 'ssn', 'social security number', 'soc sec id',
      // Taiwan's 身分證字號 (身分, not 身份), Hong Kong's HKID; Singapore's NRIC, Malaysia's IC No. and MyKad
      // (IC only as the whole header: header-match.ts). Their numbers are no Chinese ID and are not held to its check (normalize/id.ts).
      '身分证', '身分证号', '身分证号码', '身分证字号', 'hkid', 'hkid no', 'nric', 'nric no', 'nric number', 'ic', 'ic no', 'ic number', 'mykad', 'mykad no', 'mykad number',
      // ID No. as ID Number (South Africa's 13-digit identity number beside DOB and Gender).
      'id no'] },
  { id: 'uscc', kind: 'id', write: 'text', label: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
    synonyms: ['统一社会信用代码', '信用代码', '税号', '纳税人识别号', 'uscc', 'unified social credit code', 'social credit code', 'tax id', 'vat number',
      // Taiwan's 統一編號 (統編): a company's 8-digit business number, not held to the 18-character code's check (normalize/id.ts).
      '统一编号', '统编', '营利事业统一编号',
      // India's GSTIN (a firm's GST registration, 15 characters): not held to the 18-character code's check (normalize/id.ts).
      'gstin', 'gstin no', 'gst no', 'gst number',
      // Xero's contacts (TaxNumber: a New Zealand GST number, an Australian ABN), Stripe's customers
      // (Business Vat ID): the firm's tax number, checked as a code only where it is one (normalize/id.ts).
      'tax number', 'vat id', 'business vat id', 'vat no', 'vat reg no', 'vat registration number', 'abn'] },
  { id: 'contractStart', kind: 'date', write: 'date', label: { 'zh-CN': '合同开始日', en: 'Contract start' },
    synonyms: ['合同开始日', '合同开始日期', '合同生效日', '签约日期', '签约时间', '签单日期', '签单时间', '生效日期', '生效日', '起保日期', '保险起期',
      // A landlord's lease.
      '租期开始', '租期开始日', '起租日', '起租日期', '合同开始',
      // A 家政 or 代账 service runs from its 服务开始 to its 服务到期.
      '服务开始', '服务开始日', '服务开始日期', '服务开始时间',
      // A 家装 project runs from its 开工 to its 竣工.
      '开工日期', '开工时间', 'lease start', 'lease start date', 'tenancy start', 'tenancy start date', 'policy start', 'effective date', 'contract start', 'contract start date', 'start date', 'signed on',
      // A gym's or a studio's membership (Mindbody: Membership Start … Membership Expiry).
      'membership start', 'membership start date'] },
  { id: 'contractEnd', kind: 'date', write: 'date', label: { 'zh-CN': '合同到期日', en: 'Contract end' },
    synonyms: ['合同到期日', '合同到期', '合同截止日', '合同结束日期', '到期日', '到期日期', '到期时间', '续约日期', '续费日期', '满期日', '满期日期', '终保日期', '保险止期', '保单到期日', '保险到期日', 'policy end', 'policy expiry', 'contract end', 'contract end date', 'contract expiry', 'expiry date', 'renewal date', 'end date', 'expiry', 'expires', 'renewal', 'valid until',
      'expiration date', 'expiration', 'subscription end', 'subscription end date', 'membership expiry', 'membership end',
      // A subscriptions export's paid period ends, and a trial turns into a payment (Stripe's Current Period End, Trial
      // End): reminded only where the subscription will end or the trial is running (plan/subscription-list.ts).
      'current period end', 'current period ends at', 'current term end', 'current billing period end',
      'trial end', 'trial ends', 'trial end date', 'trial ends at',
      // A trades firm's service plan, a supplier's supply agreement, an agency's retainer (Service Plan Ends: folded, Ends is End).
      'agreement end', 'agreement end date', 'agreement expiry', 'plan end', 'plan end date', 'retainer end', 'retainer end date', 'renewal due', 'renewal due date',
      // A UK practice's letter of engagement runs for a term (Engagement Ends: folded, Ends is End).
      'engagement end', 'engagement end date', 'engagement expiry', 'engagement expiry date', 'engagement letter expiry', 'engagement letter end',
      // A gym's or a school's membership that renews on a day (Renews On, Membership Renews): the renewal falls due then.
      'renews on', 'renewal due on', 'renewal on', 'membership renews', 'membership renews on', 'membership renewal', 'membership renewal date',
      '合同截止日期', '合同截止', '合同结束', '合同结束日', '合同终止', '合同终止日', '合同终止日期',
      // A landlord's lease runs out (租约到期 ends in 到期).
      '租期结束', '租期结束日', '退租日期', 'lease end', 'lease end date', 'lease expiry', 'tenancy end', 'tenancy end date',
      '服务到期', '服务到期日', '服务到期时间', '会员到期', '会员到期日', '会员到期时间', '有效期至',
      // A bare 到期 and any header ending in it (保险到期, 交强险到期, 会员卡到期: header-match.ts keeps out what expires but is no contract, 身份证到期, 年检到期).
      '到期', '有效期', '截止日期', '截止时间', '结束日期', '续保日期',
      // A school's course ends (结课日期): the family's package runs out, the renewal is due.
      '结课日期', '结课时间',
      // A garage's or a vet's service falling due, as 保养到期, 年检到期 and 疫苗到期 are (UK MOT, NZ WOF, AU rego): the
      // call to book it, reminded ahead in its own word (header-match.ts reads it beside a policy as a further due).
      'service due', 'service due date', 'next service due', 'mot due', 'mot due date', 'mot expiry', 'mot expiry date',
      'inspection due', 'inspection due date', 'next inspection', 'next inspection date', 'next inspection due', 'next inspection due date', 'wof due', 'wof expiry', 'wof expiry date', 'rego due', 'rego due date', 'rego expiry',
      'registration due', 'registration due date', 'registration expiry', 'registration expiry date',
      'vaccine due', 'vaccine due date', 'vaccines due', 'vaccination due', 'vaccination due date', 'vaccinations due',
      'next vaccination', 'next vaccination date', 'next vaccination due', 'next vaccine', 'next vaccine date', 'next vaccine due',
      'booster due', 'booster due date', 'next booster', 'rabies due', 'rabies due date',
      // A 家装 firm's project is handed over on its 竣工 (预计竣工): the day to call about 验收 and payment.
      '预计竣工', '预计竣工日期', '预计竣工时间', '竣工日期', '预计完工', '预计完工日期', '完工日期',
      'expected completion', 'expected completion date', 'estimated completion', 'estimated completion date', 'target completion date', 'planned completion date', 'completion date',
      // An English centre's Course End (Course End Date reads as an End Date), its package's expiry.
      'course end', 'course ends', 'course expiry', 'course expiry date', 'package end', 'package end date', 'package expiry', 'package expiry date',
      // An insurance premium falling due (a 续期清单's 交费日期, an English book's Premium Due Date): the
      // agent's call to collect it, worded 交费日 … / "Premium" due on … (remind/due-label.ts). Only in a
      // sheet of policies, and there before the policy's own end (header-map.ts); a bare 缴费日 is a day
      // of the month or year (每月1号, 每年6月15日), no date.
      ...PREMIUM_DUE_SYNONYMS, ...PAYMENT_AHEAD_SYNONYMS.filter((w) => !PREMIUM_DUE_SYNONYMS.includes(w)),
      // An invoice's or a debt's due date (Due Date, Fälligkeit, 付款到期日), read only on a list of money owed (header-map.ts invoiceDue).
      ...INVOICE_DUE_SYNONYMS],
    // A trades firm's or a shop's warranty on what it installed or sold (an HVAC firm's Warranty End, an
    // appliance shop's 质保到期): a due of its own, reminded as a document expiring (remind/due-label.ts), the
    // extended warranty to offer; a fallback, so the service or contract beside it keeps the main column
    // (tester h77 #7). 保修到期 and Warranty Expiry are read by their expiry word already.
    fallbackSynonyms: ['warranty end', 'warranty ends', 'warranty end date', 'warranty ending', 'warranty expiry', 'warranty expiry date',
      'warranty expires', 'warranty expiration', 'warranty expiration date', 'warranty until', 'warranty valid until',
      'guarantee end', 'guarantee expiry', 'guarantee expires', 'extended warranty end', 'extended warranty expiry',
      '保修到期', '保修到期日', '保修截止', '保修期至', '保修截止日期', '质保到期', '质保到期日', '质保截止', '质保期至', '质保截止日期', '保固到期'] },
  // A contract's whole term in one cell (2025.12.10-2026.12.09, 1年 beside a 签约日期): kept as typed,
  // read for the day it ends when no contract-end column says it (normalize/contract-term.ts).
  { id: 'contractTerm', kind: 'term', write: 'text', label: { 'zh-CN': '合同期限', en: 'Contract term' },
    synonyms: ['合同期限', '合同起止', '合同起止日期', '合同起止时间', '合同期', '合同有效期', '合同周期', '合同年限', '合同期间', '签约期限', '合作期限',
      '服务期限', '服务期', '服务起止', '服务周期', '服务期间', '租期', '租赁期限', '租赁期', '租赁期间', '租约期限', '保险期间', '保险期限', '保障期限', '保单期限',
      '会员期限', '会员有效期', '有效期限', '起止日期', '起止时间',
      'contract term', 'contract period', 'term of contract', 'lease term', 'lease period', 'tenancy term', 'service period', 'policy period', 'policy term', 'coverage period',
      'subscription period', 'membership period', 'term dates'] },
  { id: 'createdAt', kind: 'date', write: 'date', label: { 'zh-CN': '创建日期', en: 'Created' },
    synonyms: ['创建日期', '创建时间', '录入日期', '录入时间', '报备日期', '报备时间', '建档日期', '登记日期', '登记时间', '注册日期', '注册时间', '提交时间', '填写时间', '提交答卷时间', 'created', 'created at', 'created on', 'created date', 'created time', 'create date', 'creation date', 'date created', 'date added',
      'customer since', 'member since', 'signup date', 'sign up date', 'registration date', 'date registered', 'joined', '入会时间', '开户日期',
      // A year is the whole answer here (normalize/date-number-range.ts): a gym's 入会年份 2019, a club's Member since 2021.
      '入会年份', '加入年份', 'member since year', 'year joined',
      // 企业微信 / 有赞 exports: when the contact was added, when the buyer became a customer or a member
      // (有赞's 成为会员时间: the day he joined, no purchase; 微店's 加入会员时间). 有赞's and 微盟's 客户 is
      // anyone the shop holds a mobile number of (a member, a coupon taken, an order): 成为客户时间 or
      // 日期 is the day he was added, no purchase, which the lists say in their own 消费 columns.
      // HubSpot's Became a Customer Date is a deal won: the first purchase.
      '添加时间', '添加日期', '成为客户时间', '成为客户日期', '成为客户的时间', '成为客户的日期', '开卡日期', '开卡时间', '办卡日期', '入会日期',
      // A 家装 firm's 量房 is its first visit to the customer's home, to measure before the design and the
      // contract: when he became its lead, not a contact since (as a last contact every signed owner was
      // a stale, dormant customer a year on, his 工地 busy all the while).
      '量房日期', '量房时间', '上门量房',
      '成为会员时间', '成为会员日期', '加入会员时间', '加入会员日期', '注册会员时间', '会员注册时间', '会员注册日期',
      // A school's student becomes its customer when he signs up or enrols.
      '报名日期', '报名时间', '入学日期', '入学时间', 'join date', 'joined date', 'date joined', 'joining date', 'enrollment date', 'enrolment date',
      // LinkedIn's connections export: when the person became a contact.
      'connected on', 'date connected', 'connection date',
      // A clinic's or a shop's first visit (a later one is the last contact's).
      '首次到店', '首次到店日期', '首次到店时间', '首次就诊', '首次就诊日期', '初诊日期',
      'client since', 'account opened', 'account opened date', 'date account opened',
      // 用友 U8's 客户档案: the day the customer was won (发展, developed), its customer-since date.
      '发展日期',
      // A trade-show lead list: the day the badge or business card was scanned, the first the business met him.
      'date scanned', 'scan date', 'scanned', 'scanned on', 'scanned date', 'date captured', '扫描日期', '收集日期', '名片收集日期', '名片扫描日期',
      // Mailchimp's audience export: when the subscriber signed up, the first the business heard of
      // him (as a form's Timestamp is: header-match.ts). Its CONFIRM_TIME, the double opt-in's click,
      // and LAST_CHANGED, any change Mailchimp made, stay unread.
      'optin time', 'opt in time', 'opt-in date', 'optin date', 'signup time', 'sign up time'] },
  { id: 'updatedAt', kind: 'date', write: 'date', label: { 'zh-CN': '更新日期', en: 'Updated' },
    synonyms: ['更新日期', '更新时间', '修改日期', '修改时间', '最后修改', '最后修改时间', 'updated', 'updated at', 'last modified', 'last modified date', 'modified', 'modified time',
      'update time', 'update date', 'updated time', 'updated date', 'last updated', 'last update', 'date modified'] },
  // The day the customer left or the relationship ended (a SaaS export's Churned At, 解约日期): a
  // customer with one is ended, as a status of 已流失 says (remind/standing.ts), and no renewal or
  // follow-up of his is due. Not Shopify's "Cancelled at", which is an order's.
  { id: 'endedAt', kind: 'date', write: 'date', label: { 'zh-CN': '流失日期', en: 'Churned at' },
    synonyms: ['流失日期', '流失时间', '解约日期', '解约时间', '终止合作日期', '停止合作日期', '合作终止日期', '结束合作日期', '退保日期', '销户日期', '注销日期',
      'churned at', 'churn date', 'churned date', 'churned on', 'date churned', 'cancellation date', 'closed lost date', 'date closed lost', 'lost date', 'ended at'] },
  // The day this term's renewal was done (a 4S 续保 sheet's 续保完成日期, Renewed On), typed beside a
  // policy's or a contract's end that was often not updated: a renewal done within the ladder of that
  // end silences its reminder (remind/renewal-status.ts). Not 续约日期 / 续保日期 / Renewal Date: a
  // CRM's day the renewal falls due, a contract end.
  { id: 'renewedOn', kind: 'date', write: 'date', label: { 'zh-CN': '续保完成日期', en: 'Renewed on' },
    synonyms: ['续保完成日期', '续保完成时间', '续保成功日期', '续保成功时间', '续保办理日期', '已续保日期', '续约完成日期', '续约完成时间', '续签完成日期',
      '续签日期', '续费完成日期', '续费完成时间', '续费成功日期', '续租完成日期',
      'renewed on', 'renewed date', 'date renewed', 'renewal completed', 'renewal completed on', 'renewal completed date', 'renewal done on',
      'renewal signed on', 'renewal signed date', 'date of renewal signed'] },
  // 用友 U8's and 金蝶's 客户档案: the day the record was stopped (停用), blank while in use. From that day
  // on the customer is one the ERP no longer deals with (remind/record-state.ts: counted apart).
  { id: 'disabledAt', kind: 'date', write: 'date', label: { 'zh-CN': '停用日期', en: 'Deactivated on' },
    synonyms: ['停用日期', '停用时间', '禁用日期', '禁用时间', '停用日', 'deactivated on', 'deactivation date', 'date deactivated', 'disabled on', 'disabled date', 'date disabled'] },
  { id: 'lastContact', kind: 'date', write: 'date', label: { 'zh-CN': '最近联系', en: 'Last contact' },
    synonyms: ['最近联系', '最近联系日期', '最近联系时间', 'last active', 'last visit', 'last seen', '末次就诊', '最近就诊', '上次就诊', '末次来诊', '上次联系', '最后联系', '最后跟进', '最后跟进时间', '最近跟进', '最近跟进时间', '拜访日期', '最近拜访', '上次拜访', '最新跟进时间', '最新活动记录时间', '最近活动时间', '最近到店', '最近到店时间', '最后到店时间',
      // 企业微信 and private-traffic sheets: the last chat with the customer.
      '最后聊天', '最后聊天时间', '最近聊天', '最近聊天时间', '最近沟通', '最近沟通时间', '最后沟通', '最后沟通时间', '最近互动', '最近互动时间', '最后互动', '最后互动时间',
      'last chat', 'last chat date', 'last interaction', 'last interaction date', 'last visit', 'last visit date', 'last contact', 'last contact date', 'contact date', 'date contacted', 'last activity date', 'last contacted', 'last activity', 'last follow-up',
      // A visit log's one date per row (a clinic's 就诊日期, a salon's 到店日期, a garage's 进厂日期 or
      // 保养日期): the customer was seen, as 最近就诊 and 最近到店 say. Activity reads it as a purchase
      // would be read; as a contact it also tells who has not been seen for half a year (the stale reminder).
      '就诊日期', '就诊时间', '到店日期', '到店时间', '进店日期', '进厂日期', '进厂时间', '保养日期', '保养时间',
      // A 4S dealer's owner file: the car's last service or repair is the owner's last visit.
      '最近保养', '上次保养', '最后保养', '最近一次保养', '上次保养时间', '最近维修', '上次维修', '最后维修', '维修日期', '最近维修日期', '上次维修日期',
      // An optician's eye test and a health-check centre's yearly check-up are visits too (the next
      // one, 下次验光 / 下次体检, is the follow-up).
      '验光日期', '验光时间', '上次验光', '最近验光', '体检日期', '体检时间', '上次体检', '最近体检',
      // A SaaS account's Last Login: when the customer was last active.
      'last login', 'last login date',
      // A salon's or a clinic's last appointment is its last visit.
      'last appointment', 'last appointment date', 'last booking', 'last booking date',
      // A 房产中介's last viewing of a flat (带看) or visit to the office (到访): the client was last seen then.
      '最近带看', '最近带看日期', '最近带看时间', '上次带看', '上次带看日期', '最后带看', '最后带看日期', '带看日期', '带看时间', '最近到访', '最近到访日期', '上次到访', '到访日期', '到访时间',
      // Taiwan's 最後聯絡日 (聯絡 for 联系).
      '最后联络', '最后联络日', '最后联络日期', '最近联络', '最近联络日', '最近联络日期', '上次联络', '最后联系日', '最近联系日',
      // A trades firm's last service call on the customer's boiler or van, as 保养日期 is a visit.
      'last service', 'last service date', 'date of last service',
      // A school's last class the student came to, a salon's or a gym's last visit or check-in (签到).
      '最近上课', '最近上课日期', '最近上课时间', '上次上课', '上次上课日期', '上次上课时间', '最后上课', '最后上课日期', '最后上课时间',
      '最近签到', '最近签到日期', '最近签到时间', '上次签到', '上次签到时间', '最后签到', '最后签到时间',
      '上次到店', '上次到店日期', '上次到店时间', '最后到店', '最后到店日期', '最近到店日期',
      'last class', 'last class date', 'last lesson', 'last lesson date', 'last attended', 'last attendance',
      // A gym's door log (Last Check-in): the member's last visit.
      'last check-in', 'last check in', 'last checkin', 'last check-in date', 'last check in date',
      // A practice's or an adviser's last meeting with the client (the next one is the follow-up).
      'last meeting', 'last meeting date', 'date of last meeting', 'last met',
      // A SaaS firm's customer success meets each account at its quarterly or executive business review (QBR,
      // EBR), and logs its last touch: the account's last contact (tester h79 #8: dormancy counted from Contract Start).
      'last qbr', 'last qbr date', 'last ebr', 'last ebr date', 'last business review', 'last touch', 'last touchpoint', 'last touch date',
      // An account manager's last call to the client (Last Call, 最近通话): a contact, as a visit is. What the
      // call was about or how long it took (Last Call Outcome, 通话时长) is no date, and stays unread.
      'last call', 'last call date', 'date of last call', 'last called', 'last called on', 'last phone call',
      '最近通话', '最近通话日期', '最近通话时间', '上次通话', '上次通话日期', '上次通话时间', '最后通话', '最后通话时间', '最近致电', '上次致电', '最近来电', '上次来电',
      // A 家政 or 装修 firm's last 回访 (a call or visit after the service): its last contact, as 最近拜访
      // is (tester h70: 最近回访 went unread, and 33 of 42 employers were 休眠 counted from 合同开始). The
      // next one (下次回访) and a bare 回访日期 are follow-ups.
      '最近回访', '最近回访日期', '最近回访时间', '上次回访', '上次回访日期', '上次回访时间', '最后回访', '最后回访日期', '最后回访时间', '最近一次回访',
      'last visited', 'date of last visit'] },
  { id: 'lastPurchase', kind: 'date', write: 'date', label: { 'zh-CN': '最近购买', en: 'Last purchase' },
    synonyms: ['最近购买', '最近购买日期', '最后购买', '最近下单', '最后下单', '最近成交', '最后成交', '最近消费', '最后消费', '最近一次消费', '最后一次消费', '最近一次购买', '最后一次购买', '上次购买', '上次消费', '上次下单', '上次下单日期', '上次下单时间', 'last purchase', 'last order', 'last purchase date', 'last order date',
      // A sales ledger's one date per row: when that customer bought.
      '购买日期', '购买时间', '成交日期', '成交时间', '下单日期', '下单时间', '订单日期', '销售日期', '交易日期', '开单日期',
      // A wholesale stall's buyer takes goods (拿货) to sell in his own shop.
      '最近拿货', '最后拿货', '上次拿货', '最近拿货日期', '最后拿货日期',
      // A 药房's last purchase of medicine (上次购药, 最近取药), a US pharmacy's Last Refill.
      '上次购药', '最近购药', '最后购药', '购药日期', '购药时间', '上次取药', '最近取药', '最后取药', '取药日期', 'last refill', 'last refill date', 'last fill date',
      // A dealer's last stock order from the maker (进货) or draw from its depot (提货).
      '最近进货', '最后进货', '上次进货', '最近进货日期', '最后进货日期', '最近提货', '最后提货', '上次提货', '最近提货日期', '最后提货日期',
      'purchase date', 'date of purchase', 'order date', 'sale date', 'sales date', 'transaction date',
      // Shopify's and 淘宝's order exports: when the order was paid.
      'paid at', 'paid on', 'date paid', '付款时间', '付款日期', '支付时间', '支付日期',
      // Macau's and Taiwan's 最後消費日.
      '最后消费日', '最近消费日', '最后购买日', '最近购买日',
      // 千牛's 客户运营 list.
      '最近交易', '最近交易时间', '最近交易日期', '最后交易时间', '上次交易时间',
      // A trades firm's or an agency's last job done, last invoice sent.
      'last job date', 'last invoice date', 'last invoiced',
      // HubSpot's contacts: the close date of the contact's latest closed-won deal, a sale (a bare
      // Close Date is a deal's, and an open deal's lies ahead: not listed).
      'recent deal close date', 'last deal close date', 'last closed won date',
      // A guesthouse's or a hotel's register is one row per stay, and a stay is paid for: its check-in
      // is when the guest bought (a returning guest's two stays are two records, dedupe/unread-columns.ts).
      '入住日期', '入住时间', '入住', '入住日', '最近入住', '最近入住日期', '上次入住', '上次入住日期', '最后入住', '最后入住日期',
      'check-in date', 'check in date', 'checkin date', 'check-in', 'date of stay', 'stay date', 'last stay', 'last stay date',
      // A car-rental desk's 取车时间: the rental is bought when the car is picked up, as a stay at its check-in.
      '取车时间', '取车日期', 'pick-up date', 'pickup date', 'pick up date', 'rental start', 'rental start date',
      // A charity's supporter gives as a customer buys: his last gift is his last purchase (Last Gift Date).
      'last gift date', 'last gift', 'date of last gift', 'last gift received', 'last donation', 'last donation date', 'date of last donation',
      // A subscriptions export (Stripe, Chargebee, Recurly): the day the current period was invoiced, his latest
      // payment (its Created is the sign-up: plan/subscription-list.ts).
      'current period start', 'current period started at', 'current term start', 'current billing period start'],
    // A bare Last Job or Last Invoice is the date in a tradie's sheet, but a recruiter's "Software
    // Engineer at Google" or an invoice number (INV-1023) in others: any other column of the field goes first.
    // 拼多多's 成团时间 / 拼单成功时间 (the group order closed, the order made) date an order its export
    // gives no 支付时间 or 订单成交时间 for.
    fallbackSynonyms: ['last job', 'last invoice', '成团时间', '拼单成功时间', '成团日期', '拼单成功日期',
      // The check-out dates the stay where no check-in column does; beside one it adds nothing.
      '退房日期', '退房时间', '离店日期', '离店时间', 'check-out date', 'check out date', 'checkout date', 'check-out'] },
  { id: 'firstPurchase', kind: 'date', write: 'date', label: { 'zh-CN': '首次购买', en: 'First purchase' },
    synonyms: ['首次购买', '首次购买日期', '首单日期', '首次成交', '首次成交日期', '首次交易', '首次交易时间', '首次交易日期', '首次下单时间', '首次消费时间',
      // 首次 + a sales ledger's date word (购买时间, 付款时间, 成交时间): listed whole, since the ledger's word
      // alone is the last purchase's (首次购买时间 was read as the last purchase).
      '首次购买时间', '首次购买日', '首次消费', '首次消费日期', '首次消费日', '首次下单', '首次下单日期', '首次成交时间',
      '首次付款时间', '首次支付时间', '首单时间', '首购时间', '首购日期', '第一次购买', '第一次购买时间', '第一次消费', '第一次消费时间',
      // A clinic's 首诊 is the first treatment, a paid one; a dealer's 首次进货 his first stock order.
      '首诊日期', '首诊时间', '首诊', '首次进货', '首次进货日期', '首次进货时间',
      'first purchase', 'first order', 'first order date', 'first purchase date', 'became a customer date', 'became customer date', 'first job', 'first job date',
      // A car dealer's or a property agent's sheet: the car or the flat is bought once, the day he became a
      // customer; whether he still is one is told by what he came for since (上次保养, 最近联系), never by
      // that day (every owner of a car bought two years ago was 流失客户 beside 活跃).
      '购车日期', '购车时间', '提车日期', '交车日期', '购房日期', '购房时间', '交房日期'] },
  { id: 'nextFollowUp', kind: 'date', write: 'date', label: { 'zh-CN': '下次跟进', en: 'Next follow-up' },
    synonyms: ['下次跟进', '下次跟进日期', '下次跟进时间', '下次联系', '下次回访', '计划跟进', '回访日期', 'next recall due', 'recall due', 'recall date', 'next recall', '下次复诊', '复诊日期', '预约复诊', '复诊时间', 'next follow-up', 'next follow up', 'follow-up date', 'next contact', 'next action', 'next activity', 'next activity date',
      'next contact date', 'next action date', 'next step date', 'next call', 'next call date', 'callback date', 'call back date', 'next meeting', 'next meeting date',
      '下次回访时间', '下次回访日期', '预约回访', '预约回访时间', '预约回访日期',
      // A pharmaceutical rep's next visit to his doctor.
      '下次拜访', '下次拜访日期', '下次拜访时间',
      // A 药房's next refill of a chronic patient's medicine (下次取药): the pharmacist calls before it, and after it
      // if he has not come (tester h76 #5: an overdue refill went unreminded).
      '下次取药', '下次取药日期', '下次取药时间', '预计取药', '预计取药日期', '下次购药', '下次购药日期', '下次配药', '下次配药日期',
      'next refill', 'next refill date', 'next refill due', 'refill due', 'refill due date',
      // A 农资, 饲料 or 建材 dealer's repurchase the customer is expected to make (预计复购, 下次进货): the season's
      // call to make (tester h76 #7). Not 预计进货额, what he may buy (an amount, refused as hoped-for).
      '预计复购', '预计复购日期', '预计复购时间', '下次复购', '下次复购日期', '预计进货', '预计进货日期', '预计进货时间', '下次进货', '下次进货日期',
      '预计拿货', '预计拿货日期', '下次拿货', '下次拿货日期', '预计采购', '预计采购日期', '下次采购', '下次采购日期', '预计补货', '预计补货日期', '下次补货', '下次补货日期',
      'expected reorder', 'expected reorder date', 'next reorder', 'next reorder date', 'reorder due', 'reorder due date',
      // A garage's next service is the call to book it (保养到期 stays no contract: header-match.ts).
      '下次保养', '下次保养日期', '下次保养时间',
      // A clinic's or a salon's next appointment as its front desk books it (下次预约).
      '下次预约', '下次预约日期', '下次预约时间',
      // An optician's or a clinic's re-check, a health-check centre's next yearly check-up: the call to book it.
      '复查日期', '复查时间', '下次复查', '下次复查日期', '下次复查时间', '预约复查',
      '下次体检', '下次体检日期', '下次体检时间', '下次验光', '下次验光日期', '下次验光时间',
      // A next visit is the call to book it (a booked Next appointment is the appointment field's).
      'next visit', 'next visit date',
      // Taiwan follows a customer up as 追蹤 (下次追蹤日, compared simplified).
      '下次追踪', '下次追踪日', '下次追踪日期', '追踪日期', '预计追踪日', '下次联络', '下次联络日', '下次跟进日',
      // A trades firm's next service is the call to book it, as 下次保养 is (its Service Due, as 保养到期, a due: contractEnd).
      'follow up due', 'next service', 'next service date',
      // A UK accountancy or law practice reviews each client once a year: the Next Review (Review Date,
      // Review Due) is the day to see him again.
      'next review', 'next review date', 'next review due', 'review date', 'review due', 'review due date', 'annual review date',
      // A photo studio's shoot is the couple's booked session, called about on the day and after as a
      // follow-up is (the wedding itself, 婚期, is the appointment field's: reminded days ahead).
      '拍摄日期', '拍摄时间', '拍照日期', 'shoot date', 'shooting date', 'photo shoot date', 'photoshoot date'],
    // A bare Follow Up (Follow-up) column holds the day to follow up in a tradie's sheet, and the notes
    // of the follow-up ("Send proposal") in many a CRM's: any other column of the field goes first.
    fallbackSynonyms: ['follow up'] },
  // A deal's close date (HubSpot's and Salesforce's Close Date, 销售易's 预计成交日期): the day a won deal
  // was won, the day an open one is expected to close (plan/deal-list.ts reads it by the deal's stage).
  // A day the customer is booked for, kept by the business as its own calendar: a law firm's hearing
  // (开庭), a driving school's exam (考试, 约考), a salon's or a clinic's booking (预约). Reminded ahead in
  // the column's own word (remind/rules/appointment.ts); two rows of one person on two such days are
  // his two matters or bookings (dedupe RECORD_FIELDS), never one row typed twice. A 下次预约 is the
  // call to book (nextFollowUp); a 复诊日期 stays one too.
  { id: 'appointment', kind: 'date', write: 'date', label: { 'zh-CN': '预约日期', en: 'Appointment' },
    synonyms: ['开庭日期', '开庭时间', '开庭日', '开庭', '庭审日期', '庭审时间', '下次开庭', '下次开庭日期',
      '考试日期', '考试时间', '考试日', '约考日期', '约考时间', '预约考试日期', '预约考试',
      '预约日期', '预约时间', '预约日', '预约到店', '预约到店日期', '预约到店时间', '预约',
      'hearing', 'hearing date', 'hearing day', 'court date', 'court hearing', 'court hearing date', 'trial date', 'next hearing', 'next hearing date',
      'exam date', 'exam', 'test date', 'driving test', 'driving test date', 'exam day',
      'appointment', 'appointment date', 'appointment time', 'appt', 'appt date', 'booked for', 'booking date',
      // A salon's Next appointment (Fresha, Vagaro, Square Appointments): booked in the diary, the client is
      // expected that day, reminded ahead as any booking (tester h73 #10: as a follow-up, tomorrow's went unsaid).
      'next appointment', 'next appointment date', 'next booking', 'next booking date',
      // A travel agent's departure (出行日期, 出团日期): the group leaves that day, papers and balance
      // settled before; a car-rental desk's 还车时间, the day the car is due back; a 月子中心's 预产期, the
      // day the mother is expected (remind/appointment-word.ts gives each its lead: tester h72 #10, #12, #15).
      '出行日期', '出行时间', '出发日期', '出发时间', '出团日期', '出团时间', '出游日期', '出境日期', '行程日期', '启程日期',
      'departure date', 'departure', 'departure day', 'date of departure', 'travel date', 'travel dates', 'trip date', 'tour date', 'start of trip',
      '还车时间', '还车日期', '预计还车时间', '预计还车日期', '应还车时间', 'drop-off date', 'dropoff date', 'car return date',
      '预产期', '预产日期', '预产期日期',
      // A wedding planner's or a banquet hall's day of the customer's event (婚期, 宴会日期, Event Date): the
      // planner prepares for it days ahead, and once held it is no call overdue (tester h70 #10, h71 #15).
      // Not 结婚纪念日 (anniversary), a wedding that was.
      '婚期', '婚礼日期', '婚礼时间', '婚宴日期', '宴会日期', '宴会时间', '办酒日期',
      'wedding date', 'wedding day', 'event date', 'event day', 'date of event', 'date of wedding', 'function date', 'banquet date',
      // A furniture or appliance shop's delivery and installation at the customer's home (送货安装日期):
      // booked with him, the rep calls the day before (tester h74: 周杰's 送货安装 2026-12-08 unreminded).
      // A bare Delivery Date or 配送日期 only where it is the customer's own (below).
      '送货安装日期', '送货安装时间', '送货安装', '送装日期', '送装时间', '安装日期', '安装时间', '预约安装', '预约安装日期', '预约安装时间',
      '上门安装日期', '上门安装时间', '送货日期', '送货时间', '预约送货日期',
      'installation date', 'install date',
      // A 花店's or a 蛋糕店's order booked for a day (预订日期 beside 预订商品), picked up (取货) or delivered (配送)
      // that day: prepared the day before (tester h76 #6: a wedding bouquet due tomorrow went unreminded). A
      // list of orders' 配送日期 or Delivery Date is each parcel's dispatch, an order book's beside its 收花人 a
      // bouquet's sent to someone else: unread there (header-match.ts).
      '预订日期', '预订时间', '预定日期', '预定时间', '取货日期', '取货时间', '预约取货', '预约取货日期', '配送日期', '配送时间',
      'collection date', 'delivery date',
      // A photo studio's or a tutor's booked session (Session Date): prepared for days ahead, as a booking is (tester h75).
      'session date', 'session booked', 'booked session', 'next session', 'next session date'] },
  { id: 'closeDate', kind: 'date', write: 'date', label: { 'zh-CN': '结单日期', en: 'Close date' },
    synonyms: ['结单日期', '预计结单日期', '预计成交日期', '预计签单日期', '预计签约日期', '赢单日期', '输单日期',
      'close date', 'closing date', 'expected close date', 'expected closing date', 'deal close date', 'opportunity close date'] },
  { id: 'amount', kind: 'amount', write: 'number', label: { 'zh-CN': '累计金额', en: 'Amount' },
    synonyms: ['累计金额', '消费金额', '累计消费', '消费总额', '总消费', '成交金额', '合同金额', '金额', '销售额', '合同额', '成交额', '签约金额', '订单金额', '交易金额', '交易额', '消费额', '保费', '年缴保费', '总保费', 'premium', '总金额', 'amount', 'total amount', 'total spent', 'total spend', 'lifetime spend', 'order total', 'total sales', 'revenue', 'lifetime value', 'customer lifetime value', 'ltv', 'clv', 'sales', 'total',
      // 消費(澳門元), 消费 (RM), Spend (MOP): what the customer spent, its currency in brackets (消费 and Spend only as the
      // whole header: header-match.ts; tester h76: a Macau list's Spend (MOP) went unread and no member had a tier).
      '消费', 'spend', 'amount spent',
      // An order export's 订单应付金额 / 实付金额 is what the order cost the buyer (千牛's 交易总额 what he spent in all).
      '订单应付金额', '应付金额', '实付金额', '交易总额', '成交总额',
      // India's Total Business (₹): what the party bought in all; an invoice total, what is billed.
      'total business', 'invoice total', 'total invoiced', 'total billed',
      // Indian and South-East Asian sales sheets value a customer by his contract: Annual Value, AMC Value
      // (an annual maintenance contract's), Contract Value, Order Value (money, never how many orders).
      // A bare Value only with its currency or unit (Value (Rs.), Value (Lakhs): header-match.ts).
      'annual value', 'contract value', 'amc value', 'amc amount', 'annual contract value', 'order value', 'total order value',
      // A charity's supporter: what he gave in all (Total Given, Lifetime Giving), before his Last Gift Amount, only the latest.
      'total given', 'total giving', 'lifetime giving', 'total donated', 'total donations', 'lifetime donations', 'total gifts', 'total gift amount',
      // A studio's or a salon's package: what the client pays for it (tester h75: a photo studio's Package Price unread).
      'package price', 'package amount', 'package total', 'package fee'],
    // Money the customer paid (a manufacturer's dealers pay back what they took: 回款), or keeps with a bank (AUM). What he owes,
    // what he should sell and what is left on his card are no spending: header-match.ts keeps them out.
    // A bare Billed is a Yes / No beside the Invoice Amount in some sheets: any other column goes first.
    fallbackSynonyms: ['billed', '回款金额',
      // A price (团费, 合同价, 套餐价) is what the customer pays; a deposit (定金, 已付定金) is part of it, the
      // amount only where no column names a price or a spend (a wedding studio's 定金 beside its 尾款: what
      // the couple paid so far; 尾款, what they owe, is none): part-payment.ts, header-map.ts ranks it last.
      ...PRICE_WORDS, ...DEPOSIT_WORDS, '已回款金额', '已回款', '回款', '累计回款', '回款总额', '回款额', '已付款',
      'amount paid', 'total paid', 'paid amount', 'payments received', 'payment received', 'total payments',
      // A bank's or a wealth manager's client is worth what he keeps with it (AUM(万元): the unit is read).
      'aum', 'assets under management', '资产规模', '管理资产', '管户资产',
      // A key account's 年度采购额, a SaaS account's MRR / ARR: what the customer is worth, when no spending column says.
      '年度采购额', '采购额', '采购金额', 'mrr', 'arr',
      // What a customer pays for a service (a 家政's 服务费, a school's 学费, a 代账 firm's 年费), what a
      // stall's buyer took in all (拿货总额), a CRM deal's value.
      '月费', '学费', 'tuition', 'tuition paid', 'tuition fee', 'tuition fees', 'total tuition', 'tuition fees paid', '服务费', '年费', '拿货总额', '拿货金额',
      // What a dealer bought from the maker (a distributor's 进货额) or drew from its depot (a brewery's 提货额).
      '进货额', '进货金额', '进货总额', '本年进货额', '年度进货额', '累计进货额', '累计进货', '提货额', '提货金额', '提货总额', '累计提货额', '本年提货额', '年度提货额',
      'deal value', 'deal size', 'deal amount',
      // A car dealer's or an estate agent's 成交价 (the price the deal closed at), a contract's 合同总价 /
      // 签约价: what the buyer paid for the one thing he bought (tester h74: a used-car sheet's 55 buyers
      // were all 价值等级 未知). A fallback: in an order export 成交价 may be a line's price beside its
      // 实付金额, and a 预算 (what he means to spend) is never one.
      '成交价', '成交价格', '成交总价', '成交价款', '合同价', '合同价款', '合同总价', '合同总额', '签约价', '签约价格',
      // A courier's or a freight firm's account pays its 运费: this year's (本年运费) is what it is worth to
      // the 网点 (tester h74: a 快递网点's 42 月结 accounts all 未知). Never a bare 运费, an order's postage.
      '本年运费', '今年运费', '年度运费', '全年运费', '年运费', '累计运费', '运费总额', '总运费', '运费合计',
      // A guesthouse's 房费 (the stay's room charge), a law firm's 律师费 (its fee for the case): what the
      // customer paid for the service. A 房费标准 (the price list's rate) or a 律师费率 is no payment.
      '房费', '住宿费', '房费合计', '房费总额', 'room charge', 'room charges', 'room revenue', 'accommodation charge', 'accommodation charges',
      '律师费', '代理费', '法律服务费', 'legal fee', 'legal fees', 'attorney fee', 'attorney fees', 'lawyer fee', 'lawyer fees', 'solicitor fees',
      // What a school's family has paid in all (累计缴费), what a salon's member has put on her card
      // (累计充值): money paid, when no column says what was spent (累计消费 goes first: what is left
      // on the card, 余额, 卡内余额, 剩余课时, is never spending: header-match.ts).
      '累计缴费', '缴费总额', '总缴费', '累计充值', '充值总额', '总充值',
      // A UK salon's or an accountant's Fees (£): what the client pays (a bare Fee only as the whole header: header-match.ts),
      // an Irish accountant's or a membership's Annual Fee (年费), a retainer's Monthly Fee (月费).
      'fees', 'total fees', 'fees paid', 'annual fee', 'monthly fee',
      // A British or Indian sales ledger's Turnover (Sage 50's Turnover YTD): what the account bought from us, net of VAT.
      // Any spending column goes first; Annual Turnover is the customer's own business (header-match.ts).
      'turnover', 'ytd turnover', 'turnover ytd'] },
  { id: 'orders', kind: 'integer', write: 'number', label: { 'zh-CN': '购买次数', en: 'Orders' },
    synonyms: ['购买次数', '下单次数', '订单数', '成交次数', '消费次数', '交易笔数', '交易次数', '成交笔数', '订单笔数', '购买笔数', '消费笔数',
      // A 微商's or a tea shop's 复购次数 (回购次数): how often the customer came back to buy, its RFM frequency
      // (tester h74: unread on a WeChat tea seller's sheet). Counted as typed: one more or less than the
      // orders in all changes no customer's rank among the others.
      '复购次数', '回购次数', '累计购买次数', '累计下单次数', '累计订单数', '订单总数', '成交单数',
      'orders', 'order count', 'number of orders', 'purchases', 'purchase count', 'transaction count', 'total orders',
      // Stripe's customers export: the successful payments the customer made, each a purchase.
      'payment count'] },
  // How often the customer came to a salon, a clinic or a shop (到店次数, Visits): each visit is a
  // service paid for, from the card or at the till, so where no 购买次数 says how often he bought it
  // is the frequency RFM scores (classify/rfm.ts). Its own field, not an orders synonym: a typed
  // 购买次数 beside it wins, and it is never summed as orders when two records merge.
  { id: 'visits', kind: 'integer', write: 'number', label: { 'zh-CN': '到店次数', en: 'Visit count' },
    synonyms: ['到店次数', '累计到店次数', '到店总次数', '来店次数', '进店次数', '光临次数', '就诊次数', '到诊次数',
      // Never a bare Visits: it folds to Visit (fold-header.ts), a visit log's date column.
      'visit count', 'total visits', 'number of visits', 'no of visits', 'visits count', 'lifetime visits'] },
  // Visits that buy nothing: an estate agency's viewings (带看次数: a buyer shown six flats has bought
  // none of them), a gym member's or a school's check-ins (签到次数, Check-ins: the membership or the
  // package was the purchase, each visit only uses it). Read, so the column is no longer left unread,
  // and never a frequency: as one, a buyer still looking would rank above the one who bought.
  { id: 'viewings', kind: 'integer', write: 'number', label: { 'zh-CN': '带看/签到次数', en: 'Viewings / check-ins' },
    synonyms: ['带看/签到次数', 'viewings / check-ins', '带看次数', '看房次数', '带看量', '累计带看', '累计带看次数', '到访次数', '签到次数', '累计签到', '累计签到次数', '打卡次数',
      // Never a bare Viewings or Check-ins: Viewing is a viewing's date, a hotel's Check-in the day of arrival.
      'viewing count', 'number of viewings', 'total viewings', 'check-in count', 'total check-ins', 'number of check-ins'] },
  // What is left of a prepaid package, as a count: a school's 剩余课时 (often =已购课时-已上课时, read by
  // its saved result), a salon's 次卡 剩余次数, an English centre's Lessons Remaining. The renewal a
  // school sells comes when it runs low (remind/rules/remaining.ts), long before any 到期 day. Kept as
  // typed (a 1.5 课时 is a lesson and a half, 2节 two): never cleaned, never money (header-match.ts
  // keeps 剩余 out of the amount; a 剩余金额 or Remaining Balance is not a count either).
  { id: 'remaining', kind: 'text', write: 'number', label: { 'zh-CN': '剩余课时', en: 'Sessions remaining' },
    synonyms: ['剩余课时', '剩余次数', '剩余节数', '剩余课次', '剩余课节', '剩余课程数', '剩余课时数', '剩余次卡', '次卡剩余', '次卡剩余次数', '剩余疗程', '剩余疗程次数', '课时余额', '剩余学时',
      // A 台灣 補習班's 剩餘堂數 (a 堂 is one class), read folded to 剩余堂数 (tester h72).
      '剩余堂数', '剩余堂', '剩余课堂数',
      'remaining sessions', 'sessions remaining', 'sessions left', 'remaining lessons', 'lessons remaining', 'lessons left', 'remaining classes', 'classes remaining', 'classes left',
      // A practice's or a studio's pack of visits (a physio's Visits Left, a massage clinic's Treatments
      // Remaining, a car wash's Washes Left, a 理疗馆's 剩余治疗次数): the same count running low (tester h77 #8).
      'visits left', 'visits remaining', 'remaining visits', 'treatments left', 'treatments remaining', 'remaining treatments',
      'washes left', 'washes remaining', 'punches left', 'punches remaining',
      '剩余治疗次数', '剩余理疗次数', '剩余护理次数', '剩余服务次数', '剩余到店次数', '剩余洗车次数'] },
  { id: 'owner', kind: 'person-name', write: 'text', label: { 'zh-CN': '负责人', en: 'Owner' },
    synonyms: ['负责人', '销售', '销售员', '业务员', '客户经理', '归属销售', '跟进人', '所属销售', '归属人', '所属人', '客户归属', '归属', '添加人', '所有人', '顾问', '专属顾问', '美容顾问', '理财经理', '保险顾问', '经办人', '代理人',
      // The rep who sold the membership or the car (a gym's 会籍顾问, a 4S dealer's 销售顾问) holds the customer.
      '会籍顾问', '销售顾问', '会籍专员',
      // Whoever keeps the customer in an estate agency, a school or a factory's order office.
      '经纪人', '置业顾问', '课程顾问', '班主任', '跟单员', '跟单', 'assignee', '管家', '专属管家', '客户管家',
      // A UK estate or letting agent's Negotiator holds the applicant or landlord (Negotiator Name).
      'negotiator', 'negotiator name', 'lettings negotiator', 'sales negotiator',
      // A training school's 学管师 (the academic advisor who keeps the family and sells the renewal), its 顾问老师.
      '学管师', '学管老师', '学管', '顾问老师',
      // An English centre's Course Advisor (its Academic or Student Advisor): the 课程顾问 or 学管师 who keeps the family.
      'course advisor', 'course adviser', 'academic advisor', 'academic adviser', 'student advisor', 'student adviser', 'education advisor', 'enrolment advisor', 'enrollment advisor', 'advisor', 'adviser',
      // A shop's member list: the shop assistant who keeps the member (导购; 专属导购 in a retail CRM's export).
      '导购', '专属导购', '所属导购', '服务导购', '导购员', 'broker', 'agent', 'agent name', 'insurance agent', 'sales agent', 'producer', 'producer name', 'owner', 'account owner', 'sales rep', 'salesperson', 'account manager', 'assigned to', 'rep',
      // A pharmaceutical company's rep who visits the doctors (代表 only as the whole header: 法人代表 is the customer's own).
      '代表', '业务代表', '医药代表', '销售代表',
      // Taiwan's 業務 (the salesman as well as sales), 負責業務; a Hong Kong tutoring centre's 導師 holds its students.
      '业务', '负责业务', '业务人员', '承办业务', '导师',
      // A Hong Kong office's 負責同事 / 跟進同事 (the colleague in charge), its shop's or broker's 營業員,
      // its 客戶主任 (account executive).
      '负责同事', '跟进同事', '营业员', '客户主任',
      // A shop's 店员 (a 眼镜店's, a 服装店's) sells to the customer and follows him up, as a 导购 does (tester h72 #9).
      '店员', '负责店员', '所属店员', '服务店员', '接待店员', '店员姓名',
      // A 医美 or 口腔 clinic's 咨询师 (现场咨询师, 网电咨询师) sells the treatment plan, follows the patient up and
      // books his 复诊: the clinic's rep, before the doctor who treats him (tester h70 #5). A 心理咨询师 treats.
      '咨询师', '现场咨询师', '网电咨询师', '负责咨询师', '所属咨询师', '主咨询师', '咨询顾问',
      // 精斗云's and 金蝶's 销售人员, an ERP's or a CRM's 所属员工 / 负责员工, 纷享销客's 客户所有人.
      '销售人员', '所属销售人员', '负责销售人员', '所属员工', '负责员工', '归属员工', '跟进员工', '客户所有人',
      // India's Sales Executive (an Account Executive too), who handles the party.
      'sales executive', 'sales exec', 'account executive', 'handled by',
      // A bank's or a distributor's Relationship Manager (RM Name; a bare RM only over people's names:
      // header-map.ts, it is Malaysia's ringgit too), a Key Account Manager (KAM), a Sales Person.
      'relationship manager', 'rm name', 'key account manager', 'kam', 'sales person',
      // An accountancy or law practice's partner who owns the client (a bare Partner only over the
      // firm's few partners: header-map.ts, it is a client's wife or husband in a planner's sheet).
      'client partner', 'engagement partner', 'responsible partner', 'partner responsible', 'partner in charge', 'relationship partner', 'audit partner', 'tax partner', 'supervising partner'],
    // Who typed the customer in (a fair's card sheet: 录入人 took the card and follows the lead up),
    // unless a column names who holds him.
    fallbackSynonyms: ['录入人', '登记人',
      // Service staff (schema/service-roles.ts): a gym's trainer, a 4S dealer's 服务顾问 and 技师, a clinic's
      // doctor, a salon's 美容师. The sales rep beside them (会籍顾问, 销售顾问, 美容顾问, 客户经理, 业务员)
      // holds the customer and sells the renewal; they hold him only where no column names a rep.
      ...SERVICE_STAFF,
      // A SaaS account's CSM, a law firm's 承办律师: who holds the client, when no owner column says.
      'csm', 'customer success manager', '承办律师', '主办律师',
      // A 代账 firm's accountant who keeps the client's books (not the client's own: header-match.ts).
      '会计', '主办会计',
      // A trades firm's engineer or technician services his customers and books their next visit: he
      // holds them, when no sales or account column says who does.
      'engineer', 'technician', 'service engineer', 'field engineer', 'assigned engineer', 'assigned technician',
      // A landscaper's or a cleaning firm's crew (a 绿化 firm's 养护班组) does the visits and knows the
      // customer: it holds him when no account column says who does. Crew Size, 班组人数 are counts.
      'crew', 'assigned crew', 'crew name', 'crew lead', 'crew leader', '班组', '施工班组', '养护班组', '负责班组', '施工队',
      // A guesthouse's receptionist who checked the guest in (接待人), when no 管家 holds him. A bare 前台 or
      // Front Desk only over people's names (header-map.ts): a firm's 前台 may be its reception's number.
      'receptionist', 'checked in by', '接待人', '接待员',
      // A UK practice's Fee Earner does the client's billable work (the 承办律师 of a law firm): he holds
      // the client when no partner or account column says who does.
      'fee earner', 'responsible fee earner', 'fee earner name',
      // A club's or a society's Membership Secretary (its Membership Officer) signs the members up and
      // chases their renewals: he holds them when no rep column says who does (tester h79 #9).
      'membership secretary', 'membership officer', 'membership manager', 'membership coordinator', 'membership administrator', 'membership registrar'] },
  // The reps a CRM declares beside the owner (钉钉's 协同人, 企业微信's 协作人, 纷享销客's 相关团队成员,
  // Salesforce's or Zoho's Collaborators): they follow the customer up with him, by the CRM's leave. Never
  // the owner, whose reminders stay his; a co-owner to the 撞单 check, so the owner and his own 协同人
  // holding the customer's other row are no two rival reps (tester h74 #9: dedupe/declared-co-owners.ts).
  { id: 'coOwner', kind: 'person-name', write: 'text', label: { 'zh-CN': '协同人', en: 'Collaborators' },
    synonyms: ['协同人', '协作人', '协同人员', '协作人员', '协同销售', '协同跟进人', '协同负责人', '共同负责人', '团队成员', '相关团队', '相关团队成员', '销售团队成员',
      'collaborators', 'collaborator', 'co-owner', 'co-owners', 'co owner', 'co owners', 'account team', 'account team members', 'shared with'] },
  { id: 'customerType', kind: 'enum', write: 'text', label: { 'zh-CN': '客户类型', en: 'Customer type' },
    synonyms: ['客户类型', '客户类别', '客户分类', '客户状态', '类型', 'customer type', 'type', 'lifecycle stage', 'lifecycle',
      // An estate agent's Client Type (Buyer, Seller): read only where its values name a class (type-column-values.ts).
      'client type'] },
  { id: 'tier', kind: 'enum', write: 'text', label: { 'zh-CN': '客户等级', en: 'Tier' },
    synonyms: ['客户等级', '客户分级', '等级', '客户级别', '级别', '客户星级', '星级', '重要程度', '客户重要程度', '重要性',
      // A shop's member ladder (普通会员, 金卡会员, 钻石卡) under the name its POS gives it, as 会员等级 is read.
      '会员类型', '会员卡类型',
      // 用友 U8's 客户档案 grades its customers in 信用等级 (A/B/C, 甲/乙/丙, or a credit rating's AAA … C:
      // classify/credit-grades.ts): the grade the sheet gives, which
      // the what-if compares with the tier the amounts give; it never sets a class by itself.
      '信用等级', '信用级别', '信用评级', '资信评级',
      'tier', 'level', 'grade', 'rating', 'star rating', 'importance'] },
  // A yes/no column (是否VIP: 是 / 否, VIP: Y / blank): the sheet's own VIP marks, for the what-if.
  { id: 'vip', kind: 'enum', write: 'text', label: { 'zh-CN': '是否VIP', en: 'VIP' },
    synonyms: ['是否vip', 'vip', 'vip客户', 'vip会员', '是否贵宾', '贵宾', '是否重点客户', '是否大客户', 'is vip', 'vip?', 'vip flag', 'vip customer', 'vip status'] },
  { id: 'status', kind: 'enum', write: 'text', label: { 'zh-CN': '状态', en: 'Status' },
    synonyms: ['状态', '跟进状态', '阶段', '销售阶段', 'status', 'stage', 'lead status', 'deal stage'] },
  // Whether the customer has bought (纷享销客's, 钉钉 CRM's 成交状态: 未成交 / 已成交 / 多次成交), a column of
  // its own beside the 跟进状态 that says where the rep's follow-up stands: 跟进中 on a customer who has
  // bought is the rep's upkeep, not a prospect (classify/existing-labels.ts reads it before the status).
  { id: 'dealStatus', kind: 'enum', write: 'text', label: { 'zh-CN': '成交状态', en: 'Deal status' },
    synonyms: ['成交状态', '成交情况', 'deal status',
      // A yes/no column of the same question (是否成交: 是 / 否, Y / N, 已成交 / 未成交), a team's own
      // sheet's way of saying it. Not Salesforce's lead Converted: a lead converted is an opportunity
      // opened, no purchase made.
      '是否成交', '是否已成交', '已成交否', '成交否', '是否签单', '是否已签单', 'closed won?', 'closed won', 'is won', 'deal won'] },
  // Whether the record itself is in force (纷享销客's and 钉钉 CRM's 生命状态: 正常 / 作废), a column of its
  // own beside 跟进状态 and 成交状态: a record the team voided (作废) is nobody to remind, and stays in the
  // sheet as it is (remind/standing.ts reads it).
  { id: 'recordStatus', kind: 'enum', write: 'text', label: { 'zh-CN': '生命状态', en: 'Record status' },
    synonyms: ['生命状态', '记录状态', '数据状态', '作废状态', 'record status'] },
  // An order's refund, in a column of its own (拼多多's 售后状态: 退款成功 while 订单状态 stays 已收货;
  // 淘宝's 退款状态): an order paid back is no purchase
  // (plan/order-list.ts). Read in an order list only: it says nothing of the customer.
  // Whether the ERP disabled the customer's record (金蝶 K/3 Cloud's 禁用状态: 是 / 否; 是否停用; an
  // English export's Disabled: TRUE / FALSE): one disabled is a relationship that has ended
  // (remind/standing.ts), as 停用 in a 状态 column is.
  { id: 'disabled', kind: 'enum', write: 'text', label: { 'zh-CN': '禁用状态', en: 'Disabled' },
    synonyms: ['禁用状态', '是否禁用', '已禁用', '禁用', '禁用标志', '禁用标识', '停用状态', '是否停用', '已停用', '停用', '停用标志', '停用标识',
      'disabled', 'is disabled', 'deactivated', 'is deactivated'] },
  // Whether the customer opted out of e-mail (Zoho's and Salesforce's Email Opt Out: true / false,
  // HubSpot's Unsubscribed from all email, a 退订邮件 column): marketing he refused, so no greeting is
  // reminded (remind/opted-out.ts); the owner's own follow-ups and renewals still are.
  { id: 'emailOptOut', kind: 'enum', write: 'text', label: { 'zh-CN': '退订邮件', en: 'Email opt out' },
    synonyms: ['email opt out', 'email opt-out', 'email optout', 'email opted out', 'opted out of email', 'has opted out of email', 'hasoptedoutofemail',
      'unsubscribed from all email', 'unsubscribed from email', 'email unsubscribed', 'do not email', 'marketing opt out', 'marketing email opt out',
      '退订邮件', '邮件退订', '已退订邮件', '拒收邮件', '拒收营销邮件', '退订营销邮件'] },
  // Whether a CRM's customer is in the public pool (纷享销客's, 销售易's, 钉钉 CRM's 是否公海: 是 / 否): a
  // customer the team released has no owner, though 负责人 still names the rep who last held him
  // (table/records.ts reads him as the pool's). Not 所属公海, the pool a customer returns to, claimed or not.
  { id: 'publicPool', kind: 'enum', write: 'text', label: { 'zh-CN': '是否公海', en: 'In public pool' },
    synonyms: ['是否公海', '是否在公海', '是否公海客户', '公海', '在公海', '公海客户', 'in public pool', 'public pool'] },
  // A CRM's public-pool export (纷享销客, 销售易, 钉钉 CRM): 领取时间 is the day the rep claimed the customer
  // from the pool, when his hold began. With no contact since, a customer he took and left alone is a
  // stale record of his (remind.stale.fields), dated by the claim. Never a contact itself: claiming
  // a customer says nothing of the customer's activity (classes read no claim).
  { id: 'claimedAt', kind: 'date', write: 'date', label: { 'zh-CN': '领取时间', en: 'Claimed at' },
    synonyms: ['领取时间', '领取日期', '最近领取时间', '最后领取时间', '认领时间', '认领日期', '分配时间', '分配日期',
      'claimed at', 'claimed on', 'claim date', 'date claimed', 'assigned date', 'date assigned', 'assigned on', 'assigned at'] },
  // The day the customer went back to the pool (退回公海时间): where no 是否公海 column says so, a row
  // returned later than any claim is in the pool, nobody's (table/public-pool.ts returnedToPool).
  { id: 'returnedAt', kind: 'date', write: 'date', label: { 'zh-CN': '退回公海时间', en: 'Returned to pool' },
    synonyms: ['退回公海时间', '退回公海日期', '最近退回公海时间', '最后退回公海时间', '退回时间', '退回日期', '进入公海时间', '转入公海时间', '放入公海时间', '释放到公海时间', '回收到公海时间',
      'returned to pool', 'returned to pool at', 'returned to pool on', 'date returned to pool', 'released to pool'] },
  { id: 'refundStatus', kind: 'enum', write: 'text', label: { 'zh-CN': '售后状态', en: 'Refund status' },
    synonyms: ['售后状态', '退款状态', '退货退款状态', '售后退款状态', '售后类型及状态', 'refund status'] },
  { id: 'tags', kind: 'text', write: 'text', label: { 'zh-CN': '标签', en: 'Tags' },
    synonyms: ['标签', '客户标签', 'tags', 'labels',
      // Outlook's contacts export: Customers;VIP. Google Contacts' legacy CSV: * myContacts ::: VIP (its 2024 one writes Labels).
      // Outlook's Chinese export writes 类别, read as the tags only there (header-match.ts).
      'categories', 'group membership'] },
  { id: 'notes', kind: 'multiline', write: 'text', label: { 'zh-CN': '备注', en: 'Notes' },
    synonyms: ['备注', '备注信息', '说明', '描述', '跟进记录', '备忘', '留言',
      // Outlook's Chinese export calls its Notes 附注.
      '附注', 'notes', 'memo', 'note', 'remarks', 'comments', 'comment', 'description'] },
  { id: 'website', kind: 'url', write: 'text', label: { 'zh-CN': '网址', en: 'Website' },
    synonyms: ['网址', '网站', '官网', '公司网址', '主页', 'website', 'web', 'url', 'homepage', 'home page', 'web page', 'webpage', 'web site'] },
  // A sales ledger (one row per order, 订单表 / 销售台账): the order's number and what was bought. An
  // order-number column most rows fill makes the sheet an order list (plan/order-list.ts): rows of one
  // customer are his orders, not duplicates (the product tells two orders apart), and classes,
  // reminders and the report count customers.
  { id: 'orderId', kind: 'id', write: 'text', label: { 'zh-CN': '订单号', en: 'Order no.' },
    synonyms: ['订单号', '订单编号', '订单ID', '订单号码', '单号', '销售单号', '订单流水号', '单据号', '单据编号', '交易单号', '交易号', '发票号', '发票号码',
      'order no', 'order number', 'order id', 'invoice no', 'invoice number', 'invoice id', 'transaction id', 'receipt no',
      // A policy or contract list is one row per policy (保单), each to renew on its own day.
      '保单号', '保单号码', '保单编号', '合同编号', '合同号', 'policy number',
      // 抖店 numbers the order (主订单编号) and each of its lines (子订单编号): one order of two products
      // is one order, its 子订单编号 only the line's (a fallback below, for an export without the order's).
      '主订单编号', '主订单号', 'policy no', 'contract number', 'contract no',
      // A deals export is one row per deal (商机): its number is the deal's (plan/deal-list.ts).
      '商机编号', '商机id', 'deal id', 'opportunity id'],
    // A freight forwarder's or a carrier's sheet is one row per shipment (票), told by its bill of lading
    // or waybill: one customer's two shipments are two records. Only when no order-number column says
    // (a shop's order export also keeps the parcel's 运单号 beside its 订单编号).
    fallbackSynonyms: ['子订单编号', '子订单号', '提单号', '提单号码', '提单编号', '运单号', '运单号码', '运单编号',
      'b/l no', 'b/l number', 'bl no', 'bill of lading', 'bill of lading no', 'bill of lading number', 'tracking no', 'tracking number', 'waybill no', 'waybill number'] },
  { id: 'product', kind: 'text', write: 'text', label: { 'zh-CN': '商品', en: 'Product' },
    synonyms: ['商品', '商品名称', '产品', '产品名称', '品名', '货品', '购买商品', '购买产品', '服务项目', '险种', 'product', 'item', 'sku',
      // A gym's or a salon's card: the plan the member bought (年卡, 季卡, 次卡), beside its 到期日期.
      '卡种', '卡项', '会员卡种', 'membership type', 'membership plan',
      // An insurance agent's kind of policy, as 险种 is (Term Life, Child Health).
      'policy type', 'type of policy', 'insurance type', 'coverage type',
      // Shopify's, 淘宝's and 抖店's order exports: one line item per row.
      'lineitem name', '宝贝标题', '宝贝名称', '选购商品',
      // What a clinic, a garage or a travel agency sold (项目 only as the whole header: 项目编号, 项目经理 are not).
      '治疗项目', '保养项目', '维修项目', '消费项目', '项目', '线路', '旅游线路'] },
  // A ledger without order numbers (销售流水: 日期 | 客户 | 产品 | 数量 | 单价 | 金额) says what it is by
  // its quantity and unit-price columns, which no customer list has. Read, never cleaned (2.5 kg is
  // a quantity, 10件 too): kind text keeps the cells as typed, written as numbers so that a column of
  // figures gets no Text format.
  { id: 'quantity', kind: 'text', write: 'number', label: { 'zh-CN': '数量', en: 'Quantity' },
    synonyms: ['数量', '购买数量', '销售数量', '商品数量', '产品数量', '件数', '订购数量', 'quantity', 'qty'] },
  { id: 'unitPrice', kind: 'text', write: 'number', label: { 'zh-CN': '单价', en: 'Unit price' },
    synonyms: ['单价', '销售单价', '售价', '成交单价', 'unit price', 'price each', 'unit cost', 'lineitem price'] },
  // A car dealer's (4S) or car insurance agent's sheet is one row per vehicle: a customer with two cars
  // has two rows, told apart by these (find-duplicates.ts keeps them apart). Text: a VIN or plate of
  // digits must never become a number.
  { id: 'vin', kind: 'vin', write: 'text', label: { 'zh-CN': '车架号', en: 'VIN' },
    synonyms: ['车架号', '车架号码', '车辆识别代号', '车辆识别号', '车辆识别码', '车辆识别代码', 'vin', 'vin码', 'vin号', '底盘号',
      'vehicle identification number', 'vin number', 'vin no', 'chassis number', 'chassis no', 'frame number'] },
  // A UK garage's Reg, Registration or VRM and an Australian's Rego are the plate too: only as the whole
  // header (Reg Date is a date, Rego Due a due day), and a bare Reg or Registration only where its cells
  // are plates (header-map.ts: an event's Registration holds Paid or a date).
  { id: 'plate', kind: 'plate', write: 'text', label: { 'zh-CN': '车牌号', en: 'Licence plate' },
    synonyms: ['车牌号', '车牌', '车牌号码', '号牌号码', '号牌', '牌照号', '牌照号码',
      'license plate', 'licence plate', 'license plate number', 'licence plate number', 'plate number', 'plate no', 'number plate', 'plate',
      'registration number', 'registration no', 'reg number', 'reg no', 'vehicle registration number',
      'reg', 'registration', 'vrm', 'rego', 'vehicle reg', 'car reg'] },
  // A pet shop's or a vet's sheet is one row per pet, its owner the customer: two rows of one owner
  // that name two pets are his two pets (find-duplicates.ts keeps them apart). 宠物 and Pet only as the
  // whole header (header-match.ts); a pet's birthday is nobody's.
  { id: 'petName', kind: 'text', write: 'text', label: { 'zh-CN': '宠物名', en: 'Pet name' },
    synonyms: ['宠物名', '宠物名字', '宠物昵称', '宠物名称', '宠物', '爱宠', 'pet name', 'pet', "pet's name"] },
  // A real-estate agent's owner list (业主客源) is one row per listing: a landlord who sells one flat and
  // lets another has two rows under one phone, told apart by these (find-duplicates.ts keeps them apart).
  // The listing's address is the flat's, not where its owner lives or takes mail: never his address.
  { id: 'listing', kind: 'text', write: 'text', label: { 'zh-CN': '房源', en: 'Listing' },
    synonyms: ['房源地址', '房源', '房源名称', '房源信息', '房源编号', '楼盘', '楼盘名称', '楼盘地址', '物业地址', '房屋地址', '房产地址',
      '房屋坐落', 'property address', 'listing address', 'listing', 'listing id'],
    // A UK letting agent's bare Property is the let it manages for the landlord; beside a Property
    // Address it is a type or a name, and the address is the listing.
    fallbackSynonyms: ['property'] },
  // The flat in a 楼盘 column's estate: two flats of one estate differ by it alone.
  { id: 'listingUnit', kind: 'text', write: 'text', label: { 'zh-CN': '门牌号', en: 'Unit no.' },
    synonyms: ['门牌号', '门牌', '门牌号码', '室号', 'unit no'] },
  // A school's or a children's clinic's parent (家长姓名, 监护人): the person the staff calls about the
  // child, who is the customer. Never the customer's name (header-match.ts refuses it as one); the
  // reminders name him beside the child (remind/call-whom.ts). His phone (家长电话) stays the phone.
  { id: 'guardian', kind: 'text', write: 'text', label: { 'zh-CN': '家长', en: 'Parent name' },
    synonyms: ['家长', '家长姓名', '家长名字', '家长称呼', '监护人', '监护人姓名', '监护人名字',
      'parent name', 'parents name', 'guardian', 'guardian name', 'parent guardian', 'parent guardian name'] },
  // Who treats, teaches or serves the customer (a clinic's 主治医生, a studio's Instructor, a salon's
  // 美容师) beside the rep who holds him (咨询师, 会籍顾问, Sales Rep): read, and named in his reminders
  // (remind/name-carer.ts), never his owner. A service-staff column is read so only beside a rep's; alone it
  // holds the customer as the owner (header-map.ts carersBesideRep).
  { id: 'carer', kind: 'person-name', write: 'text', label: { 'zh-CN': '服务人员', en: 'Service staff' },
    synonyms: ['服务人员', 'service staff'] },
];

/**
 * The fields of IDENTIFIES_CUSTOMER a customer is reached by: a row with one of them is someone the
 * user can write to or call, named or not (a newsletter sign-up's e-mail, a lead's 手机). A customer
 * number, an ID card or a credit code tells who he is, but reaches nobody.
 */
export const CONTACT_CHANNELS: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone', 'email', 'wechat', 'qq']);

/**
 * The fields that tell who a customer is (a name, a company, the customer's number) or how to reach
 * him (a phone, an e-mail, WeChat, an ID card): a customer table names at least one of them. Other
 * sheets of a workbook name known columns too and hold no customers: a price list (产品 | 单价), an
 * order book without its buyers (订单号 | 商品 | 数量), the reps' targets (负责人 | 状态).
 */
export const IDENTIFIES_CUSTOMER: ReadonlySet<FieldId> = new Set<FieldId>([
  'name', 'firstName', 'lastName', 'company', 'customerId',
  ...CONTACT_CHANNELS, 'idCard', 'uscc',
]);

export const FIELD_BY_ID: Readonly<Record<FieldId, FieldDef>> = Object.fromEntries(
  FIELDS.map((f) => [f.id, f]),
) as Record<FieldId, FieldDef>;

export function isFieldId(s: string): s is FieldId {
  return Object.prototype.hasOwnProperty.call(FIELD_BY_ID, s);
}
