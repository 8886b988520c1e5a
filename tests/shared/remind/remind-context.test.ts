/**
 * remind() takes what it knows of the sheet beyond its rows as named members (remind-context.ts):
 * a caller names the two it has and leaves the rest out, instead of passing undefined for each
 * parameter before them.
 */
import { remind } from '../../../shared/remind/remind';
import { DEFAULT_REMIND_SETTINGS, type RemindSettings } from '../../../shared/remind/settings';
import { reminderText } from '../../../shared/remind/reminder-text';
import { civil, d, rec } from '../classify/helpers';

const birthdayAndStale = (): RemindSettings => {
  const s = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
  for (const key of Object.keys(s) as (keyof RemindSettings)[]) s[key].enabled = key === 'birthday' || key === 'stale';
  return s;
};

// A gym's member list, typed in day-first: 王芳 was born on 5 December (05/12), and 陈志强 last
// checked in (最近签到) in April.
const today = civil('2026-12-04');
const members = [
  rec(2, { name: '王芳', phone: '13812345678', birthday: '05/12', lastContact: d('2026-11-28'), owner: '李娜' }),
  rec(3, { name: '陈志强', phone: '13987654321', lastContact: d('2026-04-02'), owner: '李娜' }),
];

describe('remind() with a context naming yearlessOrders and fieldHeaders', () => {
  const out = remind(members, birthdayAndStale(), today, {
    yearlessOrders: { birthday: 'day-first' },
    fieldHeaders: { lastContact: '最近签到' },
  });

  it('reads a year-less birthday in the order the context gives: 05/12 is 5 December, due tomorrow', () => {
    const birthday = out.reminders.filter((r) => r.kind === 'birthday');
    expect(birthday.map((r) => [r.sheetRow, r.due, r.daysLeft])).toEqual([[2, '2026-12-05', 1]]);
  });

  it('names the stale date by the header the context gives (最近签到), in both languages', () => {
    const [stale] = out.reminders.filter((r) => r.kind === 'stale');
    expect(stale.sheetRow).toBe(3);
    expect(reminderText('zh-CN', stale)).toContain('最近签到 2026-04-02');
    expect(reminderText('en', stale)).toContain('2026-04-02');
  });

  it('without the context, 05/12 is read month first (12 May, not due) and the date is the field\'s own word', () => {
    const plain = remind(members, birthdayAndStale(), today);
    expect(plain.reminders.filter((r) => r.kind === 'birthday')).toEqual([]);
    const [stale] = plain.reminders.filter((r) => r.kind === 'stale');
    expect(reminderText('zh-CN', stale)).not.toContain('最近签到');
  });
});
