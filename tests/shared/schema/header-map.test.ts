import fc from 'fast-check';
import { EXTRA_COLUMN_FIELDS, mapHeaders } from '../../../shared/schema/header-map';
import { FIELD_BY_ID, FIELDS, type FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/types';
import { date, EMPTY, num, text, type Cell } from '../../../shared/table/cell';

const settings = (headers: Partial<Settings['headers']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  headers: { ...DEFAULT_SETTINGS.headers, ...headers },
});

/** The field of each column; an extra column of a field shows as 'phone+'. */
type Shown = FieldId | `${FieldId}+` | null;
const fieldsOf = (headers: string[], s = settings(), sample?: Cell[][]): Shown[] =>
  mapHeaders(headers, s, sample).map((m): Shown => (m.field && m.extra ? `${m.field}+` : m.field));

/** [description, header row, expected field per column (null = left unmapped, 'phone+' = extra column)] */
const SHEETS: [string, string[], Shown[]][] = [
  [
    'an Indian AMC customer list: Total Purchase (₹) is what the customer spent (a value tier), never a count of orders',
    ['S.No', 'Customer Name', 'Mobile No', 'Alt Mobile', 'Email ID', 'DOB', 'City', 'PIN Code', 'GSTIN', 'AMC Expiry', 'Total Purchase (₹)', 'Remarks'],
    [null, 'name', 'mobile', 'phone', 'email', 'birthday', 'city', 'postcode', 'uscc', 'contractEnd', 'amount', 'notes'],
  ],
  [
    'a UK salon\'s clients: Client No, the Landline, the last appointment (a visit), the next one booked (an appointment, reminded ahead) and the Fees (£) she pays',
    ['Client No', 'Name', 'Mobile', 'Landline', 'Email', 'Date of Birth', 'Postcode', 'Renewal Date', 'Last Appointment', 'Next Appointment', 'Fees (£)', 'Notes'],
    ['customerId', 'name', 'mobile', 'phone', 'email', 'birthday', 'postcode', 'contractEnd', 'lastContact', 'appointment', 'amount', 'notes'],
  ],
  [
    'LinkedIn\'s connections: Connected On is when the person became a contact',
    ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    ['firstName', 'lastName', 'website', 'email', 'company', 'title', 'createdAt'],
  ],
  [
    'Mindbody\'s members: the membership runs from its start to its expiry; an account balance (A$-45.00) is no spending, left unread',
    ['Client ID', 'First Name', 'Last Name', 'Email', 'Mobile Phone', 'Membership', 'Membership Start', 'Membership Expiry', 'Last Visit', 'Account Balance', 'Status'],
    ['customerId', 'firstName', 'lastName', 'email', 'mobile', null, 'contractStart', 'contractEnd', 'lastContact', null, 'status'],
  ],
  [
    'QuickBooks\' customer contact list: the Full Name is the person, its Customer the account\'s display name beside the Company name, unread',
    ['Customer', 'Full Name', 'Company name', 'Phone Numbers', 'Email', 'Billing Address', 'Shipping Address', 'Open Balance', 'Terms', 'Customer Type', 'Notes'],
    [null, 'name', 'company', 'phone', 'email', 'address', null, null, null, 'customerType', 'notes'],
  ],
  [
    'Outlook\'s Categories (Customers;VIP) are its tags; its Nickname is the nickname (who he is where the names are blank)',
    ['First Name', 'Last Name', 'Nickname', 'E-mail Address', 'Categories'],
    ['firstName', 'lastName', 'nickname', 'email', 'tags'],
  ],
  [
    'an event\'s fees are charges, no spending: Total Paid is the amount, Eventbrite Fees unread',
    ['Name', 'Email', 'Total Paid', 'Eventbrite Fees', 'Processing Fee'],
    ['name', 'email', 'amount', null, null],
  ],
  [
    'Acuity\'s appointments: a bare Type is the service booked (Deep Tissue Massage 60min), no customer type',
    ['Start Time', 'End Time', 'First Name', 'Last Name', 'Phone', 'Email', 'Type', 'Calendar', 'Appointment Price', 'Label', 'Appointment ID'],
    [null, null, 'firstName', 'lastName', 'phone', 'email', null, null, null, 'tags', null],
  ],
  [
    '精斗云\'s 客户列表: 销售人员 is who holds the customer (his reminders go to him), 禁用 in its 状态 the record\'s',
    ['编码', '名称', '类别', '联系人', '手机', '固定电话', 'QQ', '微信', '邮箱', '纳税人识别号', '开户行', '开户账号', '期初应收', '应收余额', '最近交易日期', '销售人员', '状态', '生日', '备注'],
    [null, null, null, 'name', 'mobile', 'phone', 'qq', 'wechat', 'email', 'uscc', null, null, null, null, 'lastPurchase', 'owner', 'status', 'birthday', 'notes'],
  ],
  [
    '金蝶云星空\'s and 纷享销客\'s exports: 所属员工 and 客户所有人 hold the customer',
    ['客户名称', '联系人', '手机', '所属员工', '下次跟进日期'],
    ['company', 'name', 'mobile', 'owner', 'nextFollowUp'],
  ],
  [
    'a CRM export\'s 客户所有人',
    ['客户名称', '联系人', '手机', '客户所有人', '最近跟进时间'],
    ['company', 'name', 'mobile', 'owner', 'lastContact'],
  ],
  [
    'Salesforce\'s accounts: a bare Type beside no booking is the customer\'s (Customer - Direct, Prospect)',
    ['Account Name', 'Type', 'Billing City', 'Phone', 'Account Owner'],
    ['company', 'customerType', 'city', 'phone', 'owner'],
  ],
  [
    '代账 firm\'s client ledger: 会计 holds the client, 服务开始 starts the service, 月费 is what he pays',
    ['序号', '公司名称', '税号', '法人', '联系人', '联系电话', '会计', '纳税人类型', '服务开始', '服务到期', '月费', '报税期', '备注'],
    [null, 'company', 'uscc', null, 'name', 'phone', 'owner', null, 'contractStart', 'contractEnd', 'amount', null, 'notes'],
  ],
  [
    '代账 ledger with a 负责人: he holds the client, the 会计 keeps the books (his carer); 累计收费 names spending before 月费',
    ['公司名称', '联系人', '手机', '负责人', '会计', '月费', '累计消费'],
    ['company', 'name', 'mobile', 'owner', 'carer', null, 'amount'],
  ],
  [
    '驾校 students: 教练 holds the student, 学费 is what he pays',
    ['学员姓名', '身份证号', '手机号', '报名日期', '班型', '科目进度', '教练', '学费', '已缴', '合同到期', '备注'],
    ['name', 'idCard', 'mobile', 'createdAt', null, null, 'owner', 'amount', null, 'contractEnd', 'notes'],
  ],
  [
    'A WeChat-based wholesale stall (档口): the buyer is his WeChat nickname, 微信号 his WeChat, 跟单 holds him',
    ['微信昵称', '微信号', '档口号', '所在市场', '电话', '欠款', '最近拿货', '拿货总额', '跟单', '备注'],
    ['name', 'wechat', null, null, 'phone', null, 'lastPurchase', 'amount', 'owner', 'notes'],
  ],
  [
    '家政 agency: the 雇主 is the customer; the 阿姨 sent to him is another person, his carer (her phone and ID card are not his)',
    ['雇主姓名', '雇主电话', '服务地址', '阿姨姓名', '阿姨电话', '阿姨身份证', '服务类型', '合同开始', '合同结束', '经纪人', '备注'],
    ['name', 'phone', 'address', 'carer', null, null, null, 'contractStart', 'contractEnd', 'owner', 'notes'],
  ],
  [
    '家政 agency, the 雇主 alone; a 月子 nanny and a carer named beside the customer too',
    ['雇主', '电话', '月嫂姓名', '月嫂手机', '护工电话', '服务地址'],
    ['name', 'phone', null, null, null, 'address'],
  ],
  [
    '家政 agency\'s roster of its 阿姨 (no customer named beside her): she is the person',
    ['阿姨姓名', '阿姨电话', '阿姨身份证', '籍贯', '工种'],
    ['name', 'phone', 'idCard', null, null],
  ],
  [
    'Xero contacts export: ContactName is the business, FirstName / LastName its person (the street address SA… the postal PO…\'s second); the bank account, tax settings and Person1 columns are no customer\'s (his TaxNumber is the firm\'s tax number)',
    ['ContactName', 'AccountNumber', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POCity', 'POPostalCode', 'SAAddressLine1', 'PhoneNumber', 'MobileNumber',
      'BankAccountName', 'BankAccountNumber', 'TaxNumber', 'AccountsReceivableTaxCodeName', 'Website', 'LegalName', 'CompanyNumber', 'DueDateSalesTerm', 'DefaultTaxSales',
      'Person1FirstName', 'Person1LastName', 'Person1Email', 'Person1IncludeInEmail'],
    ['company', 'customerId', 'email', 'firstName', 'lastName', 'address', 'city', 'postcode', 'address+', 'phone', 'mobile',
      null, null, 'uscc', null, 'website', null, null, null, null,
      null, null, null, null],
  ],
  [
    'Chinese CRM export (纷享销客-like), B2B: 客户名称 beside 联系人 is the company',
    ['客户编号', '客户名称', '联系人', '手机', '电话', '邮箱', '所属行业', '客户级别', '客户来源', '负责人',
      '省', '市', '区', '详细地址', '创建时间', '最后跟进时间', '下次跟进时间', '成交状态', '备注'],
    ['customerId', 'company', 'name', 'mobile', 'phone', 'email', 'industry', 'tier', 'source', 'owner',
      'province', 'city', 'district', 'address', 'createdAt', 'lastContact', 'nextFollowUp', 'dealStatus', 'notes'],
  ],
  [
    '金数据 form export: system columns stay unmapped',
    ['序号', '姓名', '手机', '邮箱', '性别', '您的公司', '提交时间', '填写设备', 'IP', '微信昵称', '修改时间'],
    [null, 'name', 'mobile', 'email', 'gender', 'company', 'createdAt', null, null, null, 'updatedAt'],
  ],
  [
    '问卷星 export: numbered questions with colons',
    ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名：', '2、您的手机号码：', '3、您所在的城市：', '4、您的生日：'],
    [null, 'createdAt', null, 'source', null, null, 'name', 'mobile', 'city', 'birthday'],
  ],
  [
    'Excel import template with * markers, units and notes; 客户名称 alone is the person',
    ['*客户名称', '*手机号码', '性别(男/女)', '出生日期(yyyy-mm-dd)', '消费金额（万元）', '购买次数(次)', '客户等级【A/B/C】', '备注(选填)'],
    ['name', 'mobile', 'gender', 'birthday', 'amount', 'orders', 'tier', 'notes'],
  ],
  [
    'HubSpot contacts export',
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Job Title',
      'Lifecycle Stage', 'Lead Status', 'Contact owner', 'Create Date', 'Last Activity Date', 'City', 'State/Region',
      'Country/Region', 'Postal Code', 'Street Address', 'Website URL', 'Annual Revenue', 'Industry', 'Original Source'],
    ['customerId', 'firstName', 'lastName', 'email', 'phone', 'mobile', 'company', 'title',
      'customerType', 'status', 'owner', 'createdAt', 'lastContact', 'city', 'province',
      'country', 'postcode', 'address', 'website', null, 'industry', 'source'],
  ],
  [
    'The tester\'s HubSpot contacts export with deals: the unsubscription flag is no second e-mail, the contact\'s opt-out',
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Lifecycle Stage', 'Lead Status', 'Last Activity Date', 'Create Date',
      'Company Name', 'Became a Customer Date', 'Recent Deal Close Date', 'Recent Deal Amount', 'Total Revenue', 'Renewal Date', 'Next Activity Date', 'Job Title', 'Unsubscribed from all email'],
    ['customerId', 'firstName', 'lastName', 'email', 'phone', 'owner', 'customerType', 'status', 'lastContact', 'createdAt',
      'company', 'firstPurchase', 'lastPurchase', null, 'amount', 'contractEnd', 'nextFollowUp', 'title', 'emailOptOut'],
  ],
  [
    'The tester\'s bank client list: the risk rating is no value tier, the assets kept (AUM) are what the client is worth',
    ['客户姓名', '手机号码', '风险等级', 'AUM(万元)', '持有产品', '理财到期日', '客户经理', '最近联系日期'],
    ['name', 'mobile', null, 'amount', null, 'contractEnd', 'owner', 'lastContact'],
  ],
  [
    'A bank\'s maturity list: what the client bought is the amount before his AUM; the bank\'s own 客户等级 is the tier',
    ['客户姓名', '证件号码', '手机号码', '客户等级', 'AUM(万元)', '风险等级', '理财产品', '购买金额(万元)', '起息日', '理财到期日', '客户经理', '开户日期', '最近联系日期'],
    ['name', 'idCard', 'mobile', 'tier', null, null, null, 'amount', null, 'contractEnd', 'owner', 'createdAt', 'lastContact'],
  ],
  [
    'Salesforce contacts report',
    ['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Title', 'Account Name', 'Mailing Street', 'Mailing City',
      'Mailing State/Province', 'Mailing Zip/Postal Code', 'Mailing Country', 'Phone', 'Mobile', 'Email', 'Lead Source',
      'Birthdate', 'Contact Owner', 'Created Date', 'Last Modified Date', 'Last Activity'],
    ['customerId', null, 'firstName', 'lastName', 'title', 'company', 'address', 'city',
      'province', 'postcode', 'country', 'phone', 'mobile', 'email', 'source',
      'birthday', 'owner', 'createdAt', 'updatedAt', 'lastContact'],
  ],
  [
    'Salesforce API field names (data loader)',
    ['FirstName', 'LastName', 'Email', 'MobilePhone', 'Phone', 'LeadSource', 'CreatedDate', 'Birthdate'],
    ['firstName', 'lastName', 'email', 'mobile', 'phone', 'source', 'createdAt', 'birthday'],
  ],
  [
    'Zoho CRM contacts export: second phones and e-mails are extra columns of the first',
    ['Contact Owner', 'Lead Source', 'First Name', 'Last Name', 'Account Name', 'Email', 'Title', 'Department', 'Phone',
      'Home Phone', 'Mobile', 'Date of Birth', 'Email Opt Out', 'Created By', 'Created Time', 'Modified Time',
      'Mailing Street', 'Mailing City', 'Mailing State', 'Mailing Zip', 'Description', 'Secondary Email', 'Tag'],
    ['owner', 'source', 'firstName', 'lastName', 'company', 'email', 'title', 'department', 'phone',
      'phone+', 'mobile', 'birthday', 'emailOptOut', null, 'createdAt', 'updatedAt',
      'address', 'city', 'province', 'postcode', 'notes', 'email+', 'tags'],
  ],
  [
    'bilingual template headers',
    ['姓名 Name', '手机 Mobile', '邮箱 E-mail', '公司 Company', '职位 Title', '城市 City', '备注 Notes'],
    ['name', 'mobile', 'email', 'company', 'title', 'city', 'notes'],
  ],
  [
    'B2B sheet: 客户名称 + 联系人, contact details named after the contact',
    ['客户名称', '联系人', '联系人手机', '联系人邮箱', '公司地址', '公司电话', '合同金额', '合同到期日', '客户经理'],
    ['company', 'name', 'mobile', 'email', 'address', 'phone', 'amount', 'contractEnd', 'owner'],
  ],
  [
    'shop member list with two mobiles: the second becomes phone',
    ['姓名', '手机1', '手机2', '微信号', 'QQ', '生日', '会员等级', '累计消费(元)', '最近消费'],
    ['name', 'mobile', 'phone', 'wechat', 'qq', 'birthday', 'tier', 'amount', 'lastPurchase'],
  ],
  [
    'a salon\'s POS member export: 会员卡类型 (金卡, 钻石卡) is its member ladder as 会员等级 is, 会员卡号 stays the member\'s number, 首次购买时间 is the first purchase beside the last',
    ['会员卡号', '会员姓名', '手机号', '会员卡类型', '累计消费', '首次购买时间', '最近购买时间', '所属门店'],
    ['customerId', 'name', 'mobile', 'tier', 'amount', 'firstPurchase', 'lastPurchase', null],
  ],
  [
    'a shop\'s member list: 会员类型 (普通会员, 黄金会员) is the member level; 首次消费 the first purchase, 最近消费 the last',
    ['会员编号', '姓名', '手机', '会员类型', '消费金额', '首次消费', '最近消费'],
    ['customerId', 'name', 'mobile', 'tier', 'amount', 'firstPurchase', 'lastPurchase'],
  ],
  [
    'a 千牛 / 抖店 customer list typed by hand: 首次下单日期 is when he first bought, not a sales ledger\'s 下单日期',
    ['客户姓名', '手机号码', '首次下单日期', '成交金额'],
    ['name', 'mobile', 'firstPurchase', 'amount'],
  ],
  [
    'a gym\'s list with no last-purchase column: 首次购买时间 alone is still the first purchase, not the last',
    ['姓名', '手机', '首次购买时间', '会员类型'],
    ['name', 'mobile', 'firstPurchase', 'tier'],
  ],
  [
    '有赞-like member export',
    ['会员卡号', '姓名', '手机号', '性别', '生日', '会员等级', '累计消费金额', '消费次数', '最近消费时间', '注册时间', '标签'],
    ['customerId', 'name', 'mobile', 'gender', 'birthday', 'tier', 'amount', 'orders', 'lastPurchase', 'createdAt', 'tags'],
  ],
  [
    '有赞\'s own 客户 export: 成为会员时间 is the day he joined (created), 所属导购 the shop assistant who keeps him; the WeChat nickname beside his name, 客单价, 积分, 储值余额 and the store are no field of a customer',
    ['客户姓名', '微信昵称', '手机号', '性别', '生日', '所在地区', '会员等级', '成为会员时间', '最近消费时间', '累计消费金额(元)', '消费次数', '客单价(元)', '积分', '储值余额(元)', '标签', '所属导购', '归属门店', '来源渠道'],
    ['name', null, 'mobile', 'gender', 'birthday', 'province', 'tier', 'createdAt', 'lastPurchase', 'amount', 'orders', null, null, null, 'tags', 'owner', null, 'source'],
  ],
  [
    '有赞 and 微店 spell the join day and the count otherwise: 成为会员日期, 加入会员时间, 会员注册时间; 累计消费笔数',
    ['会员姓名', '手机号', '成为会员日期', '累计消费笔数', '最近下单时间'],
    ['name', 'mobile', 'createdAt', 'orders', 'lastPurchase'],
  ],
  [
    '微店\'s 客户 export: 客户昵称 is the buyer, 累计订单数 his orders, 首次下单时间 his first purchase',
    ['客户昵称', '手机号', '累计消费(元)', '累计订单数', '最近下单时间', '首次下单时间', '客户标签', '会员等级', '加入会员时间', '收货地址'],
    ['name', 'mobile', 'amount', 'orders', 'lastPurchase', 'firstPurchase', 'tags', 'tier', 'createdAt', 'address'],
  ],
  [
    'Shopify\'s customers export: the default address\'s parts, Total Spent and Total Orders; its own Phone the customer\'s, the address\'s a second one; its marketing consents and Tax Exempt stay unread',
    ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Company', 'Default Address Address1', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Accepts SMS Marketing', 'Total Spent', 'Total Orders', 'Note', 'Tax Exempt', 'Tags'],
    ['customerId', 'firstName', 'lastName', 'email', null, 'company', 'address', 'city', 'province', 'country', 'postcode', 'phone+', 'phone', null, 'amount', 'orders', 'notes', null, 'tags'],
  ],
  [
    'English headers with typos',
    ['Name', 'Emial', 'Adress', 'Phnoe', 'Compnay', 'Notes'],
    ['name', 'email', 'address', 'phone', 'company', 'notes'],
  ],
  [
    '客户名称 with a company column is the person',
    ['客户名称', '公司', '手机'],
    ['name', 'company', 'mobile'],
  ],
  [
    'Name + Company: Name is the person',
    ['Name', 'Company', 'Phone', 'Email'],
    ['name', 'company', 'phone', 'email'],
  ],
  [
    'English B2B: Customer Name beside Contact Name is the company',
    ['Customer Name', 'Contact Name', 'Phone', 'Industry'],
    ['company', 'name', 'phone', 'industry'],
  ],
  [
    'B2B with first/last name as the person columns',
    ['Client Name', 'First Name', 'Last Name', 'Email'],
    ['company', 'firstName', 'lastName', 'email'],
  ],
  [
    'Google Contacts CSV export: numbered things with their parts; the organisation is the company',
    ['Name', 'Given Name', 'Additional Name', 'Family Name', 'Birthday', 'Notes', 'E-mail 1 - Type', 'E-mail 1 - Value',
      'Phone 1 - Type', 'Phone 1 - Value', 'Address 1 - Formatted', 'Address 1 - City', 'Address 1 - Postal Code',
      'Organization 1 - Name', 'Organization 1 - Title', 'Website 1 - Value'],
    ['name', 'firstName', 'middleName', 'lastName', 'birthday', 'notes', null, 'email',
      null, 'phone', 'address', 'city', 'postcode',
      'company', 'title', 'website'],
  ],
  [
    'Outlook CSV export: the middle name is its own part, not the name; the second e-mail is no postal address',
    ['First Name', 'Middle Name', 'Last Name', 'E-mail Address', 'E-mail 2 Address', 'Mobile Phone', 'Home Phone',
      'Business Phone', 'Company', 'Business Street', 'Business City', 'Business Postal Code', 'Birthday'],
    ['firstName', 'middleName', 'lastName', 'email', 'email+', 'mobile', 'phone',
      'phone+', 'company', 'address', 'city', 'postcode', 'birthday'],
  ],
  [
    'HubSpot contacts export',
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Mobile Phone Number', 'Company Name', 'Contact owner',
      'Last Activity Date', 'Next Activity Date', 'Street Address', 'City'],
    ['customerId', 'firstName', 'lastName', 'email', 'mobile', 'company', 'owner',
      'lastContact', 'nextFollowUp', 'address', 'city'],
  ],
  [
    'Zoho CRM contacts export: the mailing address, not the "other" one; the assistant\'s phone is not the customer\'s',
    ['Record Id', 'Contact Owner', 'First Name', 'Last Name', 'Account Name', 'Email', 'Phone', 'Other Phone', 'Mobile',
      'Asst Phone', 'Date of Birth', 'Mailing Street', 'Other Street', 'Mailing City', 'Other City', 'Mailing Zip', 'Other Zip',
      'Secondary Email', 'Product Name'],
    ['customerId', 'owner', 'firstName', 'lastName', 'company', 'email', 'phone', 'phone+', 'mobile',
      null, 'birthday', 'address', null, 'city', null, 'postcode', null,
      'email+', null],
  ],
  [
    '企业微信 customer export: 添加人 is the staff member who owns the contact, 添加时间 when it was added',
    ['客户名称', '客户类型', '添加人', '添加时间', '备注', '标签', '企业名称', '手机号', '性别', '来源'],
    ['name', 'customerType', 'owner', 'createdAt', 'notes', 'tags', 'company', 'mobile', 'gender', 'source'],
  ],
  [
    '销售易 contacts export: 客户名称 beside 姓名 is the company, 所有人 the owner',
    ['姓名', '手机', '电话', '邮箱', '职务', '客户名称', '所有人', '创建日期', '最新活动记录时间'],
    ['name', 'mobile', 'phone', 'email', 'title', 'company', 'owner', 'createdAt', 'lastContact'],
  ],
  [
    'A membership sheet: the store that issued the card is not the member\'s company; opening the card is joining',
    ['会员卡号', '会员姓名', '手机号码', '出生日期', '开卡门店', '开卡日期', '会员等级', '储值余额', '累计消费', '最近到店'],
    ['customerId', 'name', 'mobile', 'birthday', null, 'createdAt', 'tier', null, 'amount', 'lastContact'],
  ],
  [
    'An insurance agent\'s sheet: the policyholder is the customer, the policy number makes it a policy list, the policy\'s end is the renewal reminder\'s contract end',
    ['投保人', '被保险人', '证件号码', '联系方式', '保单号', '险种', '保费', '生效日期', '满期日', '业务员'],
    ['name', null, 'idCard', 'mobile', 'orderId', 'product', 'amount', 'contractStart', 'contractEnd', 'owner'],
  ],
  [
    'An insurance agent\'s renewal list: the policyholder is the customer; the insured\'s phone and birthday are another person\'s',
    ['保单号', '投保人', '投保人电话', '被保人', '被保人电话', '被保人出生日期', '险种名称', '保费', '生效日期', '交费日期', '保险止期', '业务员', '状态'],
    ['orderId', 'name', 'phone', null, null, null, 'product', 'amount', 'contractStart', 'contractEnd', 'contractEnd+', 'owner', 'status'],
  ],
  [
    'A renewal list with the policy\'s end left of the premium due: the premium falling due is still the one to remind',
    ['投保人', '手机', '险种', '保险止期', '续期缴费日', '业务员'],
    ['name', 'mobile', 'product', 'contractEnd+', 'contractEnd', 'owner'],
  ],
  [
    'A gym\'s members: the day a fee was paid (no policy in the sheet) never takes the membership\'s end',
    ['姓名', '手机', '缴费日期', '到期日期', '教练'],
    ['name', 'mobile', null, 'contractEnd', 'owner'],
  ],
  [
    'An agent\'s policy ledger: the policyholder\'s own birthday, not the insured\'s; 缴费日 the premium due before the policy\'s end',
    ['保单号', '投保人', '投保人手机', '投保人生日', '被保险人', '与投保人关系', '被保险人生日', '险种', '年缴保费', '生效日期', '缴费日', '保单到期日', '代理人', '备注'],
    ['orderId', 'name', 'mobile', 'birthday', null, null, null, 'product', 'amount', 'contractStart', 'contractEnd', 'contractEnd+', 'owner', 'notes'],
  ],
  [
    'A US agency\'s book of business: the Policyholder is the customer, whatever column comes first; the insured child\'s DOB is not his',
    ['Policy Number', 'Insured Name', 'Insured DOB', 'Policyholder', 'Policyholder Phone', 'Policyholder Email', 'Line of Business', 'Premium', 'Effective Date', 'Expiration Date', 'Agent'],
    ['orderId', null, null, 'name', 'phone', 'email', null, 'amount', 'contractStart', 'contractEnd', 'owner'],
  ],
  [
    'The tester\'s dental clinic visit log: each visit a contact, its treatment the product, the recall the next follow-up; the 咨询师 holds the patient, the 主治医生 treats him',
    ['病历号', '患者姓名', '性别', '出生日期', '联系电话', '就诊日期', '治疗项目', '消费金额', '主治医生', '复诊日期', '咨询师', '备注'],
    ['customerId', 'name', 'gender', 'birthday', 'phone', 'lastContact', 'product', 'amount', 'carer', 'nextFollowUp', 'owner', 'notes'],
  ],
  [
    'The tester\'s garage service log: the car came in (a contact), the next service is the follow-up, the insurance the contract',
    ['车主姓名', '联系电话', '车牌号', '车型', '进厂日期', '保养日期', '当前里程', '保养项目', '工时费', '配件费', '合计', '下次保养日期', '下次保养里程', '服务顾问', '保险到期', '备注'],
    ['name', 'phone', 'plate', null, 'lastContact', null, null, 'product', null, null, null, 'nextFollowUp', null, 'owner', 'contractEnd', 'notes'],
  ],
  [
    'The tester\'s travel departure list: the tour is the product; the passport\'s expiry a due of its own, the departure a day booked (tester h72 #12); the 团费 is what the traveller pays (h72 #2)',
    ['序号', '姓名', '性别', '出生日期', '手机号', '护照号', '护照有效期', '线路', '出行日期', '返程日期', '团费', '销售', '备注'],
    [null, 'name', 'gender', 'birthday', 'mobile', 'idCard', 'contractEnd', 'product', 'appointment', null, 'amount', 'owner', 'notes'],
  ],
  [
    'A car dealer\'s (4S) sheet: the car owner is the customer, the insurance renewal is the contract end, the car\'s purchase is his first (and only)',
    ['车主', '联系电话', '车牌号', '车型', '购车日期', '交强险到期', '年检到期', '销售顾问', '备注'],
    ['name', 'phone', 'plate', null, 'firstPurchase', 'contractEnd', 'contractEnd+', 'owner', 'notes'],
  ],
  [
    'A car insurance agent\'s sheet, one row per vehicle: the VIN and the plate say which car',
    ['姓名', '手机', '车架号', '车牌号', '车型', '保险到期', '业务员'],
    ['name', 'mobile', 'vin', 'plate', null, 'contractEnd', 'owner'],
  ],
  [
    'A US dealership\'s service list: the VIN and the licence plate say which car',
    ['Customer Name', 'Mobile', 'VIN', 'License Plate', 'Model', 'Insurance Expiry', 'Salesperson'],
    ['name', 'mobile', 'vin', 'plate', null, 'contractEnd', 'owner'],
  ],
  [
    'A US insurance agency export: the policyholder is the customer, the producer holds him',
    ['Policyholder', 'Phone', 'Email', 'Policy Number', 'Effective Date', 'Expiration Date', 'Premium', 'Producer'],
    ['name', 'phone', 'email', 'orderId', 'contractStart', 'contractEnd', 'amount', 'owner'],
  ],
  [
    'A beauty salon\'s members: the beautician keeps the customer; 手机号码/微信 is the mobile',
    ['会员姓名', '手机号码/微信', '生日', '农历生日', '开卡日期', '累计消费', '最近到店', '美容师', '备注'],
    ['name', 'mobile', 'birthday', 'lunarBirthday', 'createdAt', 'amount', 'lastContact', 'owner', 'notes'],
  ],
  [
    'A B2B ledger with amounts in 万元 and the day the deal was signed',
    ['客户名称', '联系人', '联系电话', '签单日期', '合同额（万元）', '所属销售'],
    ['company', 'name', 'phone', 'contractStart', 'amount', 'owner'],
  ],
  [
    'A manufacturer\'s dealer sheet: the target and the debt are no spending, the payments are',
    ['经销商名称', '联系人', '电话', '地区', '任务金额（万）', '回款金额（万）', '欠款金额（万）', '合同到期', '业务员', '备注'],
    ['company', 'name', 'phone', 'province', null, 'amount', null, 'contractEnd', 'owner', 'notes'],
  ],
  [
    'A dealer sheet with what was paid and what is owed: the payments are the amount',
    ['经销商名称', '联系人', '电话', '已回款金额', '欠款金额', '合同到期', '业务员'],
    ['company', 'name', 'phone', 'amount', null, 'contractEnd', 'owner'],
  ],
  [
    'A US account list: the quota and the past-due debt are no spending, the payments received are',
    ['Account', 'Contact', 'Phone', 'Email', 'State', 'Annual Quota', 'Payments Received', 'Past Due Amount', 'Contract End', 'Sales Rep', 'Notes'],
    ['company', 'name', 'phone', 'email', 'province', null, 'amount', null, 'contractEnd', 'owner', 'notes'],
  ],
  [
    'A beauty salon\'s cards: what is left on the card is no spending',
    ['会员卡号', '姓名', '手机', '卡类型', '卡内金额', '办卡日期', '会员卡到期', '最近到店', '美容师'],
    ['customerId', 'name', 'mobile', null, null, 'createdAt', 'contractEnd', 'lastContact', 'owner'],
  ],
  [
    'A wedding planner\'s clients: the balance due is what the couple owes; the wedding is the couple\'s booked day; the package\'s price is what they pay, the deposit part of it',
    ['Client', 'Partner Name', 'Phone', 'Email', 'Wedding Date', 'Venue', 'Package', 'Package Price', 'Deposit Paid', 'Balance Due', 'Booked On', 'Next Follow-up', 'Status', 'Notes'],
    ['name', null, 'phone', 'email', 'appointment', null, null, 'amount', null, null, null, 'nextFollowUp', 'status', 'notes'],
  ],
  [
    'A gym\'s members: the personal trainer holds the member, his phone is not the member\'s',
    ['会员卡号', '姓名', '手机号', '性别', '卡类型', '储值余额', '累计消费', '办卡日期', '到期日期', '最近到店', '生日', '私教', '教练电话', '备注'],
    ['customerId', 'name', 'mobile', 'gender', null, null, 'amount', 'createdAt', 'contractEnd', 'lastContact', 'birthday', 'owner', null, 'notes'],
  ],
  [
    'A cosmetics chain\'s member list: the shop assistant (专属导购) holds the member, her phone is not the member\'s; the shops are left as they are',
    ['会员卡号', '姓名', '性别', '手机号', '生日', '会员等级', '当前积分', '累计消费金额', '消费次数', '最近消费日期', '注册日期', '注册门店', '所属门店', '专属导购', '导购电话', '城市', '是否VIP', '会员状态', '标签', '备注'],
    ['customerId', 'name', 'gender', 'mobile', 'birthday', 'tier', null, 'amount', 'orders', 'lastPurchase', 'createdAt', null, null, 'owner', null, 'city', 'vip', 'status', 'tags', 'notes'],
  ],
  [
    'A clothing shop\'s members, the assistant named 导购: she is the member\'s owner',
    ['会员姓名', '手机', '导购'],
    ['name', 'mobile', 'owner'],
  ],
  [
    'A clothing shop\'s members, the assistant named 所属导购',
    ['会员姓名', '手机', '所属导购', '最近到店'],
    ['name', 'mobile', 'owner', 'lastContact'],
  ],
  [
    'A clothing shop\'s members, the assistant named 服务导购',
    ['会员姓名', '手机', '服务导购'],
    ['name', 'mobile', 'owner'],
  ],
  [
    'A US gym\'s members: joining is when he became a customer, the coach holds him',
    ['Member Name', 'Mobile', 'Join Date', 'Coach', 'Coach Phone', 'Membership Expiry'],
    ['name', 'mobile', 'createdAt', 'owner', null, 'contractEnd'],
  ],
  [
    'A training school\'s students: the student is the customer, the parent his contact (whose phone reaches him); 课时余额 the lessons left',
    ['学员姓名', '家长姓名', '家长电话', '年级', '课时余额', '报名日期', '课程到期', '顾问', '备注'],
    ['name', 'guardian', 'phone', null, 'remaining', 'createdAt', 'contractEnd', 'owner', 'notes'],
  ],
  [
    'A children\'s English school: 学员 is the customer, 家长 and 英文名 are not his name',
    ['学员', '英文名', '性别', '出生日期', '家长', '联系电话', '班级', '课时余额', '报名日期', '到期日期', '课程顾问'],
    ['name', null, 'gender', 'birthday', 'guardian', 'phone', null, 'remaining', 'createdAt', 'contractEnd', 'owner'],
  ],
  [
    'A school sheet naming the child as 孩子 beside a parent column: the child is the customer, his birthday the one to remind',
    ['家长姓名', '家长电话', '孩子姓名', '孩子生日', '报名日期'],
    ['guardian', 'phone', 'name', 'birthday', 'createdAt'],
  ],
  [
    'A school sheet with only the parent\'s name: no name (the customer is the child, and two children of one parent are two customers)',
    ['家长姓名', '联系电话', '年级', '报名日期'],
    ['guardian', 'phone', null, 'createdAt'],
  ],
  [
    'A school roster whose first column is 联系人 (the parent the school calls): the student is the customer, the 联系人 his contact (the parent to call), no name of his',
    ['联系人', '学员姓名', '联系电话', '报读课程', '课程到期', '课程顾问', '状态'],
    ['guardian', 'name', 'phone', null, 'contractEnd', 'owner', 'status'],
  ],
  [
    'A school roster naming the child as 孩子 beside a 联系人 and no 家长 column: the child is the customer, his birthday the one to remind',
    ['联系人', '孩子姓名', '孩子生日', '联系电话', '班级'],
    ['guardian', 'name', 'birthday', 'phone', null],
  ],
  [
    'A school roster of 学生姓名 after 联系人 and 联系人电话: the parent\'s phone still reaches the student',
    ['联系人', '联系人电话', '学生姓名', '学费'],
    ['guardian', 'phone', 'name', 'amount'],
  ],
  [
    'An English tutoring roster: Contact Name is the parent, Student Name the customer',
    ['Contact Name', 'Student Name', 'Phone', 'Class'],
    ['guardian', 'name', 'phone', null],
  ],
  [
    'A sheet naming its customer (客户姓名) beside a 联系人 and a child: the child and the 联系人 stay another\'s, as before',
    ['客户姓名', '联系人', '孩子姓名', '孩子生日', '电话'],
    ['name', null, null, null, 'phone'],
  ],
  [
    'A contact list with 联系人 and no student: 联系人 is the customer\'s name',
    ['联系人', '电话', '公司'],
    ['name', 'phone', 'company'],
  ],
  [
    'A training school\'s roster: 累计缴费 is what the family paid, 最近上课 the last time the student came, 学管师 who keeps the family, 结课日期 when the package runs out; 剩余课时 is the lessons left, no spending',
    ['学员姓名', '家长电话', '学管师', '报名日期', '结课日期', '剩余课时', '累计缴费', '最近上课', '授课老师', '状态'],
    ['name', 'phone', 'owner', 'createdAt', 'contractEnd', 'remaining', 'amount', 'lastContact', 'carer', 'status'],
  ],
  [
    'A school roster with 上次上课, 顾问老师 and 截止时间',
    ['学生姓名', '联系电话', '顾问老师', '截止时间', '上次上课'],
    ['name', 'phone', 'owner', 'contractEnd', 'lastContact'],
  ],
  [
    'A salon\'s card sheet: 累计消费 is what she spent, 累计充值 (what she put on her card) only where nothing says what she spent; 卡内余额 is neither',
    ['顾客姓名', '手机', '开卡日期', '卡内余额', '累计充值', '累计消费', '上次到店', '美容师', '状态'],
    ['name', 'mobile', 'createdAt', null, null, 'amount', 'lastContact', 'owner', 'status'],
  ],
  [
    'A salon\'s member list without a spending column: 充值总额 is what she paid; 余额 stays unread; 最后到店 her last visit',
    ['会员姓名', '手机号', '充值总额', '余额', '最后到店', '美容顾问'],
    ['name', 'mobile', 'amount', null, 'lastContact', 'owner'],
  ],
  [
    'A gym\'s check-in sheet: 最近签到 is the last visit; 累计充值 what the member paid',
    ['会员姓名', '手机', '累计充值', '最近签到', '教练'],
    ['name', 'mobile', 'amount', 'lastContact', 'owner'],
  ],
  [
    'An English tutoring roster: Last Class is the last time the student came',
    ['Student Name', 'Phone', 'Last Class', 'Account Manager'],
    ['name', 'phone', 'lastContact', 'owner'],
  ],
  [
    'A salon\'s member sheet with the beautician before the consultant: the 美容顾问 who sells the cards holds the client, the 美容师 who does the treatments is her carer',
    ['会员姓名', '手机号', '美容师', '美容顾问', '会员卡到期'],
    ['name', 'mobile', 'carer', 'owner', 'contractEnd'],
  ],
  [
    'A salon\'s card sheet with only the beautician: she holds the client',
    ['顾客姓名', '手机', '美容师', '到期'],
    ['name', 'mobile', 'owner', 'contractEnd'],
  ],
  [
    'A mother-and-baby shop: the member is the customer, her own birthday taken before the baby\'s',
    ['会员姓名', '手机', '宝宝生日', '生日'],
    ['name', 'mobile', null, 'birthday'],
  ],
  [
    'A mother-and-baby shop keeping only the baby\'s birthday: the baby\'s (its child\'s birthday, child-columns.test.ts), never the member\'s',
    ['会员姓名', '手机', '宝宝生日', '备注'],
    ['name', 'mobile', null, 'notes'],
  ],
  [
    'A 月子中心: the mother is the customer; her own 宝妈生日 is her birthday though 宝宝生日 comes first, and the baby\'s sex is not hers; her stay (入住日期) is her purchase, her 预产期 the day she is expected',
    ['宝妈姓名', '联系电话', '宝爸电话', '预产期', '宝宝生日', '宝宝性别', '入住日期', '离所日期', '套餐', '套餐金额', '顾问', '宝妈生日', '状态', '备注'],
    ['name', 'phone', 'phone+', 'appointment', null, null, 'lastPurchase', null, null, 'amount', 'owner', 'birthday', 'status', 'notes'],
  ],
  [
    'A 月子中心 whose mother\'s birthday is 妈妈生日 (hers, no relative\'s, in a sheet of babies) or 产妇生日',
    ['姓名', '手机', '宝宝生日', '新生儿性别', '妈妈生日'],
    ['name', 'mobile', null, null, 'birthday'],
  ],
  [
    'A mother-and-baby shop keeping the baby\'s birthday and sex: both the baby\'s, neither the member\'s',
    ['会员姓名', '手机', '宝宝生日', '宝宝性别'],
    ['name', 'mobile', null, null],
  ],
  [
    'An early-education centre naming only the baby: the baby is the customer, its birthday and sex are his, the mother\'s phone reaches him',
    ['宝宝姓名', '宝宝生日', '宝宝性别', '妈妈电话'],
    ['name', 'birthday', 'gender', 'phone'],
  ],
  [
    'A school sheet without babies: 妈妈生日 stays the mother\'s, no student\'s',
    ['学生姓名', '妈妈生日', '电话'],
    ['name', null, 'phone'],
  ],
  [
    'A wedding planner\'s clients: the partner\'s name and birthday are not the client\'s',
    ['Client', 'Partner Name', 'Partner Birthday', 'Phone', 'Email', 'Wedding Date', 'Next Follow-up'],
    ['name', null, null, 'phone', 'email', 'appointment', 'nextFollowUp'],
  ],
  [
    'An estate agency\'s buyers: where and how large he would like to buy is no fact about him; the agent holds him; his last viewing (带看日期) is his last contact',
    ['登记日期', '客户', '电话', '意向区域', '预算（万）', '意向面积', '户型', '带看日期', '下次回访', '经纪人', '状态', '备注'],
    ['createdAt', 'name', 'phone', null, null, null, null, 'lastContact', 'nextFollowUp', 'owner', 'status', 'notes'],
  ],
  [
    'A landlord\'s rent ledger: the tenant is the customer, his lease starts and ends, his 管家 looks after him',
    ['租客', '电话', '身份证号', '房号', '租期开始', '租期结束', '月租金', '押金', '缴费日', '管家', '备注'],
    ['name', 'phone', 'idCard', null, 'contractStart', 'contractEnd', null, null, null, 'owner', 'notes'],
  ],
  [
    'A B&B\'s guests: the guest is the customer, his nationality no ID number, his stay (Check-in) a purchase',
    ['Guest Name', 'Email', 'Phone', 'Nationality', 'Check-in', 'Check-out', 'Room', 'Total Spent', 'Booked Via', 'Notes'],
    ['name', 'email', 'phone', null, 'lastPurchase', null, null, 'amount', null, 'notes'],
  ],
  [
    'A hotel\'s guest register: 客人 is the customer, 国籍 no field, his stay (入住日期) a purchase',
    ['客人', '性别', '证件类型', '证件号', '国籍', '手机', '入住日期', '离店日期', '房型', '消费金额', '来源', '备注'],
    ['name', 'gender', null, 'idCard', null, 'mobile', 'lastPurchase', null, null, 'amount', 'source', 'notes'],
  ],
  [
    'A travel agency\'s travellers: a passport or a visa running out is a due of its own (reminded as the document, no contract), the group\'s departure a day booked',
    ['姓名', '手机', '护照号', '护照有效期', '签证到期', '出团日期', '线路', '团费', '销售', '备注'],
    ['name', 'mobile', 'idCard', 'contractEnd', 'contractEnd+', 'appointment', 'product', 'amount', 'owner', 'notes'],
  ],
  [
    'A fair\'s business cards: who typed the card in follows the lead up',
    ['公司', '姓名', '职位', '手机', '电话', '邮箱', '展会', '意向', '录入人', '录入日期', '下次跟进', '备注'],
    ['company', 'name', 'title', 'mobile', 'phone', 'email', null, null, 'owner', 'createdAt', 'nextFollowUp', 'notes'],
  ],
  [
    'Who typed the customer in gives way to who holds him',
    ['姓名', '手机', '录入人', '负责人'],
    ['name', 'mobile', null, 'owner'],
  ],
  [
    'A private-traffic (企业微信) sheet: the last chat is the last contact; with no other name column, the WeChat nickname names the customer',
    ['微信昵称', '微信号', '备注名', '手机', '标签', '添加时间', '最后聊天时间', '消费总额', '备注'],
    ['name', 'wechat', null, 'mobile', 'tags', 'createdAt', 'lastContact', 'amount', 'notes'],
  ],
  [
    'A pet shop\'s members: the owner is the customer, his pet\'s birthday is not his, its vaccine falls due as a contract ends',
    ['主人姓名', '手机', '宠物名', '品种', '宠物生日', '疫苗到期', '下次驱虫', '会员余额', '最近消费', '消费金额', '备注'],
    ['name', 'mobile', 'petName', null, null, 'contractEnd', null, null, 'lastPurchase', 'amount', 'notes'],
  ],
  [
    'A vet\'s clients: Owner Name is the customer where the sheet keeps pets, the vaccination falling due a due (as 疫苗到期)',
    ['Owner Name', 'Phone', 'Email', 'Pet Name', 'Species', 'Breed', 'Pet DOB', 'Vaccination Due', 'Last Visit', 'Total Spent', 'Notes'],
    ['name', 'phone', 'email', 'petName', null, null, null, 'contractEnd', 'lastContact', 'amount', 'notes'],
  ],
  [
    'A pet sheet naming the owner 宠主, his phone 主人电话',
    ['宠物', '宠主', '主人电话', '狗狗生日'],
    ['petName', 'name', 'phone', null],
  ],
  [
    'A CRM export without pets: Owner Name is the sales rep',
    ['Contact Name', 'Email', 'Owner Name', 'Owner Phone'],
    ['name', 'email', 'owner', null],
  ],
  [
    'A manufacturer\'s key accounts: 客户编码 is the customer number, 年度采购额 what he is worth',
    ['客户编码', '公司名称', '税号', '开户行及账号', '联系人', '手机', '座机', '邮箱', '账期到期日', '信用额度', '年度采购额', '最近下单', '销售'],
    ['customerId', 'company', 'uscc', null, 'name', 'mobile', 'phone', 'email', 'contractEnd', null, 'amount', 'lastPurchase', 'owner'],
  ],
  [
    'A distributor\'s dealer file (经销商档案): 本年进货额 is what the dealer bought from us this year, the spending its tiers read; credit line, terms and receivables are not',
    ['客户编码', '经销商名称', '联系人', '手机', '省', '市', '区/县', '详细地址', '信用额度', '账期', '应收账款', '本年进货额', '业务员', '合作开始日期', '合同到期日', '状态'],
    ['customerId', 'company', 'name', 'mobile', 'province', 'city', 'district', 'address', null, null, null, 'amount', 'owner', null, 'contractEnd', 'status'],
  ],
  [
    'A brewery\'s dealer list: 累计提货额 (what the dealer has drawn from the depot) is his spending',
    ['经销商', '负责人', '电话', '累计提货额', '最近提货'],
    ['company', 'owner', 'phone', 'amount', 'lastPurchase'],
  ],
  [
    'A key-account list naming its contact 对接人: he is the person, 客户名称 his company',
    ['客户名称', '对接人', '职务', '联系电话', '邮箱'],
    ['company', 'name', 'title', 'phone', 'email'],
  ],
  [
    'A trade-show lead list (badge or card scanner): Date Scanned is the day the lead was met, his record\'s first day; the show itself is no field',
    ['Lead #', 'Name', 'Title', 'Company', 'Phone / Email', 'Phone', 'WeChat ID', 'Show', 'Date Scanned', 'Owner', 'Follow-up Date', 'Notes'],
    [null, 'name', 'title', 'company', 'phone+', 'phone', 'wechat', null, 'createdAt', 'owner', 'nextFollowUp', 'notes'],
  ],
  [
    '展会名片录入: 扫描日期 / 收集日期, the day the card was taken, is the record\'s first day',
    ['姓名', '公司', '联系方式', '展会', '名片收集日期', '跟进人'],
    ['name', 'company', 'mobile', null, 'createdAt', 'owner'],
  ],
  [
    'A SaaS subscription export: the CSM holds the account, MRR is its worth, Last Login its last activity, Churned At the day it left',
    ['Account', 'Account ID', 'Plan', 'MRR', 'ARR', 'Seats', 'Renewal Date', 'Churned At', 'CSM', 'Primary Contact', 'Contact Email', 'Phone', 'Signup Date', 'Last Login', 'Health Score'],
    ['company', 'customerId', null, 'amount', null, null, 'contractEnd', 'endedAt', 'owner', 'name', 'email', 'phone', 'createdAt', 'lastContact', null],
  ],
  [
    'A law firm\'s clients: 委托人 is the client, 承办律师 who holds him, 代理费 the fee he paid',
    ['委托人', '委托日期', '合同编号', '案件类型', '服务到期', '年审日期', '联系人', '联系电话', '承办律师', '代理费'],
    ['name', null, 'orderId', null, 'contractEnd', null, null, 'phone', 'owner', 'amount'],
  ],
  [
    'A florist\'s order book: who orders is the customer, the recipient\'s name, phone and delivery address another person\'s',
    ['日期', '订购人', '订购人电话', '收花人', '收花人电话', '配送地址', '配送日期', '花束', '金额', '纪念日', '贺卡内容', '接单'],
    [null, 'name', 'phone', null, null, null, null, null, 'amount', null, null, null],
  ],
  [
    'A delivery address with no recipient named is the customer\'s own (a water station\'s 送货地址)',
    ['客户', '电话', '送货地址', '桶数'],
    ['name', 'phone', 'address', null],
  ],
  [
    'A shop\'s order export naming the buyer and the recipient: the recipient\'s columns are not the buyer\'s, in any order',
    ['收货人', '收货人手机', '收货人地址', '下单人', '下单人手机', '订单号'],
    [null, null, null, 'name', 'mobile', 'orderId'],
  ],
  [
    'The tester\'s 淘宝 ExportOrderList: the buyer\'s account is his number, the payment his purchase, the shop the seller\'s own',
    ['订单编号', '买家会员名', '买家应付货款', '买家实际支付金额', '订单状态', '收货人姓名', '收货地址 ', '联系手机', '订单创建时间', '订单付款时间 ', '宝贝标题 ', '宝贝种类', '商品数量', '店铺名称', '买家留言', '卖家备注'],
    ['orderId', 'customerId', null, 'amount', 'status', 'name', 'address', 'mobile', 'createdAt', 'lastPurchase', 'product', null, 'quantity', null, 'notes', null],
  ],
  [
    'A 抖店 export: the order\'s submission is its purchase date when no payment time is given; the order is its 主订单编号, not a line\'s 子订单编号',
    ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单应付金额', '收件人', '收件人手机号', '省', '市', '区', '详细地址', '订单提交时间', '订单状态', '达人昵称'],
    ['orderId', null, 'product', 'quantity', 'amount', 'name', 'mobile', 'province', 'city', 'district', 'address', 'lastPurchase', 'status', null],
  ],
  [
    'An order list\'s buyer sign-up date stays his own, not a purchase',
    ['订单号', '客户', '手机', '注册时间', '金额'],
    ['orderId', 'name', 'mobile', 'createdAt', 'amount'],
  ],
  [
    'A 淘宝 export whose only name column is 收货人: the buyer is who receives',
    ['订单编号', '收货人姓名', '联系手机', '收货地址'],
    ['orderId', 'name', 'mobile', 'address'],
  ],
  [
    'A pharmaceutical rep\'s 拜访记录: the doctor he visits is the customer, 代表 the rep, 下次拜访 the next follow-up',
    ['医院', '科室', '医生', '职称', '手机', '拜访日期', '下次拜访', '代表', '生日'],
    [null, null, 'name', 'title', 'mobile', 'lastContact', 'nextFollowUp', 'owner', 'birthday'],
  ],
  [
    'A clinic\'s sheet: the patient is the name, the 医生 who treats him no name but a carer (and 主治医生 his owner)',
    ['病历号', '医生', '患者姓名', '联系电话', '主治医生'],
    ['customerId', 'carer', 'name', 'phone', 'owner'],
  ],
  [
    'A dental clinic\'s 患者档案 (tester h66): the 医生 beside the 患者姓名 holds the patient, the owner',
    ['患者姓名', '性别', '出生日期', '电话', '初诊日期', '上次就诊', '复诊日期', '治疗项目', '医生', '欠费'],
    ['name', 'gender', 'birthday', 'phone', 'createdAt', 'lastContact', 'nextFollowUp', 'product', 'owner', null],
  ],
  [
    'A kids\' dentist\'s list: its 牙医 holds the patient',
    ['患者姓名', '家长手机', '牙医', '复诊日期'],
    ['name', 'mobile', 'owner', 'nextFollowUp'],
  ],
  [
    'A clinic\'s 责任医生 and 主诊医生 hold the patient too',
    ['姓名', '手机', '责任医生'],
    ['name', 'mobile', 'owner'],
  ],
  [
    'A hospital\'s staff list: 医生 is the person listed, no one\'s owner',
    ['科室', '医生', '职称', '手机'],
    [null, 'name', 'title', 'mobile'],
  ],
  [
    'A clinic with a sales rep: the 客户经理 holds the patient, the 医生 who treats him is his carer',
    ['患者姓名', '手机', '医生', '客户经理'],
    ['name', 'mobile', 'carer', 'owner'],
  ],
  [
    'A US dental practice\'s patient list: the Dentist holds the patient',
    ['Patient Name', 'Phone', 'Date of Birth', 'Last Visit', 'Dentist'],
    ['name', 'phone', 'birthday', 'lastContact', 'owner'],
  ],
  [
    'A GP practice\'s list: the Doctor or Physician holds the patient',
    ['Patient', 'Mobile', 'Physician'],
    ['name', 'mobile', 'owner'],
  ],
  [
    'A headhunter\'s 候选人 list: the candidate is the person, 客户公司 the client, 顾问 the owner',
    ['候选人', '手机', '邮箱', '当前公司', '客户公司', '保证期到期', '顾问', '出生日期'],
    ['name', 'mobile', 'email', null, 'company', 'contractEnd', 'owner', 'birthday'],
  ],
  [
    'A training school\'s 学员编号 or 学号 is the customer number',
    ['学号', '学员姓名', '家长电话', '业务代表'],
    ['customerId', 'name', 'phone', 'owner'],
  ],
  [
    'A B2B sheet\'s 法人代表 is the customer company\'s own, no rep of ours; its 代表电话 is no customer\'s phone',
    ['学员编号', '企业名称', '法人代表', '联系人', '医药代表', '代表电话'],
    ['customerId', 'company', null, 'name', 'owner', null],
  ],
  [
    'A shop sheet: the store is the company, its number is not',
    ['门店名称', '门店编号', '联系人', '手机', '地址'],
    ['company', null, 'name', 'mobile', 'address'],
  ],
];

describe('mapHeaders on real-looking header rows', () => {
  it.each(SHEETS)('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});

describe('mapHeaders on a sheet an earlier run cleaned', () => {
  it('maps none of the columns the run added (from its issues column on), and the user\'s own of the same name', () => {
    expect(fieldsOf(['姓名', '客户类型', 'VIP', '整理问题', '重复组', '客户类型（计算）', '价值等级', 'VIP（计算）', '分类依据'])).toEqual([
      'name', 'customerType', 'vip', null, null, null, null, null, null,
    ]);
    expect(fieldsOf(['Name', 'Sheet Keeper issues', 'Value tier', 'VIP'])).toEqual(['name', null, null, null]);
  });

  it('maps a column the user typed among or right of the run\'s columns like any of his (下次跟进 after 分类依据)', () => {
    expect(fieldsOf(['姓名', '手机', '整理问题', '重复组', '重复依据', '客户类型', '分类依据', '下次跟进'])).toEqual([
      'name', 'mobile', null, null, null, null, null, 'nextFollowUp',
    ]);
    expect(fieldsOf(['Name', 'Sheet Keeper issues', 'Email', 'Duplicate group', 'Why duplicates', 'VIP', 'Why this class'])).toEqual([
      'name', null, 'email', null, null, null, null,
    ]);
  });

  it('knows the run\'s columns by all their headers when the issues column was deleted, in either language', () => {
    expect(fieldsOf(['姓名', '手机', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '分类依据'])).toEqual([
      'name', 'mobile', null, null, null, null, null, null, null,
    ]);
    // Last week's run in English, this week's in Chinese.
    expect(fieldsOf(['姓名', '手机', 'Duplicate group', 'Why duplicates', 'Customer type', 'Value tier', 'VIP', 'Why this class'])).toEqual([
      'name', 'mobile', null, null, null, null, null, null,
    ]);
  });

  it('a sheet never cleaned keeps its own 客户类型, 价值等级 and VIP, with or without a 重复组 of its own', () => {
    expect(fieldsOf(['姓名', '手机', '客户类型', '价值等级', 'VIP'])).toEqual(['name', 'mobile', 'customerType', 'tier', 'vip']);
    expect(fieldsOf(['姓名', '手机', '重复组', '客户类型', 'VIP'])).toEqual(['name', 'mobile', null, 'customerType', 'vip']);
  });

  it('a sheet never cleaned keeps its own columns right of his own 合并记录 or 分类依据 (his log of hand merges, his note on a class)', () => {
    // A run's columns begin at its 整理问题, or at its 重复组 right before its 重复依据; the user's 合并记录 alone starts none.
    expect(fieldsOf(['客户编号', '姓名', '手机', '负责人', '合并记录', '客户类型', '价值等级', '活跃度', 'VIP', '最近联系', '消费金额'])).toEqual([
      'customerId', 'name', 'mobile', 'owner', null, 'customerType', 'tier', null, 'vip', 'lastContact', 'amount',
    ]);
    expect(fieldsOf(['客户编号', '姓名', '手机', '分类依据', '客户类型', 'VIP', '价值等级', '合并记录', '重复组', '原因', '最近联系'])).toEqual([
      'customerId', 'name', 'mobile', null, 'customerType', 'vip', 'tier', null, null, null, 'lastContact',
    ]);
    expect(fieldsOf(['Customer ID', 'Name', 'Why this class', 'Customer type', 'VIP', 'Value tier', 'Activity', 'Merged values', 'Last Contact'])).toEqual([
      'customerId', 'name', null, 'customerType', 'vip', 'tier', null, null, 'lastContact',
    ]);
  });
});

describe('mapHeaders: the mapping record', () => {
  it('keeps the header text trimmed, the column index, confidence and source', () => {
    const [a, b, c] = mapHeaders([' 客户手机号 ', '姓名', '??'], settings());
    expect(a).toEqual({ col: 0, header: '客户手机号', field: 'mobile', confidence: 0.88, source: 'auto', write: 'text' });
    expect(b).toEqual({ col: 1, header: '姓名', field: 'name', confidence: 1, source: 'auto', write: 'text' });
    expect(c).toEqual({ col: 2, header: '??', field: null, confidence: 0, source: 'none', write: 'keep' });
  });

  it.each([
    ['生日', 'date', 'date fields are written as dates'],
    ['累计金额', 'number', 'amounts as numbers'],
    ['手机', 'text', 'phones as text, so 0755… and +86… survive (PITFALLS A5)'],
    ['身份证号', 'text', 'IDs as text (18 digits exceed 15 significant digits)'],
    ['未知列', 'keep', 'unmapped columns as they are: a number the sheet adds up stays a number, a text value is written as text'],
  ])('%j is written as %s (%s)', (header, write) => {
    expect(mapHeaders([header], settings())[0].write).toBe(write);
  });
});

describe('mapHeaders: one column per field', () => {
  it('equal confidence goes to the leftmost; the other is left unmapped', () => {
    expect(fieldsOf(['公司', '公司名称'])).toEqual(['company', null]);
  });

  it('a header that names the field more fully wins among equals: Outlook\'s Job Title, not its Title (Dr., Mrs.)', () => {
    expect(fieldsOf(['Title', 'First Name', 'Last Name', 'Company', 'Job Title'])).toEqual([null, 'firstName', 'lastName', 'company', 'title']);
  });

  it('reads which of a person\'s several a column holds (Pipedrive\'s Person - Email - Work), and no IM handle as an address', () => {
    expect(fieldsOf(['Person - Name', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Phone - Mobile', 'IMAddress'])).toEqual(['name', 'email', 'phone', 'mobile', null]);
  });

  it('money paid is the amount only when no column names spending, in any column order', () => {
    expect(fieldsOf(['已回款金额', '欠款金额'])).toEqual(['amount', null]);
    expect(fieldsOf(['欠款金额', '已回款金额'])).toEqual([null, 'amount']);
    expect(fieldsOf(['回款金额', '累计消费'])).toEqual([null, 'amount']);
    expect(fieldsOf(['累计金额', '已回款'])).toEqual(['amount', null]);
    expect(fieldsOf(['Total Paid', 'Total Spent'])).toEqual([null, 'amount']);
    expect(fieldsOf(['Amount Paid', 'Amount'])).toEqual([null, 'amount']);
  });

  it('a bill of lading or waybill number is the order number only when no column names the order', () => {
    expect(fieldsOf(['客户公司', '联系人', '提单号', 'ETD', 'ETA'])).toEqual(['company', 'name', 'orderId', null, null]);
    expect(fieldsOf(['Consignee', 'B/L No.', 'Port of Loading', 'ETD'])).toEqual([null, 'orderId', null, null]);
    expect(fieldsOf(['Customer', 'Tracking No.', 'Ship Date'])).toEqual(['name', 'orderId', null]);
    // A shop's order export keeps the parcel's 运单号 beside its 订单编号; 快递运单号 is a parcel's number.
    expect(fieldsOf(['运单号', '订单编号', '收货人'])).toEqual([null, 'orderId', 'name']);
    expect(fieldsOf(['收货人', '手机', '快递运单号'])).toEqual(['name', 'mobile', null]);
  });

  it('a better match wins even when it is further right', () => {
    expect(fieldsOf(['客户公司名', '公司名称'])).toEqual([null, 'company']);
  });

  it('a field a customer has several of keeps its best column and reads the others as extra columns', () => {
    expect(fieldsOf(['邮箱', '电子邮箱'])).toEqual(['email', 'email+']);
    expect(fieldsOf(['客户邮箱', '邮箱'])).toEqual(['email+', 'email']);
    expect(fieldsOf(['微信', '微信号'])).toEqual(['wechat', 'wechat+']);
  });

  it('a second mobile column takes phone only while phone is free', () => {
    expect(fieldsOf(['手机', '手机号'])).toEqual(['mobile', 'phone']);
    expect(fieldsOf(['手机', '手机号', '电话'])).toEqual(['mobile', 'mobile+', 'phone']);
    expect(fieldsOf(['手机', '电话', '手机号'])).toEqual(['mobile', 'phone', 'mobile+']);
  });

  it('a second phone column does not become mobile', () => {
    expect(fieldsOf(['电话', '联系电话'])).toEqual(['phone', 'phone+']);
  });

  it('two extra columns of one field, from two overrides too', () => {
    expect(fieldsOf(['电话', '电话2', '电话3'])).toEqual(['phone', 'phone+', 'phone+']);
    const s = settings({ overrides: { '备用1': 'mobile', '备用2': 'mobile' } });
    expect(fieldsOf(['备用1', '备用2'], s)).toEqual(['mobile', 'mobile+']);
  });

  it('gives a field to one column as its own, for any mix of known headers; only fields held several times (and due dates) have extra columns', () => {
    const words = FIELDS.flatMap((f) => [...f.synonyms, ...(f.fallbackSynonyms ?? [])]).concat(['备用', '客户手机号', 'Emial', '手机2', '']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 25 }), (headers) => {
        const result = mapHeaders(headers, settings());
        expect(result.map((m) => m.col)).toEqual(headers.map((_, i) => i));
        const own = result.filter((m) => !m.extra).map((m) => m.field).filter((f) => f !== null);
        expect(new Set(own).size).toBe(own.length);
        for (const m of result.filter((x) => x.extra)) {
          // A second name column (中文名 beside Client Name) is the name's too: the person's other name.
          expect(EXTRA_COLUMN_FIELDS.has(m.field!) || m.field === 'name').toBe(true);
          expect(own).toContain(m.field);
        }
        for (const m of result) {
          // A further person's column (联系人2, 新娘 beside 新郎), or a child's (学员姓名 beside a tenant: the
          // tenant's child), is written as its kind of field is.
          expect(m.write).toBe(m.field ? FIELD_BY_ID[m.field].write : m.person ? FIELD_BY_ID[m.person.field].write : m.child ? FIELD_BY_ID[m.child.field].write : 'keep');
          if (m.field) expect(m.confidence).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.headers.minConfidence);
        }
        expect(mapHeaders(headers, settings())).toEqual(result);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('mapHeaders: settings', () => {
  it('an override maps a header to a field with confidence 1', () => {
    const [m] = mapHeaders(['联系方式2'], settings({ overrides: { '联系方式2': 'wechat' } }));
    expect(m).toEqual(expect.objectContaining({ field: 'wechat', confidence: 1, source: 'override', write: 'text' }));
  });

  it('an override is compared folded: 手机号码 also catches *手机号码（必填）', () => {
    expect(fieldsOf(['*手机号码（必填）'], settings({ overrides: { '手机号码': 'phone' } }))).toEqual(['phone']);
  });

  it('an override for 电话2 applies to 电话2 only, not to 电话1 (literal text first)', () => {
    const s = settings({ overrides: { '电话2': 'mobile' } });
    expect(fieldsOf(['电话1', '电话2'], s)).toEqual(['phone', 'mobile']);
  });

  it('an overridden field is not given to another column', () => {
    expect(fieldsOf(['手机', '备用号码'], settings({ overrides: { '备用号码': 'mobile' } }))).toEqual(['phone', 'mobile']);
  });

  it('"ignore" leaves a column unmapped', () => {
    const [m, n] = mapHeaders(['备注', '邮箱'], settings({ overrides: { '备注': 'ignore' } }));
    expect(m).toEqual(expect.objectContaining({ field: null, source: 'override', write: 'keep' }));
    expect(n.field).toBe('email');
  });

  it('an override to something that is not a field is skipped', () => {
    const s = settings({ overrides: { '邮箱': 'mailbox' as FieldId } });
    expect(fieldsOf(['邮箱'], s)).toEqual(['email']);
  });

  it.each([
    [0.6, ['mobile', 'email'], 'default keeps typo matches (0.7)'],
    [0.75, ['mobile', null], 'typos drop out'],
    [0.95, [null, null], 'only exact matches stay'],
  ])('minConfidence %d → %j (%s)', (minConfidence, expected) => {
    expect(fieldsOf(['客户手机号', 'Emial'], settings({ minConfidence }))).toEqual(expected);
  });
});

describe('mapHeaders: a name column that holds companies', () => {
  const t = (values: string[]) => values.map((v): Cell => text(v));
  const companies = t(['北京星辰科技有限公司', '星辰科技（北京）有限公司', '上海云海贸易有限公司', '云帆物流', '深圳前海微众银行股份有限公司']);

  it('客户名称 of a sheet listing companies is the company', () => {
    expect(fieldsOf(['客户名称', '联系电话', '地址'], settings(), [companies, [], []])).toEqual(['company', 'phone', 'address']);
  });

  it('Name with English company names too', () => {
    const names = t(['Acme Corp', 'Globex LLC', 'Initech Inc.', 'Umbrella Co', 'Stark Industries']);
    expect(fieldsOf(['Name', 'Phone'], settings(), [names, []])).toEqual(['company', 'phone']);
  });

  it.each([
    ['people', t(['张伟', '李娜', '王芳', '刘洋'])],
    ['a few companies among people', t(['张伟', '李娜', '星辰科技有限公司', '刘洋', '陈静'])],
  ])('a name column of %s stays the name', (_, values) => {
    expect(fieldsOf(['客户名称', '电话'], settings(), [values, []])).toEqual(['name', 'phone']);
  });

  it('not when another column is the company', () => {
    expect(fieldsOf(['客户名称', '公司'], settings(), [companies, companies])).toEqual(['name', 'company']);
  });
});

describe('mapHeaders: a name column of order numbers (Shopify\'s Name: #1001)', () => {
  const t = (values: string[]) => values.map((v): Cell => text(v));
  const SHOPIFY = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total',
    'Discount Code', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Billing Name', 'Billing Phone', 'Shipping Name', 'Shipping Phone',
    'Shipping Street', 'Shipping City', 'Shipping Province', 'Shipping Zip', 'Shipping Country', 'Notes', 'Tags', 'Phone'];
  const EXPECTED = ['orderId', 'email', 'status', 'lastPurchase', null, null, null, null, null, null, 'amount',
    null, 'createdAt', 'quantity', 'product', 'unitPrice', 'name', 'phone+', null, null,
    'address', 'city', 'province', 'postcode', 'country', 'notes', 'tags', 'phone'];

  it('the tester\'s orders_export: Name is the order number, Billing Name the buyer, the recipient\'s phone no phone of his', () => {
    expect(fieldsOf(SHOPIFY)).toEqual(EXPECTED);
  });

  it('beside Shopify\'s columns whatever its values: an export an earlier version cleaned (1001, its # lost)', () => {
    expect(fieldsOf(SHOPIFY, settings(), SHOPIFY.map((h) => (h === 'Name' ? t(['1002', '1003', '1004']) : [])))).toEqual(EXPECTED);
  });

  it('by its values, wherever it comes from: a Name column of #1001, #1002 … is the order number', () => {
    expect(fieldsOf(['Name', 'Email', 'Customer'], settings(), [t(['#1001', '#1002', '#1003', '#1004']), [], []])).toEqual(['orderId', 'email', 'name']);
  });

  it('a Name column of people stays the name, beside Shopify\'s columns or not', () => {
    expect(fieldsOf(['Name', 'Email'], settings(), [t(['Emma Johnson', 'Liam Smith', 'Olivia Brown']), []])).toEqual(['name', 'email']);
    expect(fieldsOf(['Name', 'Email'])).toEqual(['name', 'email']);
  });
});

describe('mapHeaders: guessing from values', () => {
  const col = (...values: Cell[]) => values;
  const emails = col(text('li.lei@163.com'), text('HanMeimei@qq.com'), EMPTY, text('wang@example.cn'), text('zhao@sina.com'));
  const mobiles = col(text('138 1234 5678'), num(13987654321), text('+86-159-0000-1111'), text('１８６１２３４５６７８'));
  const births = col(date('1985-03-05'), text('1990/7/21'), text('1972年11月2日'), date('2001-01-30'));

  it.each([
    ['emails under an unknown header', ['其他'], [emails], 'email'],
    ['CN mobiles under an unknown header', ['号码'], [mobiles], 'mobile'],
    ['dates with birth years', ['日子'], [births], 'birthday'],
  ])('%s', (_, headers, sample, field) => {
    const [m] = mapHeaders(headers, settings(), sample);
    expect(m.field).toBe(field);
    expect(m.source).toBe('auto');
    expect(m.confidence).toBeLessThanOrEqual(0.7);
  });

  it('a named column beats a guessed one (which becomes its extra column)', () => {
    expect(fieldsOf(['其他', '邮箱'], settings(), [emails, emails])).toEqual(['email+', 'email']);
    expect(fieldsOf(['日子', '生日'], settings(), [births, births])).toEqual([null, 'birthday']);
  });

  it('a header kept from a field is not guessed from its values either: the partner\'s birthday, the coach\'s phone', () => {
    expect(fieldsOf(['Client', 'Partner Birthday'], settings(), [[text('Emily Carter')], births])).toEqual(['name', null]);
    expect(fieldsOf(['配偶生日'], settings(), [births])).toEqual([null]);
    expect(fieldsOf(['Coach Phone', 'Member Name'], settings(), [mobiles, []])).toEqual([null, 'name']);
  });

  it('a header match is never replaced by a guess from values', () => {
    expect(fieldsOf(['备注'], settings(), [emails])).toEqual(['notes']);
  });

  it('guesses stay below a strict minConfidence', () => {
    expect(fieldsOf(['其他'], settings({ minConfidence: 0.8 }), [emails])).toEqual([null]);
  });

  it('blank headers are not guessed (they are reported instead)', () => {
    expect(fieldsOf([''], settings(), [emails])).toEqual([null]);
  });
});

describe('mapHeaders: Outlook\'s Chinese export (名 / 姓 / 经理姓名 / 商务地址 …)', () => {
  const HEADERS = ['称谓', '名', '中间名', '姓', '单位', '商务地址 街道', '商务地址 市/县', '商务地址 省/市/自治区', '商务地址 邮政编码',
    '住宅地址 街道', '住宅地址 市/县', '住宅地址 省/市/自治区', '住宅地址 邮政编码', '助理的电话', '移动电话', '助理的姓名', '生日',
    '电子邮件地址', '电子邮件 2 地址', '经理姓名', '附注', '配偶'];

  it('names the contact by 名 and 姓, never by his manager or assistant; reads the business address, the second e-mail and the notes', () => {
    expect(fieldsOf(HEADERS)).toEqual([null, 'firstName', 'middleName', 'lastName', 'company', 'address', 'city', 'province', 'postcode',
      null, null, null, null, null, 'mobile', null, 'birthday',
      'email', 'email+', null, 'notes', null]);
  });

  it('takes the home address whole when the sheet fills it more, never a home city with a business street', () => {
    const filled = (n: number) => Array.from({ length: 5 }, (_, i) => (i < n ? text('x') : EMPTY));
    const sample = HEADERS.map((h) => (h.startsWith('住宅地址') ? filled(4) : h.startsWith('商务地址') ? filled(1) : filled(5)));
    expect(fieldsOf(HEADERS, settings(), sample).slice(5, 13)).toEqual([null, null, null, null, 'address', 'city', 'province', 'postcode']);
  });
});

describe('mapHeaders: a sheet whose only people are its 经理 (h47 zh_store_managers.csv)', () => {
  it('reads a chain\'s store managers as its contacts: no other column names anyone', () => {
    expect(fieldsOf(['门店名称', '经理姓名', '经理电话', '经理邮箱', '地址', '负责人', '生日']))
      .toEqual(['company', 'name', 'phone', 'email', 'address', 'owner', 'birthday']);
    expect(fieldsOf(['门店名称', '助理姓名', '助理手机'])).toEqual(['company', 'name', 'mobile']);
  });

  it('leaves them unread beside the sheet\'s own name column, as beside Outlook\'s 名 and 姓', () => {
    expect(fieldsOf(['姓名', '手机', '经理电话', '备注'])).toEqual(['name', 'mobile', null, 'notes']);
    expect(fieldsOf(['联系人', '手机', '经理姓名', '经理电话'])).toEqual(['name', 'mobile', null, null]);
    expect(fieldsOf(['姓', '名', '手机', '经理姓名'])).toEqual(['lastName', 'firstName', 'mobile', null]);
  });
});

describe('mapHeaders: a logistics firm\'s column (h47 zh_logistics_customers.csv, h46 ExportOrderList202612021030.csv)', () => {
  it('is the customer\'s company in a freight broker\'s list of customers', () => {
    expect(fieldsOf(['物流公司', '联系人', '电话', '负责人', '合作状态', '下次跟进']))
      .toEqual(['company', 'name', 'phone', 'owner', expect.anything(), 'nextFollowUp']);
  });

  it('is left unread beside an order or tracking number: who carried the parcel', () => {
    expect(fieldsOf(['订单编号', '买家会员名', '收货人姓名', '物流单号', '物流公司'])[4]).toBeNull();
    expect(fieldsOf(['客户名称', '联系人', '运单号', '快递公司'])[3]).toBeNull();
    expect(fieldsOf(['Order ID', 'Customer Name', 'Tracking Number', 'Carrier'])[3]).toBeNull();
  });
});

describe('mapHeaders: Outlook\'s Home and Business addresses', () => {
  const HEADERS = ['First Name', 'Company', 'Business Street', 'Business City', 'Business State', 'Business Postal Code', 'Home Street', 'Home City', 'Home State', 'Home Postal Code'];
  const filled = (n: number) => Array.from({ length: 5 }, (_, i) => (i < n ? text('x') : EMPTY));
  const BUSINESS = [null, 'company', 'address', 'city', 'province', 'postcode', null, null, null, null];
  const HOME = [null, 'company', null, null, null, null, 'address', 'city', 'province', 'postcode'];

  it('reads the one the sheet fills: a client list of firms its Business columns, an address book its Home ones', () => {
    const sample = (business: number, home: number) => [filled(5), filled(5), ...Array(4).fill(filled(business)), ...Array(4).fill(filled(home))];
    expect(fieldsOf(HEADERS, settings(), sample(4, 1)).slice(1)).toEqual(BUSINESS.slice(1));
    expect(fieldsOf(HEADERS, settings(), sample(0, 3)).slice(1)).toEqual(HOME.slice(1));
  });

  it('takes every part from one of them, Business on a tie or without values', () => {
    expect(fieldsOf(HEADERS).slice(1)).toEqual(BUSINESS.slice(1));
  });
});

describe('mapHeaders: a personal list\'s 住宅地址 and 商务地址 (h47 hdr_07.csv)', () => {
  it('reads the home address when neither is filled more: the sheet is no Outlook export', () => {
    expect(fieldsOf(['姓名', '手机', '住宅地址', '商务地址', '省份'])).toEqual(['name', 'mobile', 'address', null, 'province']);
    const filled = Array.from({ length: 5 }, () => text('上海市浦东新区某路1号'));
    expect(fieldsOf(['姓名', '手机', '住宅地址', '商务地址'], settings(), [filled, filled, filled, filled])).toEqual(['name', 'mobile', 'address', null]);
  });

  it('reads the business one when the sheet fills it more', () => {
    const filled = (n: number) => Array.from({ length: 5 }, (_, i) => (i < n ? text('x') : EMPTY));
    expect(fieldsOf(['姓名', '手机', '住宅地址', '商务地址'], settings(), [filled(5), filled(5), filled(1), filled(4)])).toEqual(['name', 'mobile', null, 'address']);
  });
});

describe('mapHeaders: a bare 类别', () => {
  it.each([
    ['Outlook\'s Chinese export, by its own columns', ['名', '姓', '电子邮件地址', '电子邮件显示名称', '类别'], ['firstName', 'lastName', 'email', null, 'tags']],
    ['Outlook\'s Chinese export trimmed to its name parts', ['名', '姓', '移动电话', '类别'], ['firstName', 'lastName', 'mobile', 'tags']],
    ['a Chinese sheet of its own (A类 / B类): left unread', ['姓名', '手机', '类别', '客户类别'], ['name', 'mobile', null, 'customerType']],
  ])('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});

describe('a purchases header whose values are money', () => {
  const HEADERS = ['Name', 'Mobile', 'Total Purchase', 'Last Order'];
  const column = (...values: string[]) => [[text('Rahul Sharma')], [text('98765 43210')], values.map(text), [text('15/01/2027')]];

  it.each([
    ['rupees in lakh grouping', ['₹1,25,000', '₹8,50,000', '₹45,000']],
    ['dollars', ['$1,250.00', '$980.50', '$12,400.00']],
    ['pounds, one left blank', ['£2,500', '', '£750', '£1,200']],
    ['yuan', ['¥12,800', '¥3,000', '¥150,000']],
  ])('is the amount spent when they are %s, never a count of orders', (_, values) => {
    expect(fieldsOf(HEADERS, settings(), column(...values))[2]).toBe('amount');
  });

  it('stays the count of orders when its values are counts', () => {
    expect(fieldsOf(HEADERS, settings(), column('3', '12', '1'))[2]).toBe('orders');
    expect(fieldsOf(['Name', 'Purchases'], settings(), [[text('Emma Lewis'), text('Ryan Cole'), text('Amy Hall')], [num(3), num(12), num(1)]])[1]).toBe('orders');
  });
});
