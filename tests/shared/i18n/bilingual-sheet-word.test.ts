/**
 * A due column headed in both languages (a Macau or Hong Kong club's `Membership Expiry 會籍到期`) is
 * named once, in the run's language: `Membership Expiry ends on …` in English, `会籍即将到期` in Chinese,
 * never the whole header glued into either (tester h76 #14: `Membership Expiry 会籍 ends on 2026-12-05`).
 * A header in one language, or a word of the sheet's that only mixes scripts (VIP卡), is said as typed.
 */
import { reminderKindLabel, reminderText } from '../../../shared';
import { sheetWord } from '../../../shared/i18n/sheet-word';
import { planOf } from '../plan/helpers';

describe('a word of the sheet\'s in both languages', () => {
  it.each([
    ['en', 'Membership Expiry 会籍', 'Membership Expiry', 'English first, Chinese after a space'],
    ['zh-CN', 'Membership Expiry 会籍', '会籍', ''],
    ['en', '保单 / Policy', 'Policy', 'Chinese first, a slash between'],
    ['zh-CN', '保单 / Policy', '保单', ''],
    ['en', 'Warranty (保修)', 'Warranty', 'the Chinese in brackets'],
    ['zh-CN', 'Warranty（保修）', '保修', 'full-width brackets'],
    ['zh-CN', 'VIP卡', 'VIP卡', 'one word mixing scripts'],
    ['en', 'VIP 会员卡', 'VIP 会员卡', 'a few capitals are no English header: as typed'],
    ['en', 'Membership', 'Membership', 'one language: as typed'],
    ['zh-CN', '保修', '保修', ''],
  ] as const)('%s says %s as %s (%s)', (lang, word, said, _why) => {
    expect(sheetWord(lang, word)).toBe(said);
  });
});

describe('a Macau club\'s members, their membership ending, in both languages', () => {
  // TODAY of planOf is 2024-12-01: Ho Sio Lan's membership ends tomorrow.
  const MACAU = [
    ['Name 姓名', 'Mobile 手機', 'Membership Expiry 會籍到期', 'Staff 負責同事'],
    ['Ho Sio Lan', '6612 3456', '02/12/2024', 'Ada'],
    ['Chan Tai Man', '6698 7654', '31/12/2024', 'Kelvin'],
  ];

  it.each([
    ['en', 'Membership Expiry'],
    ['zh-CN', '会籍'],
  ] as const)('in %s names it %s alone', (lang, word) => {
    const plan = planOf(MACAU, { language: lang });
    const contracts = plan.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(contracts.length).toBeGreaterThan(0);
    for (const r of contracts) {
      const said = reminderKindLabel(lang, r) + ' ' + reminderText(lang, r);
      expect(said).toContain(word);
      expect(said).not.toMatch(lang === 'en' ? /\p{Script=Han}/u : /Membership/);
    }
  });
});
