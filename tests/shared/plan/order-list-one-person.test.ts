/**
 * One person across an order, deal or subscription list (tester h75 #6): Olivia Brooks cancelled her
 * Stripe subscription and came back under a new customer ID, her Gmail address typed once with a +tag,
 * once with capitals; 王芳 ordered under two 客户编号 from one Gmail box. Each is one customer of two
 * orders, and her two rows are shown together as her records, never merged. Two colleagues on one
 * company switchboard stay two customers.
 */
import type { Plan } from '../../../shared';
import { run, resolveSettings } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const STRIPE = [
  ['id', 'Customer ID', 'Customer Email', 'Customer Name', 'Product', 'Quantity', 'Amount', 'Status', 'Created (UTC)', 'Current Period Start (UTC)', 'Current Period End (UTC)', 'Canceled At (UTC)', 'Phone (metadata)'],
  ['sub_1PZZ01', 'cus_R000111', 'olivia.brooks+stripe@gmail.com', 'Olivia Brooks', 'Pro', '1', '49.00', 'canceled', '2024-02-01 10:00', '2024-06-01 10:00', '2024-07-01 10:00', '2024-06-20 08:00', '+1 202 555 0190'],
  ['sub_1PZZ07', 'cus_R000333', 'mark.lee@acmeanalytics.com', 'Mark Lee', 'Team', '3', '990.00', 'active', '2024-03-01 10:00', '2024-11-01 10:00', '2025-11-01 10:00', '', '(415) 555-0100'],
  ['sub_1PZZ02', 'cus_R000222', 'Olivia.Brooks@gmail.com', 'olivia brooks', 'Team', '3', '990.00', 'active', '2024-09-01 10:00', '2024-09-01 10:00', '2025-09-01 10:00', '', '(202) 555-0190'],
  // Susan answers the same Acme switchboard as Mark: a firm's number, two people.
  ['sub_1PZZ08', 'cus_R000444', 'susan.park@acmeanalytics.com', 'Susan Park', 'Pro', '1', '49.00', 'active', '2024-10-01 10:00', '2024-11-01 10:00', '2024-12-01 10:00', '', '415-555-0100'],
];

const ORDERS_ZH = [
  ['订单号', '下单日期', '客户编号', '客户姓名', '邮箱', '商品', '金额'],
  ['DD20241001', '2024-10-01', 'C0012', '王芳', 'wang.fang@gmail.com', '净水器', '3999'],
  ['DD20241002', '2024-10-03', 'C0013', '陈志强', 'chenzq@163.com', '滤芯', '398'],
  ['DD20241103', '2024-11-15', 'C0057', '王芳', 'WangFang+shop@gmail.com', '滤芯', '398'],
];

// A 销售流水 kept without order numbers: each row a sale, told apart by its day and goods alone.
const FLOW_ZH = [
  ['日期', '客户编号', '客户名称', '邮箱', '产品', '数量', '单价', '金额'],
  ['2024-09-03', 'K-031', '刘洋', 'liu.yang88@gmail.com', 'A4打印纸', '10', '25', '250'],
  ['2024-09-05', 'K-032', '赵敏', 'zhaomin@qq.com', '硒鼓', '2', '180', '360'],
  ['2024-10-08', 'K-077', '刘洋', 'LiuYang88@gmail.com', '硒鼓', '2', '180', '360'],
];

function planOf(rows: string[][], input: object, merge: ('exact' | 'likely' | 'review')[] = []): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const EN = { language: 'en', phone: { defaultRegion: 'US' } };
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('one person under two customer IDs of a subscriptions export', () => {
  it.each([
    ['no merge', []],
    ['merging exact and likely copies', ['exact', 'likely']],
    ['merging everything offered', ['exact', 'likely', 'review']],
  ] as const)('counts Olivia once, of two subscriptions, shown together and never merged (%s)', (_, merge) => {
    const plan = planOf(STRIPE, EN, [...merge]);
    expect(plan.orderList?.customers).toBe(3);
    const olivia = groupOf(plan, 2)!;
    expect(olivia.rows).toEqual([2, 4]);
    expect(olivia.records).toBe(true);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    // Her cancelled month is still money she paid: 49 + 990 + 990 + 49, no order counted once for her two.
    expect(spending(plan)).toBe(2078);
  });

  it('classes Olivia by her subscription in force, not by the one she cancelled before coming back', () => {
    const plan = planOf(STRIPE, EN);
    for (const row of [2, 4]) expect(plan.classification.rows.find((r) => r.sheetRow === row)!.labels.lifecycle).toBe('existing');
  });

  it('counts Olivia once by her name on her number when she signed up again from her work address', () => {
    const work = STRIPE.map((r) => (r[0] === 'sub_1PZZ02' ? r.map((v, i) => (i === 2 ? 'olivia@brooksdesign.co' : v)) : r));
    const plan = planOf(work, EN);
    expect(plan.orderList?.customers).toBe(3);
    expect(groupOf(plan, 2)?.rows).toEqual([2, 4]);
  });

  it('keeps Mark and Susan, one switchboard, two customers in no group', () => {
    const plan = planOf(STRIPE, EN);
    expect(groupOf(plan, 3)).toBeUndefined();
    expect(groupOf(plan, 5)).toBeUndefined();
  });
});

describe('one buyer under two 客户编号 of an order list', () => {
  it('counts 王芳 once by her one Gmail box (dots, capitals and +tag ignored), her two orders her records', () => {
    const plan = planOf(ORDERS_ZH, {}, ['exact', 'likely', 'review']);
    expect(plan.orderList).toEqual({ rows: 3, orders: 3, customers: 2 });
    const wang = groupOf(plan, 2)!;
    expect(wang.rows).toEqual([2, 4]);
    expect(wang.records).toBe(true);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    expect(spending(plan)).toBe(3999 + 398 + 398);
  });
});

describe('one buyer under two 客户编号 of a sales flow without order numbers', () => {
  it('counts 刘洋 once, and never merges his two sales, told apart by day and goods alone', () => {
    const plan = planOf(FLOW_ZH, {}, ['exact', 'likely', 'review']);
    expect(plan.orderList?.customers).toBe(2);
    expect(groupOf(plan, 2)?.records).toBe(true);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });
});

describe('what the group of one customer\'s orders says (tester h77 #17: a repeat buyer is no contract to review)', () => {
  const reasonCodes = (plan: Plan, row: number) => groupOf(plan, row)!.reasons.map((r) => r.code);
  const reasonCell = (plan: Plan, row: number) => {
    const col = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!;
    const cell = col.values[row - 2];
    return cell.kind === 'text' ? cell.value : '';
  };

  it('names 王芳\'s two orders under two 客户编号 as one customer\'s orders, counted as hers', () => {
    const plan = planOf(ORDERS_ZH, {});
    expect(reasonCodes(plan, 2)).toContain('dedupe.reason.ordersOfOne');
    expect(reasonCodes(plan, 2)).not.toContain('dedupe.reason.twoRecords');
    expect(reasonCell(plan, 2)).toContain('同一客户（写法不同）的不同订单：每笔订单各自保留，按一位客户汇总');
    expect(reasonCell(plan, 2)).not.toContain('合同');
  });

  it('names Olivia\'s two Stripe subscriptions as one customer\'s subscriptions, in English', () => {
    const plan = planOf(STRIPE, EN);
    expect(reasonCodes(plan, 2)).toContain('dedupe.reason.subscriptionsOfOne');
    expect(reasonCell(plan, 2)).toContain("different subscriptions of one customer written two ways: each kept, counted as one customer's");
  });

  it('leaves a customer list\'s two contracts of one customer as the question it is', () => {
    const contracts = [
      ['客户名称', '手机', '签约日期', '合同到期日'],
      ['杭州绿源贸易有限公司', '13857112345', '2025-03-01', '2026-02-28'],
      ['杭州绿源贸易有限公司', '13857112345', '2026-02-20', '2027-02-19'],
    ];
    const plan = planOf(contracts, {});
    expect(plan.orderList).toBeNull();
    expect(reasonCodes(plan, 2)).toContain('dedupe.reason.twoRecords');
    expect(reasonCodes(plan, 2)).not.toContain('dedupe.reason.ordersOfOne');
  });
});
