/**
 * A due column's word as each language says it beside its own words: English quotes a word in another
 * script ("保修" ending), Chinese one of no Chinese character (“Membership”即将到期), so that neither
 * runs into the sentence (tester h74: a Hong Kong sheet's Membership Expiry read Membership即将到期).
 */
import { reminderKindLabel, reminderText } from '../../../shared';
import { sheetWord } from '../../../shared/i18n/sheet-word';
import { planOf } from '../plan/helpers';

describe('sheetWord', () => {
  it.each([
    ['zh-CN', 'Membership', '“Membership”'],
    ['zh-CN', 'Policy', '“Policy”'],
    ['zh-CN', '保修', '保修'],
    ['zh-CN', 'VIP卡', 'VIP卡'],
    ['en', '保修', '"保修"'],
    ['en', 'Membership', 'Membership'],
    ['en', '会员卡', 'Membership'],
  ] as const)('%s says %s as %s', (lang, word, said) => {
    expect(sheetWord(lang, word)).toBe(said);
  });
});

describe('a Hong Kong members\' sheet in English headers, reminded in Chinese', () => {
  // TODAY of planOf is 2024-12-01: 陳大文's membership ends in 19 days, 黃小明's ended yesterday.
  const HK = [
    ['Client Name', '中文名', 'Mobile', 'Membership Expiry', 'Account Manager'],
    ['CHAN Tai Man', '陳大文', '9123 4567', '20/12/2024', 'Karen Yip'],
    ['WONG Siu Ming', '黃小明', '6234 5678', '30/11/2024', 'Jason Lo'],
  ];

  it('quotes the sheet\'s English word in the Chinese labels and reasons', () => {
    const plan = planOf(HK, { language: 'zh-CN' });
    const reminders = plan.reminders.reminders;
    const labels = reminders.map((r) => reminderKindLabel('zh-CN', r));
    expect(labels).toEqual(expect.arrayContaining(['“Membership”即将到期', '“Membership”已到期']));
    for (const r of reminders) expect(reminderText('zh-CN', r)).not.toMatch(/[A-Za-z][\p{Script=Han}]/u);
  });
});
