/**
 * A lunar birthday column (农历生日) beside the birthday: its dates stay the text they are, however
 * they are written, and the reminder falls on the Gregorian day of the lunar date.
 */
import { after, planOf } from './helpers';

const SHEET = [
  ['姓名', '手机', '生日', '农历生日'],
  ['张伟', '13812345678', '1990-12-20', '1990-11-03'],
  ['李娜', '13912345678', '', '冬月初十'],
  ['王芳', '13712345678', '1985-06-01', ''],
];

describe('a lunar birthday column', () => {
  const plan = planOf(SHEET);

  it('is mapped as the lunar birthday, not a second birthday', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'birthday', 'lunarBirthday']);
  });

  it('keeps its digits as text: as a Gregorian date 1990-11-03 would be another day', () => {
    expect(after(plan, 2, '农历生日')).toBeNull();
    expect(plan.issues.filter((i) => i.sheetRow === 2)).toEqual([]);
  });

  it('reminds on the Gregorian day of the lunar date (today 2024-12-01)', () => {
    // Lunar 2024: 冬月初三 is 3 December, 冬月初十 is 10 December (beyond the 7 days ahead).
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([[2, '2024-12-03']]);
  });
});

describe('lunar birthdays in the 生日 column, however the lunar date is marked', () => {
  // Today 2024-12-01: lunar 2024 十月廿五 is 2024-11-25 (past), so the next is 2025-12-14; 冬月初三 is
  // 3 December. Each cell the cleaner keeps as a lunar date is one the reminders read.
  const plan = planOf([
    ['姓名', '手机', '生日'],
    ['周芳', '13866667777', '農曆冬月初三'],
    ['陈二', '13866667780', '陰曆冬月初三'],
    ['陈三', '13866667781', '1988年農曆冬月初三'],
    ['陈六', '13866667784', '11月3日(农历)'],
    ['陈七', '13866667785', '1988-11-03（农历）'],
    ['陈九', '13866667787', '冬月初三'],
    ['陈十', '13866667788', '十一月初三'],
  ]);

  it('reminds each marked or 冬月 birthday on 2024-12-03, the unmarked 十一月初三 on none', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([2, 3, 4, 5, 6, 7].map((row) => [row, '2024-12-03']));
  });

  it('tells the user those cells are lunar dates the reminders read', () => {
    const lunar = plan.issues.filter((i) => i.code === 'date.lunar').map((i) => i.sheetRow);
    expect(lunar).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('a birthday marked as the solar date (公历, 阳历, 新历), to tell it from a 农历 one (h45)', () => {
  // Today 2024-12-01; the birthday reminder looks 7 days ahead: 12月5日 is due on 2024-12-05.
  const plan = planOf([
    ['姓名', '手机', '生日'],
    ['赵乙生', '13844440007', '公历1990-12-05'],
    ['钱乙生', '13844440008', '阳历12月5日'],
    ['周丙生', '13844440018', '1990-12-05(阳历)'],
    ['吴丙生', '13844440019', '12月5日（公历）'],
    ['郑丙生', '13844440020', '新历12月5日'],
    ['冯丙生', '13844440021', '農曆冬月十五'],
  ]);

  it('is read as the date it says, the marker dropped: a full date becomes the date cell', () => {
    expect(after(plan, 2, '生日')).toEqual({ kind: 'date', value: '1990-12-05' });
    expect(after(plan, 4, '生日')).toEqual({ kind: 'date', value: '1990-12-05' });
    expect(plan.issues.filter((i) => i.code === 'date.unrecognized')).toEqual([]);
  });

  it('is reminded on its solar day, each of them; a 農曆 one stays lunar (冬月十五 is 2024-12-15, beyond the week)', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([2, 3, 4, 5, 6].map((row) => [row, '2024-12-05']));
    expect(after(plan, 7, '生日')).toBeNull();
  });
});
