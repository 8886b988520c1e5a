/**
 * A wholesaler's 应收 sheet whose 客户编号 is a register (C001, C002 …: each row typed gets the next
 * number). 杭州味美餐饮 typed twice has two numbers, which say nothing of two accounts (everyone's number
 * differs): the rows are one customer, a likely duplicate, and the group's reasons say why the numbers do
 * not count, and that the 欠款 on both rows (12500 / 3800) is not added by a merge, the other amount warned
 * of (dedupe.owedElsewhere). Member cards (会员卡号 00012 / 00014) are two accounts, kept apart, their debts
 * each its own: no such note.
 */
import { messageText, run, resolveSettings, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

function planOf(rows: string[][], merge: ('exact' | 'likely')[] = []): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const out = run(gridOf(rows, '应收'), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const reasons = (plan: Plan, row: number, lang: 'zh-CN' | 'en') => groupOf(plan, row)!.reasons.map((r) => messageText(lang, r.code, r.params));

const HEAD = ['客户编号', '客户名称', '联系人', '手机', '地址', '欠款', '最近下单', '业务员'];
const LEDGER = [
  HEAD,
  ['C001', '杭州味美餐饮有限公司', '王海涛', '13905710001', '杭州市西湖区文三路88号', '12500', '2024-10-12', '陈磊'],
  ['C002', '杭州味美餐饮有限公司', '王海涛', '139-0571-0001', '杭州市西湖区文三路88号', '3800', '2024-11-20', '陈磊'],
  ['C003', '宁波甬发超市', '李红梅', '13805740022', '宁波市海曙区中山西路12号', '0', '2024-09-01', '赵静'],
  ['C004', '绍兴越香酒楼', '孙国强', '13757510033', '绍兴市越城区解放北路5号', '6200', '2024-11-02', '陈磊'],
];

describe('one customer typed twice in a register of 客户编号', () => {
  const plan = planOf(LEDGER);

  it('is one customer, a likely duplicate: the two numbers are no evidence of two accounts', () => {
    expect([groupOf(plan, 2)?.rows, groupOf(plan, 2)?.confidence]).toEqual([[2, 3], 'likely']);
  });

  it('says in the group\'s reasons why the numbers do not count, and that the two debts are not added', () => {
    expect(reasons(plan, 2, 'zh-CN').slice(-2)).toEqual([
      '客户编号不同（C001 / C002）：这一列按录入顺序逐行编号，同一客户录了两次也会有两个编号，不算两个账户',
      '两行都有欠款（12500 / 3800）：分不清是两笔欠款还是同一笔录了两次，合并时不相加，保留行只留自己的一笔，另一笔会单独提醒核对',
    ]);
    expect(reasons(plan, 2, 'en').slice(-2)).toEqual([
      'different 客户编号 (C001 / C002): a register that gives each row typed the next number, so a customer typed twice has two; not two accounts',
      '欠款 on both rows (12500 / 3800): two debts or one typed twice cannot be told apart, so a merge does not add them; the kept row keeps its own and the other is warned of, to check',
    ]);
  });

  it('merged, keeps the kept row\'s own debt and warns of the archived row\'s, as the reasons said', () => {
    const merged = planOf(LEDGER, ['exact', 'likely']);
    expect(merged.merge?.removeRows).toEqual([2]);
    expect(merged.problems.filter((p) => p.code === 'dedupe.owedElsewhere')).toHaveLength(1);
  });

  it('says nothing of debts when both rows owe the same amount: one debt typed twice', () => {
    const same = planOf([HEAD, LEDGER[1], [...LEDGER[2].slice(0, 5), '12500', ...LEDGER[2].slice(6)]]);
    expect(reasons(same, 2, 'zh-CN').some((r) => r.startsWith('两行都有'))).toBe(false);
    expect(reasons(same, 2, 'zh-CN').some((r) => r.startsWith('客户编号不同'))).toBe(true);
  });
});

describe('one client\'s two member cards', () => {
  const plan = planOf([
    ['会员卡号', '姓名', '手机', '欠款', '最近到店', '美容师'],
    ['00012', '何丽娟', '13511112222', '300', '2024-11-20', '小美'],
    ['00013', '罗婷', '13622223333', '0', '2024-06-01', '小美'],
    ['00014', '何丽娟', '135-1111-2222', '120', '2024-11-25', '阿芳'],
  ]);

  it('are two accounts, kept apart, with no register or debt note', () => {
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence, g.records]).toEqual([[2, 4], 'review', true]);
    expect(reasons(plan, 2, 'zh-CN').some((r) => r.startsWith('会员卡号不同（00012 / 00014）'))).toBe(true);
    expect(reasons(plan, 2, 'zh-CN').some((r) => r.includes('逐行编号') || r.startsWith('两行都有'))).toBe(false);
  });
});
