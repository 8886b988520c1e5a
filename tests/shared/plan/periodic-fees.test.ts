/**
 * A fee charged per period (a 代账 firm's 月服务费, a retainer's Monthly Fee, a membership's 年费) is a rate,
 * not what the client spent in all. A cell typed with the column's own period (300元/月 under 月服务费) is
 * that amount; the value tier, the VIP rule and the report count a year of it (×12 for a month, ×4 for a
 * quarter), which is what such a business means by a client's worth (the tester's sheet had its own 年费
 * column, =月服务费*12), and the reason says so. Tester h72 #5 / #6: 300元/月 left a running client 未知,
 * and the report called one month of fees, 17,100, the clients' spending.
 */
import { t } from '../../../shared/i18n';
import { reasonText } from '../../../shared/classify/reason';
import { cellText } from '../../../shared';
import { after, planOf } from './helpers';

// TODAY is 2024-12-01 (helpers.ts).
const LEDGER = [
  ['企业名称', '联系人', '联系电话', '代账合同到期', '月服务费', '客户经理'],
  ['深圳市恒达贸易有限公司', '李国强', '13902220001', '2025-12-31', '300元/月', '黄经理'],
  ['广州佳禾餐饮管理有限公司', '陈丽', '020-83886666', '2025-06-30', '500', '林经理'],
  ['东莞市鑫隆五金制品有限公司', '苏强', '13713456789', '2025-03-31', '1000', '苏经理'],
  ['深圳市万通贸易有限公司', '石伟晓', '15048132419', '2025-04-28', '1.5万元/年', '苏经理'],
];

describe('a 代账 firm\'s monthly fee', () => {
  const plan = planOf(LEDGER);
  const row = (n: number) => plan.classification.rows.find((r) => r.sheetRow === n)!;

  it('reads 300元/月 under 月服务费 as 300, with no warning, and the client with a running contract as existing', () => {
    expect(cellText(after(plan, 2, '月服务费')!)).toBe('300');
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.code.startsWith('amount.'))).toEqual([]);
    expect(row(2).labels.lifecycle).toBe('existing');
  });

  it('still flags a fee of another period in it (1.5万元/年 under 月服务费): the column may count a month', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 5).map((i) => i.code)).toContain('amount.perPeriod');
  });

  it('tiers a client by a year of fees: 1000 a month is 12000 a year (中价值), 300 a month 3600 (低价值)', () => {
    expect(row(4).labels.tier).toBe('medium');
    expect(row(2).labels.tier).toBe('low');
  });

  it('words the reason as a year of the column\'s fees', () => {
    const tier = row(4).reasons.find((r) => r.dimension === 'tier')!;
    expect(reasonText('zh-CN', tier)).toBe('月服务费 ×12（一年） 12000 ≥ 10000');
    expect(reasonText('en', tier)).toBe('月服务费 ×12 (a year) 12000 ≥ 10000');
  });

  it('counts a year of fees in the report, and says so, in both languages', () => {
    const customers = plan.report.sections.find((s) => s.id === 'customers')!;
    expect(customers.spendTotal).toBe((300 + 500 + 1000) * 12);
    const said = plan.problems.find((p) => p.code === 'amount.feePerYear')!;
    expect(said.params).toMatchObject({ header: '月服务费', times: 12 });
    expect(t('zh-CN', said.code, said.params)).toContain('按一年（×12）');
    expect(t('en', said.code, said.params)).toContain('a year of it (×12)');
  });
});

describe('a fee column of no period, and an annual fee', () => {
  it('a 合同金额 of 300元/月 is still flagged: the column may count the whole contract', () => {
    const plan = planOf([['企业名称', '联系电话', '合同金额'], ['深圳市恒达贸易有限公司', '13902220001', '300元/月']]);
    expect(plan.issues.map((i) => i.code)).toContain('amount.perPeriod');
  });

  it('an Annual Fee is counted as typed (a year already), and £1,200 per year under it is 1200', () => {
    const plan = planOf([
      ['Client', 'Phone', 'Annual Fee'],
      ['Sarah Jones', '07700 900123', '£1,200 per year'],
      ['Tom Baker', '07700 900456', '2400'],
    ], { amount: { currency: 'GBP' }, phone: { defaultRegion: 'GB' } });
    expect(cellText(after(plan, 2, 'Annual Fee')!)).toBe('1200');
    expect(plan.report.sections.find((s) => s.id === 'customers')!.spendTotal).toBe(3600);
    expect(plan.problems.some((p) => p.code === 'amount.feePerYear')).toBe(false);
  });
});

describe('the kind a summary counts an amount per period as', () => {
  // Tester h72 #21: the summary said 1 × 按年或按月计的金额（1.5万元/年） of a sheet that holds 300元/月.
  it('quotes no example the sheet may not hold', () => {
    expect(t('zh-CN', 'title.amount.perPeriod')).toBe('按年、月或天计的金额');
    expect(t('en', 'title.amount.perPeriod')).toBe('amount per year, month or day');
  });
});
