/**
 * A 4S 续保 rep's sheet, an agent's English policy list and a landlord's lease table say in a status
 * column (or a remark) where each renewal stands (tester h62, finding 3). A renewal lost (已转保, 脱保,
 * 续保战败, 退租, Lost to competitor) silences its contract's ladder. A renewal done (已续保, 已出单,
 * Renewed, Bound) names no term: last year's 已续保 stays beside this year's 保险到期 in a sheet kept
 * from year to year, so the reminder is raised and says what the row states, for the rep to check.
 * A renewal still to make (未续保, 不续保, 待续保, Not renewed) is the rep's work: reminded as ever.
 */
import { countsByKind, reminderKindLabel, reminderText, REMINDER_KINDS, type Plan } from '../../../shared';
import { planOf } from './helpers';

// TODAY is 2024-12-01: every policy below ends within the 30-day ladder.
const CAR_INSURANCE = [
  ['车主', '手机', '车牌号', '保险到期', '续保状态', '销售顾问', '备注'],
  ['王建国', '13812340001', '粤B12345', '2024-12-03', '已续保', '小刘', ''],
  ['李秀英', '13812340002', '粤B22345', '2024-12-05', '续保成功', '小刘', ''],
  ['张伟', '13812340003', '粤B32345', '2024-12-06', '已出单', '小周', ''],
  ['刘洋', '13812340004', '粤B42345', '2024-12-08', '已转保', '小周', ''],
  ['陈静', '13812340005', '粤B52345', '2024-12-09', '脱保', '老陈', ''],
  ['杨磊', '13812340006', '粤B62345', '2024-12-10', '续保战败', '老陈', ''],
  ['黄敏', '13812340007', '粤B72345', '2024-12-11', '未续保', '小刘', ''],
  ['赵强', '13812340008', '粤B82345', '2024-12-12', '不续保', '小刘', ''],
  ['吴娜', '13812340009', '粤B92345', '2024-12-13', '待续保', '小周', ''],
  ['周涛', '13812340010', '粤B02345', '2024-12-14', '报价中', '小周', '嫌贵'],
  ['徐丽', '13812340011', '粤BA2345', '2024-12-15', '', '老陈', '已续保'],
];

const POLICIES = [
  ['Name', 'Phone', 'Policy Expiry', 'Renewal Status', 'Agent'],
  ['Grace Miller', '(415) 555-0110', '2024-12-03', 'Renewed', 'Dave Price'],
  ['Ryan Cole', '(415) 555-0111', '2024-12-04', 'Renewal complete', 'Dave Price'],
  ['Nora Hill', '(415) 555-0112', '2024-12-05', 'Auto-renew', 'Dave Price'],
  ['Owen Ward', '(415) 555-0113', '2024-12-06', 'Bound', 'Dave Price'],
  ['Lucy Fox', '(415) 555-0114', '2024-12-07', 'Lost to competitor', 'Dave Price'],
  ['Adam Reid', '(415) 555-0115', '2024-12-08', 'Lapsed', 'Dave Price'],
  ['Emma Stone', '(415) 555-0116', '2024-12-09', 'Not renewed', 'Dave Price'],
  ['Jack Lane', '(415) 555-0117', '2024-12-10', 'Pending', 'Dave Price'],
  ['Mia Ross', '(415) 555-0118', '2024-12-11', 'Quoted', 'Dave Price'],
];

const LEASES = [
  ['租户姓名', '联系电话', '房号', '月租金', '合同到期', '状态'],
  ['孙浩', '13912340001', 'A栋101室', '3500', '2024-12-05', '在租'],
  ['马超', '13912340002', 'A栋102室', '3200', '2024-12-06', '退租'],
  ['朱娟', '13912340003', 'B栋201室', '4100', '2024-12-07', '续租中'],
  ['胡杰', '13912340004', 'B栋202室', '3900', '2024-12-08', '已退租'],
];

/** Each reminded row's customer and its text in `lang`, in row order. */
function reminded(plan: Plan, lang: 'zh-CN' | 'en'): [string, string][] {
  return [...plan.reminders.reminders].sort((a, b) => a.sheetRow - b.sheetRow).map((r) => [r.customer, reminderText(lang, r)]);
}

describe('a 4S 续保 sheet whose 续保状态 and 备注 say where each renewal stands', () => {
  const plan = planOf(CAR_INSURANCE);

  it('reminds a renewal still to make, and one said done with the word it states; a renewal lost is not reminded', () => {
    const checked = '；该行写着“已续保”，未注明是哪一期：请先核对本期是否已续';
    expect(reminded(plan, 'zh-CN')).toEqual([
      ['王建国', `保险 2024-12-03 到期，还有 2 天（提前 7 天提醒）${checked}`],
      ['李秀英', '保险 2024-12-05 到期，还有 4 天（提前 7 天提醒）；该行写着“续保成功”，未注明是哪一期：请先核对本期是否已续'],
      ['张伟', '保险 2024-12-06 到期，还有 5 天（提前 7 天提醒）；该行写着“已出单”，未注明是哪一期：请先核对本期是否已续'],
      ['黄敏', '保险 2024-12-11 到期，还有 10 天（提前 30 天提醒）'],
      ['赵强', '保险 2024-12-12 到期，还有 11 天（提前 30 天提醒）'],
      ['吴娜', '保险 2024-12-13 到期，还有 12 天（提前 30 天提醒）'],
      ['周涛', '保险 2024-12-14 到期，还有 13 天（提前 30 天提醒）'],
      // 备注 已续保, its 续保状态 left blank.
      ['徐丽', `保险 2024-12-15 到期，还有 14 天（提前 30 天提醒）${checked}`],
    ]);
  });

  it('counts the lost ones (已转保, 脱保, 续保战败) as not raised for a relationship ended, so none seems missing', () => {
    expect(plan.reminders.silenced).toEqual({ doNotContact: 0, ended: 3, paused: 0 });
  });
});

describe('an agent\'s English policy list', () => {
  const plan = planOf(POLICIES, { language: 'en', phone: { defaultRegion: 'US' } });

  it('reminds Renewed, Renewal complete, Auto-renew and Bound saying so, Not renewed and Pending as ever; not Lost to competitor or Lapsed', () => {
    const said = (word: string) => `; the row says "${word}", for no stated term: check this one was renewed before calling`;
    expect(reminded(plan, 'en')).toEqual([
      ['Grace Miller', `Policy ends on 2024-12-03, in 2 days (7-day reminder)${said('Renewed')}`],
      ['Ryan Cole', `Policy ends on 2024-12-04, in 3 days (7-day reminder)${said('Renewal complete')}`],
      ['Nora Hill', `Policy ends on 2024-12-05, in 4 days (7-day reminder)${said('Auto-renew')}`],
      ['Owen Ward', `Policy ends on 2024-12-06, in 5 days (7-day reminder)${said('Bound')}`],
      ['Emma Stone', 'Policy ends on 2024-12-09, in 8 days (30-day reminder)'],
      ['Jack Lane', 'Policy ends on 2024-12-10, in 9 days (30-day reminder)'],
      ['Mia Ross', 'Policy ends on 2024-12-11, in 10 days (30-day reminder)'],
    ]);
    expect(plan.reminders.silenced.ended).toBe(2);
  });

  it('names what ends by the header\'s own word, unquoted, as a sentence would: Policy ending, not "Policy" ending', () => {
    const { reminders } = plan.reminders;
    expect(new Set(reminders.map((r) => reminderKindLabel('en', r)))).toEqual(new Set(['Policy ending']));
    expect(countsByKind('en', reminders, REMINDER_KINDS)).toEqual([{ key: 'contract', label: 'Policy ending', count: 7 }]);
    // A Chinese sheet's word in an English run is still set apart: "保险" ending.
    expect(reminderKindLabel('en', planOf(CAR_INSURANCE).reminders.reminders[0])).toBe('"保险" ending');
  });
});

describe('a 续保 sheet whose renewal words name the day the renewal was done', () => {
  const DATED = [
    ['车主', '手机', '保险到期', '续保状态', '销售顾问', '备注'],
    // Renewed on 11-20 for the policy ending 12-03: this term's, nothing to remind.
    ['王建国', '13812340001', '2024-12-03', '已续保 2024-11-20', '小刘', ''],
    // 11.25 without its year: the latest 11-25 before today, 2024-11-25.
    ['李秀英', '13812340002', '2024-12-05', '已续保（11.25）', '小刘', ''],
    ['张伟', '13812340003', '2024-12-06', '', '小周', '已出单 11.28，平安'],
    // Renewed a year ago: the term before, so the policy ending now is still to renew.
    ['刘洋', '13812340004', '2024-12-08', '已续保 2023-11-20', '小周', ''],
    // A note, no day: which term is not told.
    ['陈静', '13812340005', '2024-12-09', '已续保（平安）', '老陈', ''],
    // An intention to renew is no renewal done.
    ['杨磊', '13812340006', '2024-12-10', '已续约意向', '老陈', ''],
  ];
  const plan = planOf(DATED);

  it('raises no reminder for a renewal dated in the term ending, and reminds one dated a term before, or undated, as the row says', () => {
    expect(reminded(plan, 'zh-CN')).toEqual([
      ['刘洋', '保险 2024-12-08 到期，还有 7 天（提前 7 天提醒）'],
      ['陈静', '保险 2024-12-09 到期，还有 8 天（提前 30 天提醒）；该行写着“已续保（平安）”，未注明是哪一期：请先核对本期是否已续'],
      ['杨磊', '保险 2024-12-10 到期，还有 9 天（提前 30 天提醒）'],
    ]);
  });

  it('counts the three renewed this term as not raised, in the report beside the customers marked ended', () => {
    expect(plan.reminders.renewed).toBe(3);
    const silenced = plan.report.sections.find((s) => s.id === 'reminders.silenced');
    expect(silenced?.series.map((s) => [s.id, s.count])).toEqual([['silenced.renewed', 3]]);
  });

  it('speaks of the policy, not of the 年检 due beside it on a dealer\'s sheet', () => {
    const dealer = planOf([
      ['车主', '手机', '保险到期', '年检到期', '续保状态', '销售顾问'],
      ['王建国', '13812340001', '2024-12-03', '2024-12-05', '已续保 2024-11-20', '小刘'],
      ['李秀英', '13812340002', '2024-12-06', '2024-12-07', '已续保', '小刘'],
    ]);
    expect(reminded(dealer, 'zh-CN')).toEqual([
      ['王建国', '年检 2024-12-05 到期，还有 4 天（提前 7 天提醒）'],
      ['李秀英', '保险 2024-12-06 到期，还有 5 天（提前 7 天提醒）；该行写着“已续保”，未注明是哪一期：请先核对本期是否已续'],
      ['李秀英', '年检 2024-12-07 到期，还有 6 天（提前 7 天提醒）'],
    ]);
    expect(dealer.reminders.renewed).toBe(1);
  });

  it('reads an English agent\'s Renewed 11/20/2024 as this term\'s renewal', () => {
    const en = planOf([POLICIES[0], ['Grace Miller', '(415) 555-0110', '2024-12-03', 'Renewed 11/20/2024', 'Dave Price']], { language: 'en', phone: { defaultRegion: 'US' } });
    expect(en.reminders.reminders).toEqual([]);
    expect(en.reminders.renewed).toBe(1);
  });
});

describe('a landlord\'s lease table whose 状态 says 在租, 退租 or 续租中', () => {
  const plan = planOf(LEASES);

  it('reminds the leases running or being renewed, not a tenant who moved out (退租, 已退租)', () => {
    expect(reminded(plan, 'zh-CN').map(([who]) => who)).toEqual(['孙浩', '朱娟']);
    expect(plan.reminders.silenced.ended).toBe(2);
  });
});
