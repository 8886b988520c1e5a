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
  it('a vet\'s 疫苗到期 still ends', () => {
    const plan = planOf([
      ['宠物名', '主人', '手机', '疫苗到期'],
      ['豆豆', '林晓', '13811110001', '2024-12-05'],
    ]);
    expect(texts(plan, 'en')).toEqual(['"疫苗" ends on 2024-12-05, in 4 days (7-day reminder)']);
  });
});
