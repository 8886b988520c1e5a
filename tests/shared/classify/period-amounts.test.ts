/**
 * A customer's amount kept one column per period (批发档口 1月 … 12月, a distributor's 一季度 …
 * 四季度) is their sum, for the value tier, VIP and RFM: a blank month counts 0 beside a filled one, a
 * row with every month blank has no amount (未知, not 低价值), and the last month filled is his last
 * purchase only when the sheet says which year the months are (客户拿货表（2026）).
 */
import { run, resolveSettings, type Grid, type Plan } from '../../../shared';
import { pifaSheet, quartersSheet } from '../schema/period-sheets';

const TODAY = '2026-12-04';
function planOf(grid: Grid, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const tierReason = (plan: Plan, sheetRow: number) => row(plan, sheetRow).reasons.find((r) => r.dimension === 'tier')!;

describe('a 批发档口 sheet whose months stand without a 合计 (the tester\'s 月度拿货（元）)', () => {
  const plan = planOf(pifaSheet({ total: false }));

  it.each([
    [4, 'high', 144000, '12000 a month'],
    [5, 'low', 9000, '1500 a month, January to June'],
    [8, 'low', 5000, '3000 in January and 2000 in March, the months between blank'],
    [9, 'low', 1200, '1,200 typed as text in November'],
    [10, 'low', 800, '0 in January and 800 in February'],
  ])('row %i is %s: the months add up to %i (%s)', (sheetRow, tier, amount, _why) => {
    expect(row(plan, sheetRow).labels.tier).toBe(tier);
    expect(tierReason(plan, sheetRow).params.value).toBe(String(amount));
  });

  it('leaves the row with every month blank unknown: no amount, not 0', () => {
    expect(row(plan, 6).labels.tier).toBe('unknown');
    expect(tierReason(plan, 6).code).toBe('classify.reason.noAmount');
  });

  it('reads his last purchase from the last month he bought in, the title naming 2026', () => {
    expect(row(plan, 5).lastActivity).toBe('2026-06-30');
    expect(row(plan, 9).lastActivity).toBe('2026-11-30');
    // December 2026 is still running on 2026-12-04: today at the latest.
    expect(row(plan, 4).lastActivity).toBe(TODAY);
    expect(row(plan, 6).lastActivity).toBeUndefined();
    expect(row(plan, 5).reasons.some((r) => r.code === 'classify.reason.monthEnd' && r.params.value === '2026-06')).toBe(true);
  });

  it('guesses no date where the sheet names no year', () => {
    const undated = planOf(pifaSheet({ total: false, year: null }));
    expect(row(undated, 5).lastActivity).toBeUndefined();
    expect(row(undated, 5).labels.tier).toBe('low');
  });

  it('changes none of the month cells, and leaves none of them unread', () => {
    const months = new Set(plan.columns.filter((c) => c.amountPart).map((c) => c.col));
    expect(months.size).toBe(12);
    expect(plan.edits.filter((e) => months.has(e.col))).toEqual([]);
    expect(plan.unreadColumns ?? []).toEqual([]);
  });

  it('scores RFM\'s monetary part on the sum', () => {
    const rfm = planOf(pifaSheet({ total: false }), { classify: { tier: { preset: 'tierByRfm' } } });
    expect(row(rfm, 4).rfm?.m).toBeGreaterThan(row(rfm, 10).rfm!.m!);
  });
});

describe('with a 合计 beside the months', () => {
  const plan = planOf(pifaSheet());

  it('takes the 合计 as the amount where it is typed (厦门新潮精品\'s 20000, though its months add up to 18000)', () => {
    expect(tierReason(plan, 7).params.value).toBe('20000');
    expect(row(plan, 7).labels.tier).toBe('medium');
  });

  it('adds up the months where the 合计 is blank (南宁小燕子服饰: 5000)', () => {
    expect(tierReason(plan, 8).params.value).toBe('5000');
  });

  it('names the row whose 合计 is not the sum of its months, in both languages', () => {
    const differs = plan.problems.find((p) => p.code === 'amount.periodTotalDiffers')!;
    expect(differs.severity).toBe('warning');
    expect(differs.params).toMatchObject({ rows: '7', total: '合计', first: '1月', last: '12月', count: 1 });
  });
});

describe('a distributor\'s 一季度 … 四季度 with 全年', () => {
  const plan = planOf(quartersSheet());
  it('classes by 全年, and by the quarters where 全年 is blank (成都蓉城批发: 10000)', () => {
    expect(row(plan, 2).labels.tier).toBe('high');
    expect(row(plan, 3).labels.tier).toBe('medium');
    expect(tierReason(plan, 4).params.value).toBe('10000');
    expect(row(plan, 4).labels.tier).toBe('medium');
  });
});
