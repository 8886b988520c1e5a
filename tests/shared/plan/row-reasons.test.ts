/**
 * The 重复依据 / Why duplicates cell of a row in a group of three or more says what that row shares,
 * and with which row: the group's reasons gather every link's, and a row may share the e-mail with one
 * row and the phone with another, or neither (tester h75 #2: "same e-mail; same phone number" on a row
 * that shared neither). A group of two keeps its pair's reasons as they were.
 */
import { run, resolveSettings, cellText, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const ZH = [
  ['姓名', '手机', '邮箱', '公司'],
  ['王建国', '13812345678', 'wangjianguo@163.com', '深圳市鹏程贸易有限公司'],
  ['王建国', '138 1234 5678', '', '鹏程贸易'],
  ['李娜', '13912345678', 'lina@qq.com', '广州华南电子有限公司'],
  ['王建国', '', 'WangJianGuo@163.com', '深圳市鹏程贸易有限公司'],
];

const EN = [
  ['Name', 'Mobile', 'Email', 'Company'],
  ['Priya Patel', '(415) 555-0132', 'priya.patel@summitfoods.com', 'Summit Foods'],
  ['Priya Patel', '415-555-0132', '', 'Summit Foods'],
  ['Tom Becker', '(312) 555-0199', 'tom.becker@globex.com', 'Globex'],
  ['Priya Patel', '', 'Priya.Patel@summitfoods.com', 'Summit Foods Inc.'],
];

function planOf(rows: string[][], input: object): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const reasonsOf = (plan: Plan, sheetRow: number) => cellText(plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values[plan.rows.indexOf(sheetRow)]);

describe('each row of a group of three says what it shares, and with which row', () => {
  it('in Chinese: the copy without a mobile names the e-mail it shares with row 2, no mobile', () => {
    const plan = planOf(ZH, {});
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3, 5]]);
    const row5 = reasonsOf(plan, 5);
    expect(row5).toMatch(/^与第 2 行：/);
    expect(row5).toContain('邮箱');
    expect(row5).not.toContain('手机');
    const row3 = reasonsOf(plan, 3);
    expect(row3).toMatch(/^与第 2 行：/);
    expect(row3).toContain('手机');
    expect(row3).not.toContain('邮箱');
  });

  it('in English the same', () => {
    const plan = planOf(EN, { language: 'en', phone: { defaultRegion: 'US' } });
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3, 5]]);
    const row5 = reasonsOf(plan, 5);
    expect(row5).toMatch(/^with row 2: /);
    expect(row5).toMatch(/e-mail/);
    expect(row5).not.toMatch(/same mobile|same phone/);
  });
});
