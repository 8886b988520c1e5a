/**
 * A sheet of month columns (1月 … 12月, Jan … Dec, 一季度 … 四季度) gives RFM its frequency where the
 * sheet has no orders column: in how many periods the customer bought, as RFM practice counts it on
 * period data. A buyer in 11 months of 12 is no longer scored as one who bought once in November for
 * the same total. The count is read for RFM's frequency score only, never written, never an order.
 */
import { computeRfm } from '../../../shared/classify/rfm';
import { run, resolveSettings, t, type Grid, type Plan } from '../../../shared';
import { monthlySalesEn, plainSheet, quartersSheet } from '../schema/period-sheets';
import { civil, rec } from './helpers';

const TODAY = '2026-12-04';
const RFM = { classify: { tier: { preset: 'tierByRfm' } } };

function planOf(grid: Grid, input: object = RFM): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const tierReasons = (plan: Plan, sheetRow: number) => row(plan, sheetRow).reasons.filter((r) => r.dimension === 'tier');
const said = (plan: Plan, sheetRow: number, lang: 'zh-CN' | 'en') => tierReasons(plan, sheetRow).map((r) => t(lang, r.code, r.params)).join('；');

const MONTHS_ZH = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

/** 义乌 stall's 拿货 by month, no orders column (sheet rows 2–4): 11 months, one month, one month. */
const yiwuSheet = (): Grid => plainSheet(['客户名称', '联系人', '电话', ...MONTHS_ZH], [
  ['义乌鸿达商行', '陈老板', '13812345678', 5000, 4000, 6000, 5000, 3000, 4000, 5000, 6000, 7000, 5000, 4000, null],
  ['金华小商品批发部', '王姐', '13987654321', null, null, null, null, null, null, null, null, null, null, 30000, null],
  ['永康五金店', '李哥', '13700001111', 800, null, null, null, null, null, null, null, null, null, null, null],
]);

describe('computeRfm: the periods a customer bought in are his frequency when no orders value says it', () => {
  const bought = (n: number) => ({ periods: n, kind: 'month' as const });

  it('scores frequency on the months bought in, and says which rows it read so', () => {
    const { scores, fromPeriods, summary } = computeRfm([
      { ...rec(2, { amount: 54000 }), boughtIn: bought(11) },
      { ...rec(3, { amount: 30000 }), boughtIn: bought(1) },
      { ...rec(4, { amount: 800 }), boughtIn: bought(1) },
    ], civil(TODAY));
    expect(scores[0]!.f).toBeGreaterThan(scores[1]!.f!);
    expect(scores[1]!.f).toBe(scores[2]!.f);
    expect(summary.missing).toEqual(['r']);
    expect(fromPeriods).toEqual([bought(11), bought(1), bought(1)]);
  });

  it('takes a row\'s own orders value where it is typed, the months only where it is blank', () => {
    const { scores, fromPeriods } = computeRfm([
      { ...rec(2, { amount: 54000, orders: 2 }), boughtIn: bought(11) },
      { ...rec(3, { amount: 30000, orders: 40 }), boughtIn: bought(1) },
      { ...rec(4, { amount: 800, orders: null }), boughtIn: bought(1) },
    ], civil(TODAY));
    expect(scores[1]!.f).toBeGreaterThan(scores[0]!.f!);
    expect(fromPeriods).toEqual([null, null, bought(1)]);
  });

  it('leaves frequency out, as before, where neither orders nor periods say it', () => {
    const { scores, summary, fromPeriods } = computeRfm([rec(2, { amount: 54000 }), rec(3, { amount: 800 })], civil(TODAY));
    expect(summary.missing).toEqual(['r', 'f']);
    expect(scores[0]!.f).toBeUndefined();
    expect(fromPeriods).toEqual([null, null]);
  });
});

describe('a 义乌 stall\'s 1月 … 12月 with no orders column, tiered by RFM', () => {
  const plan = planOf(yiwuSheet());

  it('gives 义乌鸿达商行 (11 months) a higher frequency score than 金华小商品批发部 (one month, for about as much)', () => {
    expect(row(plan, 2).rfm!.f).toBeGreaterThan(row(plan, 3).rfm!.f!);
    expect(row(plan, 3).rfm!.f).toBe(row(plan, 4).rfm!.f);
  });

  it('says in both languages that frequency is counted in months, and no longer that 购买次数 was left out', () => {
    expect(said(plan, 2, 'zh-CN')).toContain('购买频次按有金额的月份计（11 个月）');
    expect(said(plan, 3, 'zh-CN')).toContain('（1 个月）');
    expect(said(plan, 2, 'en')).toContain('frequency counted as months with purchases (11)');
    const without = tierReasons(plan, 2).find((r) => r.code === 'classify.reason.rfmWithout')!;
    expect(without.params.fields).toBe('lastPurchase');
    expect(plan.classification.rfm!.missing).toEqual(['r']);
  });

  it('writes the count into no cell, and the months stay as typed', () => {
    const months = new Set(plan.columns.filter((c) => c.amountPart).map((c) => c.col));
    expect(months.size).toBe(12);
    expect(plan.edits.filter((e) => months.has(e.col))).toEqual([]);
    expect(plan.columns.some((c) => c.field === 'orders')).toBe(false);
  });

  it('leaves the lifecycle as the amount alone says it, with or without RFM', () => {
    const plain = planOf(yiwuSheet(), {});
    for (const r of [2, 3, 4]) expect(row(plan, r).labels.lifecycle).toBe(row(plain, r).labels.lifecycle);
  });
});

describe('an American shop\'s Jan … Dec', () => {
  const plan = planOf(monthlySalesEn());

  it('counts Blue Door Gifts\' 12 months above Harbor Candle Co\'s 3, and says so', () => {
    expect(row(plan, 2).rfm!.f).toBeGreaterThan(row(plan, 3).rfm!.f!);
    expect(said(plan, 2, 'en')).toContain('frequency counted as months with purchases (12)');
    expect(said(plan, 3, 'en')).toContain('(3)');
  });
});

describe('a distributor\'s 一季度 … 四季度', () => {
  const plan = planOf(quartersSheet());

  it('counts quarters, in words that say quarters', () => {
    expect(said(plan, 2, 'zh-CN')).toContain('购买频次按有金额的季度计（4 个季度）');
    expect(said(plan, 3, 'en')).toContain('frequency counted as quarters with purchases (2)');
    expect(row(plan, 2).rfm!.f).toBeGreaterThan(row(plan, 3).rfm!.f!);
  });
});

describe('a sheet with its own 购买次数 beside the months', () => {
  const plan = planOf(plainSheet(['客户名称', '电话', ...MONTHS_ZH, '购买次数'], [
    ['义乌鸿达商行', '13812345678', 5000, 4000, 6000, 5000, 3000, 4000, 5000, 6000, 7000, 5000, 4000, null, 2],
    ['金华小商品批发部', '13987654321', null, null, null, null, null, null, null, null, null, null, 30000, null, 40],
    ['永康五金店', '13700001111', 800, null, null, null, null, null, null, null, null, null, null, null, 1],
  ]));

  it('keeps scoring frequency on its orders, and says nothing of months', () => {
    expect(row(plan, 3).rfm!.f).toBeGreaterThan(row(plan, 2).rfm!.f!);
    expect(said(plan, 2, 'zh-CN')).not.toContain('购买频次按');
  });
});
