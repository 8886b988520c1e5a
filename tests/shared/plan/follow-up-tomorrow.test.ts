/**
 * A follow-up due tomorrow is on today's list, as a contract ending tomorrow is (its ladder's last step,
 * 1 day): the rep prepares the call the day before. With the default of 0, a furniture shop's 下次回访
 * tomorrow was not reminded while the courier's contract ending tomorrow was (tester h74 #10).
 * `remind.followUp.daysAhead` still sets it: 0 for today and overdue only, 7 for a weekly digest.
 */
import { planOf } from './helpers';

// The run is on 2024-12-01.
const SHEET = [
  ['客户姓名', '手机', '销售顾问', '下单日期', '成交金额', '最近回访', '下次回访'],
  ['张伟', '13812345678', '刘洋', '2024-10-08', '28600', '2024-11-20', '2024-12-02'],
  ['赵丽', '13900001111', '王磊', '2024-09-01', '12000', '2024-11-01', '2024-12-01'],
  ['周杰', '13700001111', '陈静', '2024-11-28', '15800', '', '2024-12-04'],
];

describe('follow-ups by default', () => {
  const plan = planOf(SHEET);
  const due = plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.daysLeft]);

  it('lists today\'s and tomorrow\'s', () => {
    expect(due).toEqual(expect.arrayContaining([[2, 1], [3, 0]]));
  });

  it('but not one in three days', () => {
    expect(due.map(([row]) => row)).not.toContain(4);
  });
});

describe('remind.followUp.daysAhead', () => {
  it('0 keeps today\'s and overdue ones only', () => {
    const plan = planOf(SHEET, { remind: { followUp: { daysAhead: 0 } } });
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => r.sheetRow)).toEqual([3]);
  });
});
