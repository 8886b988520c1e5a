/** A sales ledger (订单表): one row per order. Orders are no duplicates; classes, reminders and the report count customers. */
import { cellText, DEFAULT_SETTINGS, run } from '../../../shared';
import { customerView, differentOrders, isOrderList } from '../../../shared/plan/order-list';
import { rec, d } from '../classify/helpers';
import { gridOf, planOf, TODAY } from './helpers';

// A water-purifier shop's ledger: 张伟 bought three times (once under his name without the mobile),
// 李娜 twice; order DD20240104 was pasted in twice.
const LEDGER = [
  ['订单号', '下单日期', '客户姓名', '手机', '商品', '金额', '销售', '生日'],
  ['DD20240101', '2024-01-05', '张伟', '13812345678', '净水器', '3999', '李四', '1990-12-05'],
  ['DD20240102', '2024-02-11', '张伟', '', '滤芯', '398', '李四', ''],
  ['DD20240103', '2024-03-15', '李娜', '13912345678', '净水器', '3999', '王五', ''],
  ['DD20240104', '2024-11-20', '张伟', '13812345678', '滤芯', '398.5', '李四', ''],
  ['DD20240104', '2024-11-20', '张伟', '138 1234 5678', '滤芯', '398.5', '李四', ''],
  ['DD20240105', '2024-06-01', '李娜', '13912345678', '滤芯', '199', '王五', ''],
];

describe('a shop platform\'s orders exported twice, names and phones masked (抖店, 淘宝)', () => {
  // Two overlapping monthly exports pasted together: 子订单 6929…779 is in both, every identity masked.
  const EXPORT = [
    ['子订单编号', '选购商品', '订单应付金额', '收件人', '收件人手机号', '详细地址', '订单提交时间'],
    ['6929316157296627779', '普洱茶饼', '168.00', '杨**', '139****4464', '****大厦*栋***', '2026/9/13 14:02:00'],
    ['6929486982521386910', '白茶寿眉', '129.00', '王**', '186****3932', '****大厦*栋***', '2026/10/9 20:44:06'],
    ['6929316157296627779', '普洱茶饼', '168.00', '杨**', '139****4464', '****大厦*栋***', '2026/9/13 14:02:00'],
    // One order of two lines under one number: two products, never one row typed twice.
    ['6929839531322889108', '小青柑普洱', '59.90', '朱**', '138****5598', '****花园*栋***', '2026/9/26 13:01:27'],
    ['6929839531322889108', '白茶寿眉', '129.00', '朱**', '138****5598', '****花园*栋***', '2026/9/26 13:01:27'],
  ];

  it('finds the order exported twice by its number, the one thing the mask leaves', () => {
    const plan = planOf(EXPORT);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.reasons.map((r) => r.code)])).toEqual([
      [[2, 4], 'exact', ['dedupe.reason.orderId.same']],
    ]);
  });
});

describe('an order list in a run', () => {
  const plan = planOf(LEDGER);

  it('is told by its order-number column, and counts its customers', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['orderId', 'lastPurchase', 'name', 'mobile', 'product', 'amount', 'owner', 'birthday']);
    expect(plan.orderList).toEqual({ rows: 6, orders: 5, customers: 2 });
  });

  it('finds only the order entered twice, never two orders of one customer', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[5, 6], 'exact']]);
  });

  it('classifies customers on all their orders and shows the class on every order row', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    // 张伟: 3999 + 398 + 398.5 = 4795.5; the copy of DD20240104 (an exact duplicate, not merged yet) is
    // one order, not two, and shows his classes too.
    for (const i of [0, 1, 3, 4]) expect(reasons[i]).toContain('累计金额 4795.5');
    for (const i of [2, 5]) expect(reasons[i]).toContain('累计金额 4198');
    const lifecycle = plan.report.sections.find((s) => s.id === 'lifecycle')!;
    expect(lifecycle.series.reduce((n, s) => n + s.count, 0)).toBe(2);
    expect(plan.report.sections.find((s) => s.id === 'customers')!.series).toEqual([
      { id: 'total', label: '客户数', count: 2 },
      { id: 'orders', label: '订单数（订单表的行）', count: 6 },
    ]);
  });

  it('reminds once per customer, from the row of his latest order (of an order typed twice, the row a merge keeps)', () => {
    expect(plan.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.customer])).toEqual([['birthday', 5, '张伟']]);
  });

  it('after a merge of the copy, sums the orders that remain', () => {
    const out = run(gridOf(LEDGER), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge?.removeRows).toEqual([6]);
    expect(out.plan.orderList).toEqual({ rows: 5, orders: 5, customers: 2 });
    const reasons = out.plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 4795.5');
  });

  it('a 销售流水 kept without order numbers is told by its quantity or unit price, and its bare 日期 is the day of each sale', () => {
    // An office-supplies shop: 张伟 bought the same paper for the same sum twice, a month apart.
    const flow = [
      ['日期', '客户名称', '联系电话', '产品', '数量', '单价', '金额', '业务员'],
      ['2024-09-03', '张伟', '13812345678', 'A4打印纸', '10', '25', '250', '李娜'],
      ['2024-09-05', '王芳', '13987654321', '硒鼓', '2', '180', '360', '李娜'],
      ['2024-10-08', '张伟', '13812345678', 'A4打印纸', '10', '25', '250', '李娜'],
      ['2024-11-10', '张伟', '13812345678', '硒鼓', '2', '180', '360', '李娜'],
    ];
    const p = planOf(flow);
    expect(p.columns.map((c) => c.field)).toEqual(['lastPurchase', 'name', 'phone', 'product', 'quantity', 'unitPrice', 'amount', 'owner']);
    expect(p.orderList).toEqual({ rows: 4, orders: 4, customers: 2 });
    expect(p.duplicates.groups).toEqual([]);
    // Read, never rewritten: 数量 and 单价 keep what was typed.
    expect(p.edits.filter((e) => e.field === 'quantity' || e.field === 'unitPrice')).toEqual([]);
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 860');
  });

  it('a dealer\'s customer list naming the model each customer bought, or a list with a bare 日期, is no order list', () => {
    const dealer = [
      ['日期', '客户姓名', '手机', '车型'],
      ['2024-09-03', '张伟', '13812345678', '卡罗拉'],
      ['2024-09-05', '张伟', '138 1234 5678', '雷凌'],
    ];
    const p = planOf(dealer);
    expect(p.orderList).toBeNull();
    expect(p.columns[0].field).toBeNull();
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('a salon\'s 消费记录 kept without order numbers is told by customers there on other days: each visit kept, the member counted once, her spending summed', () => {
    const visits = [
      ['会员姓名', '手机', '交易日期', '服务项目', '金额'],
      ['林小红', '13800001111', '2024-05-06', '烫发', '800'],
      ['林小红', '13800001111', '2024-08-20', '护理', '600'],
      ['林小红', '138 0000 1111', '2024-11-03', '剪发', '200'],
      ['陈静', '13600002222', '2024-02-15', '染发', '680'],
      ['陈静', '13600002222', '2024-10-15', '染发', '680'],
      ['张伟', '13911112222', '2024-06-01', '剪发', '60'],
      ['张伟', '13911112222', '2024-06-01', '剪发', '60'],
    ];
    const p = planOf(visits);
    expect(p.orderList).toEqual({ rows: 7, orders: 7, customers: 3 });
    // Only the visit typed twice is a duplicate.
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[7, 8]]);
    const total = p.report.sections.find((s) => s.id === 'customers')!.series.find((s) => s.id === 'total')!.count;
    expect(total).toBe(3);
  });

  it('a customer list with its latest purchase (最近消费), or with one customer typed twice on another day, is no log', () => {
    const sheet = (dateHeader: string, chenSecondDay: string) => [
      ['会员姓名', '手机', dateHeader, '金额'],
      ['林小红', '13800001111', '2024-05-06', '800'],
      ['林小红', '13800001111', '2024-08-20', '1400'],
      ['陈静', '13600002222', '2024-02-15', '680'],
      ['陈静', '13600002222', chenSecondDay, '1360'],
      ['张伟', '13911112222', '2024-06-01', '60'],
    ];
    expect(planOf(sheet('交易日期', '2024-10-15')).orderList).toEqual({ rows: 5, orders: 5, customers: 3 });
    expect(planOf(sheet('最近消费', '2024-10-15')).orderList).toBeNull();
    expect(planOf(sheet('交易日期', '2024-02-15')).orderList).toBeNull();
  });

  it('a policy list (保单号) is one row per policy: each policy is reminded of its own end day, the customer of his birthday once', () => {
    const policies = [
      ['投保人', '手机', '保单号', '险种', '保费', '生效日期', '到期日期', '生日'],
      ['周杰', '13800001111', 'P2024001', '车险', '4800', '2023-12-06', '2024-12-05', '1988-12-03'],
      ['周杰', '13800001111', 'P2024007', '家财险', '1200', '2024-06-18', '2025-06-17', ''],
      ['王建国', '13911112222', 'P2024010', '重疾险', '12000', '2024-03-01', '2025-02-28', ''],
      ['王建国', '13911112222', 'P2024011', '少儿险', '3000', '2024-03-01', '2024-12-20', ''],
    ];
    const p = planOf(policies);
    expect(p.orderList).toEqual({ rows: 4, orders: 4, customers: 2, policies: true });
    expect(p.duplicates.groups).toEqual([]);
    expect(p.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.customer, r.due])).toEqual([
      ['birthday', 3, '周杰', '2024-12-03'],
      ['contract', 2, '周杰（车险 P2024001）', '2024-12-05'],
      ['contract', 5, '王建国（少儿险 P2024011）', '2024-12-20'],
    ]);
    expect(p.reminders.counts.contract).toBe(2);
  });

  it('two customers of one name, each with his own mobile and rep, are two customers', () => {
    const p = planOf([
      ['订单号', '日期', '客户', '手机', '商品', '金额', '负责人'],
      ['D001', '2024-11-01', '张伟', '13800138001', '茶叶', '60000', '王芳'],
      ['D002', '2024-11-15', '张伟', '13900139002', '茶具', '50000', '赵磊'],
      ['D003', '2024-10-01', '李娜', '13800138002', '茶叶', '5000', '赵磊'],
      ['D004', '2024-11-20', '李娜', '', '茶具', '500', '赵磊'],
    ]);
    expect(p.orderList).toEqual({ rows: 4, orders: 4, customers: 3 });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 60000');
    expect(reasons[1]).toContain('累计金额 50000');
    // 李娜's second order names no mobile: her name joins it to her first.
    expect(reasons[3]).toContain('累计金额 5500');
  });

  it('a mobile in a 电话 column ties a couple\'s orders to one customer; a shared landline ties no one', () => {
    // A 婚纱 studio: 孙浩 and 周婷 booked twice (the second time typed by another adviser, his mobile
    // spaced); the studio keeps no name column, only 新郎 and 新娘.
    const studio = planOf([
      ['订单号', '新郎', '新郎电话', '新娘', '新娘电话', '套餐', '合同金额', '门市顾问'],
      ['HS20260301', '刘强', '13811112222', '何静', '13922223333', '韩式经典A套', '12800', '小美'],
      ['HS20260302', '孙浩', '186 3333 4444', '周婷', '15844445555', '旅拍三亚套', '26800', '阿杰'],
      ['HS20260315', '孙浩', '18633334444', '周婷', '158-4444-5555', '旅拍三亚套+婚礼跟拍', '32800', '小美'],
      ['HS20260320', '吴磊', '13700001111', '郑爽', '', '婚礼跟拍', '18800', '阿杰'],
    ]);
    expect(studio.orderList).toEqual({ rows: 4, orders: 4, customers: 3 });
    const reasons = studio.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[2]).toContain('累计金额 59600');
    // A trading firm's ledger: two buyers at one company give its switchboard as their 联系电话.
    const firm = planOf([
      ['订单号', '日期', '客户', '联系电话', '商品', '金额'],
      ['D001', '2024-11-01', '张伟', '0755-2788 6611', '茶叶', '6000'],
      ['D002', '2024-11-15', '李娜', '0755-27886611', '茶具', '5000'],
    ]);
    expect(firm.orderList).toEqual({ rows: 2, orders: 2, customers: 2 });
  });

  it('a 抖音 export: masked phones join nobody, a refunded order is no spending, an order\'s 已关闭 silences no customer', () => {
    const p = planOf([
      ['订单编号', '下单时间', '收货人', '收件人手机', '商品名称', '商品数量', '实付金额', '订单状态', '负责人'],
      ['6928374650192837465', '2024/06/03 14:22:05', '张伟', '138****1234', '保温杯', '1', '80000.00', '已完成', '李娜'],
      ['6928374650192837467', '2024/06/05 09:10:00', '王芳', '138****1234', '围巾', '1', '150000.00', '已完成', '李娜'],
      ['6928374650192837468', '2024/06/06 09:10:00', '王芳', '138****1234', '台灯', '1', '199.00', '已关闭', '李娜'],
      ['6928374650192837469', '2024/06/06 09:10:00', '李娜', '139****0001', '大礼包', '1', '50000.00', '已退款', '李娜'],
    ]);
    expect(p.orderList).toEqual({ rows: 4, orders: 4, customers: 3 });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    // 王芳: 150000; her closed order of 199 is no spending.
    expect(reasons[1]).toContain('累计金额 150000 ≥');
    const lifecycle = p.addedColumns.find((c) => c.id === 'class.lifecycle')!.values.map(cellText);
    // 李娜 paid nothing: her only order was refunded.
    expect(lifecycle[3]).toBe('潜在客户');
    // 王芳, a high-value customer gone quiet since June, is reminded: her last order's 已关闭 is the order's.
    expect(p.reminders.reminders.map((r) => [r.kind, r.customer])).toContainEqual(['highValueDormant', '王芳']);
    expect(p.reminders.silenced).toEqual(expect.objectContaining({ ended: 0 }));
  });

  it('a 拼多多 export\'s buyers of one common name are told apart by what the mask shows and by where the goods went', () => {
    // 张伟 ×3 and 王芳 ×2: strangers whose phones the platform masked (138****5678, 159****2210 …),
    // each shipped to another city. Only the name would join them: it must not.
    const p = planOf([
      ['订单号', '商品', '实付金额', '订单状态', '收货人', '手机', '收货地址', '支付时间'],
      ['241130-048251736290123', '茅台迎宾酒整箱', '3,980.00', '已收货', '张伟', '138****5678', '广东省深圳市南山区粤海街道科苑路8号', '2024-11-30 10:15:00'],
      ['241122-559102837465001', '茅台迎宾酒整箱', '7,960.00', '已收货', '张伟', '159****2210', '四川省成都市武侯区人民南路四段12号', '2024-11-22 09:01:00'],
      ['241015-223344556677889', '茅台迎宾酒整箱', '3,980.00', '已收货', '张伟', '186****7788', '辽宁省沈阳市和平区南京北街6号', '2024-10-15 20:30:00'],
      ['241101-112233445566778', '东北黑木耳250g', '35.00', '已收货', '王芳', '186****0001', '浙江省杭州市西湖区文一西路200号', '2024-11-01 12:00:00'],
      ['241102-112233445566779', '东北黑木耳250g', '35.00', '已收货', '王芳', '137****4321', '黑龙江省哈尔滨市南岗区西大直街1号', '2024-11-02 12:05:00'],
      // 李秀英 bought twice, to one door: the mask shows the same digits, the name joins her orders.
      ['241128-223344556677810', '东北黑木耳250g', '35.00', '已收货', '李秀英', '139****1234', '江苏省南京市鼓楼区中山北路100号', '2024-11-28 20:30:00'],
      ['241120-998877665544332', '东北黑木耳250g', '99.00', '已收货', '李秀英', '139****1234', '江苏省南京市鼓楼区中山北路100号', '2024-11-20 08:00:00'],
    ]);
    expect(p.orderList).toEqual({ rows: 7, customers: 6, orders: 7 });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 3980 <');
    expect(reasons[1]).toContain('累计金额 7960 <');
    // The rows added together are named, so a user can check the join.
    expect(reasons[5]).toContain('累计金额 134');
    expect(reasons[5]).toContain('第 7、8 行');
    expect(reasons[0]).not.toContain('行');
  });

  it('one name with one masked phone shipped to another province (省 · 市 columns) is two buyers; a full number and its mask are one', () => {
    const p = planOf([
      ['订单号', '商品', '实付金额', '收货人', '手机', '省', '市', '区', '支付时间'],
      ['241130-048251736290123', '有机五常大米5kg', '79.90', '张伟', '138****5678', '广东省', '深圳市', '南山区', '2024-11-30 10:15:22'],
      ['241129-559102837465001', '有机五常大米5kg', '159.80', '张伟', '138****5678', '北京市', '北京市', '朝阳区', '2024-11-29 09:01:10'],
      // His own shop's earlier order, typed in by hand with the whole number: the mask agrees with it.
      ['241001-559102837465002', '有机五常大米5kg', '79.90', '张伟', '13812345678', '广东省', '深圳市', '', '2024-10-01 09:01:10'],
    ]);
    expect(p.orderList).toEqual({ rows: 3, customers: 2, orders: 3 });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 159.8');
    expect(reasons[1]).toContain('累计金额 159.8');
    expect(reasons[0]).toContain('第 2、4 行');
  });

  it('in English, the rows added together are named too', () => {
    const p = planOf([
      ['Order No', 'Order Date', 'Customer', 'Mobile', 'Product', 'Amount'],
      ['A1', '2024-11-01', 'Amy Chen', '13800138001', 'Tea', '60'],
      ['A2', '2024-11-15', 'Amy Chen', '13800138001', 'Teapot', '50'],
    ], { language: 'en' });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('rows 2, 3');
  });

  it('a 拼多多 export\'s refund is in its 售后状态, not its 订单状态 (已收货 stays): a refunded order is no spending', () => {
    // 拼多多's order export as it comes (商家后台 → 订单查询 → 导出): 李秀英 bought twice, and got her
    // October order's money back (售后状态 退款成功) after it was delivered.
    const p = planOf([
      ['商品', '订单号', '订单状态', '商品总价(元)', '用户实付金额(元)', '商家实收金额(元)', '商品数量(件)', '售后状态', '收货人', '手机', '省', '市', '区', '街道', '拼单成功时间', '订单成交时间', '发货时间', '确认收货时间'],
      ['有机五常大米5kg', '241130-048251736290123', '已收货，未评价', '89.90', '79.90', '84.90', '1', '无售后或售后取消', '张伟', '138****5678', '广东省', '深圳市', '南山区', '粤海街道科苑路8号', '2024-11-30 10:15:22', '2024-11-30 10:15:22', '2024-11-30 18:00:00', '2024-12-01 12:00:00'],
      ['有机五常大米5kg', '241129-559102837465001', '已发货，待收货', '179.80', '159.80', '169.80', '2', '无售后或售后取消', '李秀英', '139****1234', '江苏省', '南京市', '鼓楼区', '湖南路街道中山北路100号', '2024-11-29 09:01:10', '2024-11-29 09:01:10', '2024-11-29 17:00:00', ''],
      ['有机五常大米5kg', '241001-559102837465002', '已收货，未评价', '89.90', '89.90', '89.90', '1', '退款成功', '李秀英', '139****1234', '江苏省', '南京市', '鼓楼区', '湖南路街道中山北路100号', '2024-10-01 09:01:10', '2024-10-01 09:01:10', '2024-10-01 17:00:00', ''],
    ]);
    expect(p.columns.find((c) => c.header === '售后状态')!.field).toBe('refundStatus');
    expect(p.orderList).toEqual({ rows: 3, customers: 2, orders: 3 });
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[1]).toContain('累计金额 159.8 <');
  });

  it('a 拼多多 export without a 支付时间 dates each order by its 成团时间 (or 拼单成功时间)', () => {
    const sheet = (dateHeader: string) => [
      ['订单号', '商品', '商品数量(件)', '实付金额', '订单状态', '收货人', '手机', '省', '市', dateHeader, '发货时间', '确认收货时间'],
      ['241128-223344556677889', '东北黑木耳250g', '1', '35.00', '已收货', '李秀英', '139****1234', '江苏省', '南京市', '2024-11-28 20:30:00', '2024-11-29 10:00:00', '2024-12-01 09:00:00'],
      ['241120-998877665544332', '东北黑木耳250g', '3', '99.00', '已收货', '李秀英', '139****1234', '江苏省', '南京市', '2024-11-20 08:00:00', '2024-11-20 15:00:00', '2024-11-23 09:00:00'],
    ];
    for (const header of ['成团时间', '拼单成功时间']) {
      const p = planOf(sheet(header));
      expect(p.columns.find((c) => c.header === header)!.field).toBe('lastPurchase');
      const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
      expect(reasons[0]).toMatch(/^最近购买 3 天前/);
    }
    // Beside a 支付时间, the 成团时间 is left to it.
    const both = planOf(sheet('成团时间').map((r, i) => [...r, i === 0 ? '支付时间' : r[9]]));
    expect(both.columns.find((c) => c.header === '支付时间')!.field).toBe('lastPurchase');
    expect(both.columns.find((c) => c.header === '成团时间')!.field).toBeNull();
  });

  it('a freight forwarder\'s 出货明细 is one row per shipment, told by its 提单号: one customer\'s shipments are never merged', () => {
    // 黄志明 of 鹏程电子 shipped three containers (the third under the company's other name), on other days.
    const shipments = [
      ['客户公司', '联系人', '手机', '提单号', '柜型', '起运港', '目的港', 'ETD', 'ETA', '业务员'],
      ['深圳市鹏程电子有限公司', '黄志明', '13823456789', 'COSU6312345670', '40HQ', 'YANTIAN', 'LOS ANGELES', '2026-11-02', '2026-11-20', 'Kevin王'],
      ['深圳市鹏程电子有限公司', '黄志明', '138 2345 6789', 'COSU6312399881', '20GP', 'YANTIAN', 'HAMBURG', '2026/11/15', '2026/12/28', 'Kevin王'],
      ['鹏程电子(深圳)有限公司', '黄志明', '13823456789', 'MEDUQ1234567', '40HQ', 'SHEKOU', 'ROTTERDAM', '2026-11-28', '2027-01-05', 'Lily陈'],
      ['宁波海曙恒达进出口有限公司', '吴芳', '15988776655', '177123456789012', '40GP', 'NINGBO', 'SYDNEY', '2026-10-10', '2026-10-30', 'Kevin王'],
    ];
    const p = planOf(shipments);
    expect(p.columns[3].field).toBe('orderId');
    expect(p.orderList).toEqual({ rows: 4, orders: 4, customers: 2 });
    expect(p.duplicates.groups).toEqual([]);
    // Without its 提单号, the ETD says the same: three shipments on three days are for the user to
    // review, never a likely duplicate a merge would fold.
    const p2 = planOf(shipments.map((r) => r.filter((_, i) => i !== 3)));
    expect(p2.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3, 4], 'review']]);
    expect(p2.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.otherDays', evidence: 'against', params: { column: 'ETD' } });
  });

  it('a customer list with a few order numbers in it is still a customer list', () => {
    const list = [
      ['姓名', '手机', '订单号'],
      ['张伟', '13812345678', 'DD1'],
      ['张伟', '138 1234 5678', ''],
      ['李娜', '13912345678', ''],
    ];
    const p = planOf(list);
    expect(p.orderList).toBeNull();
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });
});

describe('order-list parts', () => {
  it('two rows are different orders when their order numbers, dates, products or amounts differ', () => {
    const a = rec(2, { orderId: 'DD1', lastPurchase: d('2024-01-05'), product: '净水器', amount: 3999 });
    expect(differentOrders(a, rec(3, { orderId: 'DD2', lastPurchase: d('2024-01-05'), product: '净水器', amount: 3999 }), 'CN')).toBe(true);
    expect(differentOrders(a, rec(3, { lastPurchase: d('2024-02-05'), product: '净水器' }), 'CN')).toBe(true);
    expect(differentOrders(a, rec(3, { product: '滤芯' }), 'CN')).toBe(true);
    expect(differentOrders(a, rec(3, { amount: 398 }), 'CN')).toBe(true);
    expect(differentOrders(a, rec(3, { orderId: 'dd1', product: '净水器 ' }), 'CN')).toBe(false);
    expect(differentOrders(a, rec(3, {}), 'CN')).toBe(false);
  });

  it('is an order list only when most rows have an order number', () => {
    const rows = [rec(2, { orderId: 'DD1' }), rec(3, { orderId: 'DD2' }), rec(4, {})];
    expect(isOrderList(rows, { orderId: 0 })).toBe(true);
    expect(isOrderList(rows.slice(1), { orderId: 0 })).toBe(false);
    expect(isOrderList(rows, {})).toBe(false);
  });

  it('an order still waiting for its payment, or 京东\'s 锁定, is no purchase: its buyer is no existing customer worth what he put in his cart', () => {
    // The tester's 淘宝_订单_未付款买家 and 京东 exports (h46), before helpers' TODAY.
    const p = planOf([
      ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '收货人姓名', '联系手机', '订单创建时间', '宝贝标题'],
      ['2948712345763089616', '甜甜呆呆_2010', '119.70', '交易成功', '王伟', '150****8402', '2024-10-03 13:19:58', '挂耳咖啡 滤挂式 10片装'],
      ['2948712345763089617', '甜甜呆呆_2010', '5990.00', '等待买家付款', '王伟', '150****8402', '2024-11-20 10:00:00', '咖啡机'],
      ['2948712345763089618', 'tb5673_2017', '5990.00', '等待买家付款', '赵芳', '139****4963', '2024-11-21 10:00:00', '咖啡机'],
      ['2948712345763089619', 'jd_d62a3a210***', '4599.00', '锁定', '王*', '135****7849', '2024-11-22 10:00:00', '华为 MatePad Pro 13.2'],
      ['2948712345763089620', 'lucy_1990', '299.00', 'Pending payment', 'Lucy', '', '2024-11-23 10:00:00', 'Grinder'],
    ]);
    expect(p.orderList).toEqual({ rows: 5, orders: 5, customers: 4 });
    const lifecycle = p.addedColumns.find((c) => c.id === 'class.lifecycle')!.values.map(cellText);
    expect(lifecycle).toEqual(['现有客户', '现有客户', '潜在客户', '潜在客户', '潜在客户']);
    // 王伟 spent his one paid order, not the 5990 he has yet to pay.
    const reasons = p.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
    expect(reasons[0]).toContain('累计金额 119.7');
    expect(reasons[0]).not.toContain('6109.7');
  });

  it('WooCommerce\'s status slugs: a pending or on-hold order is no purchase, a cancelled one neither (h77 6)', () => {
    // WooCommerce's CSV export writes the slug (pending, on-hold), not the label Pending payment.
    const p = planOf([
      ['Order Number', 'Order Status', 'Order Date', 'Billing First Name', 'Billing Last Name', 'Billing Email Address', 'Billing Phone', 'Order Total Amount'],
      ['1000', 'completed', '2024-10-01 08:15:00', 'James', 'Smith', 'james.smith@example.com', '(312) 555-1000', '20.00'],
      ['1103', 'pending', '2024-11-23 09:00:00', 'Ian', 'McDonald', 'ian.mcdonald@example.com', '', '60.00'],
      ['1104', 'cancelled', '2024-11-21 09:00:00', 'Ian', 'McDonald', 'ian.mcdonald@example.com', '', '60.00'],
      ['1105', 'on-hold', '2024-11-22 09:00:00', 'Olga', 'Ivanova', 'olga.i@example.com', '', '45.00'],
    ], { language: 'en' });
    const lifecycle = p.addedColumns.find((c) => c.id === 'class.lifecycle')!.values.map(cellText);
    expect(lifecycle).toEqual(['Existing', 'Potential', 'Potential', 'Potential']);
  });

  it('makes one customer of rows that share an identity, his latest order first, with the aggregates', () => {
    const cols = { orderId: 0, lastPurchase: 1, name: 2, mobile: 3, email: 4, amount: 5, company: 6 };
    const view = customerView([
      rec(2, { orderId: 'A1', lastPurchase: d('2024-01-05'), name: '张伟', mobile: '13812345678', amount: 0.1 }),
      rec(3, { orderId: 'A2', lastPurchase: d('2024-03-01'), name: '张伟', email: 'zw@qq.com', amount: 0.2 }),
      rec(4, { orderId: 'A3', lastPurchase: d('2024-02-01'), name: '张伟（老客户）', mobile: '13812345678', email: 'ZW@qq.com' }),
      rec(5, { orderId: 'A4', lastPurchase: d('2024-02-01'), name: '张伟', company: '星辰科技', amount: 5 }),
    ], cols, 'CN');
    expect(view.rowsOf).toEqual([[3, 4, 2], [5]]);
    const [zhang, other] = view.customers;
    expect(zhang.sheetRow).toBe(3);
    expect(zhang.fields.amount).toEqual({ kind: 'number', value: 0.3 });
    expect(zhang.fields.orders).toEqual({ kind: 'number', value: 3 });
    expect(zhang.fields.firstPurchase).toEqual(d('2024-01-05'));
    expect(zhang.fields.lastPurchase).toEqual(d('2024-03-01'));
    expect(zhang.fields.mobile).toEqual({ kind: 'text', value: '13812345678' });
    expect(other.fields.orders).toEqual({ kind: 'number', value: 1 });
  });
});

describe('Shopify\'s orders export: one row per line item, the order\'s fields on its first line only', () => {
  // shopify_orders.csv (h49), the columns that matter: an order's second and later lines repeat its
  // Name (the order number), Email and Created at, and leave Billing Name and the totals blank.
  const HEADERS = ['Name', 'Email', 'Financial Status', 'Paid at', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Billing Name', 'Billing Phone', 'Id'];
  const ORDERS = [
    HEADERS,
    ['#1024', 'ana.garcia@gmail.com', 'paid', '2024-11-25 09:15:44 -0500', '56.99', '2024-11-25 09:15:44 -0500', '2', 'Lavender Candle', '18.00', 'Ana García', '(312) 555-0188', '5801234567001'],
    ['#1024', 'ana.garcia@gmail.com', '', '', '', '2024-11-25 09:15:44 -0500', '1', 'Wick Trimmer', '12.00', '', '', ''],
    ['#1023', 'john.smith@gmail.com', 'paid', '2024-11-20 19:02:11 -0500', '45.83', '2024-11-20 19:02:11 -0500', '1', 'Cedar Candle', '22.00', 'John Smith', '+12175550142', '5801234567000'],
    ['#1023', 'john.smith@gmail.com', '', '', '', '2024-11-20 19:02:11 -0500', '1', 'Gift Box', '8.00', '', '', ''],
    ['#1023', 'john.smith@gmail.com', '', '', '', '2024-11-20 19:02:11 -0500', '3', 'Matches', '2.50', '', '', ''],
    ['#1020', 'john.smith@gmail.com', 'paid', '2024-01-14 16:20:09 -0600', '59.11', '2024-01-14 16:20:09 -0600', '1', 'Gift Card', '50.00', 'John Smith', '+12175550142', '5801234566997'],
  ];
  const plan = planOf(ORDERS, { phone: { defaultRegion: 'US' }, language: 'en' });

  it('asks no name of an order\'s further lines: the order has it, on its first', () => {
    expect(plan.issues.filter((i) => i.code === 'required.missing')).toEqual([]);
    // A line of an order no row names is still missing one.
    const nameless = planOf([HEADERS, ...ORDERS.slice(2)], { phone: { defaultRegion: 'US' }, language: 'en' });
    expect(nameless.issues.filter((i) => i.code === 'required.missing').map((i) => i.sheetRow)).toEqual([2]);
  });

  it('counts orders, not their lines', () => {
    expect(plan.orderList).toEqual({ rows: 6, orders: 3, customers: 2 });
  });

  it('takes the order\'s Id for no customer number', () => {
    expect(plan.columns.find((c) => c.header === 'Id')!.field).toBeNull();
  });
});
