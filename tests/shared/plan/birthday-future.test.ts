/**
 * A date of birth in a year still to come (a typo for last year's, or a child's due date): nobody's
 * birthday to greet (h45 zh_yearend.xlsx rows 16-18). One in this very year is another thing: Excel
 * and WPS fill in the year of entry when someone types 12/5 into a date cell, so a 生日 column typed as
 * month and day holds this year on every row (h47 zh_bday_excel_current_year.csv). That is a birthday
 * without its year, greeted as one. Today is helpers' TODAY, 2024-12-01.
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

  it('greets none born next year or later', () => {
    expect(birthdays.map((r) => r.sheetRow)).not.toContain(2);
  });

  it('greets a date of birth in this year as a birthday typed without its year (Excel filled in 2024), with no age', () => {
    const typedInExcel = birthdays.find((r) => r.sheetRow === 3);
    expect(typedInExcel).toMatchObject({ due: '2024-12-05' });
    expect(typedInExcel?.reason.code).toBe('remind.reason.birthday');
  });

  it('still greets a child turning one, and a birthday written without its year', () => {
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([[3, '2024-12-05'], [4, '2024-12-05'], [5, '2024-12-05']]);
  });

  it('flags the date in the future, as before', () => {
    expect(plan.issues.filter((i) => i.code === 'rule.dateInFuture').map((i) => i.sheetRow)).toEqual([2, 3]);
  });
});

describe('a 生日 column typed as month/day in Excel, every date carrying this year', () => {
  const plan = planOf([
    ['姓名', '手机', '负责人', '生日'],
    ['王芳', '13600000000', '张伟', '2024-12-01'],
    ['李静', '13600007919', '张伟', '2024-12-03'],
    ['刘洋', '13600015838', '张伟', '2024-12-06'],
    ['陈磊', '13600023757', '张伟', '2024-03-18'],
  ]);

  it('greets each birthday of the coming days, today\'s too, and none long past', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => [r.sheetRow, r.due]))
      .toEqual([[2, '2024-12-01'], [3, '2024-12-03'], [4, '2024-12-06']]);
  });
});
