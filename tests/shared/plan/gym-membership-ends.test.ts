/**
 * A gym's 会员名单 (tester h70): 卡种 年卡 / 季卡, a bare 到期日期, and the personal training left
 * (私教剩余课时). The 到期日期 is the membership's: its reminders say 会员卡 / Membership, not 课程, a word
 * no column of the sheet uses (`课程 2026-12-10 到期`, `"课程" expired` read as a course ending).
 */
import { reminderKindText, reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from './helpers';

// TODAY is 2024-12-01.
const GYM = [
  ['会员姓名', '手机号', '性别', '卡种', '开卡日期', '到期日期', '私教剩余课时', '会籍顾问', '充值金额', '最近签到'],
  ['林晓雯', '13800001111', '女', '年卡', '2023-12-07', '2024-12-07', '2', '陈刚', '6800', '2024-11-28'],
  ['孙莉', '15800003333', '女', '年卡', '2023-11-20', '2024-11-20', '', '李娜', '4800', '2024-11-10'],
  ['周杰', '13900002222', '男', '季卡', '2024-10-01', '2024-12-31', '', '马超', '1800', '2024-11-29'],
];

describe('a gym\'s 到期日期 beside 卡种 and 私教剩余课时', () => {
  const plan = planOf(GYM);
  const due = plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired').sort((a, b) => a.sheetRow - b.sheetRow);

  it('says the membership ends, in both languages', () => {
    expect(due.map((r) => reminderText('zh-CN', r))).toEqual([
      '会员卡 2024-12-07 到期，还有 6 天（提前 7 天提醒）',
      '会员卡已于 2024-11-20 到期，已过 11 天',
      '会员卡 2024-12-31 到期，还有 30 天（提前 30 天提醒）',
    ]);
    expect(reminderText('en', due[0])).toBe('Membership ends on 2024-12-07, in 6 days (7-day reminder)');
  });

  it('names the kinds 会员卡即将到期 / Membership ending', () => {
    expect([reminderKindText('zh-CN', 'contract', '会员卡'), reminderKindText('zh-CN', 'contractExpired', '会员卡')]).toEqual(['会员卡即将到期', '会员卡已到期']);
    expect([reminderKindText('en', 'contract', '会员卡'), reminderKindText('en', 'contractExpired', '会员卡')]).toEqual(['Membership ending', 'Membership expired']);
  });
});
