import { isPetHeader, isSecondPartyHeader, matchHeader } from '../../../shared/schema/header-match';
import { foldHeader } from '../../../shared/schema/fold-header';
import { FIELDS } from '../../../shared/schema/fields';

describe('matchHeader: exact synonyms', () => {
  it.each([
    ['姓名', 'name', 'plain Chinese'],
    ['*手机号码（必填）', 'mobile', 'template marker and note'],
    ['金额(元)', 'amount', 'unit'],
    ['E-Mail', 'email', 'hyphenated'],
    ['Middle Name', 'middleName', 'Outlook and Filipino sheets: the middle name, its own part of the name (never the whole)'],
    ['Additional Name', 'middleName', 'Google Contacts: the middle name'],
    ['Mobile Phone Number', 'mobile', 'HubSpot: a mobile, not a phone number'],
    ['Country/Region', 'country', 'HubSpot: not the region'],
    ['MobilePhone', 'mobile', 'Salesforce API name'],
    ['Tag', 'tags', 'singular of a plural synonym'],
    ['电话2', 'phone', 'numbered repeat'],
    ['邮箱地址', 'email', 'an e-mail address, not a postal address'],
    ['addr', 'address', 'abbreviated (restaurant and address lists)'],
    ['Suburb', 'city', 'Australian and British lists'],
    ['SSN', 'idCard', 'an identity number of another country'],
    ['soc_sec_id', 'idCard', 'FEBRL'],
    ['护照号码', 'idCard', 'a passport number identifies a person as well'],
    ['归属人', 'owner', 'CRM exports: whom the customer belongs to'],
    ['Rep', 'owner', 'the sales rep, alone'],
    ['Customer', 'name', 'the customer, not a typo of "customer id"'],
    ['Member Since', 'createdAt', 'when the customer joined'],
    ['Contact Date', 'lastContact', 'a date, never a misspelt "contact name" (two edits apart as a whole)'],
    ['Expiry', 'contractEnd', 'a contract or membership running out'],
    ['客户', 'name', 'the customer'],
    ['Web Page', 'website', 'Outlook'],
    ['Order Total', 'amount', 'what the customer ordered in all'],
    ['LTV', 'amount', 'lifetime value'],
    ['最近一次消费', 'lastPurchase', 'Chinese template'],
    ['消费总额', 'amount', 'Chinese template'],
    ['到期时间', 'contractEnd', 'Chinese template'],
    ['续约日期', 'contractEnd', 'the renewal date is the end of the contract'],
    ['拜访日期', 'lastContact', 'a sales visit is a contact'],
    ['客户分级', 'tier', 'A/B/C grading'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)).toEqual(expect.objectContaining({ field, confidence: 1, how: 'exact' }));
  });
});

describe('matchHeader: a header naming two things holds the first', () => {
  it.each([
    ['手机号码/微信', 'mobile', 'the WeChat is the same number (微信同号); 微信 ends the header but is the second thing'],
    ['手机/微信', 'mobile', ''],
    ['微信/手机', 'wechat', 'the other way round'],
    ['电话/手机', 'phone', ''],
    ['QQ/微信', 'qq', ''],
    ['State/Region', 'province', 'two names of one field'],
    ['金额/万元', 'amount', 'a unit after the slash'],
    ['Phone | Fax', 'phone', ''],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, confidence: 0.9 });
  });
});

describe('matchHeader: synonym inside a longer header', () => {
  it.each([
    ['客户手机号', 'mobile', '手机号', 'longer synonym wins over 手机'],
    ['联系人手机', 'mobile', '手机', 'the synonym that ends the header names the thing (not 联系人)'],
    ['您的公司', 'company', '公司', 'form question'],
    ['2、您的手机号码：', 'mobile', '手机号码', '问卷星 question'],
    ['最近消费时间', 'lastPurchase', '最近消费', 'date-of suffix'],
    ['Contact owner', 'owner', 'owner', 'HubSpot: the owner, not the contact'],
    ['Mailing Zip/Postal Code', 'postcode', 'zip', 'Salesforce: two names, the first read'],
    ['客户Email', 'email', 'email', 'mixed scripts'],
    ['姓名 Name', 'name', 'name', 'bilingual header'],
    ['Organization 1 - Name', 'company', 'organization', 'Google Contacts: the numbered thing, not its part'],
    ['Phone 2 - Value', 'phone', 'phone', 'Google Contacts'],
    ['Address 1 - Formatted', 'address', 'address', 'Google Contacts'],
    ['E-mail 2 Address', 'email', 'email', 'Outlook: an e-mail, not a postal address'],
    ['Address 1 - City', 'city', 'city', 'a part that is a field of its own names it'],
    ['Organization 1 - Title', 'title', 'title', 'the job title of the contact'],
    ['最后下单时间', 'lastPurchase', '下单时间', 'date-of suffix'],
    ['订单数量', 'orders', '订单数', 'a neutral tail'],
    ['行业类别', 'industry', '行业', 'a neutral tail'],
    ['Address Line 1', 'address', 'address', 'a neutral tail'],
    ['Website URL', 'website', 'url', 'the word that ends it'],
  ])('%j → %s via %j (%s)', (header, field, synonym) => {
    const m = matchHeader(header);
    expect(m).toEqual(expect.objectContaining({ field, how: 'contains', synonym }));
    expect(m!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(m!.confidence).toBeLessThanOrEqual(0.9);
  });

  it('a synonym ending the header outranks a longer one elsewhere; among equals the longer wins', () => {
    expect(matchHeader('联系人手机')!.confidence).toBeGreaterThan(matchHeader('手机号码信息')!.confidence);
    expect(matchHeader('客户手机号')!.synonym).toBe('手机号');
  });
});

describe('matchHeader: English typos', () => {
  it.each([
    ['Emial', 'email', 1],
    ['Adress', 'address', 1],
    ['Phnoe', 'phone', 1],
    ['Compnay', 'company', 1],
    ['Emial Adress', 'email', 2],
  ])('%j → %s (%i edit(s))', (header, field, edits) => {
    const m = matchHeader(header);
    expect(m).toEqual(expect.objectContaining({ field, how: 'fuzzy' }));
    expect(m!.confidence).toBeCloseTo(0.7 - 0.05 * (edits - 1));
  });

  it('can be switched off', () => {
    expect(matchHeader('Emial', { fuzzy: false })).toBeNull();
  });

  it.each([
    ['Contact No.', 'mobile', 'India\'s and Singapore\'s phone column, not a misspelt "Contract No" (an order list)'],
    ['Contact Number', 'mobile', 'the same'],
  ])('%j → %s: a word of the headers\' own is no typo of another (%s)', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, how: 'exact' });
  });

  it.each([
    ['Contract Date', 'lastContact', 'the day a contract was signed, no misspelt "Contact Date"'],
    ['Contact End', 'contractEnd', 'no misspelt "Contract End"'],
    ['County Code', 'country', 'an Irish county\'s code, no misspelt "Country Code"'],
  ])('%j is never %s by typo (%s)', (header, field) => {
    expect(matchHeader(header)?.field).not.toBe(field);
  });
});

describe('matchHeader: sheets of shops, sites and schools', () => {
  it.each([
    ['Site name', 'company'],
    ['Store Name', 'company'],
    ['Restaurant Name', 'company'],
    ['School Name', 'company'],
    ['Organisation Name', 'company'],
    ['门店名称', 'company'],
    ['店铺名称', 'company'],
    ['商户名称', 'company'],
    ['Legal Name', 'name'],
    ['Member Name', 'name'],
    ['姓名 Name', 'name'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: lunar birthdays', () => {
  it.each([['农历生日'], ['阴历生日'], ['生日（农历）'], ['出生日期(阴历)'], ['Birthday (lunar)'], ['Lunar Birthday']])(
    '%j is the lunar birthday, kept as text: as a Gregorian date it would be reminded on the wrong day',
    (header) => {
      expect(matchHeader(header)?.field).toBe('lunarBirthday');
    },
  );

  it.each([['农历合同到期'], ['下次跟进（农历）']])('%j, another lunar date, stays unmapped', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: dates of real exports', () => {
  it.each([
    ['Next Contact Date', 'nextFollowUp', 'was lastContact: "contact date" ends the header'],
    ['Next Step Date', 'nextFollowUp', ''],
    ['Callback Date', 'nextFollowUp', ''],
    ['预约回访时间', 'nextFollowUp', ''],
    ['Purchase Date', 'lastPurchase', 'was orders: "purchases" is a count'],
    ['成交日期', 'lastPurchase', 'a sales ledger\'s date'],
    ['Expiration Date', 'contractEnd', ''],
    ['会员到期', 'contractEnd', ''],
    ['Last Visit', 'lastContact', ''],
    ['Update Time', 'updatedAt', ''],
  ])('%j → %s %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: car dealers\' (4S) and insurance agents\' sheets', () => {
  it.each([
    ['到期', 'contractEnd', 'a bare 到期: when the customer\'s contract or policy ends'],
    ['保险到期', 'contractEnd', 'the car insurance policy ends: the renewal call'],
    ['交强险到期', 'contractEnd', 'compulsory traffic insurance'],
    ['商业险到期', 'contractEnd', 'commercial car insurance'],
    ['车险到期', 'contractEnd', 'car insurance'],
    ['会员卡到期', 'contractEnd', 'a membership card runs out'],
    ['有效期', 'contractEnd', 'a card or policy is valid until'],
    ['有效期至', 'contractEnd', ''],
    ['截止日期', 'contractEnd', ''],
    ['结束日期', 'contractEnd', 'as End Date'],
    ['续保日期', 'contractEnd', 'the policy is renewed when it ends'],
    ['收货人', 'name', '淘宝 order exports: the buyer who receives the parcel'],
    ['车主', 'name', 'a car dealer\'s customer is the car\'s owner'],
    ['业主', 'name', 'a property manager\'s customer'],
    ['Insured Name', 'name', 'an insurance export'],
    ['Policyholder', 'name', ''],
    ['Policy Holder', 'name', ''],
    ['Agent', 'owner', 'the insurance agent holds the customer'],
    ['Producer', 'owner', 'the agent, as insurance carriers call them'],
    ['购车日期', 'firstPurchase', 'when the customer bought his car: once, the day he became a customer'],
    ['购房日期', 'firstPurchase', 'a flat, as a car, is bought once'],
    ['收货人手机', 'mobile', 'still the mobile, not the name'],
    ['车主电话', 'phone', 'still the phone'],
    ['到期金额', 'amount', 'an amount, not a date'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['到期天数', 'how many days are left: a count'],
    ['到期提醒', 'whether to remind'],
    ['是否到期', 'a yes/no question'],
    ['Agent Phone', 'the agent\'s phone, not the customer\'s, and no owner'],
    ['User Agent', 'a web form\'s browser string'],
    ['Agent Code', 'an agent\'s number'],
    ['Insured Value', 'what is insured, not who'],
    ['预计成交金额', 'money a lead may bring, not money spent'],
    ['您的预算金额', 'a form\'s budget question'],
    ['Expected Revenue', 'a forecast'],
    ['Average Order Value', 'an average, neither a total nor a count of orders'],
    ['Email Subscription Status', 'the e-mail marketing opt-in, not the customer\'s status'],
    ['Last Order Name', 'Shopify\'s last order name (#1042), no date'],
    ['Payment Method Title', 'WooCommerce: PayPal, Credit Card (Stripe), was read as a job title (h77 16)'],
    ['Shipping Method Title', 'WooCommerce: Flat rate, Local pickup, no job title'],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: the customer, not the people close to him', () => {
  it.each([
    ['学员', 'a school\'s customer is its student'],
    ['学员姓名', ''],
    ['学员名字', ''],
    ['学生', ''],
    ['学生姓名', ''],
    ['会员', 'a club\'s customer is its member'],
    ['会员姓名', ''],
  ])('%j → name (%s)', (header) => {
    expect(matchHeader(header)?.field).toBe('name');
  });

  // The parent is the person to call about the child (the guardian field, named in the child's
  // reminders), never the customer's name.
  it.each([
    ['家长', 'a parent is the contact; the customer is the child'],
    ['家长姓名', 'contains 姓名, but the parent\'s'],
    ['学员家长姓名', ''],
    ['监护人', ''],
    ['监护人姓名', ''],
    ['Parent Name', ''],
    ['Guardian Name', ''],
  ])('%j is no name but the parent to call (%s)', (header) => {
    expect(matchHeader(header)?.field).toBe('guardian');
  });

  it.each([
    ['父亲姓名', ''],
    ['妈妈姓名', ''],
    ['配偶姓名', 'a spouse\'s name'],
    ['孩子姓名', 'a child\'s name, where nothing says the child is the customer'],
    ['老会员', 'a yes/no mark: 会员 names the customer only as the whole header'],
  ])('%j is no name (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('VIP会员 is the sheet\'s VIP mark', () => {
    expect(matchHeader('VIP会员')?.field).toBe('vip');
  });

  it.each([
    ['Partner Birthday', 'a wedding planner\'s: the reminder would greet the client on the partner\'s day'],
    ['Spouse Birthday', ''],
    ["Wife's Birthday", ''],
    ['Husband DOB', ''],
    ['Spouse Date of Birth', ''],
    ['配偶生日', ''],
    ['爱人生日', ''],
    ['老公生日', ''],
    ['老婆生日', ''],
    ['配偶出生日期', ''],
    ['配偶农历生日', 'a lunar birthday of another person neither'],
    ['家长生日', ''],
    ['父亲生日', ''],
    ['母亲生日', ''],
    ['孩子生日', 'a mother-and-baby shop\'s: the child\'s day, not the customer\'s'],
    ['子女生日', ''],
    ["Child's Birthday", ''],
    ['Kid Birthday', ''],
    ['Parent DOB', ''],
    ['Emergency Contact Birthday', ''],
  ])('%j is no birthday of the customer (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['生日', 'birthday'],
    ['会员生日', 'birthday'],
    ['学员生日', 'birthday'],
    ['客户生日', 'birthday'],
    ['Customer Birthday', 'birthday'],
    ['农历生日', 'lunarBirthday'],
  ])('%j is the customer\'s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['孩子姓名', 'name'],
    ['孩子生日', 'birthday'],
    ['宝宝农历生日', 'lunarBirthday'],
    ["Child's Birthday", 'birthday'],
  ])('where the child is the customer (a sheet with a parent column), %j → %s', (header, field) => {
    expect(matchHeader(header, { childIsCustomer: true })?.field).toBe(field);
  });

  it.each([['家长生日'], ['Spouse Birthday']])('where the child is the customer, %j is still no one\'s but another\'s', (header) => {
    expect(matchHeader(header, { childIsCustomer: true })).toBeNull();
  });

  it('where the child is the customer, 家长姓名 is the parent to call, never his name', () => {
    expect(matchHeader('家长姓名', { childIsCustomer: true })?.field).toBe('guardian');
  });
});

describe('matchHeader: who holds the customer, and since when he is one', () => {
  it.each([
    ['经纪人', 'owner', 'an estate agency\'s agent'],
    ['置业顾问', 'owner', 'a property developer\'s sales consultant'],
    ['课程顾问', 'owner', 'a training school\'s'],
    ['顾问', 'owner', ''],
    ['教练', 'owner', 'a gym\'s coach'],
    ['私教', 'owner', 'a personal trainer'],
    ['私人教练', 'owner', ''],
    ['班主任', 'owner', 'a school\'s class teacher'],
    ['跟单员', 'owner', 'a factory\'s order follower'],
    ['管家', 'owner', 'a property manager\'s housekeeper who looks after the tenant'],
    ['专属管家', 'owner', ''],
    ['业务员', 'owner', ''],
    ['Agent', 'owner', ''],
    ['Account Manager', 'owner', ''],
    ['Sales Rep', 'owner', ''],
    ['Coach', 'owner', ''],
    ['Personal Trainer', 'owner', ''],
    ['Broker', 'owner', ''],
    ['报名日期', 'createdAt', 'a school: when the student signed up'],
    ['报名时间', 'createdAt', ''],
    ['入学日期', 'createdAt', ''],
    ['办卡日期', 'createdAt', 'a gym or salon: when the card was issued'],
    ['开卡日期', 'createdAt', ''],
    ['入会日期', 'createdAt', ''],
    ['注册日期', 'createdAt', ''],
    ['登记日期', 'createdAt', ''],
    ['Sign-up Date', 'createdAt', ''],
    ['Join Date', 'createdAt', ''],
    ['Date Joined', 'createdAt', ''],
    ['Enrollment Date', 'createdAt', ''],
    ['Member Since', 'createdAt', ''],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['教练电话', 'the coach\'s phone: read as the customer\'s it would join all his members into one group'],
    ['顾问手机', 'the consultant\'s mobile'],
    ['班主任电话', 'the class teacher\'s phone'],
    ['经纪人电话', 'the agent\'s phone'],
    ['美容师电话', 'the beautician\'s phone'],
    ['Coach Phone', ''],
    ['Trainer Email', ''],
    ['Broker Phone', ''],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: money that is no spending (tiers and RFM read amount as what the customer spent)', () => {
  it.each([
    ['欠款', 'what a dealer owes'],
    ['欠款金额', 'the same, as a sum'],
    ['欠款金额（万）', 'in 万元'],
    ['应收', 'receivable: what he has still to pay'],
    ['应收账款', 'accounts receivable'],
    ['应收金额', ''],
    ['未回款', 'not yet paid back'],
    ['未回款金额', 'contains 回款金额, but not paid'],
    ['任务金额（万）', 'a dealer\'s sales target'],
    ['年度任务', 'the same for the year'],
    ['销售目标', 'a target'],
    ['指标', 'a quota'],
    ['卡内金额', 'what is left on a prepaid card'],
    ['储值金额', 'a prepaid balance'],
    ['剩余金额', 'what is left'],
    ['余额', 'a balance'],
    ['Past Due Amount', 'an overdue debt'],
    ['Amount Due', ''],
    ['Total Amount Due', ''],
    ['Outstanding', ''],
    ['Outstanding Amount', ''],
    ['Balance', ''],
    ['Balance Due', 'a wedding planner\'s: what the couple still owes'],
    ['Balance Amount', ''],
    ['Amount Owed', ''],
    ['Target', ''],
    ['Quota', ''],
    ['Annual Quota', ''],
    ['Sales Target', ''],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['已回款', 'a dealer\'s payments are what he spent'],
    ['已回款金额', ''],
    ['回款金额', ''],
    ['回款金额（万）', ''],
    ['累计回款', ''],
    ['本年回款金额', ''],
    ['Amount Paid', ''],
    ['Total Paid', ''],
    ['Payments Received', 'a B2B account list: what the account paid'],
  ])('%j → amount, as money paid (%s)', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'amount', fallback: true });
  });

  it.each([
    ['服务费(元/月)', '家政: what the employer pays each month'],
    ['月费', '代账: the monthly bookkeeping fee'],
    ['学费', '驾校 and schools'],
    ['年费', ''],
    ['拿货总额', 'a wholesale stall: what the buyer took in all'],
    ['Deal Value', 'Pipedrive'],
    ['Deal Size', 'Notion and Airtable CRMs'],
    ['Deal Amount', ''],
  ])('%j → amount, as what a customer pays for a service or a deal (%s), unless a column names spending', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'amount', fallback: true });
  });

  it.each([
    ['会计', '代账: the firm\'s accountant who keeps the client\'s books'],
    ['主办会计', ''],
  ])('%j → owner, unless a column names who holds the customer (%s)', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'owner', fallback: true });
  });

  it.each([
    ['跟单', 'owner', 'a factory\'s or a stall\'s order clerk who holds the buyer'],
    ['Assignee', 'owner', 'CRM and task exports'],
    ['服务开始', 'contractStart', '家政 and 代账: the service runs from here'],
    ['服务开始日期', 'contractStart', ''],
    ['最近拿货', 'lastPurchase', 'a wholesale stall: the buyer\'s last pick-up of goods'],
    ['最后拿货', 'lastPurchase', ''],
    ['雇主', 'name', '家政: the employer who hires the 阿姨'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field });
    expect(matchHeader(header)?.fallback).toBeUndefined();
  });

  it('宝宝生日 is the birthday only when no column holds the customer\'s own (a mother-and-baby shop\'s gift day)', () => {
    expect(matchHeader('宝宝生日')).toMatchObject({ field: 'birthday', fallback: true });
    expect(matchHeader('宝宝生日', { babyIsCustomer: true })?.fallback).toBeUndefined();
  });

  it('微信昵称 is the name only when no column names the customer, and never the WeChat ID', () => {
    expect(matchHeader('微信昵称')).toMatchObject({ field: 'name', fallback: true });
  });

  it.each([['累计消费'], ['累计金额'], ['Total Spent'], ['消费金额']])('%j → amount, as spending', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'amount' });
    expect(matchHeader(header)?.fallback).toBeUndefined();
  });
});

describe('matchHeader: what a buyer wishes for is no fact about him', () => {
  it.each([
    ['意向区域', 'an estate agency\'s: where the buyer would like to live, not his province'],
    ['意向城市', ''],
    ['意向省份', ''],
    ['意向区县', ''],
    ['意向地址', ''],
    ['意向国家', 'a study-abroad agency\'s'],
    ['意向面积', ''],
    ['意向产品', ''],
    ['意向车型', ''],
    ['意向单价', ''],
    ['目标城市', ''],
    ['期望城市', ''],
    ['理想区域', ''],
    ['Target City', ''],
    ['Target Region', ''],
    ['Preferred City', ''],
    ['意向购买时间', 'when he would like to buy: no purchase yet'],
    ['意向购买日期', ''],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['意向等级', 'tier', 'how keen the lead is: the sheet\'s own grading of him'],
    ['Preferred Name', 'name', 'the name he goes by'],
    ['所在城市', 'city', ''],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: a car\'s own columns (one row per vehicle)', () => {
  it.each([
    ['车架号', 'vin', 'the VIN as Chinese dealers and insurers call it'],
    ['车架号码', 'vin', ''],
    ['车辆识别代号', 'vin', 'the VIN\'s official name (GB 16735)'],
    ['车辆识别码', 'vin', ''],
    ['VIN码', 'vin', ''],
    ['VIN', 'vin', ''],
    ['VIN Number', 'vin', ''],
    ['底盘号', 'vin', 'older sheets: the chassis number'],
    ['Vehicle Identification Number', 'vin', ''],
    ['Chassis No', 'vin', ''],
    ['车牌号', 'plate', ''],
    ['车牌', 'plate', ''],
    ['车牌号码', 'plate', ''],
    ['号牌号码', 'plate', 'the 行驶证\'s own word'],
    ['License Plate', 'plate', ''],
    ['Licence Plate', 'plate', 'British spelling'],
    ['Plate Number', 'plate', ''],
    ['Registration Number', 'plate', 'British sheets: the car\'s registration'],
    ['Reg No', 'plate', ''],
    ['车主', 'name', 'the car\'s owner is still the customer'],
    ['车主姓名', 'name', ''],
    ['车主手机', 'mobile', ''],
    ['编号', 'customerId', 'a bare 编号 is still the customer number'],
    ['Registration Date', 'createdAt', 'still when the customer registered'],
    // Alone it may be a sign-up or an event's: header-map.ts reads it so only where its cells are plates (tester h73 #1).
    ['Registration', 'plate', 'a UK garage\'s bare Registration, as its Reg and VRM'],
    ['Reg', 'plate', ''],
    ['VRM', 'plate', 'the DVLA\'s vehicle registration mark'],
    ['Rego', 'plate', 'Australia\'s and New Zealand\'s word'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['Reg Date', 'a date, no plate'],
    ['车架号后六位', 'six characters of the VIN, no VIN: every cell would be called invalid'],
    ['车牌颜色', 'the plate\'s colour (蓝牌, 绿牌), not its number'],
    ['Company Registration Number', 'a firm\'s number at Companies House, no car'],
    ['号码', 'a bare 号码 says nothing of what it numbers'],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('reads Rego Due as the registration\'s renewal falling due, no plate', () => {
    expect(matchHeader('Rego Due')).toMatchObject({ field: 'contractEnd', fallback: true });
  });
});

describe('matchHeader: a sales ledger\'s columns', () => {
  it.each([
    ['订单号', 'orderId'],
    ['订单编号', 'orderId'],
    ['单号', 'orderId'],
    ['销售单号', 'orderId'],
    ['Order No', 'orderId'],
    ['Invoice Number', 'orderId'],
    ['商品名称', 'product'],
    ['产品', 'product'],
    ['SKU', 'product'],
    ['订单数', 'orders'],
    ['订单数量', 'orders'],
    ['子订单编号', 'orderId'],
    ['Customer #', 'customerId'],
    ['Order #', 'orderId'],
    ['Patient', 'name'],
    ['Next Recall Due', 'nextFollowUp'],
    ['Lifetime Spend', 'amount'],
    ['Transaction Count', 'orders'],
    ['Last Active', 'lastContact'],
    ['Total Paid', 'amount'],
    ['Default Address Province Code', 'province'],
    ['收件人', 'name'],
    ['病历号', 'customerId'],
    ['末次就诊', 'lastContact'],
    ['下次复诊', 'nextFollowUp'],
    ['主治医生', 'owner'],
    ['数量', 'quantity'],
    ['销售数量', 'quantity'],
    ['Qty', 'quantity'],
    ['单价', 'unitPrice'],
    ['Unit Price', 'unitPrice'],
    ['销售日期', 'lastPurchase'],
    ['Became a Customer Date', 'firstPurchase'],
    ['是否VIP', 'vip'],
    ['VIP', 'vip'],
    ['Is VIP', 'vip'],
    ['客户星级', 'tier'],
    ['重要程度', 'tier'],
    ['首次成交日期', 'firstPurchase'],
    // 有赞's 客户列表 and its 日期 variant: the day he was added (a member, a coupon), no purchase.
    ['成为客户时间', 'createdAt'],
    ['成为客户日期', 'createdAt'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: a landlord\'s, a hotel\'s and a private-traffic shop\'s sheets', () => {
  it.each([
    ['租期结束', 'contractEnd', 'a rent ledger: the lease ends, the landlord calls'],
    ['租期结束日', 'contractEnd', ''],
    ['租期结束日期', 'contractEnd', ''],
    ['租约到期', 'contractEnd', ''],
    ['合同结束', 'contractEnd', ''],
    ['合同结束日', 'contractEnd', ''],
    ['合同终止日期', 'contractEnd', ''],
    ['合同截止', 'contractEnd', ''],
    ['合同截止日', 'contractEnd', ''],
    ['Lease End', 'contractEnd', ''],
    ['Lease End Date', 'contractEnd', ''],
    ['Tenancy End', 'contractEnd', ''],
    ['租期开始', 'contractStart', ''],
    ['租期开始日期', 'contractStart', ''],
    ['起租日', 'contractStart', ''],
    ['合同开始日', 'contractStart', ''],
    ['Lease Start', 'contractStart', ''],
    ['Tenancy Start', 'contractStart', ''],
    ['租客', 'name', 'a landlord\'s customer is his tenant'],
    ['租客姓名', 'name', ''],
    ['承租人', 'name', ''],
    ['客人', 'name', 'a hotel\'s or a B&B\'s customer is its guest'],
    ['住客', 'name', ''],
    ['宾客', 'name', ''],
    ['Tenant', 'name', ''],
    ['Tenant Name', 'name', ''],
    ['Guest', 'name', ''],
    ['Guest Name', 'name', ''],
    ['客人来源', 'source', 'where the guest came from, not his name'],
    ['租客电话', 'phone', 'still the phone'],
    ['Guest Email', 'email', ''],
    ['最后聊天时间', 'lastContact', '企业微信 / private-traffic sheets: the last chat is the last contact'],
    ['最近聊天', 'lastContact', ''],
    ['最近沟通', 'lastContact', ''],
    ['最近沟通时间', 'lastContact', ''],
    ['最近互动', 'lastContact', ''],
    ['最后互动时间', 'lastContact', ''],
    ['Last Chat', 'lastContact', ''],
    ['Last QBR', 'lastContact', 'a SaaS firm\'s last quarterly business review with the account (tester h79 #8)'],
    ['Last EBR Date', 'lastContact', ''],
    ['Last Touchpoint', 'lastContact', ''],
    ['录入人', 'owner', 'a fair\'s card sheet: who took the card follows the lead up'],
    ['登记人', 'owner', ''],
    ['录入时间', 'createdAt', 'when, not who'],
    ['护照号', 'idCard', 'a travel agency\'s or a hotel\'s: a passport names one person as surely as an ID card, and finds him twice'],
    ['Passport No', 'idCard', ''],
    ['Passport Number', 'idCard', ''],
    ['登记日期', 'createdAt', ''],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['老客人', 'a yes/no mark: 客人 names the customer only as the whole header'],
    ['VIP客人', 'the same'],
    ['客人数', 'how many guests'],
    ['Repeat Guest', 'a yes/no mark'],
    ['Guest Count', 'how many guests'],
    ['Nationality', 'the guest\'s nationality, never a misspelt "national id"'],
    ['国籍', 'the same in Chinese'],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: what expires but is no contract of the customer\'s', () => {
  // A customer's document the business needs valid (a car let to a valid licence, a tour to a passport
  // valid six months on: tester h72 #10, #12): a due of its own, a fallback beside any contract's end,
  // reminded as the document expiring (remind/due-label.ts isDocument), never a contract.
  it.each([
    ['Passport Expiry', 'a passport runs out: a travel agent reminds the traveller'],
    ['ID Expiry', ''],
    ['Visa Expiry', ''],
    ['Visa Expiry Date', ''],
    ['Driver License Expiry', ''],
    ['Driving Licence Expiry Date', ''],
    ['签证到期', ''],
    ['签证有效期', ''],
    ['护照有效期', ''],
    ['身份证到期', 'an identity card expires'],
    ['身份证有效期', 'the same'],
    ['驾照到期', 'a driving licence expires'],
    ['驾驶证到期', 'a car-rental desk lets no car to an expired licence'],
    ['营业执照到期日', 'a business licence expires'],
  ])('%j → a document\'s due, a fallback of contractEnd (%s)', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'contractEnd', fallback: true });
  });

  it.each([
    ['下次驱虫', ''],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['保险到期', 'an insurance agent reminds of the policy\'s end'],
    ['疫苗到期', 'a pet shop books the vaccine that falls due (its reminder says 疫苗, not 合同)'],
    ['疫苗有效期', ''],
    ['驱虫到期', 'a pet\'s deworming'],
    ['Rabies Vaccine Expiry', ''],
    ['Insurance Expiry', ''],
    ['Policy Expiry', ''],
    ['会员卡到期', 'a gym\'s or a salon\'s card'],
    ['课程到期', 'a school\'s course'],
    ['License Expiry', 'a software licence is the customer\'s contract'],
    ['Membership Expiry', ''],
  ])('%j → contractEnd (%s)', (header) => {
    expect(matchHeader(header)?.field).toBe('contractEnd');
  });
});

describe('matchHeader: a pet shop\'s and a vet\'s sheets (the pet is not the customer, its owner is)', () => {
  it.each([
    ['宠物生日', 'the pet\'s birthday: the reminder would greet the owner on his dog\'s day'],
    ['狗狗生日', ''],
    ['猫咪生日', ''],
    ['Pet DOB', ''],
    ['Pet Birthday', ''],
    ['Dog Birthday', ''],
  ])('%j is no birthday of the customer (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
    expect(matchHeader(header, { petOwnerIsCustomer: true })).toBeNull();
  });

  it.each([['宠物名'], ['宠物名字'], ['宠物昵称'], ['宠物名称'], ['宠物'], ['Pet Name'], ['Pet'], ['狗狗名字'], ['猫咪名字']])('%j → petName, never the customer\'s name', (header) => {
    expect(matchHeader(header)?.field).toBe('petName');
  });

  it.each([['宠物品种'], ['Pet Type'], ['Pet ID']])('%j names no field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['主人', 'name'],
    ['主人姓名', 'name'],
    ['宠主', 'name'],
    ['宠物主人', 'name'],
    ['Owner', 'name'],
    ['Owner Name', 'name'],
    ['Pet Owner', 'name'],
    ['Pet Owner Name', 'name'],
    ['主人电话', 'phone'],
    ['主人生日', 'birthday'],
    ['Owner Phone', 'phone'],
    ['Owner Email', 'email'],
    ['Owner DOB', 'birthday'],
  ])('in a sheet with a pet column, the owner is the customer: %j → %s', (header, field) => {
    expect(matchHeader(header, { petOwnerIsCustomer: true })?.field).toBe(field);
  });

  it.each([
    ['Owner Name', 'owner', 'a CRM export: the record\'s owner is the sales rep'],
    ['Owner', 'owner', ''],
  ])('in a sheet without pets %j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it('Owner Phone is still the rep\'s in a sheet without pets', () => {
    expect(matchHeader('Owner Phone')).toBeNull();
  });

  it.each([['宠物名'], ['宠物生日'], ['狗狗生日'], ['Pet Name'], ['Pet DOB'], ['Species'], ['Breed'], ['宠主']])('%j says the sheet keeps pets', (header) => {
    expect(isPetHeader(header)).toBe(true);
  });

  it.each([['Owner Name'], ['品种'], ['Category'], ['Cattle Count'], ['生日']])('%j says nothing of pets', (header) => {
    expect(isPetHeader(header)).toBe(false);
  });
});

describe('matchHeader: who receives is not the customer where another column names him (a florist\'s order book)', () => {
  it.each([['订购人'], ['订花人'], ['下单人'], ['订购人姓名']])('%j is the customer → name', (header) => {
    expect(matchHeader(header)?.field).toBe('name');
  });

  it.each([
    ['收花人', 'his wife\'s or his mother\'s name'],
    ['收花人电话', 'the recipient\'s phone: read as an extra phone of the customer, two buyers sending to one mother were one customer'],
    ['收件人', ''],
    ['收件人手机', ''],
    ['收货人', ''],
    ['收货人电话', ''],
    ['收件人地址', 'where the recipient lives'],
    ['Recipient Name', ''],
    ['Recipient Phone', ''],
    ['Shipping Name', 'Shopify: the parcel\'s addressee beside the Billing Name'],
    ['Shipping Phone', ''],
  ])('%j is another person\'s where another column names the customer (%s)', (header) => {
    expect(matchHeader(header, { customerNamedElsewhere: true })).toBeNull();
  });

  it.each([
    ['收货人', 'name', 'a 淘宝 export whose only name is who receives: he is the buyer'],
    ['收件人', 'name', ''],
    ['收件人手机', 'mobile', ''],
    ['收货人电话', 'phone', ''],
  ])('with no other name column %j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['Shipping Street', 'address', 'the order\'s address, most often the buyer\'s own'],
    ['Shipping City', 'city', ''],
    ['收货地址', 'address', 'the parcel\'s address, not a person\'s column'],
    ['配送地址', 'address', ''],
  ])('a shipment\'s place stays the address: %j → %s (%s)', (header, field) => {
    expect(matchHeader(header, { customerNamedElsewhere: true })?.field).toBe(field);
  });

  it.each([['收花人'], ['收件人电话'], ['收货人姓名'], ['Recipient Name'], ['Shipping Phone']])('%j is a recipient\'s column', (header) => {
    expect(isSecondPartyHeader(header)).toBe(true);
  });

  it.each([['订购人'], ['收货地址'], ['姓名'], ['Billing Name']])('%j is no recipient\'s column', (header) => {
    expect(isSecondPartyHeader(header)).toBe(false);
  });
});

describe('matchHeader: the insured is not the customer where the policyholder is named (an insurance agent\'s lists)', () => {
  it.each([
    ['被保人', ''],
    ['被保险人', ''],
    ['被保人电话', 'the insured mother\'s phone: read as the policyholder\'s extra phone, her two children who insure her were one customer'],
    ['被保人出生日期', 'the insured child\'s birthday would greet the policyholder'],
    ['被保险人生日', ''],
    ['受益人', ''],
    ['受益人电话', ''],
    ['Insured Name', ''],
    ['Insured DOB', ''],
    ['Insured Phone', ''],
    ['Beneficiary Name', ''],
  ])('%j is another person\'s beside a policyholder column (%s)', (header) => {
    expect(matchHeader(header, { customerNamedElsewhere: true })).toBeNull();
  });

  it.each([
    ['Insured Name', 'name', 'a health plan\'s list whose only name is the insured: he is the customer'],
    ['Insured DOB', 'birthday', ''],
    ['被保人电话', 'phone', ''],
  ])('with no policyholder column %j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([['投保人'], ['投保人电话'], ['Policyholder'], ['Policyholder Phone']])('%j is the customer\'s own, never another person\'s', (header) => {
    expect(isSecondPartyHeader(header)).toBe(false);
    expect(matchHeader(header, { customerNamedElsewhere: true })).not.toBeNull();
  });
});

describe('matchHeader: a Shopify order export', () => {
  it.each([
    ['Billing Name', 'name', 'who pays is the buyer'],
    ['Total', 'amount', 'what the order cost'],
    ['Lineitem name', 'product', 'what was bought'],
    ['Lineitem price', 'unitPrice', ''],
    ['Lineitem quantity', 'quantity', ''],
    ['Paid at', 'lastPurchase', 'when the order was paid: the purchase'],
    ['Created at', 'createdAt', ''],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([['Subtotal'], ['Points Total'], ['Shipping Name']])('%j names no field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: a marketplace\'s order export (淘宝, 抖店)', () => {
  it.each([
    ['买家会员名', 'customerId', 'the buyer\'s account: one per buyer, whoever receives'],
    ['买家昵称', 'customerId', ''],
    ['买家ID', 'customerId', ''],
    ['Buyer ID', 'customerId', ''],
    ['订单付款时间', 'lastPurchase', 'when the order was paid: the purchase, not when the record was made'],
    ['付款时间', 'lastPurchase', ''],
    ['支付时间', 'lastPurchase', ''],
    ['宝贝标题', 'product', '淘宝\'s item'],
    ['选购商品', 'product', '抖店\'s item'],
    ['订单创建时间', 'createdAt', 'alone, the record\'s creation (an order list reads it as the purchase when nothing else dates it: header-map)'],
    ['店铺名称', 'company', 'a supplier\'s sheet of shops: the shop is the customer'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([['店铺名称'], ['Shop Name'], ['Store Name']])('beside a buyer account %j is the seller\'s own shop, no company of the buyer\'s', (header) => {
    expect(matchHeader(header, { sellersExport: true })).toBeNull();
  });

  it.each([['应付款日期', 'a payment still to make'], ['待付款时间', '']])('%j is no purchase (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: a clinic\'s, a garage\'s and a travel agency\'s visit logs', () => {
  it.each([
    ['就诊日期', 'lastContact', 'the patient was seen, as 最近就诊 says'],
    ['到店日期', 'lastContact', 'a salon\'s visit'],
    ['进厂日期', 'lastContact', 'the car came in for service'],
    ['保养日期', 'lastContact', 'the car was serviced'],
    ['首次到店日期', 'createdAt', 'the first visit: when he became a customer'],
    ['初诊日期', 'createdAt', ''],
    ['下次保养日期', 'nextFollowUp', 'the next service, to book: a follow-up, not a contract ending'],
    ['下次保养', 'nextFollowUp', ''],
    ['下次复诊', 'nextFollowUp', ''],
    ['复诊日期', 'nextFollowUp', ''],
    ['治疗项目', 'product', 'what the clinic did'],
    ['保养项目', 'product', 'what the garage did'],
    ['项目', 'product', 'alone, what was sold'],
    ['线路', 'product', 'the tour a traveller bought'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['下次保养里程', 'a mileage, not a date'],
    ['项目编号', 'a project\'s number'],
    ['项目经理', 'a project manager'],
  ])('%j names no field (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: a day the customer is booked for', () => {
  it.each([['预约到店日期', 'a visit to come is no contact made: the booked day'], ['开庭日期', 'a hearing'], ['考试日期', 'an exam'], ['Hearing Date', ''], ['Appointment', ''],
    ['出行日期', 'a trip\'s departure: mostly ahead in a departure list, prepared for a week ahead'], ['出团日期', ''], ['Departure Date', ''],
    ['还车时间', 'a rented car due back'], ['预产期', 'a 月子中心\'s mother expected'], ['Next appointment', 'a salon\'s booking in the diary']])('%j is the appointment (%s)', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'appointment' });
  });
});

describe('matchHeader: a bank\'s client list', () => {
  it.each([['风险等级', 'a client\'s risk rating (C4-进取型): how much risk he may take, not his worth'], ['Risk Level', ''], ['Risk Rating', '']])('%j is no tier (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([['AUM(万元)'], ['AUM'], ['资产规模'], ['管理资产'], ['Assets Under Management']])('%j is the amount, unless a column names spending', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'amount', fallback: true });
  });

  it.each([['客户等级', 'tier'], ['保险止期', 'contractEnd']])('%j → %s still', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: a care home\'s resident list (tester h78 #15)', () => {
  it.each([['照護等級', 'a 長照 resident\'s care level (第4級 … 第7級): how much care she needs, not her worth'], ['护理等级', ''], ['失能等级', ''], ['照顾等级', ''], ['Care Level', ''], ['Nursing Level', '']])('%j is no tier (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([['客户等级'], ['会员等级'], ['Level']])('%j is the tier still', (header) => {
    expect(matchHeader(header)?.field).toBe('tier');
  });
});

describe('matchHeader: no field', () => {
  it.each([
    ['序号', 'a row counter, not a customer id'],
    ['备用', 'nothing known'],
    ['Order Count Type', 'not an order number'],
    ['快递单号', 'a parcel\'s tracking number: 单号 only counts as the whole header'],
    ['意向产品', 'what a lead asked about: 产品 only counts as the whole header'],
    ['Phone Type', 'describes the phone, is not one'],
    ['Contact Method', '"contact" only counts as the whole header'],
    ['Mail Merge', '"mail" only counts as the whole header'],
    ['Contakt Datum', 'a typo keeps its words: "datum" is no misspelt "name"'],
    ['手机型号', 'a phone model, not a phone number'],
    ['手机号码归属', 'where the number is registered'],
    ['生日礼品', 'a birthday gift'],
    ['公司规模', 'the size of the company'],
    ['邮箱验证', 'whether the e-mail was verified'],
    ['电话录音', 'a call recording'],
    ['下次跟进内容', 'what to say at the next follow-up, not when'],
    ['Company Size', 'the size of the company'],
    ['Email Verified', 'a flag about the e-mail'],
    ['负责人电话', 'the sales rep\'s phone: read as the customer\'s it would join all the rep\'s customers'],
    ['销售电话', 'the sales rep\'s phone'],
    ['紧急联系人', 'someone to call in an emergency'],
    ['紧急联系电话', 'an emergency number'],
    ['推荐人电话', 'the referrer\'s phone'],
    ['Owner Phone', 'the owner\'s phone'],
    ['Account Manager Email', 'the account manager\'s e-mail'],
    ['Emergency Contact Phone', 'an emergency number'],
    ['是否有微信', 'a yes/no question about WeChat'],
    ['Email Opt In', 'a flag about e-mail'],
    ['SMS Consent Phone', 'whether texts may be sent'],
    ['短信订阅手机', ''],
    ['客户会计', 'the client\'s own accountant, no one of the 代账 firm\'s who holds him'],
    ['对方会计', 'the same'],
    ['Created By', 'a user, not a date'],
    ['Annual Revenue', 'company turnover, not customer spend'],
    ['Product Name', 'the name of a product: read as the customer\'s, every buyer of it would be one duplicate group'],
    ['Program Name', 'the name of a programme the site runs'],
    ['Bank Name', 'the customer\'s bank'],
    ['Spouse Name', 'someone else\'s name'],
    ['User Name', 'a login, not a name'],
    ['Store Number', 'a store\'s number, not its name'],
    ['商户号', 'a merchant number, not the merchant'],
    ['Business Type', 'what kind of business'],
    ['门店', 'in a membership sheet, the branch the member belongs to'],
    ['Next Purchase Date', 'what is to come is no last purchase'],
    ['下次购买时间', 'the same'],
    ['Order Count Date', 'a date header whose field word names no date field'],
    ['Store', 'the same'],
    ['Phone 1 - Type', 'Google Contacts: says what kind of phone'],
    ['course', 'one edit from "source", but the first letter differs'],
    ['配偶身份证', 'the spouse\'s ID card: read as the customer\'s, his birthday would be hers'],
    ['宠物性别', 'the pet\'s sex, nobody\'s'],
    ['宝宝性别', 'a baby\'s sex is not its mother\'s: read as hers, she would be greeted as 先生'],
    ['婴儿姓名', 'the baby of a 月子中心\'s customer'],
    ['BankAccountName', 'Xero: the name on the customer\'s bank account, not his company'],
    ['DefaultTaxSales', 'Xero: Tax Exclusive / Tax Inclusive, no money spent'],
    ['Tax Amount', 'a tax is no spending'],
    ['Person1IncludeInEmail', 'Xero: Yes / No, whether the person gets the invoice e-mails'],
    ['CompanyNumber', 'Xero: the company\'s registration number, not its name'],
    ['Contract', 'Notion: a date range ("January 1, 2026 → December 10, 2026"), not a misspelt "Contract No" (a word dropped is no typo)'],
    ['名称', 'single-character synonyms (名) are never searched inside words'],
    ['IP', 'too short for typo matching'],
    ['请于三月前联系客户确认新的手机号码和邮寄地址以及发票抬头信息', 'a sentence is not a header'],
    ['', 'blank'],
  ])('%j → null (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('synonym lists', () => {
  it('no folded synonym names two different fields', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of FIELDS) {
      for (const s of [...f.synonyms, ...(f.fallbackSynonyms ?? [])]) {
        const key = foldHeader(s).key;
        const prev = owner.get(key);
        if (prev && prev !== f.id) clashes.push(`${s}: ${prev} / ${f.id}`);
        owner.set(key, f.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every field is found by its own Chinese and English labels', () => {
    for (const f of FIELDS) {
      expect(matchHeader(f.label['zh-CN'])?.field).toBe(f.id);
      expect(matchHeader(f.label.en)?.field).toBe(f.id);
    }
  });
});

describe('matchHeader: a car\'s service falling due', () => {
  it.each([['年检到期'], ['年审到期'], ['保养到期'], ['下次年检到期日'], ['MOT Expiry'], ['MOT Expiry Date'], ['Inspection Expiry'],
    // The English twins: a garage's Service Due and MOT Due, NZ's WOF, Australia's rego, a vet's vaccines (tester notes s28).
    ['Service Due'], ['MOT Due'], ['Inspection Due'], ['WOF Expiry'], ['Rego Due'], ['Registration Expiry'],
    ['Vaccine Due'], ['Vaccine Due Date'], ['Vaccination Due'], ['Next Vaccination'], ['Rabies Due']])(
    '%j is a due date of its own, matched as a fallback: never the contract end while the sheet has one (保险到期)',
    (header) => {
      expect(matchHeader(header)).toMatchObject({ field: 'contractEnd', fallback: true });
    },
  );
});

describe('matchHeader: a count\'s word beside a currency is money', () => {
  it.each([
    ['Total Purchase (₹)', 'amount', 'an Indian AMC list: what the customer bought, in rupees'],
    ['Purchases ($)', 'amount', 'dollars bought, not how many times'],
    ['Orders (RM)', 'amount', 'ringgit'],
    ['Orders (USD)', 'amount', 'a currency code'],
    ['消费次数（元）', 'amount', 'yuan: the 次数 is a slip, the unit says money'],
    ['Purchases', 'orders', 'without a currency: how many'],
    ['Total Orders', 'orders', 'without a currency: how many'],
    ['购买次数', 'orders', 'a count'],
  ])('%j is %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: an e-mail address abbreviated', () => {
  it.each([['Email Addr'], ['E-Mail Addr'], ['email addr.']])('%j is the e-mail, not the postal address its addr suggests', (header) => {
    expect(matchHeader(header)?.field).toBe('email');
  });
});

describe('matchHeader: money off, back or for the parcel is never what the customer spent', () => {
  it.each([
    ['优惠总金额', '抖店: holds 总金额, and took the amount from 订单应付金额'],
    ['优惠金额', ''], ['折扣金额', ''], ['减免金额', ''], ['退款金额', ''], ['运费金额', ''],
    ['Discount Amount', 'Shopify'], ['Refund Amount', ''], ['Refunded Amount', ''], ['Shipping', 'Shopify'], ['Shipping Amount', ''],
  ])('%j is no amount (%s)', (header) => {
    expect(matchHeader(header)?.field).not.toBe('amount');
  });

  it('reads an average (千牛\'s 平均客单价) as neither the amount nor a unit price', () => {
    expect(matchHeader('平均客单价(元)')).toBeNull();
    expect(matchHeader('客单价')).toBeNull();
  });

  it.each([
    ['订单应付金额', '抖店: what the order cost the buyer'],
    ['实付金额', '金数据, 有赞'],
    ['应付金额', ''],
    ['交易总额(元)', '千牛 客户运营'],
  ])('%j is the amount (%s)', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'amount', confidence: 1 });
  });
});

describe('matchHeader: a form\'s own columns and questions', () => {
  it.each([
    ['What is your name?', 'name', 'Google Forms'],
    ['What\'s your name?', 'name', 'Typeform'],
    ['Full name', 'name', ''],
    ['Your full name', 'name', ''],
    ['Name (First)', 'firstName', 'Gravity Forms: the input in brackets'],
    ['Name (Last)', 'lastName', ''],
    ['Name - First', 'firstName', 'Wufoo: the input after a dash'],
    ['Address (Street Address)', 'address', ''],
    ['Address (City)', 'city', ''],
    ['Address (State / Province)', 'province', ''],
    ['Address (ZIP / Postal Code)', 'postcode', ''],
    ['Address - City', 'city', ''],
    ['Address (Home)', 'address', 'a note on the address, read as before'],
    ['Name (English)', 'name', 'a note on the name'],
    ['Organization - Name', 'company', 'Pipedrive: the organisation\'s name'],
    ['国家和地区', 'country', '腾讯问卷\'s own question: not the region'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['IP Address', 'Qualtrics, SurveyMonkey, Wufoo: was the address'],
    ['IPAddress', 'Qualtrics\' column name'],
    ['IP Addr', ''],
    ['来源IP', 'was the source'],
    ['Source Url', 'Gravity Forms: was the website'],
    ['Page URL', ''],
    ['Referrer', ''],
    ['Name (Prefix)', 'Mr., Mrs.: no name'],
    ['Person - Marketing status', 'Pipedrive: a newsletter opt-in'],
    ['MEMBER_RATING', 'Mailchimp: an engagement score, was the tier'],
    ['地理位置国家和地区', '腾讯问卷: the respondent\'s network, was the province'],
    ['地理位置省', ''],
    ['填写地区', '金数据: located from the IP address'],
  ])('%j names no field (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchHeader: Indian and South-East Asian sales sheets', () => {
  it.each([
    ['Annual Value', 'amount', 'an AMC list: what the customer pays a year'],
    ['Contract Value', 'amount', ''],
    ['AMC Value', 'amount', 'an annual maintenance contract\'s'],
    ['Order Value', 'amount', 'money, never how many orders (₹1,25,000 was "not a whole number")'],
    ['Value (Rs.)', 'amount', 'a bare Value beside its currency'],
    ['Value (Lakhs)', 'amount', 'a bare Value beside its money unit'],
    ['Business (Rs.)', 'amount', 'what the party bought, not his firm'],
    ['Relationship Manager', 'owner', 'a bank\'s or a distributor\'s'],
    ['KAM', 'owner', 'the key account manager'],
    ['Key Account Manager', 'owner', ''],
    ['Sales Person', 'owner', 'two words, folded as Sale Person'],
    ['Mob. No.', 'mobile', ''],
    ['WhatsApp No.', 'mobile', 'a WhatsApp number is a mobile\'s'],
    ['Whatsapp Number', 'mobile', ''],
    ['Mail ID', 'email', 'as Email ID'],
    ['Name of Customer', 'name', ''],
    ['ID No.', 'idCard', 'as ID Number (a South African identity number)'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, how: 'exact' });
  });

  it.each([
    ['ID No', 'idCard', 'a bare ID No. is an identity number'],
    ['ID Number', 'idCard', ''],
    ['Cust ID No.', 'customerId', 'a customer\'s number written with ID No.: read as the ID card, C-1001 would be no customer id'],
    ['Customer ID No.', 'customerId', ''],
    ['Customer ID Number', 'customerId', ''],
    ['Member ID No.', 'customerId', 'a gym\'s or a club\'s member number'],
    ['Member ID', 'customerId', ''],
    ['Client ID No.', 'customerId', ''],
  ])('%j → %s, the whole header (%s)', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, how: 'exact' });
  });

  it.each([['Employee ID No.'], ['Student ID No.'], ['Agent ID No.']])('%j is no ID card: ID No. inside a longer header is a record\'s number', (header) => {
    expect(matchHeader(header)?.field).not.toBe('idCard');
  });

  it.each([['SA ID Number'], ['National ID Number'], ['Passport ID Number']])('%j is still the identity number', (header) => {
    expect(matchHeader(header)?.field).toBe('idCard');
  });

  it.each([
    ['Value', 'a bare Value may be a rating (High, Low)'],
    ['Average Order Value', 'an average is no total'],
  ])('%j → no amount (%s)', (header) => {
    expect(matchHeader(header)?.field).not.toBe('amount');
  });

  it.each([['KAM Mobile'], ['RM Email'], ['RM Contact No.'], ['Relationship Manager Phone']])('%j is the manager\'s own, never the customer\'s', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('keeps a bare Business the customer\'s firm', () => {
    expect(matchHeader('Business')?.field).toBe('company');
  });
});

describe('matchHeader: Outlook\'s Chinese contacts export (中文版 Outlook 导出的联系人)', () => {
  it.each([
    ['经理姓名', 'Manager\'s Name: the contact\'s manager, whose name would stand in every reminder'],
    ['助理的姓名', 'Assistant\'s Name'],
    ['助理的电话', 'Assistant\'s Phone: the assistant\'s, as the English export\'s is'],
    ['主管姓名', 'his supervisor'],
    ['推荐人姓名', 'who referred him'],
    ['推荐人生日', ''],
    ['介绍人电话', ''],
    ['经理生日', 'another person\'s birthday greets no customer'],
    ['秘书手机', ''],
    ["Manager's Birthday", ''],
  ])('%j is another person\'s (%s)', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ['名', 'firstName'],
    ['姓', 'lastName'],
    ['总经理姓名', 'name'],
    ['客户经理', 'owner'],
  ])('%j stays → %s (总经理 heads a sheet of firms as their key person; 客户经理 is ours)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['电子邮件 2 地址', 'email', 'E-mail 2 Address: the second e-mail, no postal address'],
    ['电子邮件 3 地址', 'email', ''],
    ['附注', 'notes', 'Notes'],
    ['商务地址 街道', 'address', 'Business Street'],
    ['商务地址 市/县', 'city', 'Business City'],
    ['商务地址 省/市/自治区', 'province', 'Business State'],
    ['商务地址 邮政编码', 'postcode', ''],
    ['商务地址 国家/地区', 'country', ''],
    ['住宅地址 街道', 'address', 'Home Street'],
    ['住宅地址 市/县', 'city', 'Home City'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it('其他地址 is a second address: it loses to the business and home ones, as Other Street does', () => {
    expect(matchHeader('其他地址 市/县')!.confidence).toBeLessThan(matchHeader('商务地址 市/县')!.confidence);
  });

  it.each([['街道'], ['电子邮件 2 显示名称'], ['电子邮件类型']])('%j names no address (a 街道 alone is a sub-district)', (header) => {
    expect(matchHeader(header)?.field).not.toBe('address');
  });
});

describe('matchHeader: address books\' labels', () => {
  it('Google Contacts\' legacy Group Membership (* myContacts ::: VIP) is the tags', () => {
    expect(matchHeader('Group Membership')?.field).toBe('tags');
  });

  it('a bare 类别 is the tags only in Outlook\'s Chinese export; 客户类别 is the customer type anywhere', () => {
    expect(matchHeader('类别', { outlookZh: true })?.field).toBe('tags');
    expect(matchHeader('类别')).toBeNull();
    expect(matchHeader('客户类别', { outlookZh: true })?.field).toBe('customerType');
  });
});

describe('matchHeader: 京东\'s order export', () => {
  it.each([['下单帐号'], ['下单账号']])('%j is the buyer\'s account → customerId, as 淘宝\'s 买家会员名', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'customerId', how: 'exact' });
  });
});

describe('matchHeader: who carries the parcel is no company of the buyer\'s', () => {
  const CARRIERS = [['物流公司'], ['快递公司'], ['承运商'], ['承运公司'], ['配送公司'], ['货运公司'], ['发货公司'], ['物流公司名称'],
    ['Carrier'], ['Courier Company'], ['Logistics Company'], ['Freight Company'], ['Delivery Company']];
  it.each(CARRIERS)('%j in a list of orders names no field (顺丰速运 on every order)', (header) => {
    expect(matchHeader(header, { orderList: true })).toBeNull();
  });

  it.each([['物流公司'], ['快递公司'], ['Logistics Company'], ['Freight Company']])('%j in a list of no orders is the customer\'s company (a freight broker\'s customers are logistics firms)', (header) => {
    expect(matchHeader(header)?.field).toBe('company');
  });

  it.each([['公司'], ['客户公司'], ['单位名称'], ['运输公司'], ['Shipping Company']])('%j stays the company (a haulier\'s own name; Shopify\'s ship-to company)', (header) => {
    expect(matchHeader(header)?.field).toBe('company');
  });
});

describe('matchHeader: 京东\'s 商家备注等级', () => {
  it.each([['商家备注等级'], ['备注等级']])('%j is the colour of the seller\'s flag on his note (0–5), no tier of the buyer\'s', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('客户等级 stays the tier', () => {
    expect(matchHeader('客户等级')?.field).toBe('tier');
  });
});
