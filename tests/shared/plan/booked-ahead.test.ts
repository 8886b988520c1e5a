/**
 * A date a customer booked ahead (a 民宿's 入住日期, a hotel's Check-in Date, a school's 入学日期 or
 * 开课日期, a clinic's 预约) lies after today as a matter of course: no "date in the future" warning,
 * and the guest who booked is a customer, coming soon. A plain last purchase after today (最近购买日期,
 * Last Stay) is still a typo the run flags.
 */
import { messageText, type Plan } from '../../../shared';
import { planOf } from './helpers';

const rowOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!;
const said = (plan: Plan, row: number, dim: string, lang: 'zh-CN' | 'en') =>
  rowOf(plan, row).reasons.filter((r) => r.dimension === dim).map((r) => messageText(lang, r.code, r.params));
const inFuture = (plan: Plan) => plan.issues.filter((i) => i.code === 'rule.dateInFuture').map((i) => i.sheetRow);

describe("a 民宿's register with a stay booked for Christmas", () => {
  // Today is helpers' TODAY, 2024-12-01.
  const plan = planOf([
    ['客人姓名', '手机', '入住日期', '退房日期', '房费', '前台'],
    ['赵雅琪', '13800001111', '2024-10-02', '2024-10-06', '2800', '小杨'],
    ['何宇军', '13900002222', '2024-12-24', '2024-12-26', '500', '小杨'],
  ]);

  it('does not warn of the booked 入住日期', () => {
    expect(inFuture(plan)).toEqual([]);
  });

  it('classes the guest who booked as an existing customer, active, and says why in both languages', () => {
    expect(rowOf(plan, 3).labels).toMatchObject({ lifecycle: 'existing', activity: 'active' });
    expect(said(plan, 3, 'lifecycle', 'zh-CN')).toEqual(['入住日期 2024-12-24 已预订：已是客户']);
    expect(said(plan, 3, 'lifecycle', 'en')).toEqual(['"入住日期" 2024-12-24 is booked: a customer']);
    expect(said(plan, 3, 'activity', 'zh-CN')).toEqual(['入住日期 2024-12-24 已预订，客户即将到来：算活跃']);
  });
});

describe("a school's roster with next term's enrolments", () => {
  const plan = planOf([
    ['学员姓名', '家长电话', '入学日期', '累计缴费'],
    ['王子涵', '13800138000', '2025-02-17', '6800'],
  ]);

  it('does not warn of an 入学日期 next February', () => {
    expect(inFuture(plan)).toEqual([]);
  });
});

describe('a shop whose last purchase was typed a month ahead', () => {
  it('still warns: a last purchase cannot lie in the future', () => {
    const plan = planOf([
      ['客户', '手机', '最近购买日期', '累计消费'],
      ['王芳', '13800001111', '2024-12-24', '2800'],
    ]);
    expect(inFuture(plan)).toEqual([2]);
  });
});

describe("an English guesthouse", () => {
  it('does not warn of a Check-in Date ahead, but does of a Last Stay ahead', () => {
    const booked = planOf([
      ['Guest', 'Mobile', 'Check-in Date', 'Room Charges'],
      ['Emma Wilson', '07700 900123', '2024-12-24', '420'],
    ], { language: 'en', phone: { defaultRegion: 'GB' } });
    expect(inFuture(booked)).toEqual([]);
    expect(said(booked, 2, 'lifecycle', 'en')).toEqual(['Check-in Date 2024-12-24 is booked: a customer']);
    const typo = planOf([
      ['Guest', 'Mobile', 'Last Stay', 'Room Charges'],
      ['Emma Wilson', '07700 900123', '2024-12-24', '420'],
    ], { language: 'en', phone: { defaultRegion: 'GB' } });
    expect(inFuture(typo)).toEqual([2]);
  });
});
