import fc from 'fast-check';
import { remind } from '../../../shared/remind/remind';
import { DEFAULT_REMIND_SETTINGS, resolveRemindSettings, type RemindSettings } from '../../../shared/remind/settings';
import { reminderText, ownerText } from '../../../shared/remind/reminder-text';
import { ownersAlone, ownersOf } from '../../../shared/remind/group';
import { ownerKey } from '../../../shared/table/owner-name';
import { classify } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { messageText } from '../../../shared/classify/reason';
import type { CustomerRecord } from '../../../shared/table/records';
import { anyRecords, civil, d, rec, type Value } from '../classify/helpers';
import type { FieldId } from '../../../shared/schema/fields';

const only = (rule: keyof RemindSettings, patch: Record<string, unknown> = {}): RemindSettings => {
  const s = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
  for (const key of Object.keys(s) as (keyof RemindSettings)[]) s[key].enabled = key === rule;
  Object.assign(s[rule], patch);
  return s;
};

function one(rule: keyof RemindSettings, today: string, fields: Partial<Record<FieldId, Value>>, patch: Record<string, unknown> = {}) {
  const out = remind([rec(2, { name: '张伟', ...fields })], only(rule, patch), civil(today));
  expect(out.errors).toEqual([]);
  return out.reminders;
}

describe('birthdays', () => {
  it.each<[string, Value, string | null, number | null, string]>([
    ['2025-03-05', d('1990-03-05'), '2025-03-05', 0, 'today'],
    ['2025-02-26', '3月5日', '2025-03-05', 7, 'exactly 7 days ahead is included'],
    ['2025-02-25', '3月5日', null, null, '8 days ahead is not'],
    ['2025-03-06', '03-05', null, null, 'yesterday: next year is too far'],
    ['2025-12-30', '1月2日', '2026-01-02', 3, 'year-end wrap 12-30 → 01-02'],
    ['2025-12-30', '12-30', '2025-12-30', 0, 'on the last days of the year'],
    ['2025-02-25', d('1992-02-29'), '2025-02-28', 3, '29 February on 28 February in 2025 (no leap day)'],
    ['2028-02-25', d('1992-02-29'), '2028-02-29', 4, '29 February in leap 2028'],
    ['2025-02-28', '02-29', '2025-02-28', 0, 'a leap-day birthday is celebrated on 28 February'],
    ['2025-03-01', '02-29', null, null, 'and not again on 1 March'],
    ['2025-03-29', '农历三月初五', '2025-04-02', 4, 'lunar 三月初五 of 2025 falls on 2 April'],
    ['2026-02-10', '阴历腊月廿三', '2026-02-10', 0, 'lunar 腊月廿三 of lunar 2025 falls in February 2026'],
    ['2025-01-27', '农历腊月三十', '2025-01-28', 1, '腊月三十 in a 29-day 腊月 is kept on 廿九'],
    ['2025-06-01', '农历闰六月初一', null, null, 'a leap-month birthday is kept in the ordinary month'],
    ['2025-06-23', '农历闰六月初一', '2025-06-25', 2, 'ordinary 六月初一 of 2025 is 25 June'],
    ['2025-06-23', '闰六月初一', '2025-06-25', 2, 'unmarked: a leap month is lunar all the same'],
    ['2025-03-01', '生日不详', null, null, 'unreadable text: no reminder, no crash'],
    ['2025-03-01', 19900305, null, null, 'a bare number: no reminder'],
  ])('today %s, birthday %j → %s (%s)', (today, birthday, due, daysLeft) => {
    const reminders = one('birthday', today, { birthday });
    if (due === null) expect(reminders).toEqual([]);
    else expect(reminders).toMatchObject([{ kind: 'birthday', due, daysLeft, sheetRow: 2, customer: '张伟' }]);
  });

  it('says when 腊月三十 is kept on 廿九, in a year whose 腊月 has 29 days', () => {
    const [eve] = one('birthday', '2025-01-27', { birthday: '农历腊月三十' });
    expect(reminderText('zh-CN', eve)).toBe('农历腊月三十生日：今年腊月只有 29 天，按腊月廿九过，公历 2025-01-28，还有 1 天');
    expect(reminderText('en', eve)).toBe('Lunar birthday (month 12, day 30) is kept on day 29 this year, as the month has no day 30: 2025-01-28, tomorrow');
    const [today] = one('birthday', '2025-01-28', { birthday: '农历腊月三十' });
    expect(reminderText('zh-CN', today)).toBe('今天是农历腊月廿九：腊月三十生日今年腊月只有 29 天，按今天过（公历 2025-01-28）');
    expect(reminderText('en', today)).toBe('Lunar birthday (month 12, day 30) is kept today, on day 29, as the month has no day 30 this year (2025-01-28)');
    // 腊月 of lunar 2026 has 29 days too (春节 2027 is 02-06): 廿九 is 2027-02-05.
    const [y2027] = one('birthday', '2027-02-03', { birthday: '腊月三十' });
    expect([y2027.due, reminderText('zh-CN', y2027)]).toEqual(['2027-02-05', '农历腊月三十生日：今年腊月只有 29 天，按腊月廿九过，公历 2027-02-05，还有 2 天']);
    // 腊月 of lunar 2023 has 30 days: the day itself, worded as ever.
    const [full] = one('birthday', '2024-02-07', { birthday: '农历腊月三十' });
    expect([full.due, reminderText('zh-CN', full)]).toEqual(['2024-02-09', '农历腊月三十生日，公历 2024-02-09，还有 2 天']);
  });

  it('1 March instead, when the settings say so', () => {
    expect(one('birthday', '2025-02-28', { birthday: '02-29' }, { feb29: 'mar1' })).toMatchObject([{ due: '2025-03-01', daysLeft: 1 }]);
  });

  it('lunar birthdays can be switched off', () => {
    expect(one('birthday', '2025-03-29', { birthday: '农历三月初五' }, { lunar: false })).toEqual([]);
  });

  it('says the age when the year is known, and the lunar date in Chinese', () => {
    const [age] = one('birthday', '2025-03-01', { birthday: d('1990-03-05') });
    expect(reminderText('zh-CN', age)).toBe('2025-03-05 满 35 岁生日，还有 4 天');
    expect(reminderText('en', age)).toBe('Turns 35 on 2025-03-05, in 4 days');
    const [lunar] = one('birthday', '2025-03-29', { birthday: '农历三月初五' });
    expect(reminderText('zh-CN', lunar)).toBe('农历三月初五生日，公历 2025-04-02，还有 4 天');
    expect(reminderText('en', lunar)).toBe('Lunar birthday (month 3, day 5) falls on 2025-04-02, in 4 days');
  });
});

describe('a birthday from the ID number (身份证号)', () => {
  const today = '2024-12-01';
  it('stands in for a blank birthday, saying where the date came from', () => {
    const [r] = one('birthday', today, { idCard: '110105199012070035' });
    expect(r).toMatchObject({ due: '2024-12-07', daysLeft: 6 });
    expect(reminderText('zh-CN', r)).toBe('2024-12-07 满 34 岁生日（按身份证号中的出生日期），还有 6 天');
    expect(reminderText('en', r)).toBe('Turns 34 on 2024-12-07 (date of birth from the ID number), in 6 days');
  });

  it('never overrides a birthday the sheet states, even one it cannot read, nor a lunar one', () => {
    expect(one('birthday', today, { idCard: '110105199012070035', birthday: d('1990-12-25') })).toEqual([]);
    expect(one('birthday', today, { idCard: '110105199012070035', birthday: '生日不详' })).toEqual([]);
    expect(one('birthday', today, { idCard: '110105199012070035', lunarBirthday: '腊月初八' })).toEqual([]);
  });

  it('takes no date from an ID number with a wrong check digit or masked, and can be switched off', () => {
    expect(one('birthday', today, { idCard: '110105199012070036' })).toEqual([]);
    expect(one('birthday', today, { idCard: '110105********0035' })).toEqual([]);
    expect(one('birthday', today, { idCard: '110105199012070035' }, { fromIdCard: false })).toEqual([]);
  });
});

describe('a lunar birthday column (农历生日)', () => {
  it.each<[string, Value, string | null, string]>([
    ['2025-03-29', '三月初五', '2025-04-02', 'written in Chinese, without the word 农历: the column says it'],
    ['2025-03-29', '1990-03-05', '2025-04-02', 'in digits with a year: the lunar 5th of the 3rd month'],
    ['2025-03-29', '3月5日', '2025-04-02', 'in digits without a year'],
    ['2025-03-29', d('1990-03-05'), '2025-04-02', 'a date cell a spreadsheet made of the digits'],
    ['2026-02-05', '1985年腊月廿三', '2026-02-10', 'a year and a Chinese month'],
    ['2025-03-29', '不详', null, 'unreadable: no reminder'],
  ])('today %s, 农历生日 %j → %s (%s)', (today, lunarBirthday, due) => {
    const reminders = one('birthday', today, { lunarBirthday });
    if (due === null) expect(reminders).toEqual([]);
    else expect(reminders).toMatchObject([{ kind: 'birthday', due, sheetRow: 2 }]);
  });

  it('wins over the birthday column: it is the day the customer celebrates', () => {
    expect(one('birthday', '2025-03-29', { birthday: d('1990-04-28'), lunarBirthday: '三月初五' })).toMatchObject([{ due: '2025-04-02' }]);
    expect(one('birthday', '2025-04-25', { birthday: d('1990-04-28'), lunarBirthday: '三月初五' })).toEqual([]);
  });

  it('gives way to the birthday column when blank, or when lunar birthdays are switched off', () => {
    expect(one('birthday', '2025-04-25', { birthday: d('1990-04-28'), lunarBirthday: '' })).toMatchObject([{ due: '2025-04-28' }]);
    expect(one('birthday', '2025-04-25', { birthday: d('1990-04-28'), lunarBirthday: '三月初五' }, { lunar: false })).toMatchObject([{ due: '2025-04-28' }]);
  });
});

describe('contract ladder', () => {
  it.each<[string, string | null, number | null, number | undefined, string]>([
    ['2025-08-14', null, null, undefined, '45 days left: no step reached'],
    ['2025-07-30', 'contract', 30, 30, '30 days left: the 30-day step'],
    ['2025-07-08', 'contract', 8, 30, '8 days: still the 30-day step'],
    ['2025-07-07', 'contract', 7, 7, '7 days: the 7-day step'],
    ['2025-07-02', 'contract', 2, 7, '2 days: the 7-day step'],
    ['2025-07-01', 'contract', 1, 1, '1 day: the 1-day step'],
    ['2025-06-30', 'contract', 0, 1, 'expiring today'],
    ['2025-06-29', 'contractExpired', -1, undefined, 'expired yesterday'],
    ['2025-05-31', 'contractExpired', -30, undefined, 'expired 30 days ago: still reminded'],
    ['2025-05-30', null, null, undefined, 'expired 31 days ago: no longer'],
  ])('contract ending %s → %s (%s)', (end, kind, daysLeft, step) => {
    const reminders = one('contract', '2025-06-30', { contractEnd: d(end) });
    if (kind === null) expect(reminders).toEqual([]);
    else {
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ kind, due: end, daysLeft });
      expect(reminders[0].step).toBe(step);
    }
  });

  it('reads a contract ending today in both languages', () => {
    const [r] = one('contract', '2025-06-30', { contractEnd: d('2025-06-30') });
    expect(reminderText('zh-CN', r)).toBe('合同今天到期（2025-06-30）');
    expect(reminderText('en', r)).toBe('Contract ends today (2025-06-30)');
  });

  it('keys each step apart, so a ledger sends the 30-, 7- and 1-day reminders once each', () => {
    const keys = ['2025-06-01', '2025-06-25', '2025-06-29'].map((today) => one('contract', today, { contractEnd: d('2025-06-30') })[0].key);
    expect(keys).toEqual(['contract:2:2025-06-30/30', 'contract:2:2025-06-30/7', 'contract:2:2025-06-30/1']);
  });

  it('uses the steps from the settings', () => {
    expect(one('contract', '2025-06-30', { contractEnd: d('2025-08-29') }, { steps: [60, 14] })).toMatchObject([{ step: 60, daysLeft: 60 }]);
  });

  it('ignores a contract end that is not a date', () => {
    expect(one('contract', '2025-06-30', { contractEnd: '长期有效' })).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['2025年7月', 'contract', '2025-07-31'],
    ['2025.07', 'contract', '2025-07-31'],
    ['2025-7', 'contract', '2025-07-31'],
    ['２０２５年７月底', 'contract', '2025-07-31'],
    ['07/2025', 'contract', '2025-07-31'],
    ['2025年6月', 'contractExpired', '2025-06-30'],
  ])('a 代账 client\'s service ending in a month, %s, falls due on its last day', (end, kind, due) => {
    expect(one('contract', '2025-07-02', { contractEnd: end })).toMatchObject([{ kind, due }]);
  });

  it('reads no month out of what names none: 2025年13月, 2025, 7月', () => {
    for (const end of ['2025年13月', '2025', '7月', '2025年7月5日前后']) expect(one('contract', '2025-06-30', { contractEnd: end })).toEqual([]);
  });
});

describe('follow-ups', () => {
  it.each<[string, number | null, Record<string, unknown>, string]>([
    ['2025-06-30', 0, {}, 'due today'],
    ['2025-06-25', -5, {}, 'overdue'],
    ['2025-07-01', 1, {}, 'tomorrow is on today\'s list, prepared the day before'],
    ['2025-07-02', null, {}, 'the day after is not due yet'],
    ['2025-07-01', null, { daysAhead: 0 }, 'unless the settings keep today\'s only'],
    ['2025-07-03', 3, { daysAhead: 3 }, 'unless the settings look ahead'],
    ['2024-06-30', -365, {}, 'every overdue one by default'],
    ['2024-06-30', null, { maxOverdueDays: 90 }, 'or up to a limit'],
  ])('next follow-up %s → %s (%s)', (due, daysLeft, patch) => {
    const reminders = one('followUp', '2025-06-30', { nextFollowUp: d(due) }, patch);
    if (daysLeft === null) expect(reminders).toEqual([]);
    else expect(reminders).toMatchObject([{ kind: 'followUp', due, daysLeft }]);
  });

  it.each<[Partial<Record<FieldId, Value>>, number | null, string]>([
    [{ lastContact: d('2025-06-03') }, null, 'contacted after the planned day: done'],
    [{ lastPurchase: d('2025-05-20') }, null, 'came in (bought) on the day itself: done'],
    [{ lastContact: d('2025-05-19') }, -41, 'contacted the day before: still overdue'],
  ])('a follow-up planned for 2025-05-20, %j → %s (%s)', (fields, daysLeft) => {
    const reminders = one('followUp', '2025-06-30', { nextFollowUp: d('2025-05-20'), ...fields });
    if (daysLeft === null) expect(reminders).toEqual([]);
    else expect(reminders).toMatchObject([{ kind: 'followUp', daysLeft }]);
  });

  it('says how overdue', () => {
    const [r] = one('followUp', '2025-06-30', { nextFollowUp: d('2025-06-25') });
    expect(reminderText('zh-CN', r)).toBe('计划于 2025-06-25 的跟进已逾期 5 天');
  });

  // A rep planning a call writes the day, not the year: the nearest such day to today is meant.
  it.each<[string, string, string, number, string]>([
    ['2026-11-15', '11月10日', '2026-11-10', -5, 'five days ago'],
    ['2026-11-15', '11-15', '2026-11-15', 0, 'today'],
    ['2026-12-05', '12/05', '2026-12-05', 0, 'month first, as a birthday is read'],
    ['2026-12-20', 'Jan 20', '2027-01-20', 31, 'across the new year: next January, not the last'],
    ['2027-01-10', '12月28日', '2026-12-28', -13, 'back across the new year: last December'],
    ['2026-12-20', '６月２０日', '2027-06-20', 182, 'half a year ahead, typed full-width'],
  ])('today %s, 下次跟进 %j → %s, %i days left (%s)', (today, typed, due, daysLeft) => {
    const reminders = one('followUp', today, { nextFollowUp: typed }, { daysAhead: 400 });
    expect(reminders).toMatchObject([{ kind: 'followUp', due, daysLeft, key: `followUp:2:${due}` }]);
  });

  it('says the year was assumed, in both languages', () => {
    const [overdue] = one('followUp', '2026-11-15', { nextFollowUp: '11月10日' });
    expect(reminderText('zh-CN', overdue)).toBe('计划于 2026-11-10 的跟进已逾期 5 天（“11月10日”未写年份，按 2026 年算）');
    expect(reminderText('en', overdue)).toBe('Follow-up planned for 2026-11-10 is 5 days overdue ("11月10日" has no year: 2026 assumed)');
    const [today] = one('followUp', '2026-11-15', { nextFollowUp: 'Nov 15' });
    expect(reminderText('zh-CN', today)).toBe('今天需要跟进（2026-11-15；“Nov 15”未写年份，按 2026 年算）');
    expect(reminderText('en', today)).toBe('Follow-up planned for today (2026-11-15; "Nov 15" has no year: 2026 assumed)');
    const [soon] = one('followUp', '2026-12-20', { nextFollowUp: 'Jan 20' }, { daysAhead: 31 });
    expect(reminderText('zh-CN', soon)).toBe('计划 2027-01-20 跟进，还有 31 天（“Jan 20”未写年份，按 2027 年算）');
    expect(reminderText('en', soon)).toBe('Follow-up planned for 2027-01-20, in 31 days ("Jan 20" has no year: 2027 assumed)');
  });

  it('a day without a year that a contact since has met is done, like a dated one', () => {
    expect(one('followUp', '2026-11-15', { nextFollowUp: '11月10日', lastContact: d('2026-11-12') })).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['2026-08-30', '2月29日', 'no 29 February within half a year'],
    ['2026-11-15', '下周三', 'a relative day is no date'],
    ['2026-11-15', '2026年11月', 'a month alone is no day'],
  ])('today %s, 下次跟进 %j: no reminder (%s)', (today, typed) => {
    expect(one('followUp', today, { nextFollowUp: typed }, { daysAhead: 400 })).toEqual([]);
  });
});

describe('stale records', () => {
  it.each<[Partial<Record<FieldId, Value>>, string | null, string]>([
    [{ lastContact: d('2025-01-01') }, '2025-06-30', 'exactly 180 days without contact'],
    [{ lastContact: d('2025-01-02') }, null, '179 days'],
    [{ lastContact: d('2024-10-01'), updatedAt: d('2025-05-01') }, null, 'an update counts as a touch'],
    [{ lastContact: d('2024-10-01'), updatedAt: d('2024-11-01') }, '2025-04-30', 'the latest touch decides; due when it turned stale'],
    [{ lastContact: d('2024-10-01'), lastPurchase: d('2025-06-01') }, null, 'a purchase since is a touch too'],
    [{ lastContact: d('2024-10-01'), lastPurchase: d('2024-12-01') }, '2025-05-30', 'an older purchase after the contact moves the day it turned stale'],
    [{ lastPurchase: d('2024-06-01') }, null, 'purchases alone are the activity classes\' to judge'],
    [{ lastContact: '很久以前' }, null, 'no readable date: not judged'],
    [{}, null, 'no date at all: not judged'],
  ])('%j → %s (%s)', (fields, due) => {
    const reminders = one('stale', '2025-06-30', fields);
    if (due === null) expect(reminders).toEqual([]);
    else expect(reminders).toMatchObject([{ kind: 'stale', due }]);
  });

  it('names the field and the days', () => {
    const [r] = one('stale', '2025-06-30', { lastContact: d('2024-10-01'), updatedAt: d('2024-11-01') });
    expect(reminderText('zh-CN', r)).toBe('241 天没有联系或更新（上限 180 天）：更新日期 2024-11-01');
    expect(r.daysLeft).toBe(-61);
  });
});

describe('high-value customers going dormant', () => {
  const today = civil('2025-06-30');
  const records = [
    rec(2, { name: '刘强', amount: 680000, lastPurchase: d('2025-01-10') }),
    rec(3, { name: '王芳', amount: 150000, lastPurchase: d('2025-02-01') }),
    rec(4, { name: '陈静', amount: 20000, lastPurchase: d('2025-02-01') }),
    rec(5, { name: '周杰', amount: 200000, lastPurchase: d('2025-06-01') }),
  ];
  const classification = classify(records, DEFAULT_CLASSIFY_SETTINGS, today);

  it('reminds on high tier and VIP rows whose activity is dormant, due on the day he turned dormant', () => {
    const out = remind(records, only('highValueDormant'), today, { classification });
    // Active within 90 days of his last activity (activityByRecency): dormant from the 91st.
    expect(out.reminders.map((r) => [r.sheetRow, r.due, r.daysLeft])).toEqual([[2, '2025-04-11', -80], [3, '2025-05-03', -58]]);
    expect(reminderText('zh-CN', out.reminders[0])).toBe('VIP客户自 2025-04-11 起休眠，已休眠 80 天（最近互动 2025-01-10，171 天前）');
    expect(reminderText('en', out.reminders[1])).toBe('High value customer dormant since 2025-05-03, for 58 days (last activity 2025-02-01, 149 days ago)');
  });

  it('is one standing item from day to day: the same due day and key, its days counting up', () => {
    const days = ['2025-06-29', '2025-06-30', '2025-07-01'].map((day) => {
      const on = civil(day);
      const [r] = remind(records.slice(0, 1), only('highValueDormant'), on, { classification: classify(records.slice(0, 1), DEFAULT_CLASSIFY_SETTINGS, on) }).reminders;
      return [r.key, r.due, r.daysLeft, reminderText('zh-CN', r)];
    });
    expect(days).toEqual([
      ['highValueDormant:2:2025-01-10', '2025-04-11', -79, 'VIP客户自 2025-04-11 起休眠，已休眠 79 天（最近互动 2025-01-10，170 天前）'],
      ['highValueDormant:2:2025-01-10', '2025-04-11', -80, 'VIP客户自 2025-04-11 起休眠，已休眠 80 天（最近互动 2025-01-10，171 天前）'],
      ['highValueDormant:2:2025-01-10', '2025-04-11', -81, 'VIP客户自 2025-04-11 起休眠，已休眠 81 天（最近互动 2025-01-10，172 天前）'],
    ]);
  });

  it('says so on the day he turns dormant, and not the day before', () => {
    const rows = [rec(2, { name: '刘强', amount: 680000, lastPurchase: d('2025-03-31') })];
    const on = (day: string) => remind(rows, only('highValueDormant'), civil(day), { classification: classify(rows, DEFAULT_CLASSIFY_SETTINGS, civil(day)) }).reminders;
    expect(on('2025-06-29')).toEqual([]);
    const [r] = on('2025-06-30');
    expect([r.due, r.daysLeft]).toEqual(['2025-06-30', 0]);
    expect(reminderText('zh-CN', r)).toBe('VIP客户今天进入休眠（最近互动 2025-03-31，91 天前）');
    expect(reminderText('en', r)).toBe('VIP customer turns dormant today (last activity 2025-03-31, 91 days ago)');
  });

  it('takes the day from the activity settings: with activeDays 30, dormant from the 31st day', () => {
    const settings = { ...DEFAULT_CLASSIFY_SETTINGS, activity: { preset: 'activityByRecency' as const, activeDays: 30, dormantDays: 365 } };
    const out = remind(records, only('highValueDormant'), today, { classification: classify(records, settings, today) });
    // 周杰 bought 29 days ago: still active.
    expect(out.reminders.map((r) => [r.sheetRow, r.due])).toEqual([[2, '2025-02-10'], [3, '2025-03-04']]);
  });

  it('finds nothing without a classification', () => {
    expect(remind(records, only('highValueDormant'), today).reminders).toEqual([]);
  });
});

describe('grouping by owner', () => {
  const today = civil('2025-06-30');
  const records: CustomerRecord[] = [
    rec(2, { name: 'Emily Chen', company: 'Acme Trading Ltd', owner: 'Zoe', nextFollowUp: d('2025-06-30') }),
    rec(3, { name: '张伟', owner: '李娜', contractEnd: d('2025-07-05') }),
    rec(4, { name: '王芳', owner: '', nextFollowUp: d('2025-06-01') }),
    rec(5, { name: '刘强', owner: '李娜 ', nextFollowUp: d('2025-06-20'), birthday: '7月1日' }),
    rec(6, { company: '深圳前海科技有限公司', owner: 'Adam', nextFollowUp: d('2025-06-30') }),
    rec(7, { name: '赵磊', nextFollowUp: d('2025-06-30') }),
  ];
  const out = remind(records, DEFAULT_REMIND_SETTINGS, today);

  it('sorts owners by code point, the unassigned group last; then due date, then row', () => {
    expect(out.groups.map((g) => g.owner)).toEqual(['Adam', 'Zoe', '李娜', '']);
    expect(out.groups.map((g) => g.reminders.map((r) => `${r.sheetRow}:${r.kind}:${r.due}`))).toEqual([
      ['6:followUp:2025-06-30'],
      ['2:followUp:2025-06-30'],
      ['5:followUp:2025-06-20', '5:birthday:2025-07-01', '3:contract:2025-07-05'],
      ['4:followUp:2025-06-01', '7:followUp:2025-06-30'],
    ]);
    expect(out.reminders.map((r) => r.sheetRow)).toEqual([6, 2, 5, 5, 3, 4, 7]);
  });

  it('names a Notion relation\'s company by its page, not by the page\'s address (the cell stays as typed)', () => {
    const notion = remind([
      rec(2, { name: 'Emily Johnson', company: 'Acme Corp (https://www.notion.so/Acme-Corp-d7210dff076ce2ef87b0b125ec1d7da0)', nextFollowUp: d('2025-06-30') }),
      rec(3, { name: 'Kevin Nguyen', company: 'Nguyen Imports (https://www.notion.so/Nguyen-Imports-bb2e), Globex Inc (https://www.notion.so/Globex-Inc-8b33)', nextFollowUp: d('2025-06-30') }),
    ], DEFAULT_REMIND_SETTINGS, today);
    expect(notion.reminders.map((r) => r.customer)).toEqual(['Emily Johnson · Acme Corp', 'Kevin Nguyen · Nguyen Imports, Globex Inc']);
  });

  // Square's instant profile (a card tapped once) holds a phone and nothing else; a WeChat contact
  // added from a group chat, only his 微信号: a reminder of "" says nothing of whom to call.
  it.each<[Partial<Record<FieldId, Value>>, string, string]>([
    [{ email: 'sam.ortiz@outlook.com', mobile: '+1 206-555-0111' }, 'sam.ortiz@outlook.com', 'by the e-mail'],
    [{ phone: '+1 206-555-0111', customerId: 'II55JJ66KK77LL88' }, '+1 206-555-0111', 'by the phone'],
    [{ mobile: '13812345678', wechat: 'wxid_zhang88' }, '13812345678', 'by the mobile before the WeChat ID'],
    [{ wechat: 'wxid_zhang88' }, 'wxid_zhang88', 'by the WeChat ID'],
    [{ customerId: 'II55JJ66KK77LL88' }, 'II55JJ66KK77LL88', 'by the customer ID, the last thing left'],
  ])('shows a row without a name or company %j as %s (%s)', (fields, customer) => {
    const [r] = remind([rec(2, { ...fields, nextFollowUp: d('2025-06-01') })], only('followUp'), today).reminders;
    expect(r.customer).toBe(customer);
  });

  it('shows the customer by name and company and names the unassigned group', () => {
    expect(out.groups[1].reminders[0].customer).toBe('Emily Chen · Acme Trading Ltd');
    expect(out.groups[0].reminders[0].customer).toBe('深圳前海科技有限公司');
    expect(ownerText('zh-CN', '')).toBe('未分配');
    expect(ownerText('en', '')).toBe('Unassigned');
    expect(out.counts).toEqual({ birthday: 1, childBirthday: 0, anniversary: 0, contract: 1, contractExpired: 0, followUp: 5, appointment: 0, stale: 0, highValueDormant: 0, winBack: 0, remaining: 0, owed: 0 });
  });
});

describe('customers the sheet marks as not to be contacted or ended', () => {
  // A rep's sheet on 2024-12-01: every row has a birthday this week, a contract ending, a follow-up
  // overdue and no contact for nine months; the 状态 / 标签 columns say who is still a customer. The
  // contract running to 12-10 keeps each from being stale (rules/stale.ts): the contract and the
  // follow-up are the calls to make (one-silence.ts), so no stale reminder is drafted or silenced.
  const today = civil('2024-12-01');
  const due = { birthday: d('1990-12-05'), contractEnd: d('2024-12-10'), nextFollowUp: d('2024-11-25'), lastContact: d('2024-03-01') };
  const records = [
    rec(2, { name: '张伟', owner: '李四', status: '正常', ...due }),
    rec(3, { name: '王芳', owner: '李四', status: '已流失', ...due }),
    rec(4, { name: '陈静', owner: '李四', status: '停止合作（2024.3）', ...due }),
    rec(5, { name: '刘洋', owner: '李四', status: '正常', tags: '老客户，黑名单', ...due }),
    rec(6, { name: '赵磊', owner: '李四', customerType: '已注销', ...due }),
    rec(7, { name: '孙丽', owner: '李四', status: '流失预警', ...due }),
  ];
  const kindsOf = (out: ReturnType<typeof remind>, row: number) => out.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();

  it('raises nothing for a customer marked not to be contacted (黑名单)', () => {
    const out = remind(records, DEFAULT_REMIND_SETTINGS, today);
    expect(kindsOf(out, 5)).toEqual([]);
  });

  it('treats a company 已注销 as ended, not barred: its boss is greeted and followed up, no contract pushed (h72 #23)', () => {
    const out = remind(records, DEFAULT_REMIND_SETTINGS, today);
    expect(kindsOf(out, 6)).toEqual(['birthday', 'followUp']);
  });

  it('keeps the birthday and the rep\'s own follow-up for an ended customer, not the contract or stale reminders', () => {
    const out = remind(records, DEFAULT_REMIND_SETTINGS, today);
    expect(kindsOf(out, 3)).toEqual(['birthday', 'followUp']);
    expect(kindsOf(out, 4)).toEqual(['birthday', 'followUp']);
  });

  it('reminds as before on every other status, at risk of churning (流失预警) included', () => {
    const out = remind(records, DEFAULT_REMIND_SETTINGS, today);
    expect(kindsOf(out, 2)).toEqual(['birthday', 'contract', 'followUp']);
    expect(kindsOf(out, 7)).toEqual(['birthday', 'contract', 'followUp']);
  });

  it('counts what it did not raise, by standing', () => {
    // 刘洋 (黑名单): all three; 王芳, 陈静 and 赵磊 (已注销): each his contract.
    expect(remind(records, DEFAULT_REMIND_SETTINGS, today).silenced).toEqual({ doNotContact: 3, ended: 3, paused: 0 });
  });

  it('skipWhen: [] reminds whatever the status says', () => {
    const all = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
    for (const rule of Object.keys(all) as (keyof RemindSettings)[]) all[rule].skipWhen = [];
    const out = remind(records, all, today);
    expect(out.errors).toEqual([]);
    expect(out.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
    for (const row of [2, 3, 4, 5, 6, 7]) expect(kindsOf(out, row)).toEqual(['birthday', 'contract', 'followUp']);
  });

  it('a greeting for ended customers can be switched off too', () => {
    const { settings, errors } = resolveRemindSettings({ birthday: { skipWhen: ['doNotContact', 'ended'] } });
    expect(errors).toEqual([]);
    expect(kindsOf(remind(records, settings, today), 3)).toEqual(['followUp']);
  });
});

describe('a customer typed twice, not merged yet', () => {
  const today = civil('2025-06-30');
  const records = [
    rec(2, { name: '张伟', owner: '李四', birthday: '7月2日' }),
    rec(3, { name: '王芳', owner: '李四', birthday: '7月2日' }),
    rec(4, { name: '张伟', owner: '李四', birthday: d('1990-07-02') }),
    rec(5, { name: '张伟', owner: '王五', birthday: '7月2日' }),
  ];
  const same = new Map([[2, { group: 'G1', survivor: 4 }], [4, { group: 'G1', survivor: 4 }], [5, { group: 'G1', survivor: 4 }]]);

  // One situation, one reminder (tester h68/h69): not one per rep, which sent two reps to greet him.
  it('is reminded once, on the row a merge keeps, to its owner, naming the other rows', () => {
    const out = remind(records, only('birthday'), today, { sameCustomer: same });
    expect(out.reminders.map((r) => [r.sheetRow, r.owner])).toEqual([[3, '李四'], [4, '李四']]);
    expect(out.reminders[0].alsoRows).toBeUndefined();
    expect(out.counts.birthday).toBe(2);
  });

  it('names the other rep who holds him (撞单) and his row, so the rep about to call knows, and the other rep gets no second copy', () => {
    const out = remind(records, only('birthday'), today, { sameCustomer: same });
    const [, lisi] = out.reminders;
    expect([lisi.alsoRows, lisi.heldBy]).toEqual([[2, 5], [{ owner: '王五', rows: [5] }]]);
    expect(reminderText('zh-CN', lisi)).toBe('2025-07-02 满 35 岁生日，还有 2 天（同一客户也在第 2 行；撞单：第 5 行归 王五）');
    expect(reminderText('en', lisi)).toBe('Turns 35 on 2025-07-02, in 2 days (the same customer is also in row 2; another rep holds him too: row 5 held by 王五)');
    expect(out.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)])).toEqual([['李四', [3, 4]]]);
  });

  it('a contract only one rep\'s row records still names the other rep\'s copy (撞单): he is told before he calls', () => {
    const rows = [
      rec(2, { name: 'Emma Lewis', owner: 'Sarah Jones', contractEnd: d('2025-07-07') }),
      rec(5, { name: 'Emma Lewis', owner: 'Tom Baker' }),
    ];
    const out = remind(rows, only('contract'), today, { sameCustomer: new Map([[2, { group: 'G1', survivor: 2 }], [5, { group: 'G1', survivor: 2 }]]) });
    expect(out.reminders.map((r) => [r.sheetRow, r.owner, r.alsoRows, r.heldBy])).toEqual([[2, 'Sarah Jones', [5], [{ owner: 'Tom Baker', rows: [5] }]]]);
    expect(reminderText('en', out.reminders[0])).toBe('Contract ends on 2025-07-07, in 7 days (7-day reminder) (another rep holds the same customer too: row 5 held by Tom Baker)');
    expect(reminderText('zh-CN', out.reminders[0])).toContain('撞单：同一客户的第 5 行归 Tom Baker');
  });

  it('a customer typed twice by one rep is reminded once, naming his other row only', () => {
    const one = remind(records.slice(0, 3), only('birthday'), today, { sameCustomer: new Map([[2, { group: 'G1', survivor: 4 }], [4, { group: 'G1', survivor: 4 }]]) });
    expect(reminderText('zh-CN', one.reminders[1])).toBe('2025-07-02 满 35 岁生日，还有 2 天（同一客户也在第 2 行）');
    expect(reminderText('en', one.reminders[1])).toBe('Turns 35 on 2025-07-02, in 2 days (the same customer is also in row 2)');
  });

  describe('a birthday typed without its year on the kept row and in full on another', () => {
    const dec = civil('2026-12-05');
    const typedTwice = [
      rec(2, { name: '张伟', phone: '13812345678', owner: '王芳', birthday: d('1985-12-10') }),
      rec(3, { name: '张伟', phone: '138-1234-5678', owner: '王芳', birthday: '12月10日' }),
    ];
    const keptSecond = new Map([[2, { group: 'G1', survivor: 3 }], [3, { group: 'G1', survivor: 3 }]]);

    it('says his age, from the full date on his other row', () => {
      const out = remind(typedTwice, only('birthday'), dec, { sameCustomer: keptSecond });
      expect(out.reminders.map((r) => [r.sheetRow, r.due, r.alsoRows])).toEqual([[3, '2026-12-10', [2]]]);
      expect(reminderText('zh-CN', out.reminders[0])).toBe('2026-12-10 满 41 岁生日，还有 5 天（同一客户也在第 2 行）');
      expect(reminderText('en', out.reminders[0])).toBe('Turns 41 on 2026-12-10, in 5 days (the same customer is also in row 2)');
    });

    it.each<[string, Value, string]>([
      ['another day', d('1985-12-11'), 'a full date of another day is another birthday'],
      ['a lunar one', '农历1985年十月廿五', 'a lunar date is no year for a solar month and day'],
    ])('not from %s', (_what, other, _why) => {
      const rows = [rec(2, { ...typedTwice[0].fields, birthday: other }), typedTwice[1]];
      const out = remind(rows, only('birthday'), dec, { sameCustomer: keptSecond });
      const kept = out.reminders.find((r) => r.sheetRow === 3)!;
      expect(reminderText('zh-CN', kept)).toBe('2026-12-10 生日，还有 5 天');
    });

    it('not when his rows give different years', () => {
      const rows = [...typedTwice, rec(4, { name: '张伟', owner: '王芳', birthday: d('1986-12-10') })];
      const same3 = new Map([[2, { group: 'G1', survivor: 3 }], [3, { group: 'G1', survivor: 3 }], [4, { group: 'G1', survivor: 3 }]]);
      const out = remind(rows, only('birthday'), dec, { sameCustomer: same3 });
      expect(out.reminders.map((r) => reminderText('zh-CN', r))).toEqual(['2026-12-10 生日，还有 5 天（同一客户也在第 2、4 行）']);
    });
  });

  it('without the duplicate groups, each row reminds', () => {
    expect(remind(records, only('birthday'), today).reminders).toHaveLength(4);
  });
});

describe('English reminder texts agree with their number of days', () => {
  const text = (rule: keyof RemindSettings, today: string, fields: Partial<Record<FieldId, Value>>, patch: Record<string, unknown> = {}) =>
    reminderText('en', one(rule, today, fields, patch)[0]);

  it.each<[string, () => string, string]>([
    ['a birthday tomorrow', () => text('birthday', '2026-12-01', { birthday: d('1972-12-02') }), 'Turns 54 on 2026-12-02, tomorrow'],
    ['a birthday in 2 days', () => text('birthday', '2026-12-01', { birthday: d('1972-12-03') }), 'Turns 54 on 2026-12-03, in 2 days'],
    ['a contract ending tomorrow', () => text('contract', '2026-12-01', { contractEnd: d('2026-12-02') }), 'Contract ends on 2026-12-02, tomorrow (1-day reminder)'],
    ['a contract that ended yesterday', () => text('contract', '2026-12-01', { contractEnd: d('2026-11-30') }), 'Contract ended on 2026-11-30, yesterday'],
    ['a follow-up a day overdue', () => text('followUp', '2026-12-01', { nextFollowUp: d('2026-11-30') }), 'Follow-up planned for 2026-11-30 is 1 day overdue'],
    ['a follow-up tomorrow', () => text('followUp', '2026-12-01', { nextFollowUp: d('2026-12-02') }, { daysAhead: 3 }), 'Follow-up planned for 2026-12-02, tomorrow'],
    ['no contact for a day', () => text('stale', '2026-12-01', { lastContact: d('2026-11-30') }, { days: 1 }), 'No contact or update for 1 day (limit 1): Last contact 2026-11-30'],
  ])('%s', (_, render, expected) => {
    expect(render()).toBe(expected);
  });

  it('Chinese needs no plural: 还有 1 天', () => {
    expect(reminderText('zh-CN', one('birthday', '2026-12-01', { birthday: d('1972-12-02') })[0])).toBe('2026-12-02 满 54 岁生日，还有 1 天');
  });
});

describe('a customer typed twice, one row without an owner', () => {
  const today = civil('2026-12-01');
  const same = new Map([[2, { group: 'G1', survivor: 2 }], [3, { group: 'G1', survivor: 2 }]]);

  it('a row nobody holds joins the owner of the rest of its group: one contract reminder, for Mike Chen', () => {
    const out = remind([
      rec(2, { name: 'Robert Jones', owner: 'Mike Chen', contractEnd: d('2026-12-20') }),
      rec(3, { name: 'Robert Jones', owner: '', contractEnd: d('2026-12-20') }),
    ], only('contract'), today, { sameCustomer: same });
    expect(out.reminders.map((r) => [r.sheetRow, r.owner, r.alsoRows])).toEqual([[2, 'Mike Chen', [3]]]);
    expect(out.groups.map((g) => g.owner)).toEqual(['Mike Chen']);
  });

  it('the owner of the row a merge keeps wins when the others are held by no one', () => {
    const out = remind([
      rec(2, { name: '张伟', owner: '公海', contractEnd: d('2026-12-20') }),
      rec(3, { name: '张伟', owner: '李四', contractEnd: d('2026-12-20') }),
    ], only('contract'), today, { sameCustomer: new Map([[2, { group: 'G1', survivor: 2 }], [3, { group: 'G1', survivor: 2 }]]) });
    expect(out.reminders.map((r) => [r.sheetRow, r.owner, r.alsoRows])).toEqual([[2, '李四', [3]]]);
  });
});

describe('a customer typed twice is stale or dormant by the latest date of all his rows', () => {
  const today = civil('2026-12-01');
  const same = new Map([[2, { group: 'G1', survivor: 2 }], [3, { group: 'G1', survivor: 2 }]]);

  it('contacted on 2026-11-15 in one row: not stale, though the other row says 2026-01-02', () => {
    const records = [
      rec(2, { name: 'Robert Jones', owner: 'Mike Chen', lastContact: d('2026-01-02') }),
      rec(3, { name: 'Robert Jones', lastContact: d('2026-11-15') }),
    ];
    expect(remind(records, only('stale'), today, { sameCustomer: same }).reminders).toEqual([]);
    expect(remind(records, only('stale'), today).reminders.map((r) => r.sheetRow)).toEqual([2]);
  });

  it('stale in both rows: one reminder, from the latest touch of either', () => {
    const out = remind([
      rec(2, { name: '张伟', owner: '李四', lastContact: d('2025-10-02') }),
      rec(3, { name: '张伟', owner: '李四', lastContact: d('2026-03-01'), updatedAt: d('2025-12-01') }),
    ], only('stale'), today, { sameCustomer: same });
    expect(out.reminders.map((r) => [r.sheetRow, r.due, r.alsoRows])).toEqual([[2, '2026-08-28', [3]]]);
  });

  it('a high-value customer who bought in one row last month is not dormant in the other', () => {
    const records = [
      rec(2, { name: '刘强', amount: 680000, lastPurchase: d('2026-06-10') }),
      rec(3, { name: '刘强', lastPurchase: d('2026-11-10') }),
    ];
    const classification = classify(records, DEFAULT_CLASSIFY_SETTINGS, today);
    expect(remind(records, only('highValueDormant'), today, { classification }).reminders.map((r) => r.sheetRow)).toEqual([2]);
    expect(remind(records, only('highValueDormant'), today, { classification, sameCustomer: same }).reminders).toEqual([]);
  });

  it('a customer dormant in both rows turned dormant 90 days after the later activity of either', () => {
    const records = [
      rec(2, { name: '刘强', amount: 680000, lastPurchase: d('2026-01-10') }),
      rec(3, { name: '刘强', lastPurchase: d('2026-05-20') }),
    ];
    const out = remind(records, only('highValueDormant'), today, { classification: classify(records, DEFAULT_CLASSIFY_SETTINGS, today), sameCustomer: same });
    expect(out.reminders.map((r) => [r.sheetRow, r.due, r.key])).toEqual([[2, '2026-08-19', 'highValueDormant:2:2026-05-20']]);
  });
});

describe('a customer nobody holds', () => {
  it('the public pool (公海), 待分配 and a rep who left are the unassigned group', () => {
    const out = remind([
      rec(2, { name: '张伟', owner: '公海', nextFollowUp: d('2025-06-30') }),
      rec(3, { name: '王芳', owner: '李四（已离职）', nextFollowUp: d('2025-06-30') }),
      rec(4, { name: '刘洋', owner: '李四', nextFollowUp: d('2025-06-30') }),
    ], only('followUp'), civil('2025-06-30'));
    expect(out.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)])).toEqual([['李四', [4]], ['', [2, 3]]]);
  });
});

describe('a customer two reps share', () => {
  it.each<[string, string[]]>([
    ['李四/王五', ['李四', '王五']],
    ['李四、王五', ['李四', '王五']],
    ['李四', ['李四']],
    ['李四（销售一部）', ['李四（销售一部）']],
    ['李四/李四', ['李四/李四']],
    ['公海/李四', ['李四']],
    ['张三和李四', ['张三', '李四']],
    ['王芳与陈静', ['王芳', '陈静']],
    ['李和平', ['李和平']],
    ['和珅', ['和珅']],
    ['李四/王五（已离职）', ['李四']],
    ['', ['']],
  ])('%j is owned by %j', (cell, owners) => {
    expect(ownersOf(cell)).toEqual(owners);
  });

  // The owner column's other cells tell two reps (each owning rows of his own) from a team or one name.
  it.each<[string, string[], string[], string]>([
    ['Amy & Ben', ['Amy', 'Ben'], ['Amy', 'Ben'], 'two reps who each own rows alone'],
    ['Amy and Ben', ['Amy', 'Ben'], ['Amy', 'Ben'], 'the same, joined by a word'],
    ['Amy & Ben', ['Amy'], ['Amy & Ben'], 'Ben owns nothing alone: a team\'s name'],
    ['Lee, Amy', ['Amy', 'Lee'], ['Lee, Amy'], 'a name written last name first, even beside reps Amy and Lee'],
    ['Smith, John', [], ['Smith, John'], 'last name first'],
    ['Smith, John A.', [], ['Smith, John A.'], 'last name first, with an initial'],
    ['Amy Lee, Ben Chan', ['Amy Lee', 'Ben Chan'], ['Amy Lee', 'Ben Chan'], 'two full names, each a rep who owns rows alone'],
    ['Amy Lee, Ben Chan', [], ['Amy Lee, Ben Chan'], 'two full names no row names alone: one owner as written'],
    ['Sales and Marketing', [], ['Sales and Marketing'], 'a team'],
    ['Tom + Jerry', [], ['Tom + Jerry'], 'a team'],
    ['Amy, Ben, Carl', ['Amy', 'Ben', 'Carl'], ['Amy', 'Ben', 'Carl'], 'three reps listed'],
    ['李四，王五', [], ['李四', '王五'], 'Chinese names split as they always were'],
    ['李四&王五', [], ['李四', '王五'], 'Chinese names split as they always were'],
    ['李四/Tom + Jerry', [], ['李四', 'Tom + Jerry'], 'a list mark always splits; the team stays whole'],
    ['=1+1', [], ['=1+1'], 'no names at all: a formula-looking text stays one owner'],
  ])('%j beside owners %j is owned by %j: %s', (cell, column, owners) => {
    expect(ownersOf(cell, ownersAlone([cell, ...column]))).toEqual(owners);
  });

  it('is in each owner\'s group, once in the list of reminders', () => {
    const today = civil('2025-06-30');
    const out = remind([
      rec(2, { name: '张伟', owner: '李四/王五', nextFollowUp: d('2025-06-30') }),
      rec(3, { name: '王芳', owner: '王五', nextFollowUp: d('2025-06-01') }),
    ], only('followUp'), today);
    expect(out.reminders.map((r) => [r.sheetRow, r.owner])).toEqual([[2, '李四/王五'], [3, '王五']]);
    expect(out.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)])).toEqual([['李四', [2]], ['王五', [3, 2]]]);
    expect(out.counts.followUp).toBe(2);
  });
});

describe('settings', () => {
  it('lays user values over the defaults', () => {
    const { settings, errors } = resolveRemindSettings({ birthday: { daysAhead: 14 }, stale: { enabled: false } });
    expect(errors).toEqual([]);
    expect(settings.birthday).toEqual({ ...DEFAULT_REMIND_SETTINGS.birthday, daysAhead: 14 });
    expect(settings.stale.enabled).toBe(false);
    expect(settings.contract).toEqual(DEFAULT_REMIND_SETTINGS.contract);
  });

  it.each<[unknown, string, string]>([
    ['daily', 'remind.settings.notObject', 'remind'],
    [{ nameDay: {} }, 'remind.settings.unknownRule', 'remind.nameDay'],
    [{ birthday: true }, 'remind.settings.notObject', 'remind.birthday'],
    [{ birthday: { days: 7 } }, 'remind.settings.unknownKey', 'remind.birthday.days'],
    [{ birthday: { daysAhead: -1 } }, 'remind.settings.badParam', 'remind.birthday.daysAhead'],
    [{ birthday: { feb29: 'mar01' } }, 'remind.settings.badParam', 'remind.birthday.feb29'],
    [{ contract: { steps: [30, 30] } }, 'settings.misfit.repeatedItem', 'remind.contract.steps'],
    [{ contract: { steps: [] } }, 'remind.settings.badParam', 'remind.contract.steps'],
    [{ stale: { fields: ['lastContact', 'owner'] } }, 'remind.settings.badParam', 'remind.stale.fields'],
    [{ stale: { days: 0 } }, 'remind.settings.badParam', 'remind.stale.days'],
    [{ followUp: { maxOverdueDays: '30' } }, 'settings.misfit.quotedNumber', 'remind.followUp.maxOverdueDays'],
    [{ followUp: { maxOverdueDays: 'none' } }, 'remind.settings.badParam', 'remind.followUp.maxOverdueDays'],
    [{ highValueDormant: { enabled: 'yes' } }, 'settings.misfit.quotedBoolean', 'remind.highValueDormant.enabled'],
    [{ highValueDormant: { enabled: 1 } }, 'remind.settings.badParam', 'remind.highValueDormant.enabled'],
    [{ stale: { skipWhen: ['churned'] } }, 'remind.settings.badParam', 'remind.stale.skipWhen'],
    [{ birthday: { skipWhen: 'doNotContact' } }, 'remind.settings.badParam', 'remind.birthday.skipWhen'],
  ])('%j → %s at %s, rendered in both languages', (input, code, path) => {
    const { settings, errors } = resolveRemindSettings(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, path });
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = messageText(lang, errors[0].code, errors[0].params);
      expect(text).toContain(path);
      expect(text).not.toMatch(/\{[a-z]+\}/i);
    }
    expect(settings.birthday.daysAhead).toBe(7);
  });

  it('remind() reports bad settings and runs on the defaults for them', () => {
    const bad = { ...DEFAULT_REMIND_SETTINGS, birthday: { ...DEFAULT_REMIND_SETTINGS.birthday, daysAhead: -3 } } as RemindSettings;
    const out = remind([rec(2, { birthday: '7月5日' })], bad, civil('2025-06-30'));
    expect(out.errors.map((e) => e.code)).toEqual(['remind.settings.badParam']);
    expect(out.reminders).toHaveLength(1);
  });
});

describe('invariants', () => {
  const today = civil('2025-06-30');
  it('never throws on any cells, the same input gives the same output, every reason renders', () => {
    fc.assert(fc.property(anyRecords, fc.integer({ min: 0, max: 30 }), (records, daysAhead) => {
      const settings = { ...DEFAULT_REMIND_SETTINGS, birthday: { ...DEFAULT_REMIND_SETTINGS.birthday, daysAhead } };
      const classification = classify(records, DEFAULT_CLASSIFY_SETTINGS, today);
      const a = remind(records, settings, today, { classification });
      expect(remind(records, settings, today, { classification })).toEqual(a);
      // Every reminder sits in the group of each owner its cell names, and the groups hold nothing else.
      expect(a.groups.flatMap((g) => g.reminders).length).toBe(a.reminders.reduce((n, r) => n + ownersOf(r.owner).length, 0));
      // (By whom the owner is: the group is titled by his plain name, 张三 for 张三（组长）.)
      for (const g of a.groups) for (const r of g.reminders) expect(ownersOf(r.owner).map((o) => ownerKey(o))).toContain(ownerKey(g.owner));
      for (const r of a.reminders) {
        expect(r.daysLeft).toBeLessThanOrEqual(Math.max(daysAhead, 30));
        for (const lang of ['zh-CN', 'en'] as const) expect(reminderText(lang, r)).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }), { seed: 1230, numRuns: 200 });
  });

  it('row order does not change the result', () => {
    fc.assert(fc.property(anyRecords, (records) => {
      expect(remind([...records].reverse(), DEFAULT_REMIND_SETTINGS, today)).toEqual(remind(records, DEFAULT_REMIND_SETTINGS, today));
    }), { seed: 99, numRuns: 150 });
  });
});
