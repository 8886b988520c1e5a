/**
 * A renewal column (Renewal Date, Renews On, Next Renewal, 续约日期, 续费日期) holds the day a renewal
 * falls due, not the day a contract ends: its reminder says so, "Renewal due on …", "续费 … 到期",
 * while a contract's end (Contract End, Engagement Ends, 合同到期日, a renewed contract's 续约后到期日)
 * keeps "Contract ends on …", "合同 … 到期".
 */
import { reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
// TODAY is 2024-12-01: the row falls due in 7 days, today, or fell due 3 days ago.
const texts = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired')
  .map((r) => [reminderText('en', r), reminderText('zh-CN', r)]);
const sheet = (header: string, day: string) => [['Member Name', 'Email', header, 'Coach'], ['James Smith', 'james.smith@example.com', day, 'Tom Baker']];

describe('a renewal column says a renewal falls due', () => {
  it.each([['Renewal Date'], ['Renews On'], ['Next Renewal'], ['Renewal Due On'], ['Membership Renews'], ['Auto-Renewal Date']])('%s', (header) => {
    expect(texts(planOf(sheet(header, '2024-12-08')))).toEqual([['Renewal due on 2024-12-08, in 7 days (7-day reminder)', '续约 2024-12-08 到期，还有 7 天（提前 7 天提醒）']]);
  });

  it('today and overdue too', () => {
    expect(texts(planOf(sheet('Renewal Date', '2024-12-01')))).toEqual([['Renewal due today (2024-12-01)', '续约今天到期（2024-12-01）']]);
    expect(texts(planOf(sheet('Renewal Date', '2024-11-28')))).toEqual([['Renewal was due on 2024-11-28, 3 days ago', '续约已于 2024-11-28 到期，已过 3 天']]);
  });

  it.each<[string, string, string]>([
    ['续约日期', 'Renewal due on 2024-12-08, in 7 days (7-day reminder)', '续约 2024-12-08 到期，还有 7 天（提前 7 天提醒）'],
    ['续费日期', 'Renewal due on 2024-12-08, in 7 days (7-day reminder)', '续费 2024-12-08 到期，还有 7 天（提前 7 天提醒）'],
  ])('a Chinese sheet\'s %s', (header, en, zh) => {
    const plan = planOf([['客户名称', '手机', header, '负责人'], ['张伟', '13812345678', '2024-12-08', '李四']]);
    expect(texts(plan)).toEqual([[en, zh]]);
  });
});

describe('a contract\'s end keeps its words', () => {
  it.each([['Contract End'], ['Engagement Ends'], ['Renewal End Date'], ['合同到期日'], ['续约后到期日'], ['到期日']])('%s', (header) => {
    expect(texts(planOf(sheet(header, '2024-12-08')))).toEqual([['Contract ends on 2024-12-08, in 7 days (7-day reminder)', '合同 2024-12-08 到期，还有 7 天（提前 7 天提醒）']]);
  });
});
