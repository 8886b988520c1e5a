/**
 * A row's reasons for one class stop at MAX_REASONS (4) clauses, so a long `all` does not flood the
 * 分类依据 column; a class read on RFM scores keeps to it too. Its notes (RFM without a column, the
 * frequency counted in months) say how the scores were made, and stay; of the rule's clauses the RFM
 * total and the sheet's own values (累计金额) are kept before the component scores the total sums.
 */
import { messageText, run, resolveSettings, type Grid, type Plan } from '../../../shared';
import { monthlySalesEn, plainSheet, MONTHS_ZH } from '../schema/period-sheets';

const TODAY = '2026-12-04';

/** A team's own tier rule: all of four clauses, two of them on RFM component scores. */
const OWN_RFM_TIER = {
  classify: {
    tier: [
      { id: 'high', when: { all: [
        { field: '@rfm.f', op: 'gte', value: 3 },
        { field: '@rfm.m', op: 'gte', value: 3 },
        { field: '@rfm.total', op: 'gte', value: 10 },
        { field: 'amount', op: 'gte', value: 10000 },
      ] } },
      { id: 'low' },
    ],
  },
};

function planOf(grid: Grid, input: object): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const tierSaid = (plan: Plan, sheetRow: number, lang: 'zh-CN' | 'en') => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!
  .reasons.filter((r) => r.dimension === 'tier').map((r) => messageText(lang, r.code, r.params));

/** 义乌 stall's 拿货 by month with the day of the last contact, no orders nor purchase-date column. */
const yiwu = (): Grid => plainSheet(['客户名称', '联系人', '电话', '最近联系', ...MONTHS_ZH], [
  ['义乌鸿达商行', '陈老板', '13812345678', '2026-11-01', 5000, 4000, 6000, 5000, 3000, 4000, 5000, 6000, 7000, 5000, 4000, null],
  ['金华小商品批发部', '王姐', '13987654321', '2026-10-01', null, null, null, null, null, null, null, null, null, null, 30000, null],
  ['永康五金店', '李哥', '13700001111', '2025-01-01', 800, null, null, null, null, null, null, null, null, null, null, null],
]);

describe('a class read on RFM scores says at most four reasons', () => {
  it('keeps the total, the amount and the two notes of how the scores were made, not the component scores', () => {
    const plan = planOf(yiwu(), OWN_RFM_TIER);
    expect(tierSaid(plan, 2, 'zh-CN')).toEqual([
      'RFM 总分 15 ≥ 10',
      '累计金额 54000 ≥ 10000',
      'RFM 未计最近购买（表中没有这一列或整列为空），总分由其余得分按比例折算到 3–15',
      '购买频次按有金额的月份计（11 个月）',
    ]);
  });

  it('an American gift shop\'s monthly sales keep to four too, in English', () => {
    const plan = planOf(monthlySalesEn(), OWN_RFM_TIER);
    // Room for three of the four clauses beside the one note: the monetary score goes first.
    expect(tierSaid(plan, 2, 'en')).toEqual([
      'RFM frequency score 4 ≥ 3',
      'RFM total 12 ≥ 10',
      'Amount 30000 ≥ 10000',
      'frequency counted as months with purchases (12)',
    ]);
  });

  it('leaves a class within the cap as it was: the RFM preset\'s total and its two notes', () => {
    const plan = planOf(yiwu(), { classify: { tier: { preset: 'tierByRfm' } } });
    expect(tierSaid(plan, 2, 'zh-CN')).toEqual([
      'RFM 总分 15 ≥ 12',
      'RFM 未计最近购买（表中没有这一列或整列为空），总分由其余得分按比例折算到 3–15',
      '购买频次按有金额的月份计（11 个月）',
    ]);
  });
});
