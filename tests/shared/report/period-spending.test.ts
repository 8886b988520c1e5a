/**
 * The report's spending on a sheet that keeps sales one column per period: each customer's months
 * added up (a 合计 beside them where it is typed), summed over the customers and said to be so; a
 * sheet of months was a sheet without spending before.
 */
import { run, resolveSettings, t, type Grid, type Plan } from '../../../shared';
import { monthlySalesEn, pifaSheet } from '../schema/period-sheets';

function planOf(grid: Grid, language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const customers = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!;
const tierSpend = (plan: Plan) => Object.fromEntries(plan.report.sections.find((s) => s.id === 'tier')!.series.map((s) => [s.id, s.spend]));

describe('spending from 1月 … 12月', () => {
  it('adds each buyer\'s months and sums the buyers (144000 + 9000 + 18000 + 5000 + 1200 + 800), the blank one adding nothing', () => {
    const plan = planOf(pifaSheet({ total: false }));
    expect(customers(plan).spendTotal).toBe(178000);
    expect(customers(plan).note).toEqual({ code: 'report.note.spending', params: { header: '1月–12月' } });
    expect(tierSpend(plan)).toMatchObject({ high: 144000, medium: 18000, low: 16000, unknown: 0 });
  });

  it('counts a typed 合计 where there is one (厦门新潮精品\'s 20000) and the months where it is blank', () => {
    const plan = planOf(pifaSheet());
    expect(customers(plan).spendTotal).toBe(180000);
    expect(customers(plan).note).toEqual({ code: 'report.note.spending', params: { header: '合计' } });
  });

  it('says how the amount is read, in the user\'s language', () => {
    const zh = planOf(pifaSheet({ total: false })).problems.find((p) => p.code === 'amount.periodSumDated')!;
    expect(t('zh-CN', zh.code, zh.params)).toContain('金额按 1月–12月 共 12 列相加');
    // The tab (Wholesale 2025) names the year: the last month bought in dates the purchase too.
    const en = planOf(monthlySalesEn(), 'en').problems.find((p) => p.code === 'amount.periodSumDated')!;
    expect(t('en', en.code, en.params)).toContain('Amount is the sum of the 12 columns Jan–Dec');
  });

  it('sums an American sheet\'s Jan … Dec: $30,000 and $1,350', () => {
    expect(customers(planOf(monthlySalesEn(), 'en')).spendTotal).toBe(31350);
  });
});
