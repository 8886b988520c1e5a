/**
 * A CRM's deals export (HubSpot Deals, Salesforce Opportunities, 销售易 / 纷享销客 商机): one row per
 * deal, the company it is with on every deal. It is a list of deals, read as the order list it is
 * (plan/order-list.ts): only won deals are spending (赢单 / Closed won), a lost deal (输单 / Closed lost)
 * is no purchase and churns no one, an open deal (Contract sent, 谈判中) is no purchase yet but a
 * follow-up for its owner by its close date; the customer is the company, classed once.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';

// The tester's HubSpot deals export (h58, 04).
const HUBSPOT = [
  ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Close Date', 'Create Date', 'Deal Owner', 'Associated Company', 'Associated Contact', 'Last Activity Date', 'Next Activity Date', 'Deal Type'],
  ['9001', 'Northwind - Annual renewal 2026', 'Closed won', 'Sales Pipeline', '24,000', '2026-01-15', '2025-11-02', 'Grace Hopper', 'Northwind Traders', 'Ann Devon (ann.devon@northwind.com)', '2026-11-20', '2026-12-15', 'existingbusiness'],
  ['9002', 'Northwind - Add-on seats', 'Closed won', 'Sales Pipeline', '6,500', '2026-06-30', '2026-05-01', 'Grace Hopper', 'Northwind Traders', 'Ann Devon (ann.devon@northwind.com)', '2026-11-20', '2026-12-15', 'existingbusiness'],
  ['9003', 'Contoso expansion', 'Contract sent', 'Sales Pipeline', '85,000', '2026-12-20', '2026-09-12', 'Alan Turing', 'Contoso Ltd', 'Mark Brown (mbrown@contoso.com)', '2026-11-29', '2026-12-03', 'newbusiness'],
  ['9004', 'Fabrikam pilot', 'Closed lost', 'Sales Pipeline', '12,000', '2026-04-01', '2026-02-01', 'Alan Turing', 'Fabrikam Inc', 'Jo Lee (jo.lee@fabrikam.com)', '2026-04-01', '', 'newbusiness'],
  ['9005', 'Tailspin Toys - 2027 renewal', 'Appointment scheduled', 'Renewals', '18,000', '2027-01-31', '2026-11-01', 'Grace Hopper', 'Tailspin Toys', 'Bill Evans (bill@tailspintoys.com)', '2026-11-30', '2026-12-01', 'existingbusiness'],
  ['9006', 'Tailspin Toys - 2026 renewal', 'Closed won', 'Renewals', '16,500', '2026-01-31', '2025-11-01', 'Grace Hopper', 'Tailspin Toys', 'William Evans (bill@tailspintoys.com)', '2026-01-31', '', 'existingbusiness'],
];

// A 销售易 商机 export: 商机阶段 赢单 / 输单 / 谈判审核, 预计成交日期, 客户名称, 负责人.
const XIAOSHOUYI = [
  ['商机名称', '客户名称', '商机阶段', '商机金额', '预计成交日期', '负责人', '创建时间'],
  ['华星电子-年度框架', '华星电子有限公司', '赢单', '120000', '2026-03-15', '李娜', '2026-01-05'],
  ['华星电子-二期扩容', '华星电子有限公司', '谈判审核', '80000', '2026-12-10', '李娜', '2026-10-08'],
  ['远航物流-试点', '远航物流股份有限公司', '输单', '30000', '2026-05-20', '赵磊', '2026-03-01'],
  ['远航物流-正式合同', '远航物流股份有限公司', '赢单', '45000', '2026-08-30', '赵磊', '2026-06-01'],
  ['明德教育-采购', '明德教育科技有限公司', '输单', '15000', '2026-09-30', '赵磊', '2026-07-12'],
];

function planOf(rows: string[][], language: 'zh-CN' | 'en'): Plan {
  // Follow-ups a month ahead, for the deals closing this month.
  const remind = { ...DEFAULT_SETTINGS.remind, followUp: { ...DEFAULT_SETTINGS.remind.followUp, daysAhead: 30 } };
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language, remind }, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const labels = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!.labels;
const followUps = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.owner, r.due]);

describe('a HubSpot deals export (h58, 04)', () => {
  const plan = planOf(HUBSPOT, 'en');

  it('is read as a list of deals: four companies, no deal a duplicate of another', () => {
    expect(plan.orderList).toEqual({ rows: 6, orders: 6, customers: 4, deals: true });
    expect(plan.duplicates.groups).toEqual([]);
    expect(plan.columns.find((c) => c.header === 'Record ID')!.field).not.toBe('customerId');
  });

  it('counts only the won deals as spending: 24,000 + 6,500 + 16,500', () => {
    expect(spending(plan)).toBe(47000);
  });

  it('classes each company once, on its won deals: Northwind\'s two deals one customer, one tier', () => {
    expect(labels(plan, 2)).toEqual(labels(plan, 3));
    expect(labels(plan, 2).lifecycle).toBe('existing');
    // Tailspin's open 2027 renewal beside its won 2026 one: an existing customer.
    expect([labels(plan, 6).lifecycle, labels(plan, 7).lifecycle]).toEqual(['existing', 'existing']);
    // Contoso has only an open deal: no spending yet.
    expect(labels(plan, 4).lifecycle).not.toBe('existing');
  });

  it('churns no one by a lost deal', () => {
    for (const row of [2, 3, 4, 5, 6, 7]) expect(labels(plan, row).lifecycle).not.toBe('churned');
  });

  it('reminds each open deal\'s owner by its next activity or close date, whichever comes first', () => {
    expect(followUps(plan)).toEqual(expect.arrayContaining([
      [4, 'Alan Turing', '2026-12-03'],
      [6, 'Grace Hopper', '2026-12-01'],
    ]));
    // A lost deal's close date is no follow-up.
    expect(followUps(plan).some(([row]) => row === 5)).toBe(false);
  });

  it('counts a call on a company\'s open deal as contact with it: Tailspin is not stale for its won deal\'s old activity', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.customer)).not.toContain('Tailspin Toys');
  });


});

describe('a 销售易 商机 export (商机阶段: 赢单 / 输单 / 谈判审核)', () => {
  const plan = planOf(XIAOSHOUYI, 'zh-CN');

  it('is read as a list of deals of three companies', () => {
    expect(plan.orderList).toEqual({ rows: 5, orders: 5, customers: 3, deals: true });
    expect(plan.duplicates.groups).toEqual([]);
  });

  it('counts only 赢单 as spending, and churns 远航物流 by none of its 输单', () => {
    expect(spending(plan)).toBe(120000 + 45000);
    expect(labels(plan, 4).lifecycle).toBe('existing');
    expect(labels(plan, 5).lifecycle).toBe('existing');
  });

  it('reminds 李娜 of the 华星电子 二期 deal by its 预计成交日期', () => {
    expect(followUps(plan)).toContainEqual([3, '李娜', '2026-12-10']);
  });
});
