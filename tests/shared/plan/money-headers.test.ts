/**
 * A spending column headed with a currency and a count's word (an Indian AMC list's Total Purchase (₹)):
 * money the customer spent, read as an amount, never as how many orders he placed.
 */
import { planOf } from './helpers';

describe('a sheet whose spending column names its currency and a count\'s word', () => {
  const plan = planOf([
    ['Customer Name', 'Mobile No', 'Total Purchase (₹)'],
    ['Rajesh Kumar', '9876543210', '125000'],
    ['Priya Sharma', '9845012345', '12500.50'],
    ['Anil Mehta', '9820012345', '350000.50'],
  ]);

  it('reads the column as the amount, with no "not a whole number" for 12500.50', () => {
    expect(plan.columns[2].field).toBe('amount');
    expect(plan.issues.filter((i) => i.code === 'integer.invalid')).toEqual([]);
  });

  it('gives every customer a value tier from it', () => {
    expect(plan.classification.rows.map((r) => r.labels.tier)).not.toContain('unknown');
  });
});

describe('the tester\'s 抖店 order export: money off and the parcel\'s postage are no spending', () => {
  // 优惠总金额 holds 总金额, a longer match than the 金额 of 订单应付金额, and took the amount from it.
  const plan = planOf([
    ['主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品单价', '订单应付金额', '运费', '优惠总金额', '平台优惠', '商家优惠', '支付方式', '收件人', '收件人手机号', '详细地址', '订单提交时间', '订单状态'],
    ['6929839531322889108', '6929839531322889109', '小青柑普洱', '10颗装', '2', '59.90', '119.80', '0.00', '0.00', '0.00', '5.00', '微信', '朱丽', '13812345598', '杭州市西湖区文三路1号', '2024/9/26 13:01:27', '已完成'],
    ['6929556850958797919', '6929556850958797920', '白茶寿眉', '200g礼盒', '1', '129.00', '129.00', '0.00', '5.00', '0.00', '5.00', '微信', '徐明', '15012345717', '广州市天河区体育西路2号', '2024/11/12 16:16:36', '已完成'],
  ]);

  it('reads 订单应付金额 as what the buyer spent, and 优惠总金额 not at all', () => {
    expect(plan.columns.find((c) => c.header === '订单应付金额')?.field).toBe('amount');
    expect(plan.columns.find((c) => c.header === '优惠总金额')?.field).toBeNull();
  });
});

describe('the tester\'s 千牛 客户运营 list', () => {
  const plan = planOf([
    ['客户昵称', '客户姓名', '手机号码', '会员等级', '交易总额(元)', '交易笔数', '平均客单价(元)', '最近交易时间', '首次交易时间', '所在地区', '生日', '性别', '客户来源', '客户标签', '是否入会', '入会时间', '积分'],
    ['t_1500000776', '吴洋', '13912347893', '普通会员', '128.00', '8', '42.67', '2024-03-26 06:32:53', '2022-07-06 10:20:07', '浙江省杭州市', '05-20', '女', '直播', '高复购', '是', '2023-04-03 02:54:12', '4876'],
    ['tb94163792', '高娜', '13812349718', '普通会员', '39.90', '7', '13.30', '2024-10-20 16:15:14', '2022-10-16 12:47:08', '广东省广州市', '', '男', '店铺首页', '老客户', '是', '2023-12-12 13:07:16', '458'],
  ]);
  const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));

  it('reads what the buyer spent, how often he bought, and when he first and last did', () => {
    expect(fields).toMatchObject({ '交易总额(元)': 'amount', '交易笔数': 'orders', '最近交易时间': 'lastPurchase', '首次交易时间': 'firstPurchase' });
  });

  it('reads the average order (平均客单价) as neither the amount nor a unit price', () => {
    expect(fields['平均客单价(元)']).toBeNull();
  });

  it('names the buyer by his 客户姓名; his 淘宝 nickname only when the sheet has no name', () => {
    expect(fields['客户姓名']).toBe('name');
    expect(fields['客户昵称']).toBeNull();
    const nicknames = planOf([['客户昵称', '手机号码', '交易总额(元)'], ['t_1500000776', '13912347893', '128.00'], ['tb94163792', '13812349718', '39.90']]);
    expect(nicknames.columns[0].field).toBe('name');
  });
});

describe('English header rows of British, Irish and Indian sheets: what the customer bought, paid or owes', () => {
  const fieldsOf = (rows: string[][], input: object = {}) => Object.fromEntries(planOf(rows, input).columns.map((c) => [c.header, c.field]));

  it('reads a sales ledger\'s Turnover (Sage\'s Turnover YTD) as what the account bought, classed by it; Balance Due stays unread', () => {
    const rows = [
      ['Customer Name', 'Company', 'Mobile', 'Email', 'Turnover', 'Balance Due', 'Last Order Date', 'Account Manager'],
      ['Oliver Smith', 'Smith & Sons Ltd', '07911 123456', 'oliver@smithsons.co.uk', '£45,000.00', '£1,200.00', '2024-09-14', 'Sarah Jones'],
      ['Amelia Brown', 'Brown Bakery', '07700 900123', 'amelia@brownbakery.co.uk', '£8,500.00', '£3,400.00', '2024-11-02', 'Sarah Jones'],
      ['Harry Wilson', 'Wilson Plumbing', '07912 345678', 'harry@wilsonplumbing.co.uk', '£950.00', '£0.00', '2024-03-21', 'Tom Baker'],
    ];
    const plan = planOf(rows, { amount: { currency: 'GBP' } });
    expect(Object.fromEntries(plan.columns.map((c) => [c.header, c.field]))).toMatchObject({ Turnover: 'amount', 'Balance Due': null });
    // £ tiers: high from 20,000, medium from 2,000.
    expect(plan.classification.rows.map((r) => r.labels.tier)).toEqual(['high', 'medium', 'low']);
    expect(fieldsOf([['Account Name', 'Contact Name', 'Telephone', 'Turnover YTD', 'Credit Limit'], ['Bayside Dental', 'Ann Lee', '020 7946 0321', '12500.00', '5000']])['Turnover YTD']).toBe('amount');
  });

  it('reads a lead list\'s Annual Turnover as the firm\'s own business and Outstanding as what it owes: neither is the amount', () => {
    const fields = fieldsOf([
      ['Company', 'Contact', 'Phone', 'Email', 'Annual Turnover', 'Outstanding', 'Employees'],
      ['Carter Dental Ltd', 'James Carter', '020 7946 0321', 'james@carterdental.co.uk', '£2,500,000', '£1,200.00', '25'],
      ['Turner Cafe Ltd', 'Sophie Turner', '0161 496 0123', 'sophie@turnercafe.co.uk', '£800,000', '£0.00', '8'],
    ]);
    expect(fields['Annual Turnover']).toBeNull();
    expect(fields.Outstanding).toBeNull();
    expect(Object.values(fields)).not.toContain('amount');
  });

  it('reads a bare Turnover beside the firm\'s headcount as the firm\'s own business: a lead list\'s prospects are no customers of tier high', () => {
    const plan = planOf([
      ['Company', 'Contact', 'Phone', 'Email', 'Turnover', 'Employees', 'Next Call'],
      ['Carter Dental Ltd', 'James Carter', '020 7946 0321', 'james@carterdental.co.uk', '£12.5m', '40', '2026-12-10'],
      ['Turner Cafe Ltd', 'Sophie Turner', '0161 496 0123', 'sophie@turnercafe.co.uk', '£850k', '8', '2026-12-11'],
      ['Walker Gym Ltd', 'Liam Walker', '0113 496 0456', 'liam@walkergym.co.uk', '£3.2m', '25', '2026-12-12'],
    ], { amount: { currency: 'GBP' } });
    expect(plan.columns.find((c) => c.header === 'Turnover')?.field).toBeNull();
    expect(plan.classification.rows.map((r) => r.labels.tier)).not.toContain('high');
  });

  it('reads an Irish accountant\'s Annual Fee as what the client pays, not his Balance Due', () => {
    const fields = fieldsOf([
      ['Client', 'Contact Person', 'Phone', 'Email', 'Annual Fee', 'Balance Due', 'Renewal Date', 'Account Manager'],
      ['Murphy Accountants', 'Sean Murphy', '087 123 4567', 'sean@murphy.ie', '€2,400.00', '€600.00', '2027-01-31', 'Aoife Kelly'],
      ['Byrne Dental', 'Niamh Byrne', '086 234 5678', 'niamh@byrnedental.ie', '€1,800.00', '€0.00', '2026-12-15', 'Aoife Kelly'],
    ]);
    expect(fields).toMatchObject({ 'Annual Fee': 'amount', 'Balance Due': null });
  });

  it('gives the amount to the column that says what the customer spent, beside a Turnover, an Annual Fee or an Annual Turnover', () => {
    expect(fieldsOf([
      ['Customer Name', 'Mobile', 'Turnover', 'Outstanding', 'Total Spent'],
      ['Oliver Smith', '07911 123456', '£2,500,000', '£1,200.00', '£45,000.00'],
      ['Amelia Brown', '07700 900123', '£800,000', '£0.00', '£8,500.00'],
    ])).toMatchObject({ Turnover: null, Outstanding: null, 'Total Spent': 'amount' });
    expect(fieldsOf([
      ['Party Name', 'Mobile No', 'Annual Turnover (₹)', 'Total Business (₹)', 'Annual Fee'],
      ['Sharma Traders', '9876543210', '2,50,00,000', '12,50,000', '25,000'],
      ['Mehta Agencies', '9845012345', '80,00,000', '3,75,000', '25,000'],
    ])).toMatchObject({ 'Annual Turnover (₹)': null, 'Total Business (₹)': 'amount', 'Annual Fee': null });
  });
});
