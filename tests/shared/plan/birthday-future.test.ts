/**
 * A date of birth still to come (a typo for last year's, or a child's due date): nobody's birthday to
 * greet before the day he is born (h45 zh_yearend.xlsx rows 16-18). Today is helpers' TODAY, 2024-12-01.
 */
import { planOf } from './helpers';

describe('birthdays of dates of birth in the future', () => {
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '出生日期'],
    ['顾军', '13931024482', '张三', '2025-12-05'],
    ['杜涛', '13906521996', '张三', '2024-12-05'],
    ['江超', '13963031180', '张三', '2023-12-05'],
    ['杨华', '13936015418', '张三', '12月5日'],
  ]);
  const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');

  it('greets none born next year, nor the day of birth itself (2024-12-05 is no first birthday)', () => {
    expect(birthdays.map((r) => r.sheetRow)).not.toContain(2);
    expect(birthdays.map((r) => r.sheetRow)).not.toContain(3);
  });

  it('still greets a child turning one, and a birthday written without its year', () => {
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([[4, '2024-12-05'], [5, '2024-12-05']]);
  });

  it('flags the date in the future, as before', () => {
    expect(plan.issues.filter((i) => i.code === 'rule.dateInFuture').map((i) => i.sheetRow)).toEqual([2, 3]);
  });
});
