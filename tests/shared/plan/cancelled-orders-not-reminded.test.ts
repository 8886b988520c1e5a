/**
 * An order list's cancelled or refunded order (保单状态 已取消; Status Refunded) runs to no
 * end day: its policy is not renewed, so its end is reminded to nobody. The customer's other orders
 * still are.
 */
import { planOf } from './helpers';

describe("an agent's policy list with a cancelled policy", () => {
  // Today is 2024-12-01 (helpers.ts): every end below falls within the 30-day ladder.
  const plan = planOf([
    ['保单号', '投保人', '手机', '险种', '保费', '生效日期', '到期日期', '保单状态', '业务员'],
    ['P2024001', '周杰', '13812345678', '车险', '4800', '2023-12-10', '2024-12-09', '有效', '王磊'],
    ['P2024003', '林芳', '13912345678', '车险', '5200', '2023-12-15', '2024-12-14', '已取消', '王磊'],
    ['P2024004', '陈明', '13712345678', '意外险', '300', '2023-12-12', '2024-12-11', '已取消', '刘洋'],
    ['P2024005', '陈明', '13712345678', '车险', '3900', '2023-12-20', '2024-12-19', '有效', '刘洋'],
  ]);

  it('is read as a policy list', () => {
    expect(plan.orderList).toMatchObject({ rows: 4, customers: 3 });
  });

  it("reminds no cancelled policy's end: 林芳's only policy and 陈明's cancelled 意外险 are not reminded", () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.due]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [2, '2024-12-09'],
      [5, '2024-12-19'],
    ]);
  });
});

describe('an English order export with a refunded order', () => {
  const plan = planOf([
    ['Order ID', 'Customer', 'Email', 'Product', 'Total', 'Order Date', 'Renewal Date', 'Status', 'Sales Rep'],
    ['SO-1001', 'Hannah Clarke', 'hannah.clarke@gmail.com', 'Gold Plan', '1200', '2023-12-05', '2024-12-05', 'Active', 'Megan'],
    ['SO-1002', 'Oliver Brooks', 'o.brooks@outlook.com', 'Gold Plan', '1200', '2023-12-06', '2024-12-06', 'Refunded', 'Megan'],
    ['SO-1003', 'Grace Patel', 'grace.patel@yahoo.com', 'Silver Plan', '600', '2023-12-07', '2024-12-07', 'Fully refunded', 'Tom'],
  ]);

  it('reminds only the live order of its renewal', () => {
    expect(plan.orderList).toBeDefined();
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.sheetRow)).toEqual([2]);
  });
});
