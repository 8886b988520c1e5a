/**
 * A recurring service still to come (保养到期, 疫苗到期, 年检到期, MOT Expiry next year) is a running
 * relationship: the business set that day when it last served him, and he is in its cycle. Such a
 * customer is not 流失 (churned), however long ago he bought: existing, and at most dormant, the
 * reason naming what falls due and when — the same fact that keeps him off the stale reminders
 * (remind/service-cycle.ts). A policy running (保险到期) is no service of the dealer's: a car owner
 * never seen since he bought stays churned, as before (durable-purchases.test.ts).
 */
import { messageText, type Plan } from '../../../shared';
import { planOf } from './helpers';

const rowOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!;
const said = (plan: Plan, row: number, dim: string, lang: 'zh-CN' | 'en') =>
  rowOf(plan, row).reasons.filter((r) => r.dimension === dim).map((r) => messageText(lang, r.code, r.params));

describe("a 4S dealer's car owners, bought once, their next service booked by the dealer", () => {
  // Today is helpers' TODAY, 2024-12-01.
  const plan = planOf([
    ['车主', '手机', '车牌号', '购车日期', '保养到期', '保险到期', '服务顾问', '累计消费'],
    ['陶俊', '13712345678', '粤B7K321', '2023-05-10', '2025-10-27', '2025-07-02', '周海涛', '35768'],
    ['孙浩', '15012345678', '沪AD88888', '2022-12-15', '2024-11-20', '2024-12-14', '王磊', '12000'],
    ['周强', '13700001111', '京B12345', '2021-06-01', '', '2025-05-31', '王磊', '9000'],
    ['吕芳', '13666668888', '粤B2M555', '2024-03-08', '2025-03-08', '2025-03-07', '吴敏', '25887'],
  ]);

  it('keeps 陶俊, whose 保养 falls due next October, an existing customer, dormant, not churned and lost', () => {
    expect(rowOf(plan, 2).labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
  });

  it('says what falls due and when, in both languages', () => {
    expect(said(plan, 2, 'lifecycle', 'zh-CN')).toEqual(['保养 2025-10-27 到期，仍在服务周期内：不算流失']);
    expect(said(plan, 2, 'lifecycle', 'en')).toEqual(['"保养" due 2025-10-27: still in the service cycle, not churned']);
    expect(said(plan, 2, 'activity', 'zh-CN')).toEqual(['保养 2025-10-27 到期：久未往来，但仍在服务周期内，算休眠，不算流失']);
    expect(said(plan, 2, 'activity', 'en')).toEqual(['"保养" due 2025-10-27: not seen for long, but still in the service cycle, so dormant, not lost']);
  });

  it('leaves one whose service is overdue, or who holds only his insurance, churned and lost', () => {
    for (const n of [3, 4]) expect(rowOf(plan, n).labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });

  it('keeps the reason a recent purchase gives', () => {
    expect(rowOf(plan, 5).labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(said(plan, 5, 'lifecycle', 'zh-CN').join('；')).not.toContain('服务周期');
  });

  it('never says churned beside an activity that is not lost', () => {
    for (const r of plan.classification.rows) expect(r.labels.lifecycle === 'churned').toBe(r.labels.activity === 'lost');
  });
});

describe("a pet clinic's owners with the next vaccine due", () => {
  const plan = planOf([
    ['主人', '手机', '宠物名', '疫苗到期', '驱虫到期', '主治医生', '累计消费', '最近就诊'],
    ['汪杰', '13912340001', '球球', '2025-09-12', '2025-10-06', '孙医生', '3632', '2023-03-25'],
    ['钱艳', '13912340002', '小白', '2024-10-10', '2024-05-22', '林医生', '3495', '2023-01-21'],
    ['薛桐', '13912340003', '花花', '2024-08-11', '2025-03-12', '林医生', '6798', '2023-11-02'],
  ]);

  it('calls the vaccine due what it is, not a contract, and names the sooner of its two dues', () => {
    expect(rowOf(plan, 2).labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(said(plan, 2, 'lifecycle', 'zh-CN')).toEqual(['疫苗 2025-09-12 到期，仍在服务周期内：不算流失']);
  });

  it('reads the 驱虫 due beside a vaccine already past', () => {
    expect(rowOf(plan, 4).labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(said(plan, 4, 'lifecycle', 'zh-CN')).toEqual(['驱虫 2025-03-12 到期，仍在服务周期内：不算流失']);
  });

  it('leaves the owner whose dues have all passed churned', () => {
    expect(rowOf(plan, 3).labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });
});

describe("a British garage's customers with the MOT to come", () => {
  const plan = planOf([
    ['Customer', 'Mobile', 'Reg', 'Purchase Date', 'MOT Expiry', 'Insurance Expiry', 'Total Spent'],
    ['Gareth Evans', '07700 900123', 'CU57 ABC', '2022-04-14', '2025-04-13', '2025-02-01', '14200'],
    ['Sian Price', '07700 900456', 'WX19 KLM', '2022-02-02', '2024-02-01', '2024-06-30', '9800'],
  ], { language: 'en', phone: { defaultRegion: 'GB' } });

  it('keeps the one whose MOT falls due next spring, and says so', () => {
    expect(rowOf(plan, 2).labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(said(plan, 2, 'lifecycle', 'en')).toEqual(['MOT due 2025-04-13: still in the service cycle, not churned']);
  });

  it('leaves the one whose MOT and insurance both ran out churned', () => {
    expect(rowOf(plan, 3).labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });
});
