/**
 * An insurance agent's 缴费日期 (交费日期, 续期缴费日) is the day a
 * premium falls due: the policy goes on, the payment is what is due. Its reminder says so, "缴费日
 * 2024-12-05，还有 4 天" / "Premium due on …", never that the premium "ends" (tester h66:
 * `"缴费" ends on 2024-12-05, in 4 days`).
 */
import { countsByKind, reminderKindLabel, reminderText, REMINDER_KINDS } from '../../../shared';
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const texts = (plan: Plan, lang: 'zh-CN' | 'en') => plan.reminders.reminders.map((r) => reminderText(lang, r));
const labels = (plan: Plan, lang: 'zh-CN' | 'en') => plan.reminders.reminders.map((r) => reminderKindLabel(lang, r));

// Today is helpers' TODAY, 2024-12-01.
describe('a policy list\'s 缴费日期', () => {
  const plan = planOf([
    ['保单号', '投保人', '手机', '险种', '生效日期', '缴费日期', '业务员'],
    ['P2023000789', '陈建国', '13811110001', '重疾险', '2023-12-05', '2024-12-05', '李明'],
    ['P2023000812', '王秀兰', '13922220002', '年金险', '2023-12-01', '2024-12-01', '李明'],
    ['P2022000456', '赵海涛', '13933330003', '医疗险', '2022-11-28', '2024-11-28', '李明'],
  ]);

  it('says in Chinese the day the premium is to be paid', () => {
    expect(texts(plan, 'zh-CN').sort()).toEqual([
      '今天是缴费日（2024-12-01）',
      '缴费日 2024-11-28 已过 3 天',
      '缴费日 2024-12-05，还有 4 天（提前 7 天提醒）',
    ].sort());
  });

  it('says in English that the premium falls due, not that it ends', () => {
    expect(texts(plan, 'en').sort()).toEqual([
      '"缴费" due on 2024-12-05, in 4 days (7-day reminder)',
      '"缴费" due today (2024-12-01)',
      '"缴费" was due on 2024-11-28, 3 days ago',
    ].sort());
  });

  it('labels and counts them as payments due and past, in both languages', () => {
    expect(labels(plan, 'zh-CN').sort()).toEqual(['缴费日临近', '缴费日临近', '缴费日已过'].sort());
    expect(labels(plan, 'en').sort()).toEqual(['"缴费" due', '"缴费" due', '"缴费" overdue'].sort());
    expect(countsByKind('en', plan.reminders.reminders, [...REMINDER_KINDS]).map((k) => [k.label, k.count])).toEqual([['"缴费" due', 2], ['"缴费" overdue', 1]]);
  });
});

describe('what else falls due keeps its wording', () => {
  it('a vet\'s 疫苗到期 falls due, as a service does (MOT due, Vaccine due): booked, not ended', () => {
    const plan = planOf([
      ['宠物名', '主人', '手机', '疫苗到期'],
      ['豆豆', '林晓', '13811110001', '2024-12-05'],
    ]);
    expect(texts(plan, 'en')).toEqual(['"疫苗" due on 2024-12-05, in 4 days (7-day reminder)']);
  });

  it('a gym\'s 会员卡到期 still ends', () => {
    const plan = planOf([
      ['会员姓名', '手机', '会员卡到期'],
      ['林晓', '13811110001', '2024-12-05'],
    ]);
    expect(texts(plan, 'en')).toEqual(['Membership ends on 2024-12-05, in 4 days (7-day reminder)']);
  });
});

// An English agent's book names the premium's day in its own words (Premium Due Date, Payment Due,
// Next Payment): read as the due column, as 缴费日期 is, and reminded as a payment due.
describe('an English insurance agent\'s premium due column', () => {
  const book = (due: string) => planOf([
    ['Policyholder', 'Phone', 'Policy No.', 'Plan', 'Annual Premium', due, 'Agent'],
    ['Margaret Collins', '(512) 555-0142', 'LF-300418', 'Term Life 20', '1,240.00', '2024-12-05', 'Dana Lee'],
    ['Steven Park', '(512) 555-0187', 'HM-410027', 'Homeowners', '1,860.00', '2024-11-28', 'Dana Lee'],
  ], { phone: { defaultRegion: 'US' } });

  it.each([
    ['Premium Due Date', 'Premium'],
    ['Premium Due', 'Premium'],
    ['Payment Due', 'Payment'],
    ['Payment Due Date', 'Payment'],
    ['Next Payment', 'Payment'],
    ['Renewal Premium Due', 'Renewal Premium'],
  ])('reads %s as the day the premium falls due and says %s is due', (due, what) => {
    const plan = book(due);
    expect(plan.columns.find((c) => c.header === due)?.field).toBe('contractEnd');
    expect(texts(plan, 'en').sort()).toEqual([
      `${what} due on 2024-12-05, in 4 days (7-day reminder)`,
      `${what} was due on 2024-11-28, 3 days ago`,
    ].sort());
    // A Chinese reminder says the English word is a payment: Premium 缴费日, never "Premium日".
    expect(texts(plan, 'zh-CN').sort()).toEqual([
      `${what} 缴费日 2024-12-05，还有 4 天（提前 7 天提醒）`,
      `${what} 缴费日 2024-11-28 已过 3 天`,
    ].sort());
    expect([...new Set(labels(plan, 'zh-CN'))].sort()).toEqual([`${what} 缴费日临近`, `${what} 缴费日已过`].sort());
  });

  it('leaves a Payment Due Date of a list with no policy in it as it was: an invoice\'s, not a premium', () => {
    const plan = planOf([
      ['Customer', 'Phone', 'Invoice No.', 'Amount', 'Payment Due Date', 'Sales Rep'],
      ['Brightline Dental', '(512) 555-0199', 'INV-1042', '3,200.00', '2024-12-05', 'Tom Reyes'],
    ], { phone: { defaultRegion: 'US' } });
    expect(plan.columns.find((c) => c.header === 'Payment Due Date')?.field).not.toBe('contractEnd');
  });
});
