/**
 * A jeweller's VIP typed twice under two member cards (VIP30001 by 林店长, VIP30002 by 小周): one
 * customer's two accounts, offered for review, not merged. Each of her reminders names the other rep's
 * row, her anniversary as much as her birthday, and as a possible 撞单 to check, as the group is only
 * offered for review (tester h74: the birthday said a sure 撞单, the anniversary said nothing).
 */
import { reminderText } from '../../../shared';
import { planOf } from '../plan/helpers';

// TODAY of planOf is 2024-12-01: her birthday is on 12-06, her wedding anniversary on 12-08.
const JEWELLER = [
  ['会员卡号', '姓名', '手机', '生日', '结婚纪念日', '累计消费', '最近购买', '专属顾问'],
  ['VIP30001', '黄美玲', '13600012233', '1985-12-06', '2010-12-08', '386000', '2024-05-01', '林店长'],
  ['VIP30002', '黄美玲', '13600012233', '1985-12-06', '', '12000', '2024-09-09', '小周'],
  ['VIP30003', '郑秀英', '13700045566', '1990-03-15', '', '56000', '2024-10-10', '小周'],
];

describe('a review group\'s other rep on every reminder of the row, as a possible 撞单', () => {
  const plan = planOf(JEWELLER);
  const texts = plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => [r.kind, reminderText('zh-CN', r)]);

  it('the group is offered for review only', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
  });

  it('names row 3 and 小周 on the birthday and on the anniversary, each as 可能撞单 … 请核实', () => {
    expect(texts.map(([kind]) => kind).sort()).toEqual(['anniversary', 'birthday']);
    for (const [, text] of texts) {
      expect(text).toContain('可能撞单');
      expect(text).toContain('第 3 行归 小周');
      expect(text).toContain('请核实');
      expect(text).not.toMatch(/（撞单/);
    }
  });

  it('says the same in English', () => {
    for (const r of plan.reminders.reminders.filter((x) => x.sheetRow === 2)) {
      expect(reminderText('en', r)).toMatch(/perhaps .*held by another rep too: row 3 held by 小周; check\)/);
    }
  });
});
