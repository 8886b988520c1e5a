/**
 * A travel agency's 出境团客 sheet (tester h72, h72-travel.xlsx). 刘美华 is typed by 张婷 (row 3) and again by
 * 李强 (row 5, full-width phone), whose own note says so (和张婷那边重复登记了); the two rows give two 护照号.
 * One mobile, name and birthday say one person, but two passport numbers are two people or one number typed
 * wrong: --merge leaves the group for review, and --merge-review keeps 张婷's row, the one 李强's note says
 * it copies. 王建国's two trips (two 出行日期) stay one customer's two records, merged by no mode.
 */
import { DEFAULT_SETTINGS, run, reasonTexts, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

const TOURS = [
  ['客户姓名', '性别', '手机', '出生日期', '护照号', '出行日期', '线路', '已付定金', '销售顾问', '备注'],
  ['王建国', '男', '13922457788', '1962-03-15', 'E99841372', '2026-03-10', '日本本州6晚7天', '8999', '张婷', '老客户，第二次出团'],
  ['刘美华', '女', '13612349876', '1975年8月9日', 'E22369275', '2026/12/20', '欧洲法意瑞12天', '5000', '张婷', ''],
  ['赵德明', '男', '13802468135', '1958/12/10', 'E54811561', '2026-12-20', '欧洲法意瑞12天', '5000', '李强', '护照快过期，提醒换发'],
  ['刘美华', '女', '１３６１２３４９８７６', '1975-08-09', 'E98890885', '2026-12-20', '欧洲法意瑞12天', '5000', '李强', '朋友介绍，和张婷那边重复登记了'],
  ['王建国', '男', '139 2245 7788', '1962.03.15', 'E37431831', '2026年12月26日', '泰国曼谷芭提雅5晚6天', '2000', '张婷', '带老伴同行'],
];

type Mode = 'exact' | 'likely' | 'review';
function planOf(rows: string[][], merge: Mode[]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row))!;

describe('刘美华 typed twice with two passport numbers', () => {
  it('is offered for review, saying the numbers differ: a possible 撞单, not a sure one', () => {
    const g = groupOf(planOf(TOURS, []), 3);
    expect([g.rows, g.confidence]).toEqual([[3, 5], 'review']);
    expect(reasonTexts('zh-CN', g.reasons)).toContain('✗ 证件号不同');
    expect(reasonTexts('en', g.reasons)).toContain('✗ different ID numbers');
    expect(g.ownerConflict).toBeUndefined();
    expect(g.possibleOwnerConflict?.owners.sort()).toEqual(['张婷', '李强']);
  });

  it('--merge leaves both rows in the sheet', () => {
    expect(planOf(TOURS, ['exact', 'likely']).merge!.removeRows).toEqual([]);
  });

  it('--merge-review keeps 张婷\'s row: 李强\'s own note says his is the re-registration', () => {
    const plan = planOf(TOURS, ['exact', 'likely', 'review']);
    expect(groupOf(plan, 3).survivor).toBe(3);
    expect(plan.merge!.removeRows).toEqual([5]);
  });
});

describe('王建国\'s two trips', () => {
  it('stay one customer\'s two records, merged by no mode, though the passport numbers differ too', () => {
    const plan = planOf(TOURS, ['exact', 'likely', 'review']);
    const g = groupOf(plan, 2);
    expect([g.rows, g.confidence, g.records]).toEqual([[2, 6], 'review', true]);
    expect(plan.merge!.removeRows).not.toContain(2);
    expect(plan.merge!.removeRows).not.toContain(6);
  });
});
