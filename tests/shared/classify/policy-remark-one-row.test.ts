/**
 * A policy list's remark about one policy decides that policy only (tester h64 finding 2): 赵磊's 跟进记录
 * `已退保` on his old 重疾险 ends that policy, as `已退保` in a 保单状态 column does; his 百万医疗 still in force
 * keeps him 现有客户 (README: "one policy still in force keeps him 现有客户") and is reminded before it ends.
 * The note on the remark says that, never that he left and is reminded no more. Only when every policy of his
 * says it ended has he left.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from '../plan/helpers';

function planOf(rows: string[][]): Plan {
  const out = run(gridOf(rows, '续保'), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

// The tester's 保险 renewal list (h64, insurance_renewals.xlsx).
const HEADER = ['投保人', '被保人', '手机', '身份证号', '险种', '保单号', '生效日期', '到期日期', '保费', '缴费年限', '跟进记录'];
const policies = (zhaoLeiHealthRemark: string) => [
  HEADER,
  ['陈建国', '陈建国', '13812345678', '110101196503074517', '重疾险', 'P2021000123', '2021-12-10', '2026-12-09', '12,800.00', '20年', '11/20 电话约了下周见面'],
  ['陈建国', '陈小雨', '13812345678', '110101201012064529', '少儿医疗', 'P2022000456', '2022-12-20', '2026-12-19', '1,200', '1年', '续保意向强'],
  ['王美华', '王美华', '13900002222', '310104197212052845', '意外险', 'P2025111111', '2025-12-06', '2026-12-05', '298', '1年', '到期前提醒'],
  ['赵磊', '赵磊', '15800003333', '440305199001010018', '重疾险', 'P2020000555', '2020-03-01', '2025-02-28', '8,000', '20年', '已退保'],
  ['赵磊', '赵磊', '15800003333', '440305199001010018', '百万医疗', 'P2025120099', '2025-12-20', '2026-12-19', '1,500', '1年', zhaoLeiHealthRemark],
  ['孙倩', '孙倩', '18600004444', '320102198812126020', '百万医疗', 'P2025120001', '2025-12-25', '2026-12-24', '520', '1年', '12/20前联系'],
];
const lifecycleOf = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)?.labels.lifecycle;
const noteIssues = (plan: Plan) => plan.issues.filter((i) => i.rule === 'notes.left').map((i) => [i.sheetRow, i.code]);

describe('赵磊: 已退保 in the remark of his 重疾险, his 百万医疗 in force', () => {
  const plan = planOf(policies(''));

  it('keeps him 现有客户 on both rows, as the same word in a 保单状态 column would', () => {
    expect([lifecycleOf(plan, 5), lifecycleOf(plan, 6)]).toEqual(['existing', 'existing']);
  });

  it('still reminds him of the 百万医疗 ending 2026-12-19', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 6 && r.kind === 'contract').map((r) => r.due)).toEqual(['2026-12-19']);
  });

  it('says the remark ends that policy only, not that he left and is reminded no more', () => {
    expect(noteIssues(plan)).toEqual([[5, 'rule.noteSaysLeftRow']]);
    const issue = plan.issues.find((i) => i.rule === 'notes.left')!;
    expect(t('zh-CN', issue.code, issue.params)).toBe('备注“已退保”说明这一行的保单或订单已结束（退保、解约等）：这一行不再提醒续费和到期；客户还有其他有效的保单或订单，仍是现有客户，照常提醒。');
    expect(t('en', issue.code, issue.params)).toContain('this row\'s policy or order has ended');
  });
});

describe('赵磊 with both policies remarked 已退保', () => {
  const plan = planOf(policies('已退保'));

  it('has left: 流失客户, and the remark says so', () => {
    expect([lifecycleOf(plan, 5), lifecycleOf(plan, 6)]).toEqual(['churned', 'churned']);
    expect(noteIssues(plan)).toEqual([[5, 'rule.noteSaysLeft'], [6, 'rule.noteSaysLeft']]);
  });
});

describe('赵磊 whose 百万医疗 remark says 客户说别再打了', () => {
  // Asked not to be called, as a 状态 of 请勿联系 says (tester h71 #10): no reminder on any row of his; what
  // he still holds (his 百万医疗 in force) keeps his class, as that status would.
  it('has asked not to be called: a phrase about him, not one policy, on whatever row it stands', () => {
    const plan = planOf(policies('客户说别再打了'));
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 5 || r.sheetRow === 6)).toEqual([]);
    expect([lifecycleOf(plan, 5), lifecycleOf(plan, 6)]).toEqual(['existing', 'existing']);
  });
});
