/**
 * A payment due (尾款到期日 beside 尾款, Xero's Due Date beside Balance) says how much the row owes: the
 * rep calling to collect needs the figure, not only the day (尾款已于 2024-11-20 到期 alone sent him back
 * to the sheet). Said in the currency the cell shows, in both languages; a row owing nothing is not chased.
 */
import { reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from './helpers';

type Plan = ReturnType<typeof planOf>;
const of = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row);

// TODAY is 2024-12-01.
describe('a 婚庆 planner\'s 尾款 due: the reminder names the balance', () => {
  const WEDDINGS = [
    ['新郎', '联系电话', '合同金额', '尾款', '尾款到期日', '策划师'],
    ['赵一鸣', '13912345678', '88800', '26640', '2024-11-20', '小周'], // r2: 11 days overdue, owes 26640
    ['陈浩然', '13812345678', '66600', '19980', '2024-12-05', '阿杰'], // r3: due in 4 days
    ['周子豪', '13712345678', '52000', '0', '2024-11-25', '小周'], // r4: paid up
  ];
  const plan = planOf(WEDDINGS);

  it('says the amount after the day, in Chinese and in English', () => {
    expect(reminderText('zh-CN', of(plan, 2)[0])).toBe('尾款已于 2024-11-20 到期，已过 11 天；尾款 26640 未结清');
    expect(reminderText('en', of(plan, 2)[0])).toMatch(/; 尾款 26640 still owed$/);
    expect(reminderText('zh-CN', of(plan, 3)[0])).toMatch(/^尾款 2024-12-05 到期，还有 4 天.*；尾款 19980 未结清$/);
  });

  it('leaves the row owing nothing without an amount (and without a reminder)', () => {
    expect(of(plan, 4).map((r) => reminderText('zh-CN', r)).join('')).not.toMatch(/未结清/);
  });
});

describe('an English invoice list (Due Date beside Balance)', () => {
  const LEDGER = [
    ['Company', 'Contact Person', 'Phone', 'Balance', 'Due Date', 'Sales Rep'],
    ['Harbour Freight Ltd', 'Mark Ellis', '+44 20 7946 0101', '£4,250.00', '2024-11-15', 'Anna Vogel'], // r2: 16 days overdue
    ['Kingsway Dental', 'Priya Shah', '+44 20 7946 0202', '£0.00', '2024-11-20', 'Anna Vogel'], // r3: paid
  ];
  const plan = planOf(LEDGER);

  it('names the balance owed in the currency the cell shows', () => {
    const [due] = of(plan, 2);
    expect(reminderText('en', due)).toMatch(/^Payment was due on 2024-11-15, 16 days ago; Balance £4,?250\.00 still owed$/);
    expect(reminderText('zh-CN', due)).toMatch(/；Balance £4,?250\.00 未结清$/);
  });
});
