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

  it('reminds each marked or 冬月 birthday on 2024-12-03, and the unmarked 十一月初三 too: 初三 is a lunar day (h57)', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');
    expect(birthdays.map((r) => [r.sheetRow, r.due])).toEqual([2, 3, 4, 5, 6, 7, 8].map((row) => [row, '2024-12-03']));
  });

  it('tells the user those cells are lunar dates the reminders read', () => {
    const lunar = plan.issues.filter((i) => i.code === 'date.lunar').map((i) => i.sheetRow);
    expect(lunar).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('the eighteen ways a team typed one lunar birthday in a 生日 column (h57 10_农历生日写法)', () => {
  // Today 2024-12-01, birthdays 60 days ahead: lunar 2024 冬月初一 is 1 December, 冬月初六 6 December;
  // 十月廿五 was 25 November, so its next is 2025-12-14, beyond the 60 days.
  const spellings = [
    '农历1990年十月廿五', '阴历十月二十五', '90年农历10月25', '农历10.25', '10月25日(农)', '农历10-25',
    '1990.10.25农历', '古历十月廿五', '旧历冬月初一', '農曆11月初1', '十一月初六', '1988年11月6日（阴历）',
    '农历：冬月初六', '【农历】11-06', '农历十月廿五日', '1990年阴历十月二十五日', '十月二十五（农历）', '1990-10-25 农历',
  ];
  const plan = planOf(
    [['姓名', '手机', '生日'], ...spellings.map((s, i) => [`客户${i + 1}`, `137000000${String(i + 1).padStart(2, '0')}`, s])],
    { remind: { birthday: { daysAhead: 60 } } },
  );

  it('reads every one as the lunar date it names: date.lunar, none unread', () => {
    expect(plan.issues.filter((i) => i.code === 'date.lunar').map((i) => i.sheetRow)).toEqual(spellings.map((_, i) => i + 2));
    expect(plan.issues.filter((i) => i.code === 'date.unrecognized' || i.code === 'date.lunarUnread')).toEqual([]);
  });

  it('reminds the 冬月初一 ones on 2024-12-01 and the 冬月初六 ones, 十一月初六 unmarked among them, on 2024-12-06', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday');
    expect(birthdays.map((r) => [r.sheetRow, r.due]).sort()).toEqual([
      [10, '2024-12-01'], [11, '2024-12-01'],
      [12, '2024-12-06'], [13, '2024-12-06'], [14, '2024-12-06'], [15, '2024-12-06'],
    ]);
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
