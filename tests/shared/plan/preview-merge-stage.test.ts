/**
 * A customer typed twice at two stages is classed, before --merge and after it, at the furthest stage
 * a copy reached (dedupe/merged-stage.ts): 周明, kept on 刘洋's 意向客户 row, is 现有客户 by 王磊's 已成交;
 * 孙丽's later 流失 is not undone by her older 老客户; 何平, who signed again after a 流失, is 现有客户.
 * The preview reads the merge's own choice, so its classes and lifecycle counts are those of --merge.
 */
import { run, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { cellText } from '../../../shared/table/cell';
import { gridOf, planOf, TODAY } from './helpers';

// A 销售部 follow-up sheet without purchases: each customer's lifecycle is the stage the sheet states.
const ZH = [
  ['客户名称', '联系人', '手机', '客户阶段', '客户标签', '负责人', '最近联系', '备注'],
  ['杭州明远纺织有限公司', '周明', '13857100001', '意向客户', '意向客户,VIP', '刘洋', '2024-10-08', '约了下周看样'],
  ['杭州明远纺织有限公司', '周明', '13857100001', '已成交', '已成交', '王磊', '2024-11-20', ''],
  ['宁波海丰贸易有限公司', '孙丽', '13968002222', '老客户', '老客户', '王磊', '2023-05-10', '今年没再下单'],
  ['宁波海丰贸易有限公司', '孙丽', '13968002222', '流失', '流失', '王磊', '2024-09-01', ''],
  ['绍兴平安印染有限公司', '何平', '13705713333', '流失', '流失', '刘洋', '2023-03-01', '嫌价格高'],
  ['绍兴平安印染有限公司', '何平', '13705713333', '已成交', '已成交', '王磊', '2024-11-02', ''],
  ['温州启明鞋业有限公司', '陈静', '13605714444', '潜在客户', '潜在客户', '刘洋', '2024-11-15', ''],
];

// A HubSpot-style contacts export: Lifecycle Stage, no deals.
const EN = [
  ['Company', 'First Name', 'Last Name', 'Email', 'Phone', 'Job Title', 'Lifecycle Stage', 'Owner', 'Last Contacted'],
  ['Carter Plumbing', 'John', 'Carter', 'john@carterplumbing.com', '(415) 555-0101', 'Owner', 'Prospect', 'Amy Lee', '2024-10-01'],
  ['Carter Plumbing', 'John', 'Carter', 'john@carterplumbing.com', '(415) 555-0101', '', 'Customer', 'Amy Lee', '2024-11-12'],
  ['Kim Auto Repair', 'Robert', 'Kim', 'rkim@kimauto.com', '(415) 555-0132', 'Service Manager', 'Customer', 'Dan Wu', '2023-06-15'],
  ['Kim Auto Repair', 'Robert', 'Kim', 'rkim@kimauto.com', '(415) 555-0132', '', 'Churned', 'Dan Wu', '2024-10-30'],
  ['Sunrise Bakery', 'Maria', 'Gonzalez', 'maria@sunrisebakery.com', '(415) 555-0177', '', 'Lead', 'Amy Lee', '2024-11-20'],
];

function merged(rows: string[][]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const lifecycleOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels.lifecycle;

// Each customer's name, the row a merge keeps (the fuller one, which states the earlier stage), his lifecycle.
describe.each([
  ['客户阶段', ZH, [['周明', 2, 'existing'], ['孙丽', 4, 'churned'], ['何平', 6, 'existing'], ['陈静', 8, 'potential']]],
  ['Lifecycle Stage', EN, [['John', 2, 'existing'], ['Robert', 4, 'churned'], ['Maria', 6, 'potential']]],
])('%s: each customer is classed at the furthest stage, before and after --merge', (_, sheet, expected) => {
  const rows = sheet as string[][];
  const preview = planOf(rows);
  const after = merged(rows);
  const col = rows[0].findIndex((h) => h === '联系人' || h === 'First Name');

  it.each(expected as [string, number, string][])('%s, kept on row %d, is %s', (name, kept, lifecycle) => {
    const g = preview.duplicates.groups.find((x) => x.rows.some((r) => rows[r - 1][col] === name));
    expect(g ? g.survivor : kept).toBe(kept);
    expect(lifecycleOf(after, kept)).toBe(lifecycle);
    for (const row of g ? g.rows : [kept]) expect(lifecycleOf(preview, row)).toBe(lifecycle);
  });

  it('the report counts the same customers in each lifecycle class before and after --merge', () => {
    const counts = (plan: Plan) => plan.report.sections.find((s) => s.id === 'lifecycle')!.series.map((s) => [s.label, s.count]);
    expect(counts(preview)).toEqual(counts(after));
  });
});

it("周明's merged row keeps 刘洋's 意向客户 and its tags in 合并记录, and holds 已成交 / VIP,已成交", () => {
  const plan = merged(ZH);
  const at = (header: string) => plan.merge!.edits.filter((e) => e.sheetRow === 2 && e.col === plan.columns.find((c) => c.header === header)!.col).map((e) => cellText(e.after));
  expect(at('客户阶段')).toEqual(['已成交']);
  expect(at('客户标签')).toEqual(['VIP,已成交']);
  const note = cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(2)]);
  expect(note).toContain('客户阶段: 意向客户');
  expect(note).toContain('客户标签: 意向客户,VIP');
});

it("周明's group proposes, in its field choices, the stage the merge writes: 王磊's 已成交 from row 3, before and after --merge", () => {
  for (const plan of [planOf(ZH), merged(ZH)]) {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect(g.fields.find((f) => f.field === 'status')).toEqual({ field: 'status', sheetRow: 3, value: '已成交', action: 'fill' });
  }
});
