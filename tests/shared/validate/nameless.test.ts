/**
 * A customer known by e-mail or phone but with no name: a newsletter sign-up, a guest checkout, a lead
 * who left only his 手机. He is real and reachable, only the greeting lacks a name: a warning, not the
 * error of a row that names and reaches nobody.
 */
import { issueTitle, t, type CellIssue, type Plan } from '../../../shared';
import { planOf } from '../plan/helpers';

const SHOPIFY_HEADERS = ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Company', 'Address1', 'City', 'Province', 'Country', 'Zip', 'Phone', 'Total Spent', 'Total Orders', 'Tags', 'Note'];
const SHOPIFY = [
  SHOPIFY_HEADERS,
  ['Emma', 'Walsh', 'emma.walsh@outlook.com', 'yes', '', '12 Elm St', 'Portland', 'Oregon', 'United States', '97205', '+1 503-555-0142', '245.50', '3', 'VIP', ''],
  ['', '', 'kate.lee@gmail.com', 'yes', '', '', '', '', '', '', '', '59.00', '1', '', ''],
  ['', '', '', 'no', '', '', '', '', '', '', '', '120.00', '2', '', ''],
  ['', '', 'raj.patel@yahoo.com', 'no', '', '', '', '', '', '', '+1 415-555-0199', '0.00', '0', 'newsletter', ''],
];
const US = { phone: { defaultRegion: 'US' }, language: 'en' };

const LEADS = [
  ['姓名', '手机', '微信', '来源', '备注'],
  ['王建国', '13812345678', 'wjg_1978', '抖音', '问过价格'],
  ['', '13912345678', '', '抖音', ''],
  ['', '', 'lina_0521', '企业微信', ''],
  ['', '', '', '抖音', '留言：想了解课程'],
  ['', '138****5678', '', '抖音', '平台打码'],
];

const nameIssues = (plan: Plan): CellIssue[] => plan.issues.filter((i) => i.rule === 'required');
const said = (plan: Plan) => nameIssues(plan).map((i) => [i.sheetRow, i.severity, i.code]);

describe('a Shopify customer export: an e-mail-only sign-up is a warning, a row with nothing to reach is an error', () => {
  const plan = planOf(SHOPIFY, US);

  it('warns of the e-mail-only and the e-mail-and-phone rows; the row of only a Total Spent stays an error', () => {
    expect(said(plan)).toEqual([
      [3, 'warning', 'required.nameless'],
      [4, 'error', 'required.missing'],
      [5, 'warning', 'required.nameless'],
    ]);
  });

  it('names what the customer is known by, in English and in Chinese', () => {
    const [kate, , raj] = nameIssues(plan);
    expect(t('en', kate.code, kate.params)).toMatch(/^No name: the customer is known only by e-mail\./);
    expect(t('zh-CN', kate.code, kate.params)).toMatch(/^没有姓名：只能凭邮箱识别这位客户。/);
    expect(t('en', raj.code, raj.params)).toMatch(/^No name: the customer is known only by e-mail and phone\./);
    expect(t('zh-CN', raj.code, raj.params)).toMatch(/^没有姓名：只能凭邮箱和电话识别这位客户。/);
  });

  it('puts the warning on the first-name cell, where the name goes', () => {
    expect(nameIssues(plan)[0].field).toBe('firstName');
  });

  it('counts the warnings apart from the errors', () => {
    expect(plan.stats.issuesByCode['required.nameless']).toBe(2);
    expect(plan.stats.issuesByCode['required.missing']).toBe(1);
  });
});

describe('a Chinese lead list (企业微信, 抖音): a lead of a 手机 or a 微信 alone is reachable', () => {
  const plan = planOf(LEADS);

  it('warns 没有姓名 of the 手机-only and 微信-only leads; a lead of a remark alone, or of a masked phone, stays an error', () => {
    expect(said(plan)).toEqual([
      [3, 'warning', 'required.nameless'],
      [4, 'warning', 'required.nameless'],
      [5, 'error', 'required.missing'],
      [6, 'error', 'required.missing'],
    ]);
  });

  it('says which of his contacts the lead is known by', () => {
    const [phoneOnly, wechatOnly] = nameIssues(plan);
    expect(t('zh-CN', phoneOnly.code, phoneOnly.params)).toMatch(/^没有姓名：只能凭手机识别这位客户。/);
    expect(t('zh-CN', wechatOnly.code, wechatOnly.params)).toMatch(/^没有姓名：只能凭微信识别这位客户。/);
    expect(t('en', wechatOnly.code, wechatOnly.params)).toMatch(/^No name: the customer is known only by WeChat\./);
  });
});

describe('a name the user asks for in his own settings stays an error', () => {
  it.each<[string, object]>([
    ['requiredFields ["name"] written out', { validation: { requiredFields: ['name'] } }],
    ['requiredFields ["name", "mobile"] (name kept beside another)', { validation: { requiredFields: ['name', 'mobile'] } }],
  ])('%s: the 手机-only lead is an error', (_why, settings) => {
    const plan = planOf(LEADS, settings);
    expect(said(plan).filter(([row]) => row === 3)).toEqual([[3, 'error', 'required.missing']]);
    expect(plan.issues.some((i) => i.code === 'required.nameless')).toBe(false);
  });
});

describe('disabledRules', () => {
  it('"required" switches the whole check off, warnings and errors', () => {
    expect(nameIssues(planOf(LEADS, { validation: { disabledRules: ['required'] } }))).toEqual([]);
  });

  it('"required.nameless" switches off the warnings alone: a row that reaches nobody is still an error', () => {
    expect(said(planOf(LEADS, { validation: { disabledRules: ['required.nameless'] } }))).toEqual([
      [5, 'error', 'required.missing'],
      [6, 'error', 'required.missing'],
    ]);
  });

  it('"required.missing" switches off the errors alone', () => {
    expect(said(planOf(LEADS, { validation: { disabledRules: ['required.missing'] } }))).toEqual([
      [3, 'warning', 'required.nameless'],
      [4, 'warning', 'required.nameless'],
    ]);
  });
});

describe('another person\'s contact reaches the row\'s customer too', () => {
  it('a wedding studio\'s booking of the bride\'s phone alone (新郎, 新娘 blank) is a warning', () => {
    const plan = planOf([
      ['新郎', '新郎电话', '新娘', '新娘电话', '婚期', '定金'],
      ['张伟', '13812340001', '李娜', '13912340002', '2025-05-20', '2000'],
      ['', '', '', '13912340003', '2025-06-01', '500'],
    ]);
    expect(said(plan)).toEqual([[3, 'warning', 'required.nameless']]);
  });
});

/**
 * A sheet whose customer is a company (B2B: 客户名称 / 公司名称 / Account Name beside a contact column,
 * or a list of companies alone). A row that names its company is not nameless (organisation-contacts);
 * a row the warning is raised on names neither the company nor a contact, and says so in those words.
 */
describe('a company sheet says what the row lacks: the company, and its contact', () => {
  const warned = (plan: Plan) => nameIssues(plan).filter((i) => i.code === 'required.nameless');

  it('客户名称 beside 联系人: 没有公司名称和联系人, and a row of a company alone is no issue', () => {
    const plan = planOf([
      ['客户名称', '联系人', '手机', '邮箱', '城市'],
      ['深圳市华强电子有限公司', '王建国', '13812345678', 'wjg@hqdz.cn', '深圳'],
      ['杭州云帆科技有限公司', '', '13722223333', '', '杭州'],
      ['', '', '13955556666', 'sales@lianhe-trade.com', '上海'],
    ]);
    expect(said(plan)).toEqual([[4, 'warning', 'required.nameless']]);
    const [row] = warned(plan);
    expect(t('zh-CN', row.code, row.params)).toBe('没有公司名称和联系人：只能凭手机和邮箱识别这家客户。补上公司名称和联系人姓名，才知道是哪家客户、该找谁。');
    expect(t('en', row.code, row.params)).toBe('No company or contact name: the customer is known only by mobile and e-mail. Add the company and its contact\'s name to tell which customer it is and whom to ask for.');
  });

  it('公司名称 beside 联系人 is a company sheet too', () => {
    const plan = planOf([
      ['公司名称', '联系人', '联系电话', '行业'],
      ['苏州恒达机械有限公司', '李娜', '0512-66778899', '机械'],
      ['', '', '0512-66778800', '机械'],
    ]);
    const [row] = warned(plan);
    expect(t('zh-CN', row.code, row.params)).toMatch(/^没有公司名称和联系人：只能凭电话识别这家客户。/);
  });

  it('a Salesforce account list in English (Account Name, Contact)', () => {
    const plan = planOf([
      ['Account Name', 'Contact', 'Title', 'Phone', 'Email'],
      ['Brightwater Logistics Ltd', 'Oliver Grant', 'Buyer', '+44 20 7946 0958', 'o.grant@brightwater.co.uk'],
      ['', '', '', '', 'accounts@nordhaven.de'],
    ], { language: 'en' });
    const [row] = warned(plan);
    expect(t('en', row.code, row.params)).toMatch(/^No company or contact name: the customer is known only by e-mail\./);
  });

  it('a list of companies alone (客户名称, no person column): 没有公司名称', () => {
    const plan = planOf([
      ['客户名称', '联系电话', '地址', '行业'],
      ['北京星辰科技有限公司', '010-88886666', '北京市海淀区中关村大街1号', '软件'],
      ['上海云海贸易有限公司', '021-65432109', '上海市浦东新区世纪大道100号', '贸易'],
      ['广州南方物流有限公司', '020-83336666', '广州市天河区体育西路1号', '物流'],
      ['', '0571-88886666', '杭州市西湖区文三路1号', '软件'],
    ]);
    expect(plan.columns[0]).toEqual(expect.objectContaining({ header: '客户名称', field: 'company' }));
    const [row] = warned(plan);
    expect(t('zh-CN', row.code, row.params)).toBe('没有公司名称：只能凭电话识别这家客户。补上公司名称，才知道是哪家客户。');
    expect(t('en', row.code, row.params)).toBe('No company name: the customer is known only by phone. Add the company\'s name to tell which customer it is.');
  });

  it('a sheet of people who work somewhere (姓名 beside 公司名称) still says 没有姓名', () => {
    const plan = planOf([
      ['姓名', '手机号', '邮箱', '公司名称'],
      ['王芳', '13900001111', 'wangfang@163.com', '杭州绿叶茶业'],
      ['', '13900002222', 'lijun@qq.com', ''],
    ]);
    const [row] = warned(plan);
    expect(t('zh-CN', row.code, row.params)).toMatch(/^没有姓名：只能凭手机和邮箱识别这位客户。/);
  });

  it('the summary\'s short title fits either sheet: 没有姓名或名称', () => {
    expect(issueTitle('zh-CN', 'required.nameless')).toBe('没有姓名或名称，只有联系方式');
    expect(issueTitle('en', 'required.nameless')).toBe('no name, known only by a contact detail');
  });
});
