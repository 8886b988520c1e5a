/**
 * One situation, one reminder (tester h69, 8). A patient whose recall is overdue was also "no contact
 * or update for 184 days": the overdue recall already says to call him, so the stale reminder beside
 * it is dropped, as the dormant one stands for the stale one (remind/one-silence.ts). A customer whose
 * contract runs into next year is being served, not stale; one whose contract ends this month or just
 * ended is called about that, once. The counts count only the reminders listed.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'zh-CN' | 'en'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const kindsOf = (plan: Plan, sheetRow: number) => plan.reminders.reminders.filter((r) => r.sheetRow === sheetRow).map((r) => r.kind).sort();

// A US dental practice's recall list (h69's dentist-recall).
const DENTIST = [
  ['Patient #', 'Last Name', 'First Name', 'DOB', 'Cell Phone', 'Email', 'Last Visit', 'Next Recall Due'],
  ['10931', 'Reed', 'Thomas', '07/14/1962', '(503) 555-0147', 'treed62@comcast.net', '06/03/2026', '12/03/2026'],
  ['10423', 'Griffin', 'Lily', '11/28/2014', '(503) 555-0161', 'lilygriffin@gmail.com', '06/02/2026', '04/17/2026'],
  ['10452', 'Ward', 'Leo', '02/19/1971', '(503) 555-0178', 'leoward@gmail.com', '07/05/2026', '04/21/2027'],
  ['10474', 'Bennett', 'Lucas', '03/28/1982', '(503) 555-0190', '', '01/25/2026', '02/17/2026'],
];

describe('a recall list: an overdue recall stands for "no contact for long"', () => {
  const plan = planOf(DENTIST, 'en');

  it('reminds Thomas Reed of his recall, 1 day overdue, and not also of 184 days without contact', () => {
    expect(kindsOf(plan, 2)).toEqual(['followUp']);
    expect(kindsOf(plan, 5)).toEqual(['followUp']);
  });

  it('keeps the stale reminder of a patient seen after his recall and silent since', () => {
    expect(kindsOf(plan, 3)).toEqual(['stale']);
    expect(kindsOf(plan, 4)).toEqual([]);
  });

  it('counts only the reminders listed', () => {
    expect(plan.reminders.counts.followUp).toBe(2);
    expect(plan.reminders.counts.stale).toBe(1);
    expect(plan.reminders.reminders).toHaveLength(3);
  });
});

// A UK landscaper's customer list: annual contracts, dates day first.
const LANDSCAPING = [
  ['Customer', 'Address', 'Postcode', 'Mobile', 'Email', 'Last Visit', 'Next Visit', 'Contract Renewal', 'Annual Fee'],
  ['Ms Ivy Stone', '1 Church Lane, Dorking', 'RH4 1BP', '07812 129199', '', '19/02/2026', '', '11/05/2027', '£1800'],
  ['Mr Peter Walsh', '12 Bridge Street, Guildford', 'GU1 4RR', '07700 900123', 'p.walsh@btinternet.com', '15/05/2026', '', '01/12/2026', '£900'],
  ['The Old Rectory', 'Church Road, Ascot', 'SL5 8PT', '07700 900789', 'rectory@gmail.com', '17/02/2026', '', '11/12/2026', '£2400'],
  ['Mr Tom Baker', '7 Mill Road, Dorking', 'RH4 1AA', '07700 900321', '', '23/03/2026', '', '', '£450'],
  ['Mrs Ann Fox', '3 Acacia Avenue, Leatherhead', 'KT22 7AB', '07700 900654', '', '14/01/2026', '', '30/08/2026', '£600'],
];

describe('a contract customer: a running contract is no "no contact for long"', () => {
  const plan = planOf(LANDSCAPING, 'en');

  it('does not call Ivy Stone stale: her contract renews in May 2027', () => {
    expect(kindsOf(plan, 2)).toEqual([]);
  });

  it('reminds Peter Walsh of his renewal 3 days past, and the Old Rectory of its renewal, once each', () => {
    expect(kindsOf(plan, 3)).toEqual(['contractExpired']);
    expect(kindsOf(plan, 4)).toEqual(['contract']);
  });

  it('keeps the stale reminder of a customer with no contract, or one whose contract ended months ago', () => {
    expect(kindsOf(plan, 5)).toEqual(['stale']);
    expect(kindsOf(plan, 6)).toEqual(['stale']);
    expect(plan.reminders.counts.stale).toBe(2);
  });
});

// A 园林养护 company's client list: 养护合同 per client, the rep's 下次跟进.
const YUANLIN = [
  ['客户名称', '联系人', '手机', '最近联系', '下次跟进', '合同到期日', '负责人'],
  ['绿城花园物业', '王建华', '13812340001', '2026-03-10', '2026-11-20', '', '张伟'],
  ['金桂园小区', '李秀英', '13812340002', '2026-02-01', '', '2027-06-30', '张伟'],
  ['海天商务中心', '陈志强', '13812340003', '2026-01-15', '', '2026-12-20', '刘洋'],
  ['东湖别墅区', '赵丽', '13812340004', '2026-04-01', '', '', '刘洋'],
];

describe('一件事一条提醒：园林养护客户表', () => {
  const plan = planOf(YUANLIN, 'zh-CN');

  it('下次跟进已逾期的客户只提醒跟进，不再另报长期未联系', () => {
    expect(kindsOf(plan, 2)).toEqual(['followUp']);
  });

  it('养护合同到明年的客户不算长期未联系；本月到期的只提醒合同', () => {
    expect(kindsOf(plan, 3)).toEqual([]);
    expect(kindsOf(plan, 4)).toEqual(['contract']);
  });

  it('没有合同也没有跟进计划的客户仍提醒长期未联系', () => {
    expect(kindsOf(plan, 5)).toEqual(['stale']);
    expect(plan.reminders.counts).toMatchObject({ followUp: 1, contract: 1, stale: 1 });
  });
});
