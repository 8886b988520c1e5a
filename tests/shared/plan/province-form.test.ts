/**
 * A 省 column is written one way by the team that keeps it: a dealer list of short names (浙江, 江苏)
 * stays short, a CRM export of full names (浙江省) stays full. Rewriting every cell (2,201 cells of
 * 浙江 → 浙江省, each filled green) buries the real fixes in the summary; only the odd ones out are
 * brought to the column's own majority form. Grouping (report, rules, duplicates) still reads one
 * province however it is written.
 */
import { planOf, after } from './helpers';

const HEADER = ['客户编码', '客户名称', '联系人', '手机', '省', '市', '业务员'];
const dealer = (n: number, province: string, city: string): string[] =>
  [`JX${String(n).padStart(5, '0')}`, `${city}经销商${n}`, '王建国', `1381234${String(5600 + n).padStart(4, '0')}`, province, city, '李娜'];

describe('a dealer list that writes its provinces short (浙江, 江苏)', () => {
  const plan = planOf([
    HEADER,
    dealer(1, '浙江', '杭州'),
    dealer(2, '浙江', '宁波'),
    dealer(3, '江苏', '苏州'),
    dealer(4, '浙江', '温州'),
    dealer(5, '浙江省', '嘉兴'),
    dealer(6, '粤', '广州'),
    dealer(7, '上海', '上海'),
  ]);

  it('keeps the short names as typed: no cell of them is rewritten or counted as fixed', () => {
    for (const row of [2, 3, 4, 5, 8]) expect(after(plan, row, '省')).toBeNull();
  });

  it('writes only the odd ones out the column\'s way: 浙江省 → 浙江, 粤 → 广东', () => {
    expect(after(plan, 6, '省')).toEqual({ kind: 'text', value: '浙江' });
    expect(after(plan, 7, '省')).toEqual({ kind: 'text', value: '广东' });
    const col = plan.columns.find((c) => c.header === '省')!.col;
    expect(plan.edits.filter((e) => e.col === col).length).toBe(2);
  });

  it('counts each province once in the report, by its official name, shown as the column writes it', () => {
    const region = plan.report.sections.find((s) => s.id === 'region')!;
    expect(region.series.map((x) => [x.id, x.label, x.count])).toEqual([['浙江省', '浙江', 4], ['上海市', '上海', 1], ['广东省', '广东', 1], ['江苏省', '江苏', 1]]);
  });
});

describe('a CRM export that writes its provinces full (浙江省, 北京市)', () => {
  const plan = planOf([
    HEADER,
    dealer(1, '浙江省', '杭州'),
    dealer(2, '江苏省', '南京'),
    dealer(3, '北京市', '北京'),
    dealer(4, '浙江', '宁波'),
    dealer(5, 'Guangdong', '深圳'),
  ]);

  it('keeps the full names and writes the odd ones out full: 浙江 → 浙江省, Guangdong → 广东省', () => {
    for (const row of [2, 3, 4]) expect(after(plan, row, '省')).toBeNull();
    expect(after(plan, 5, '省')).toEqual({ kind: 'text', value: '浙江省' });
    expect(after(plan, 6, '省')).toEqual({ kind: 'text', value: '广东省' });
  });
});

describe('a column as short as it is full', () => {
  it('is written full, the official name the report counts by', () => {
    const plan = planOf([HEADER, dealer(1, '浙江', '杭州'), dealer(2, '江苏省', '南京')]);
    expect(after(plan, 2, '省')).toEqual({ kind: 'text', value: '浙江省' });
    expect(after(plan, 3, '省')).toBeNull();
  });
});

/**
 * A Google Contacts export (tester h60's 03_google_contacts.csv): its Address 1 - Region is written
 * in English beside an English formatted address, for a customer in Shenzhen as for one in San
 * Francisco. Rewriting Guangdong as 广东省 leaves the row's address in two languages, puts Chinese
 * into what Google re-imports, and splits the report's region table across two scripts (CA:1, 广东省:1).
 */
describe('a column that writes its regions in English (Guangdong, CA, NY, Ontario)', () => {
  const GOOGLE = ['Name', 'Given Name', 'Family Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Address 1 - Formatted', 'Address 1 - City', 'Address 1 - Region', 'Address 1 - Country', 'Organization 1 - Name'];
  const rows = [
    GOOGLE,
    ['David Chen', 'David', 'Chen', 'david.chen@brightled.com', '+86 138 1234 5678', 'Bright LED Co.\nShenzhen, Guangdong\nChina', 'Shenzhen', 'Guangdong', 'China', 'Bright LED Co.'],
    ['王芳', '芳', '王', 'wangfang@163.com', '13900001111', '', '', '', '', '杭州绿叶茶业'],
    ['Sarah Miller', 'Sarah', 'Miller', 'sarah.miller@millerdental.com', '(415) 555-0142', '500 Market St\nSan Francisco, CA 94105\nUS', 'San Francisco', 'CA', 'US', 'Miller Dental Group'],
    ['Kevin Liu', 'Kevin', 'Liu', 'kevin.liu@pearlriver.cn', '+86 139 8765 4321', 'Tianhe Rd 208\nGuangzhou, Guangdong Province\nChina', 'Guangzhou', 'Guangdong Province', 'China', 'Pearl River Trading'],
    ['Amy Park', 'Amy', 'Park', 'amy@parkimports.com', '(212) 555-0107', '10 Hudson St\nNew York, NY 10013\nUS', 'New York', 'NY', 'US', 'Park Imports'],
    ['Tom Brown', 'Tom', 'Brown', 'tom@northtrade.ca', '(416) 555-0123', '200 Bay St\nToronto, Ontario M5J 2J1\nCanada', 'Toronto', 'Ontario', 'Canada', 'North Trade'],
    ['Lily Zhou', 'Lily', 'Zhou', 'lily.zhou@szled.cn', '+86 137 1111 2222', '', 'Shenzhen', 'Guangdong', 'China', 'SZ LED'],
  ];
  const plan = planOf(rows, {}, { guess: { region: true, currency: true } });

  it('leaves every region as written: Guangdong is not rewritten 广东省 beside its English address', () => {
    for (const row of [2, 4, 5, 6, 7, 8]) expect(after(plan, row, 'Address 1 - Region')).toBeNull();
  });

  it('counts one region under one name in the report, the column\'s own form (Guangdong, not 广东省 beside CA)', () => {
    const region = plan.report.sections.find((s) => s.id === 'region')!;
    const named = region.series.filter((x) => x.id !== '#blank').map((x) => [x.label, x.count]);
    expect(named).toEqual(expect.arrayContaining([['Guangdong', 3], ['CA', 1], ['NY', 1], ['Ontario', 1]]));
    expect(named).toHaveLength(4);
    expect(named.some(([label]) => /\p{Script=Han}/u.test(String(label)))).toBe(false);
  });
});

describe('a Chinese column with one region typed in pinyin', () => {
  it('still writes the odd Guangdong the column\'s way (广东省), as a column of Chinese names reads it', () => {
    const plan = planOf([HEADER, dealer(1, '浙江省', '杭州'), dealer(2, '广东省', '广州'), dealer(3, 'Guangdong', '深圳')]);
    expect(after(plan, 4, '省')).toEqual({ kind: 'text', value: '广东省' });
    const region = plan.report.sections.find((s) => s.id === 'region')!;
    expect(region.series.map((x) => [x.label, x.count])).toEqual([['广东省', 2], ['浙江省', 1]]);
  });
});
