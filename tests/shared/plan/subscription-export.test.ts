/**
 * A Stripe subscriptions export: one row per subscription. Its Created is the sign-up, its Current
 * Period Start the day the period was invoiced (Stripe: "Start of the current period that the
 * subscription has been invoiced for"), its Current Period End the day it renews by itself unless
 * Cancel At Period End is true, its Trial End the day a trial is to pay. Its Status is the
 * subscription's (active, trialing, past_due, canceled …): a canceled subscription was paid for and
 * ended, no order voided.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

const HEADERS = ['id', 'Customer ID', 'Customer Email', 'Customer Name', 'Plan', 'Product', 'Quantity', 'Interval', 'Amount', 'Currency', 'Status',
  'Created (UTC)', 'Start Date (UTC)', 'Current Period Start (UTC)', 'Current Period End (UTC)', 'Canceled At (UTC)', 'Trial End (UTC)', 'Cancel At Period End'];
const STRIPE = [
  HEADERS,
  ['sub_1QaZ01', 'cus_RkM001', 'hannah@brightpixel.io', 'Hannah Ortiz', 'price_pro_monthly', 'Pro', '1', 'month', '49.00', 'usd', 'active',
    '2024-03-02 09:12', '2024-03-02 09:12', '2026-11-02 09:12', '2026-12-02 09:12', '', '', 'false'],
  ['sub_1QaZ02', 'cus_RkM002', 'ops@northfieldlabs.com', 'Northfield Labs', 'price_team_yearly', 'Team', '20', 'year', '9,900.00', 'usd', 'active',
    '2023-12-06 15:00', '2023-12-06 15:00', '2025-12-06 15:00', '2026-12-06 15:00', '', '', 'true'],
  ['sub_1QaZ03', 'cus_RkM003', 'dev.kumar@gmail.com', 'Dev Kumar', 'price_team_yearly', 'Team', '5', 'year', '990.00', 'usd', 'canceled',
    '2025-03-03 00:00', '2025-03-03 00:00', '2025-03-03 00:00', '2026-03-03 00:00', '2026-03-03 00:00', '', 'false'],
  ['sub_1QaZ04', 'cus_RkM004', 'lena@fjordstudio.no', 'Lena Berg', 'price_pro_monthly', 'Pro', '1', 'month', '49.00', 'usd', 'trialing',
    '2026-11-24 10:00', '2026-11-24 10:00', '2026-11-24 10:00', '2026-12-08 10:00', '', '2026-12-08 10:00', 'false'],
];

function planOf(rows: string[][]): Plan {
  const out = run(gridOf(rows, 'subscriptions'), { settings: { ...DEFAULT_SETTINGS, language: 'en' }, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.field;
const labels = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!.labels;
const remindedRows = (plan: Plan) => plan.reminders.reminders.map((r) => r.sheetRow);

describe('a Stripe subscriptions export', () => {
  const plan = planOf(STRIPE);

  it('reads Created as the sign-up and the Current Period Start as the latest payment', () => {
    expect(fieldOf(plan, 'Created (UTC)')).toBe('createdAt');
    expect(fieldOf(plan, 'Current Period Start (UTC)')).toBe('lastPurchase');
    expect(fieldOf(plan, 'Canceled At (UTC)')).toBe('endedAt');
    expect(plan.orderList).toEqual({ rows: 4, orders: 4, customers: 4, subscriptions: true });
  });

  it('classes a subscription billed this period as an existing, active customer, not churned by its sign-up date', () => {
    expect(labels(plan, 2).lifecycle).toBe('existing');
    expect(labels(plan, 3).lifecycle).toBe('existing');
    expect(labels(plan, 2).activity).toBe('active');
  });

  it('holds a subscription on trial a prospect: nothing paid yet', () => {
    expect(labels(plan, 5).lifecycle).toBe('potential');
  });

  it('churns a canceled subscription\'s customer and keeps what he paid', () => {
    expect(labels(plan, 4).lifecycle).toBe('churned');
    const dev = plan.classification.rows.find((r) => r.sheetRow === 4)!;
    expect(dev.reasons.find((r) => r.dimension === 'tier')).toEqual(expect.objectContaining({ params: expect.objectContaining({ field: 'amount', value: '990' }) }));
  });

  it('reminds the period end of a subscription set to cancel, and a trial\'s end, but no renewal that happens by itself', () => {
    expect(remindedRows(plan)).toEqual(expect.arrayContaining([3, 5]));
    expect(remindedRows(plan)).not.toContain(2);
    expect(remindedRows(plan)).not.toContain(4);
    const said = (row: number) => plan.reminders.reminders.find((r) => r.sheetRow === row)!;
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 3)).toHaveLength(1);
    expect(said(3).reason).toEqual({ code: 'remind.reason.dueExpiring', params: expect.objectContaining({ what: 'Subscription', date: '2026-12-06' }) });
    expect(said(5).reason).toEqual({ code: 'remind.reason.dueExpiring', params: expect.objectContaining({ what: 'Trial', date: '2026-12-08' }) });
  });
});
