/** A florist's or a bakery's order book: who orders is the customer; who receives the flowers is someone else. */
import { planOf } from './helpers';

// The tester's 订花登记: 刘先生 sends roses to 陈小姐 twice and carnations to his mother; 孙女士 sends
// lilies to the same mother (a neighbour's gift). Each row names the buyer and the recipient.
const BOOK = [
  ['日期', '订购人', '订购人电话', '收花人', '收花人电话', '配送地址', '配送日期', '花束', '金额', '纪念日', '贺卡内容', '接单'],
  ['2024/2/14', '刘先生', '13811112222', '陈小姐', '13922223333', '南山区海岸城写字楼A座1201', '2024/2/14', '33朵红玫瑰', '520', '恋爱纪念日 5月20日', '宝贝情人节快乐', '小花'],
  ['2024/5/19', '刘先生', '13811112222', '陈小姐', '13922223333', '南山区海岸城写字楼A座1201', '2024/5/20', '52朵红玫瑰', '888', '恋爱纪念日 5月20日', '520快乐', '小花'],
  ['2024/5/11', '刘先生', '13811112222', '刘妈妈', '13600001111', '福田区景田北一街', '2024/5/12', '康乃馨花束', '298', '母亲节', '妈妈节日快乐', '小草'],
  ['2024/5/11', '孙女士', '13733334444', '刘妈妈', '13600001111', '福田区景田北一街', '2024/5/12', '百合花篮', '398', '', '阿姨节日快乐', '小草'],
  ['2024/6/5', '赵女士', '13500006666', '赵女士', '13500006666', '宝安区西乡', '2024/6/15', '向日葵', '199', '结婚纪念日 6-15', '', '小草'],
];

describe('a florist\'s order book', () => {
  const plan = planOf(BOOK);

  it('reads who orders as the customer, and neither the recipient\'s name, his phone nor where the flowers go as the customer\'s', () => {
    expect(plan.columns.map((c) => [c.header, c.field, c.extra ?? false]).filter(([, f]) => f !== null)).toEqual([
      ['订购人', 'name', false], ['订购人电话', 'phone', false], ['金额', 'amount', false],
    ]);
  });

  it('never makes two buyers one customer because they sent flowers to one mother', () => {
    const sun = plan.duplicates.groups.find((g) => g.rows.includes(5));
    expect(sun).toBeUndefined();
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3, 4]]);
  });

  it('keeps 刘先生\'s three orders, delivered on other days, as his records: review, never merged', () => {
    const [liu] = plan.duplicates.groups;
    expect([liu.confidence, liu.records]).toEqual(['review', true]);
    expect(liu.reasons.map((r) => r.code)).toContain('dedupe.reason.otherDays');
  });
});

describe('a Shopify orders export', () => {
  // The tester's orders_export_1.csv: Emma ordered twice (#1001, #1002: the second a gift shipped to her
  // mother Margaret in Chicago), Liam once.
  const plan = planOf([
    ['Name', 'Email', 'Financial Status', 'Paid at', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Billing Name', 'Billing Phone', 'Shipping Name', 'Shipping Phone', 'Shipping City'],
    ['#1001', 'emma.j@example.com', 'paid', '2024-03-02 10:11:12 -0500', '50.00', '2024-03-02 10:11:10 -0500', '1', 'Lavender Candle', '45.00', 'Emma Johnson', '+1 (646) 555-0101', 'Emma Johnson', '+1 (646) 555-0101', 'New York'],
    ['#1002', 'emma.j@example.com', 'paid', '2024-05-10 08:00:00 -0400', '90.00', '2024-05-10 07:59:58 -0400', '2', 'Lavender Candle', '45.00', 'Emma Johnson', '+1 (646) 555-0101', 'Margaret Johnson', '(312) 555-0199', 'Chicago'],
    ['#1003', 'liam.smith@example.com', 'paid', '2023-11-24 12:00:00 -0500', '129.60', '2023-11-24 11:59:00 -0500', '1', 'Gift Set', '120.00', 'Liam Smith', '646-555-0123', 'Liam Smith', '646-555-0123', 'New York'],
  ], { phone: { defaultRegion: 'US' } });

  it('is an order list of two customers, each named by who paid', () => {
    expect(plan.orderList).toEqual({ rows: 3, orders: 3, customers: 2 });
    expect(plan.columns.find((c) => c.field === 'name')?.header).toBe('Billing Name');
    expect(plan.columns.find((c) => c.header === 'Shipping Phone')?.field).toBeNull();
  });

  it('keeps the order numbers as they are: #1001 is not cleaned into 1001', () => {
    const col = plan.columns.find((c) => c.header === 'Name')!.col;
    expect(plan.edits.filter((e) => e.col === col)).toEqual([]);
  });

  it('adds up what each customer paid, and dates his last order by its payment (2024-05-10 for Emma, 205 days before helpers\' today)', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map((v) => (v.kind === 'text' ? v.value : ''));
    for (const i of [0, 1]) expect(reasons[i]).toMatch(/^最近购买 205 天前.*累计金额 140 </);
  });
});

describe('a 京东 (JD POP) order export', () => {
  // The tester's 京东_订单导出 (h46), its dates moved before helpers' TODAY: 京东 names each buyer by the
  // account he ordered from (下单帐号), some cut short (jd_d62a3a210***), his name and phone masked.
  const plan = planOf([
    ['订单号', '商品名称', '订购数量', '下单时间', '订单金额', '订单状态', '下单帐号', '客户姓名', '客户地址', '联系电话'],
    ['310000780255', '华为 MatePad Pro 13.2', '3', '2024-03-01 15:33:19', '13797.00', '完成', 'jd_d62a3a210***', '王*', '广东深圳市南山区粤海街道****', '135****7849'],
    ['310001644517', '小米手环8 Pro', '1', '2024-03-03 20:12:22', '899.00', '完成', 'jd_ed8dbab6', '赵**', '广东深圳市南山区粤海街道****', '150****3639'],
    ['310002811364', '品胜 充电宝 10000mAh', '2', '2024-05-09 11:02:45', '258.00', '完成', 'jd_d62a3a210***', '王*', '广东深圳市南山区粤海街道****', '135****7849'],
    ['310003170950', '小米 Redmi K70 12GB+256GB', '1', '2024-06-12 09:41:10', '2999.00', '完成', 'jd_ed8dbab6', '赵**', '广东深圳市南山区粤海街道****', '150****3639'],
    ['310004012877', '小米手环8 Pro', '1', '2024-07-20 18:20:00', '899.00', '完成', 'jd_4ae62e615***', '王*', '上海浦东新区张江镇****', '139****8847'],
  ]);

  it('reads the account the buyer ordered from (下单帐号) as his customer number', () => {
    expect(plan.columns.find((c) => c.header === '下单帐号')?.field).toBe('customerId');
  });

  it('counts the buyers by their accounts, one cut short (jd_d62a3a210***) too: two 王* of two accounts are two buyers', () => {
    expect(plan.orderList).toEqual({ rows: 5, orders: 5, customers: 3 });
  });

  it('says nothing of an account cut short as masked: it still names its buyer', () => {
    expect(plan.issues.filter((i) => i.code === 'cell.masked' && i.field === 'customerId')).toEqual([]);
  });
});

describe('a 淘宝 order export', () => {
  // The tester's 淘宝脱敏.csv (masked phones), its dates moved before helpers' TODAY (2024-12-01): two
  // buyer accounts of one 王芳, a third buyer; every row sold by the shop 阿杰茶叶店.
  const plan = planOf([
    ['订单编号', '买家会员名', '买家实际支付金额', '收货人姓名', '联系手机', '收货地址', '订单付款时间', '宝贝标题', '店铺名称'],
    ['1001', 'wf_2001', '300.00', '王芳', '138****1111', '广东省 深圳市 南山区 A路1号', '2024-07-05 10:00:00', '茶叶A', '阿杰茶叶店'],
    ['1002', 'wangfang88', '9800.00', '王芳', '186****2222', '黑龙江省 哈尔滨市 道里区 B街2号', '2024-11-06 10:00:00', '茶叶礼盒 x20', '阿杰茶叶店'],
    ['1003', 'lmm', '120.00', '李明', '139****3333', '浙江省 杭州市 西湖区 C路3号', '2024-11-07 10:00:00', '茶叶B', '阿杰茶叶店'],
    ['1004', 'lmm', '80.00', '李明', '139****3333', '浙江省 杭州市 西湖区 C路3号', '2024-11-20 10:00:00', '茶叶C', '阿杰茶叶店'],
  ]);

  it('reads the buyer account as the customer number and the payment as the purchase; the shop is nobody\'s company', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['orderId', 'customerId', 'amount', 'name', 'mobile', 'address', 'lastPurchase', 'product', null]);
  });

  it('counts the buyers by their accounts, and dates each one\'s last order by its payment', () => {
    expect(plan.orderList).toEqual({ rows: 4, orders: 4, customers: 3 });
    const reasons = plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map((v) => (v.kind === 'text' ? v.value : ''));
    expect(reasons[3]).toMatch(/^最近购买 11 天前.*累计金额 200 </);
  });
});
