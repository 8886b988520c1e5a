/**
 * A workbook kept as one tab per sales rep (王磊, 刘洋) with no owner column: the tab's rep owns its
 * rows for the run's reminders, report and 撞单, as the check across the tabs already reads them, and
 * the run says so once. The sheet itself gets no owner written into it.
 */
import { findAcrossSheets, resolveSettings, run, type Plan, type RunOptions } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';
const settings = () => {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  return s.settings;
};
const HEAD = ['客户姓名', '手机', '公司', '最近联系', '合同到期', '成交金额'];
const WANG = [HEAD, ['吴海燕', '13510001000', '深圳前海云图科技', '2026-11-25', '2026-12-08', '86000'], ['邱建平', '13620002000', '东莞利达五金', '2026-05-01', '', '12000']];
const LIU = [HEAD, ['吴海燕', '135-1000-1000', '深圳前海云图', '2026-11-28', '', '5000'], ['叶倩', '13730003000', '惠州碧海旅游', '2026-11-01', '2026-12-02', '30000']];

function planOf(tab: string, rows: string[][], options: Partial<RunOptions> = {}): Plan {
  const out = run(gridOf(rows, tab), { settings: settings(), today: TODAY, ...options });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const owners = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.length]);
const ownerTable = (plan: Plan) => plan.report.sections.find((s) => s.id === 'owner')?.series.map((e) => [e.label, e.count]);
const saidOwner = (plan: Plan) => plan.problems.filter((p) => p.code === 'sheet.tabOwner');

describe("a rep's tab without an owner column owns its rows", () => {
  it("王磊's tab in a workbook of two reps' tabs: his reminders, his customers in the report, said once", () => {
    const plan = planOf('王磊', WANG, { customerTabs: 2 });
    expect(owners(plan)).toEqual([['王磊', 2]]);
    expect(plan.reminders.reminders.map((r) => r.owner)).toEqual(['王磊', '王磊']);
    expect(ownerTable(plan)).toEqual([['王磊', 2]]);
    expect(saidOwner(plan)).toEqual([{ code: 'sheet.tabOwner', severity: 'info', params: { sheet: '王磊', owner: '王磊' } }]);
  });

  it('writes no owner into the sheet: no edit, no added column names him', () => {
    const plan = planOf('王磊', WANG, { customerTabs: 2 });
    expect(plan.edits.filter((e) => e.after.kind === 'text' && e.after.value.includes('王磊'))).toEqual([]);
    for (const column of plan.addedColumns) {
      expect(column.values.filter((v) => v.kind === 'text' && v.value.includes('王磊'))).toEqual([]);
    }
  });

  it('each tab its own rep, as the check across the tabs reads them (撞单 王磊 / 刘洋)', () => {
    const liu = planOf('刘洋', LIU, { customerTabs: 2 });
    expect(owners(liu)).toEqual([['刘洋', 1]]);
    const across = findAcrossSheets([gridOf(LIU, '刘洋'), gridOf(WANG, '王磊')], { settings: settings(), today: TODAY });
    expect(across.groups.map((g) => [...(g.owners ?? [])].sort())).toEqual([['刘洋', '王磊'].sort()]);
  });

  it("张三的客户 is 张三's, in the run and across the tabs alike", () => {
    const plan = planOf('张三的客户', WANG, { customerTabs: 2 });
    expect(owners(plan)).toEqual([['张三', 2]]);
    const across = findAcrossSheets([gridOf(WANG, '张三的客户'), gridOf(LIU, '李四的客户')], { settings: settings(), today: TODAY });
    expect([...(across.groups[0].owners ?? [])].sort()).toEqual(['张三', '李四'].sort());
  });

  it('a tab named for what it holds or when (客户名单, Sheet1, 三月, 汇总) names no rep: unassigned, nothing said', () => {
    for (const tab of ['客户名单', 'Customers', 'Sheet1', '三月', '2024', '汇总']) {
      const plan = planOf(tab, WANG, { customerTabs: 3 });
      expect(owners(plan)).toEqual([['', 2]]);
      expect(ownerTable(plan)).toBeUndefined();
      expect(saidOwner(plan)).toEqual([]);
    }
  });

  it("a workbook's only tab owns its rows only when it reads as a person's name or someone's list", () => {
    expect(owners(planOf('王磊', WANG))).toEqual([['王磊', 2]]);
    expect(owners(planOf('张三的客户', WANG, { customerTabs: 1 }))).toEqual([['张三', 2]]);
    expect(owners(planOf('客户', WANG))).toEqual([['', 2]]);
    expect(owners(planOf('重点跟进', WANG))).toEqual([['', 2]]);
  });

  it('an owner column of its own always wins over the tab name', () => {
    const rows = [[...HEAD, '负责人'], [...WANG[1], '赵敏'], [...WANG[2], '']];
    const plan = planOf('王磊', rows, { customerTabs: 2 });
    expect(owners(plan)).toEqual([['赵敏', 1], ['', 1]]);
    expect(saidOwner(plan)).toEqual([]);
  });
});
