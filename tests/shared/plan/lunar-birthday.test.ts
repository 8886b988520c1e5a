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
