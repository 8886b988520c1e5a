/**
 * An insurance agent's book: a premium due date (缴费日期, Premium Due Date) that has passed is a premium
 * paid that day, while the policy is not marked lapsed (失效, 退保, Lapsed, Terminated): the policyholder
 * who paid last month is no silent customer. A lapsed or surrendered policy's passed due date says
 * nothing of him, and one still to come is no activity yet.
 */
import { messageText, type Plan } from '../../../shared';
import { planOf } from './helpers';

const rowOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!;
const said = (plan: Plan, row: number, dim: string, lang: 'zh-CN' | 'en') =>
  rowOf(plan, row).reasons.filter((r) => r.dimension === dim).map((r) => messageText(lang, r.code, r.params));

describe("a 续期清单 whose premiums fell due this year", () => {
  // Today is helpers' TODAY, 2024-12-01.
  const plan = planOf([
    ['投保人', '手机', '险种', '保单号', '生效日期', '缴费日期', '年缴保费', '业务员', '保单状态'],
    ['王建国', '13812345678', '重疾险', 'P2019000123', '2019-03-15', '2024-11-15', '8600', '李娜', '有效'],
    ['陈秀英', '13922223333', '年金险', 'P2020001001', '2020-06-10', '2024-06-10', '20000', '张伟', '失效'],
    ['刘洋', '13700001111', '意外险', 'P2021000888', '2021-02-20', '2024-10-20', '680', '张伟', '已退保'],
    ['赵敏', '13655556666', '医疗险', 'P2022000555', '2022-09-01', '2025-09-01', '1500', '李娜', '有效'],
  ]);

  it('counts 王建国\'s premium paid on November 15th as his last activity: active, not lost', () => {
    expect(rowOf(plan, 2).lastActivity).toBe('2024-11-15');
    expect(rowOf(plan, 2).labels).toMatchObject({ lifecycle: 'existing', activity: 'active' });
  });

  it('says so, in both languages', () => {
    expect(said(plan, 2, 'activity', 'zh-CN')).toEqual(['最近互动 16 天前 ≤ 90 天', '缴费 2024-11-15 已过且保单未标为失效：按当天已缴费计为最近互动']);
    expect(said(plan, 2, 'activity', 'en')).toEqual(['Last activity 16 days ago ≤ 90 days', '"缴费" due 2024-11-15 has passed and the policy is not marked lapsed: counted as paid that day, his last activity']);
  });

  it('does not count the due date of a policy marked 失效 or 退保', () => {
    expect(rowOf(plan, 3).lastActivity).toBe('2020-06-10');
    expect(rowOf(plan, 4).lastActivity).toBe('2021-02-20');
    for (const n of [3, 4]) expect(rowOf(plan, n).labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });

  it('does not count a premium still to come', () => {
    expect(rowOf(plan, 5).lastActivity).toBe('2022-09-01');
    expect(rowOf(plan, 5).labels.activity).toBe('dormant');
  });
});

describe("an American agent's book", () => {
  const plan = planOf([
    ['Policyholder', 'Mobile', 'Policy Type', 'Policy No', 'Effective Date', 'Premium Due Date', 'Annual Premium', 'Agent', 'Status'],
    ['James Carter', '(415) 555-0131', 'Term Life', 'TL-20190315', '2019-03-15', '2024-11-15', '860', 'Linda Park', 'In Force'],
    ['Maria Lopez', '(415) 555-0178', 'Annuity', 'AN-20200610', '2020-06-10', '2024-06-10', '2000', 'Tom Reed', 'Lapsed'],
    ['Robert Chen', '(415) 555-0199', 'Whole Life', 'WL-20180820', '2018-08-20', '2024-08-20', '1500', 'Tom Reed', 'Terminated'],
  ], { language: 'en', phone: { defaultRegion: 'US' } });

  it('counts the premium James paid last month, and not the lapsed or terminated ones', () => {
    expect(rowOf(plan, 2).labels.activity).toBe('active');
    expect(said(plan, 2, 'activity', 'en')).toContain('Premium due 2024-11-15 has passed and the policy is not marked lapsed: counted as paid that day, his last activity');
    expect(rowOf(plan, 3).lastActivity).toBe('2020-06-10');
    expect(rowOf(plan, 4).lastActivity).toBe('2018-08-20');
  });
});
