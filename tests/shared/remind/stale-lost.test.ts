/**
 * A stale reminder ("not contacted for N days, to be reviewed") is a task for a customer worth a call.
 * A customer silent for more than a year (`remind.stale.lostAfterDays`) is lost, as the classification's
 * 流失 says: a CRM puts him on a win-back list, not one line each in the rep's daily tasks. Each owner's
 * list counts them in one line, and the report keeps the total. The reason names the date column by
 * the sheet's own header (最近签到, Last Check-in), as the due reminders say 保险 … 到期.
 */
import { lostText, reminderText } from '../../../shared/remind/reminder-text';
import { resolveRemindSettings } from '../../../shared/remind/settings';
import { messageText } from '../../../shared/classify/reason';
import type { MessageKey } from '../../../shared/i18n';
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;

// TODAY is 2024-12-01. A gym's members: a 教练 per member, the day each last checked in.
const GYM = [
  ['会员姓名', '手机', '会员卡类型', '到期日期', '最近签到', '教练'],
  ['张伟', '13812345678', '年卡', '2025-03-15', '2024-05-20', '王教练'], // 195 days: stale, listed
  ['李娜', '13912345678', '季卡', '2023-06-30', '2023-08-02', '王教练'], // 487 days: lost
  ['刘洋', '13712345678', '年卡', '2023-02-10', '2023-10-05', '王教练'], // 423 days: lost
  ['陈静', '13612345678', '次卡', '2025-01-20', '2024-11-20', '李教练'], // 11 days: nothing
  ['赵敏', '13512345678', '年卡', '2024-02-01', '2023-09-01', '李教练'], // 457 days: lost
  ['孙浩', '13312345678', '月卡', '2024-06-30', '2024-04-10', '李教练'], // 235 days: stale, listed
  ['周杰', '13212345678', '年卡', '2024-06-30', '2023-12-02', '李教练'], // 365 days: not yet more than a year, listed
];

/** The English twin: the same members of a London gym. */
const GYM_EN = [
  ['Member Name', 'Mobile', 'Membership Type', 'Expiry Date', 'Last Check-in', 'Coach'],
  ['James Smith', '07700 900123', 'Annual', '2025-03-15', '2024-05-20', 'Tom Baker'],
  ['Emily Clark', '07700 900124', 'Quarterly', '2023-06-30', '2023-08-02', 'Tom Baker'],
  ['Oliver Brown', '07700 900125', 'Annual', '2023-02-10', '2023-10-05', 'Tom Baker'],
  ['Sophie Wilson', '07700 900126', 'Pay as you go', '2025-01-20', '2024-11-20', 'Amy Lee'],
  ['Harry Taylor', '07700 900127', 'Annual', '2024-02-01', '2023-09-01', 'Amy Lee'],
  ['Grace Evans', '07700 900128', 'Monthly', '2024-06-30', '2024-04-10', 'Amy Lee'],
  ['Jack Davies', '07700 900129', 'Annual', '2024-06-30', '2023-12-02', 'Amy Lee'],
];
const UK = { phone: { defaultRegion: 'GB' } };

const staleRows = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.sheetRow).sort((a, b) => a - b);
const staleTexts = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'stale').sort((a, b) => a.sheetRow - b.sheetRow).map((r) => [reminderText('zh-CN', r), reminderText('en', r)]);

describe('a gym\'s stale reminders list the members worth a call, and count the long lost once per coach', () => {
  const plan = planOf(GYM);

  it('lists only the members silent for no more than a year (365 days, as the classification\'s 流失 reads it)', () => {
    expect(staleRows(plan)).toEqual([2, 7, 8]);
    expect(plan.reminders.counts.stale).toBe(3);
  });

  it('counts the lost ones under each coach, for one line in his list', () => {
    expect(plan.reminders.lost).toEqual({ count: 3, afterDays: 365, byOwner: [{ owner: '李教练', count: 1 }, { owner: '王教练', count: 2 }] });
  });

  it('says that line in both languages', () => {
    expect(lostText('zh-CN', 2, 365)).toBe('另有 2 位已流失的客户未逐条列出（超过 365 天没有联系），见报表');
    expect(lostText('en', 2, 365)).toBe('2 more lost customers (no contact for more than 365 days) are not listed; see the report');
    expect(lostText('en', 1, 365)).toBe('1 more lost customer (no contact for more than 365 days) is not listed; see the report');
  });

  it('keeps their count in the report', () => {
    const section = plan.report.sections.find((s) => s.id === 'reminders.silenced');
    expect(section?.series.find((s) => s.id === 'notListed.lost')).toMatchObject({ count: 3, label: '未逐条列出：已流失（超过 365 天没有联系）的长期未联系客户' });
  });

  it('names the date by the sheet\'s own header, 最近签到', () => {
    expect(staleTexts(plan)).toEqual([
      ['195 天没有联系或更新（上限 180 天）：最近签到 2024-05-20', 'No contact or update for 195 days (limit 180): "最近签到" 2024-05-20'],
      ['235 天没有联系或更新（上限 180 天）：最近签到 2024-04-10', 'No contact or update for 235 days (limit 180): "最近签到" 2024-04-10'],
      ['365 天没有联系或更新（上限 180 天）：最近签到 2023-12-02', 'No contact or update for 365 days (limit 180): "最近签到" 2023-12-02'],
    ]);
  });
});

describe('the same gym in English', () => {
  const plan = planOf(GYM_EN, UK);

  it('lists the same members and counts the same lost ones', () => {
    expect(staleRows(plan)).toEqual([2, 7, 8]);
    expect(plan.reminders.lost).toEqual({ count: 3, afterDays: 365, byOwner: [{ owner: 'Amy Lee', count: 1 }, { owner: 'Tom Baker', count: 2 }] });
  });

  it('names the date by its header, Last Check-in', () => {
    expect(staleTexts(plan)[0]).toEqual(['195 天没有联系或更新（上限 180 天）：Last Check-in 2024-05-20', 'No contact or update for 195 days (limit 180): Last Check-in 2024-05-20']);
  });

  it('keeps the report\'s count in English too', () => {
    const en = planOf(GYM_EN, { ...UK, language: 'en' });
    const section = en.report.sections.find((s) => s.id === 'reminders.silenced');
    expect(section?.series.find((s) => s.id === 'notListed.lost')).toMatchObject({ count: 3, label: 'Not listed one by one: lost customers (no contact for more than 365 days) among the stale ones' });
  });
});

describe('remind.stale.lostAfterDays', () => {
  it('null lists every stale member, as before', () => {
    const plan = planOf(GYM, { remind: { stale: { lostAfterDays: null } } });
    expect(staleRows(plan)).toEqual([2, 3, 4, 6, 7, 8]);
    expect(plan.reminders.lost.count).toBe(0);
  });

  it('a longer limit lists the members silent for less than it', () => {
    const plan = planOf(GYM, { remind: { stale: { lostAfterDays: 450 } } });
    expect(staleRows(plan)).toEqual([2, 4, 7, 8]);
    expect(plan.reminders.lost).toMatchObject({ count: 2, afterDays: 450 });
  });

  it('a team that waits a year before a review (days 400) keeps every stale record listed unless it sets a longer limit', () => {
    const plan = planOf(GYM, { remind: { stale: { days: 400 } } });
    expect(staleRows(plan)).toEqual([3, 4, 6]);
    expect(plan.reminders.lost.count).toBe(0);
  });

  it('more days than remind.stale.days, or null: anything else is a settings error, said in both languages', () => {
    const under = resolveRemindSettings({ stale: { lostAfterDays: 100 } });
    expect(under.errors.map((e) => e.code)).toEqual(['remind.settings.lostNotAfterStale']);
    const said = (lang: 'en' | 'zh-CN') => messageText(lang, under.errors[0].code as MessageKey, under.errors[0].params);
    expect(said('en')).toBe('remind.stale.lostAfterDays is 100, not more than remind.stale.days (180): no stale record would be listed. Write more days than remind.stale.days, or null to list every stale record.');
    expect(said('zh-CN')).toBe('remind.stale.lostAfterDays 为 100，不大于 remind.stale.days（180）：长期未联系的客户将一个也不列出。请写一个大于 remind.stale.days 的天数，或写 null 逐条列出全部长期未联系的客户。');
    // A host that goes on with the defaults hides nothing: every stale record is listed.
    expect(under.settings.stale.lostAfterDays).toBeNull();
    const word = resolveRemindSettings({ stale: { lostAfterDays: '一年' } });
    expect(word.errors).toHaveLength(1);
    expect(word.settings.stale.lostAfterDays).toBe(365);
  });
});
