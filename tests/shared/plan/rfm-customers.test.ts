/** RFM ranks customers: a customer typed twice (not merged yet) counts once, and --merge moves no one's score. */
import { run, resolveSettings, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

// A trading company's sheet: 王建国 pasted in three times (one customer, exact copies), six others once.
const HEADER = ['客户名称', '手机', '公司', '累计消费金额', '消费次数', '最近消费日期'];
const WANG = ['王建国', '13810001111', '上海恒通贸易有限公司', '980000', '36', '2024-11-20'];
const SHEET = [
  HEADER,
  WANG,
  ['李娜', '13920002222', '杭州青禾电子商务有限公司', '260000', '18', '2024-10-28'],
  WANG,
  ['Emily Chen', '13530003333', 'Acme Trading Ltd', '120000', '9', '2024-08-15'],
  ['张伟', '13640004444', '深圳前海科技有限公司', '56000', '5', '2024-05-02'],
  WANG,
  ['刘强', '13750005555', '成都天府物流有限公司', '18000', '3', '2024-01-10'],
  ['陈静', '13860006666', '武汉楚天建材有限公司', '4200', '1', '2023-09-30'],
  ['John Smith', '13970007777', 'Smith & Sons Ltd', '900', '1', '2023-03-18'],
];

const SETTINGS = { classify: { tier: { preset: 'tierByRfm', thresholds: [12, 8] } } };

function planOf(merge: boolean): Plan {
  const settings = resolveSettings(SETTINGS);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(SHEET), { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const totals = (plan: Plan) => new Map(plan.classification.rows.map((r) => [r.sheetRow, r.rfm?.total]));

describe('RFM on a sheet with a customer typed three times', () => {
  const before = planOf(false);
  const after = planOf(true);

  it('the copies are one duplicate group, which --merge folds into row 2', () => {
    expect(before.duplicates.groups.map((g) => g.rows)).toEqual([[2, 4, 7]]);
    expect(after.merge?.removeRows).toEqual([4, 7]);
  });

  it('ranks him once: every other customer scores as he will after the merge', () => {
    const unmerged = totals(before);
    const merged = totals(after);
    for (const row of [3, 5, 6, 8, 9, 10]) expect([row, unmerged.get(row)]).toEqual([row, merged.get(row)]);
    expect([3, 5, 6, 8, 9, 10].map((row) => unmerged.get(row))).toEqual([12, 12, 9, 6, 5, 3]);
  });

  it('gives each of his rows his scores, and the tiers agree with the merge', () => {
    const rows = before.classification.rows;
    expect(new Set([2, 4, 7].map((row) => JSON.stringify(rows.find((r) => r.sheetRow === row)!.rfm)))).toEqual(new Set([JSON.stringify({ r: 5, f: 5, m: 5, total: 15 })]));
    const tier = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels.tier;
    for (const row of [2, 3, 5, 6, 8, 9, 10]) expect([row, tier(before, row)]).toEqual([row, tier(after, row)]);
  });

  it('counts seven customers scored', () => {
    expect(before.classification.rfm?.scored).toBe(7);
    expect(after.classification.rfm?.scored).toBe(7);
  });
});
