/**
 * The 重复依据 / Why duplicates column ends with what a merge does to the row. Before any merge, the
 * kept row is the one a merge WOULD keep; only after --merge has merged its group was it kept by one
 * (tester h65: an unmerged group's row read `kept by a merge`, as if the merge had happened).
 */
import { run, resolveSettings, cellText, type Cell, type Grid, type Plan } from '../../../shared';
import { TODAY } from './helpers';

const CONTACTS_EN = [
  ['Name', 'Mobile', 'Email', 'Company'],
  ['Priya Patel', '(415) 555-0132', 'priya.patel@summitfoods.com', 'Summit Foods'],
  ['Tom Becker', '(312) 555-0199', 'tom.becker@globex.com', 'Globex'],
  ['Priya Patel', '(415) 555-0132', 'priya.patel@summitfoods.com', 'Summit Foods'],
];

const CONTACTS_ZH = [
  ['姓名', '手机', '邮箱', '公司'],
  ['王建国', '13812345678', 'wangjianguo@163.com', '深圳市鹏程贸易有限公司'],
  ['李娜', '13912345678', 'lina@qq.com', '广州华南电子有限公司'],
  ['王建国', '13812345678', 'wangjianguo@163.com', '深圳市鹏程贸易有限公司'],
];

function planOf(rows: string[][], lang: 'zh-CN' | 'en', merge: boolean): Plan {
  const grid: Grid = { sheetName: 'Contacts', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const settings = resolveSettings(lang === 'en' ? { language: 'en', phone: { defaultRegion: 'US' } } : {});
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The reasons cell of sheet row 2, the kept row of the group (rows 2 and 4). */
function keptRowReasons(plan: Plan): string {
  expect(plan.duplicates.groups.map((g) => [g.rows, g.survivor])).toEqual([[[2, 4], 2]]);
  const column = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!;
  return cellText(column.values[plan.rows.indexOf(2)]);
}

describe('what the duplicate reasons say of the kept row', () => {
  it.each<['zh-CN' | 'en', boolean, RegExp]>([
    ['en', false, /; would be kept by a merge$/],
    ['en', true, /; kept by a merge$/],
    ['zh-CN', false, /；合并时保留此行$/],
    ['zh-CN', true, /；合并后保留此行$/],
  ])('in %s, with --merge %s, ends %s', (lang, merge, ending) => {
    const plan = planOf(lang === 'en' ? CONTACTS_EN : CONTACTS_ZH, lang, merge);
    expect(plan.merge === null).toBe(!merge);
    expect(keptRowReasons(plan)).toMatch(ending);
  });

  it('never says of an unmerged group\'s row that a merge kept it', () => {
    expect(keptRowReasons(planOf(CONTACTS_EN, 'en', false))).not.toMatch(/(^|; )kept by a merge/);
  });
});
