/**
 * A reminder of a customer another rep's tab holds too (撞单 found by the check across the workbook's
 * tabs) names that tab's row, as a reminder of a customer typed twice in one sheet names his other
 * row: 王磊, about to greet 欧阳娜 on her birthday, must know 李娜 holds her too, and that 李娜's
 * 上官婉 (another birthday) may be his 上官婉.
 */
import { findAcrossSheets, remindersAcross, reminderText, run, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';
const options = { settings: DEFAULT_SETTINGS, today: TODAY };
const HEADER = ['客户名称', '手机', '公司', '生日'];
const WANG = gridOf([
  HEADER,
  ['上官婉', '13700000005', '杭州恒信机电', '1990-12-03'],
  ['欧阳娜', '13900000001', '宁波港城物流', '1985-12-03'],
  ['诸葛亮', '13600000003', '温州鹿城五金', '1979-12-02'],
  ['欧阳娜', '139 0000 0001', '宁波港城物流有限公司', '1985-12-03'],
], '王磊的客户');
const LI = gridOf([
  HEADER,
  ['上官婉', '137 0000 0005', '杭州恒信机电', '1986-06-18'],
  ['司马光', '18600000002', '绍兴柯桥纺织', '1979-11-03'],
  ['欧阳娜', '13900000001', '宁波港城物流', '1985-12-03'],
], '李娜的客户');

function planOf(...others: ReturnType<typeof gridOf>[]): Plan {
  const out = run(WANG, options);
  if (!out.ok) throw new Error(out.problem.code);
  return remindersAcross(out.plan, findAcrossSheets([WANG, ...others], options));
}
const textOf = (plan: Plan, row: number, lang: 'zh-CN' | 'en' = 'zh-CN') => reminderText(lang, plan.reminders.reminders.find((r) => r.sheetRow === row)!);

describe('reminders of customers another rep\'s tab holds too', () => {
  const plan = planOf(LI);

  // 欧阳娜 typed twice in 王磊's tab is reminded on the row a merge keeps: row 5, the full 宁波港城物流有限公司.
  it('name the other tab\'s row of a customer two reps hold (撞单), after his own other row', () => {
    expect(textOf(plan, 5)).toBe('2026-12-03 满 41 岁生日，还有 2 天（同一客户也在第 3 行）（跨表撞单：同一客户也在“李娜的客户”第 4 行）');
    expect(plan.reminders.reminders.find((r) => r.sheetRow === 5)!.alsoIn).toEqual([{ sheet: '李娜的客户', row: 4 }]);
  });

  it('name the other tab\'s row that may be the same customer (two birthdays) as a possible 撞单, to check', () => {
    expect(textOf(plan, 2)).toBe('2026-12-03 满 36 岁生日，还有 2 天（可能跨表撞单：“李娜的客户”第 2 行可能是同一客户，请核实）');
    expect(textOf(plan, 2, 'en')).toContain(' (possible owner conflict across sheets: “李娜的客户” row 2 may be the same customer; check)');
  });

  it('leave a customer no other tab holds as it was, in the reminders and in their owners\' blocks alike', () => {
    expect(textOf(plan, 4)).toBe('2026-12-02 满 47 岁生日，还有 1 天');
    const inBlocks = plan.reminders.groups.flatMap((g) => g.reminders);
    expect(inBlocks.find((r) => r.sheetRow === 5)!.alsoIn).toEqual([{ sheet: '李娜的客户', row: 4 }]);
  });

  it('say nothing of a tab that is the same rep\'s other year (no 撞单)', () => {
    const lastYear = gridOf(LI.cells.map((r) => r.map((c) => (c.kind === 'text' ? c.value : ''))), '2025');
    expect(textOf(planOf(lastYear), 5)).toBe('2026-12-03 满 41 岁生日，还有 2 天（同一客户也在第 3 行）');
  });

  it('name the other rep\'s row, never the 汇总 tab\'s that rolls both tabs up', () => {
    const rows = (grid: ReturnType<typeof gridOf>) => grid.cells.slice(1).map((r) => r.map((c) => (c.kind === 'text' ? c.value : '')));
    const all = gridOf([HEADER, ...rows(WANG), ...rows(LI)], '汇总');
    const withRollUp = planOf(LI, all);
    expect(withRollUp.reminders.reminders.find((r) => r.sheetRow === 5)!.alsoIn).toEqual([{ sheet: '李娜的客户', row: 4 }]);
  });
});
