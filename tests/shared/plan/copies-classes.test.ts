/**
 * A customer typed twice and not merged yet is one customer: the report counts him once, in the
 * classes of the row a merge keeps (with the values the merge gives it). The sheet must say the same
 * on each of his rows, and say why, or a rep reading the copy row sees 低价值 for a customer the
 * report counts as 高价值 (and the JSON's row labels disagree with its own report counts).
 */
import { run, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { gridOf, planOf, TODAY } from './helpers';

// A Hangzhou distributor's list: 陈建国 was typed in March with his first ¥3,000 order and again in
// October, his company written in full, with his running total of ¥120,000. Same mobile, same name:
// a likely group, kept (most complete, then latest) on row 4.
const SHEET = [
  ['客户名称', '联系人', '手机', '累计金额', '最近购买', '负责人'],
  ['杭州恒信机电', '陈建国', '13857112345', '3000', '2024-03-02', '王芳'],
  ['宁波港城物流', '刘敏', '13968001122', '26000', '2024-11-05', '王芳'],
  ['杭州恒信机电有限公司', '陈建国', '138 5711 2345', '120000', '2024-10-18', '王芳'],
];

const column = (plan: Plan, id: string) => plan.addedColumns.find((c) => c.id === id)!.values.map((v) => (v.kind === 'text' ? v.value : ''));
const section = (plan: Plan, id: string) => plan.report.sections.find((s) => s.id === id)!;
const labelsOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;

/** Each dimension's label → how many customers the sheet's class column shows, a group's rows once. */
function customersBySheet(plan: Plan, dimension: string): Record<string, number> {
  const groupOf = new Map(plan.duplicates.groups.filter((g) => g.confidence !== 'review').flatMap((g) => g.rows.map((r) => [r, g.id] as const)));
  const values = column(plan, `class.${dimension}`);
  // A customer whose rows show two labels is counted under both, joined: the report has no such line.
  const seen = new Map<string, Set<string>>();
  plan.classification.rows.forEach((row, i) => {
    const customer = groupOf.get(row.sheetRow) ?? `row ${row.sheetRow}`;
    seen.set(customer, (seen.get(customer) ?? new Set()).add(values[i]));
  });
  const out: Record<string, number> = {};
  for (const labels of seen.values()) {
    const label = [...labels].join(' / ');
    out[label] = (out[label] ?? 0) + 1;
  }
  return out;
}

describe('a customer typed twice, not merged yet: one customer, one class on each of his rows', () => {
  const plan = planOf(SHEET);

  it('is one likely group, kept on row 4', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.survivor])).toEqual([[[2, 4], 'likely', 4]]);
  });

  it('shows on the copy row the classes the report counts him in (the kept row\'s), not the copy\'s own ¥3,000', () => {
    expect(column(plan, 'class.tier')).toEqual(['高价值', '中价值', '高价值']);
    expect(column(plan, 'class.activity')).toEqual(['活跃', '活跃', '活跃']);
    expect(labelsOf(plan, 2)).toEqual(labelsOf(plan, 4));
  });

  it('says on each of his rows that the two are one customer, classed once as the row a merge keeps', () => {
    const reasons = column(plan, 'class.reasons');
    expect(reasons[0]).toContain('累计金额 120000 ≥ 100000');
    expect(reasons[0]).not.toContain('3000 < 10000');
    for (const i of [0, 2]) expect(reasons[i].startsWith('第 2、4 行是同一位客户（重复录入，尚未合并）：按合并后保留的第 4 行分类；')).toBe(true);
    expect(reasons[1]).not.toContain('同一位客户');
  });

  it('the sheet\'s class columns, counted a customer once, are the report\'s counts', () => {
    for (const dimension of ['lifecycle', 'activity', 'tier', 'vip']) {
      const report = Object.fromEntries(section(plan, dimension).series.filter((s) => s.count > 0).map((s) => [s.label, s.count]));
      expect([dimension, customersBySheet(plan, dimension)]).toEqual([dimension, report]);
    }
  });

  it('are the classes the kept row has after --merge', () => {
    const out = run(gridOf(SHEET), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge!.removeRows).toEqual([2]);
    expect(labelsOf(out.plan, 4)).toEqual(labelsOf(plan, 2));
  });

  it('speaks English on an English sheet', () => {
    const en = planOf([
      ['Name', 'Company', 'Mobile', 'Total Spent', 'Last Purchase', 'Account Manager'],
      ['Emma Lewis', 'Hooft BV', '+44 7911 123456', '4000', '2024-03-02', 'Sarah Jones'],
      ['James Patel', 'Patel & Sons Ltd', '+44 7700 900456', '26000', '2024-11-05', 'Tom Baker'],
      ['Emma Lewis', 'Hooft B.V.', '+44 7911 123456', '120000', '2024-10-18', 'Sarah Jones'],
    ], { language: 'en' });
    expect(en.duplicates.groups.map((g) => [g.rows, g.survivor])).toEqual([[[2, 4], 4]]);
    const reasons = column(en, 'class.reasons');
    expect(column(en, 'class.tier')[0]).toBe(column(en, 'class.tier')[2]);
    for (const i of [0, 2]) expect(reasons[i].startsWith('rows 2, 4 are one customer typed twice, not merged yet: classed by row 4 as a merge will keep it; ')).toBe(true);
  });
});

describe('two rows only offered for review (one name and phone, two birthdays)', () => {
  // Maybe one customer, maybe two: the report counts two, so each row keeps its own class.
  const plan = planOf([
    ['客户名称', '手机', '生日', '累计金额', '最近购买'],
    ['欧阳娜', '13900000001', '1985-12-03', '120000', '2024-10-18'],
    ['欧阳娜', '13900000001', '1982-02-24', '3000', '2024-03-02'],
  ]);

  it('each row keeps its own class and no "one customer" reason, as the report counts them', () => {
    expect(plan.duplicates.groups.map((g) => g.confidence)).toEqual(['review']);
    expect(column(plan, 'class.tier')).toEqual(['高价值', '低价值']);
    expect(column(plan, 'class.reasons').join()).not.toContain('同一位客户');
    expect(section(plan, 'customers').series.find((s) => s.id === 'total')!.count).toBe(2);
  });
});
