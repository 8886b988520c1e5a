/**
 * The class columns a run adds: one per dimension with a label per row, and a reasons column that
 * says why, in the sheet's language. Reason texts are rendered once per distinct reason and shared,
 * so these tests hold that rows with different evidence never share a text.
 */
import { run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2024-12-01';

function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const grid: Grid = { sheetName: '客户', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const settings = resolveSettings(language === 'zh-CN' ? {} : { language: 'en' });
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const column = (plan: Plan, id: string) => plan.addedColumns.find((c) => c.id === id)?.values.map((v) => (v.kind === 'text' ? v.value : ''));

const SHEET = [
  ['姓名', '手机', '最近购买', '累计金额', '购买次数'],
  ['张伟', '13812345678', '2024-11-20', '120000', '8'],
  ['王芳', '13912345678', '2024-11-20', '120000', '8'],
  ['李娜', '13712345678', '', '', ''],
  ['赵磊', '13612345678', '2023-01-05', '800', '1'],
  ['刘洋', '13512345678', '2024-11-19', '120000', '8'],
];

describe('class columns', () => {
  it('label each customer per dimension', () => {
    const plan = planOf(SHEET);
    expect(column(plan, 'class.lifecycle')).toEqual(['现有客户', '现有客户', '潜在客户', '流失客户', '现有客户']);
    expect(column(plan, 'class.tier')).toEqual(['高价值', '高价值', '未知', '低价值', '高价值']);
  });

  it('give the same reasons to the same evidence, and different ones to different evidence', () => {
    const reasons = column(plan(), 'class.reasons')!;
    expect(reasons[0]).toBe(reasons[1]);
    expect(reasons[0]).toContain('11 天前');
    expect(reasons[0]).toContain('120000 ≥ 100000');
    // One day further back: the same rules, another number in the text.
    expect(reasons[4]).toContain('12 天前');
    expect(reasons[4]).not.toBe(reasons[0]);
    expect(reasons[3]).toContain('696 天前');
    expect(reasons[3]).toContain('800 < 10000');
    expect(reasons[2]).toContain('无购买记录');
  });

  // A gym member's lifecycle quotes the last-visit test his activity gives too (tester h65:
  // `有消费但没有最近购买日期，最近互动 499 天前 > 365 天；最近互动 499 天前 > 365 天`).
  it('say a last-visit test once when the lifecycle reason quotes it', () => {
    const gym = [
      ['会员姓名', '手机', '累计消费', '最近签到'],
      ['周晓梅', '13612340001', '3600', '2023-07-21'],
    ];
    const reasons = column(planOf(gym), 'class.reasons')!;
    expect(reasons[0].match(/最近互动 499 天前 > 365 天/g)).toHaveLength(1);
    expect(reasons[0]).toContain('有消费但没有最近购买日期，最近互动 499 天前 > 365 天');
  });

  it('speak the sheet language', () => {
    const reasons = column(planOf([['Name', 'Mobile', 'Last purchase', 'Amount', 'Orders'], ['Ann Lee', '+1 415 555 0132', '2024-11-20', '120000', '8']], 'en'), 'class.reasons')!;
    expect(reasons[0]).toMatch(/11 days ago/);
    expect(reasons[0]).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});

function plan(): Plan {
  return planOf(SHEET);
}

describe('the what-if of a run', () => {
  it('counts a customer typed twice (not merged yet) once, as the report does', () => {
    const plan = planOf([
      ['姓名', '手机', '累计消费', '消费次数', '最近消费', '客户等级'],
      ['张伟', '13800138001', '150000', '5', '2024-11-20', 'C级'],
      ['张伟', '138 0013 8001', '150000', '5', '2024-11-20', 'C级'],
      ['李娜', '13800138002', '50000', '3', '2024-10-01', 'B级'],
      ['王强', '13800138003', '5000', '1', '2023-11-30', 'C级'],
    ]);
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    const tier = plan.classification.whatIf.dimensions.find((d) => d.dimension === 'tier')!;
    expect([tier.compared, tier.changed]).toEqual([3, 1]);
    expect([plan.classification.whatIf.rowsCompared, plan.classification.whatIf.rowsChanged]).toEqual([3, 1]);
  });
});
