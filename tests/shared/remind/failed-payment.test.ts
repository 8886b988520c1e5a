/**
 * A subscription whose payment failed (Stripe past_due, unpaid) is money owed on a live account: the
 * customer still uses it and the current period's invoice is unpaid (tester h75: six past_due subscriptions
 * got no reminder). It is said as what the export knows: the status, and the period left unpaid since its
 * start, not a debt the sheet never states; an active or canceled one is none.
 */
import { DEFAULT_SETTINGS, reminderText, run, type Cell, type Plan } from '../../../shared';

const TODAY = '2026-12-04';
const txt = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });

function planOf(rows: string[][]): Plan {
  const out = run({ sheetName: 'subscriptions', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(txt)) }, { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a Stripe subscriptions export: a failed payment is chased', () => {
  const plan = planOf([
    ['id', 'Customer ID', 'Customer Email', 'Customer Name', 'Product', 'Amount', 'Currency', 'Status', 'Created (UTC)', 'Current Period Start (UTC)', 'Current Period End (UTC)', 'Cancel At Period End'],
    ['sub_1P0003AbCdEf', 'cus_Q000291', 'adam.burns@gmail.com', 'Adam Burns', 'Pro', '49.00', 'usd', 'past_due', '2025-04-03 00:00', '2026-11-04 00:00', '2026-12-04 00:00', 'false'],
    ['sub_1P0015AbCdEf', 'cus_Q001455', 'noah.rice@fastmail.com', 'Noah Rice', 'Pro', '49.00', 'usd', 'unpaid', '2025-04-03 00:00', '2026-10-16 00:00', '2026-11-16 00:00', 'false'],
    ['sub_1P0001AbCdEf', 'cus_Q000097', 'ryan@hayes.io', 'Ryan Hayes', 'Basic', '19.00', 'usd', 'active', '2025-02-03 00:00', '2026-11-02 00:00', '2026-12-02 00:00', 'false'],
    ['sub_1P0004AbCdEf', 'cus_Q000388', 'mia.marsh@outlook.com', 'Mia Marsh', 'Basic', '19.00', 'usd', 'canceled', '2025-02-03 00:00', '2026-09-02 00:00', '2026-10-02 00:00', 'false'],
  ]);
  const owed = (row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row && r.kind === 'owed');

  it('reminds Adam Burns, past_due, of the period unpaid since 2026-11-04, in both languages', () => {
    const his = owed(2);
    expect(his).toHaveLength(1);
    expect(reminderText('en', his[0])).toBe('Payment failed (past_due): the period from 2026-11-04 is unpaid');
    expect(reminderText('zh-CN', his[0])).toBe('扣款失败（past_due）：2026-11-04 起的这一期未付');
  });

  it('reminds Noah Rice, unpaid, too', () => {
    expect(owed(3)).toHaveLength(1);
  });

  it('leaves active and canceled subscriptions alone', () => {
    expect(owed(4)).toEqual([]);
    expect(owed(5)).toEqual([]);
  });
});
