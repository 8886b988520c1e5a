/**
 * A follow-up column that names what a call books (tester h76 #15): a garage's 下次保养, a 药房's 下次取药,
 * a dealer's 预计复购, a trades firm's Next Service. The reminder says it in the column's word, and starts
 * as many days ahead as the call takes to book it; a plain 下次回访 keeps the follow-up's wording and its
 * one-day window.
 */
import type { Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { planOf } from './helpers';

const TODAY = '2026-12-04';

const planIn = (rows: string[][], sheet: string, input: object = {}): Plan => planOf(rows, input, { today: TODAY, sheet });
const textsOf = (plan: Plan, sheetRow: number) => plan.reminders.reminders
  .filter((r) => r.sheetRow === sheetRow)
  .map((r) => t(plan.language ?? 'zh-CN', r.reason.code, r.reason.params));

describe('a garage\'s 车主档案 with 下次保养', () => {
  const GARAGE = [
    ['车主', '手机', '车牌号', '上次保养', '下次保养日期', '服务顾问'],
    ['吴敏', '13857110001', '浙A·12345', '2026-05-20', '2026-11-20', '小吴'],
    ['郑海', '13857110002', '浙A·5K321', '2026-06-10', '2026-12-10', '老周'],
    ['汤婷', '13857110003', '浙A·8D888', '2026-08-01', '2027-02-01', '老周'],
  ];

  it('says an overdue 下次保养 as the service overdue, not a follow-up', () => {
    const plan = planIn(GARAGE, '车主档案');
    expect(textsOf(plan, 2)).toEqual(['保养计划于 2026-11-20，已逾期 14 天']);
  });

  it('reminds the service six days ahead, as the owner must be rung to book it before the day', () => {
    const plan = planIn(GARAGE, '车主档案');
    expect(textsOf(plan, 3)).toEqual(['保养计划于 2026-12-10，还有 6 天']);
    expect(textsOf(plan, 4)).toEqual([]);
  });
});

describe('a trades firm\'s Next Service Date, in English', () => {
  it('says "Service planned for …" a week ahead and when overdue', () => {
    const plan = planIn([
      ['Customer', 'Phone', 'Next Service Date', 'Technician'],
      ['Dave Miller', '(512) 555-0141', '12/09/2026', 'Rick'],
      ['Anna Lopez', '(512) 555-0142', '11/30/2026', 'Rick'],
    ], 'Customers', { language: 'en', phone: { defaultRegion: 'US' } });
    expect(textsOf(plan, 2)).toEqual(['Service planned for 2026-12-09, in 5 days']);
    expect(textsOf(plan, 3)).toEqual(['Service planned for 2026-11-30 is 4 days overdue']);
  });
});

describe('a 药房\'s 下次取药', () => {
  it('is reminded three days ahead in its word, not a week', () => {
    const plan = planIn([
      ['患者姓名', '联系电话', '慢病类型', '下次取药', '药师'],
      ['陈阿姨', '13600001111', '高血压', '2026-12-07', '钱药师'],
      ['林大爷', '13600002222', '糖尿病', '2026-12-09', '钱药师'],
    ], '慢病会员');
    expect(textsOf(plan, 2)).toEqual(['取药计划于 2026-12-07，还有 3 天']);
    expect(textsOf(plan, 3)).toEqual([]);
  });
});

describe('a plain 下次回访', () => {
  it('keeps the follow-up\'s words and its one-day window', () => {
    const plan = planIn([
      ['客户姓名', '手机', '下次回访', '负责人'],
      ['刘先生', '13588889999', '2026-11-20', '张经理'],
      ['马女士', '13600005555', '2026-12-10', '李娜'],
    ], '客户');
    expect(textsOf(plan, 2)).toEqual(['计划于 2026-11-20 的跟进已逾期 14 天']);
    expect(textsOf(plan, 3)).toEqual([]);
  });
});
