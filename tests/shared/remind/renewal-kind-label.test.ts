/**
 * A reminder read from a renewal column (续约日期, 续费日期, Renewal Date: renewal-word.ts) says in its
 * text that a renewal falls due; its kind, wherever it is shown (the 提醒 sheet's 类型 column, the
 * summary's count, the report's reminders by kind, in the JSON report too), says so as well, not
 * 合同即将到期 / Contract ending. The JSON kind id stays contract / contractExpired: hosts and
 * sent-ledgers key on it.
 */
import { countsByKind, reminderKindLabel, REMINDER_KINDS } from '../../../shared';
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const byKind = (plan: Plan) => plan.report.sections.find((s) => s.id === 'reminders')!.series.filter((x) => x.count > 0).map((x) => [x.label, x.count]);

// Today 2024-12-01: two renewals due within 30 days, one missed 10 days ago.
describe('a software reseller\'s 续约日期 column', () => {
  const plan = planOf([
    ['客户名称', '联系人', '手机', '续约日期', '负责人'],
    ['杭州明达科技有限公司', '王建国', '13812345678', '2024-12-08', '李娜'],
    ['宁波海川贸易有限公司', '陈静', '13923456789', '2024-12-20', '李娜'],
    ['苏州恒达机械有限公司', '刘强', '13645678901', '2024-11-21', '赵磊'],
  ]);
  const reminders = plan.reminders.reminders;

  it('keeps the kind ids contract and contractExpired', () => {
    expect(reminders.map((r) => r.kind).sort()).toEqual(['contract', 'contract', 'contractExpired']);
  });

  it('labels each reminder 续约到期 / 续约已逾期, and Renewal due / Renewal overdue in English', () => {
    expect(reminders.map((r) => reminderKindLabel('zh-CN', r)).sort()).toEqual(['续约到期', '续约到期', '续约已逾期']);
    expect(reminders.map((r) => reminderKindLabel('en', r)).sort()).toEqual(['Renewal due', 'Renewal due', 'Renewal overdue']);
  });

  it('counts them under those labels in the summary and the report', () => {
    expect(countsByKind('zh-CN', reminders, [...REMINDER_KINDS]).map((k) => [k.label, k.count])).toEqual([['续约到期', 2], ['续约已逾期', 1]]);
    expect(byKind(plan)).toEqual([['续约到期', 2], ['续约已逾期', 1]]);
  });
});

describe('a gym\'s 续费日期 beside nothing else', () => {
  it('labels its reminders 续费到期', () => {
    const plan = planOf([
      ['会员姓名', '手机', '续费日期', '教练'],
      ['张伟', '13812345678', '2024-12-05', '王教练'],
    ]);
    expect(plan.reminders.reminders.map((r) => [r.kind, reminderKindLabel('zh-CN', r), reminderKindLabel('en', r)])).toEqual([['contract', '续费到期', 'Renewal due']]);
    expect(byKind(plan)).toEqual([['续费到期', 1]]);
  });
});

describe('a sheet of contract ends and renewals both', () => {
  it('counts the contract ends and the renewals apart, each under its own label', () => {
    const plan = planOf([
      ['客户名称', '手机', '合同到期日', '负责人'],
      ['杭州明达科技有限公司', '13812345678', '2024-12-08', '李娜'],
    ]);
    expect(byKind(plan)).toEqual([['合同即将到期', 1]]);
    const renewals = planOf([
      ['客户名称', '手机', '续约日期', '负责人'],
      ['宁波海川贸易有限公司', '13923456789', '2024-12-20', '李娜'],
    ]);
    const both = [...plan.reminders.reminders, ...renewals.reminders.reminders];
    expect(countsByKind('zh-CN', both, [...REMINDER_KINDS]).map((k) => [k.label, k.count])).toEqual([['合同即将到期', 1], ['续约到期', 1]]);
  });
});
