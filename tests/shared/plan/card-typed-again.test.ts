/**
 * A jeweller's member typed in a second time at the counter, under a new 会员卡号, the rep noting
 * 重复录入: one member, not her second card. Two card numbers alone are two cards (member-cards.test.ts);
 * a note saying the row was entered again lets the new number give way: merged, kept in the merged
 * values (tester h74 #2: 黄美玲 was kept apart as "another account" and never merged).
 */
import { run, resolveSettings, cellText, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const JEWELLER = [
  ['会员卡号', '姓名', '手机号码', '生日', '会员等级', '累计消费', '专属顾问', '备注'],
  ['VIP30001', '黄美玲', '１３６ ０００１ ２２３３', '1985年12月6日', '钻石卡', '386000', '林店长', '老客户，爱翡翠'],
  ['VIP30005', '高雨桐', '13794355636', '1988-04-25', '金卡', '95103', '小周', ''],
  ['VIP30002', '黄美玲', '13600012233', '1985-12-06', '钻石卡', '', '小周', '重复录入'],
  // 何丽娟's second card, bought for her sister: two cards, no note of a copy.
  ['VIP30010', '何丽娟', '13912345678', '1979-03-02', '金卡', '52000', '林店长', ''],
  ['VIP30014', '何丽娟', '13912345678', '1979-03-02', '银卡', '8000', '林店长', '给妹妹办的'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely' | 'review')[] = []): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a member typed in again under a new card number', () => {
  it('is one member, merged into her first card, the new number kept in the merged values', () => {
    const plan = planOf(JEWELLER, ['exact', 'likely']);
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect(g.rows).toEqual([2, 4]);
    expect(g.records).toBeUndefined();
    expect(g.survivor).toBe(2);
    expect(plan.merge!.removeRows).toContain(4);
    expect(cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(2)])).toContain('VIP30002');
  });

  it('leaves two cards without such a note as two accounts, never merged', () => {
    const plan = planOf(JEWELLER, ['exact', 'likely', 'review']);
    const g = plan.duplicates.groups.find((x) => x.rows.includes(5))!;
    expect(g.records).toBe(true);
    expect(plan.merge!.removeRows).not.toContain(6);
    expect(plan.merge!.removeRows).not.toContain(5);
  });
});
