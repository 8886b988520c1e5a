/**
 * A wholesaler's trade accounts: one row per account (Acct #, 月结账号), the business and the buyer who
 * orders for it. The account number is the customer's own key: one number typed twice is one account,
 * merged; two numbers are two accounts. Two buyers of one business (Marco and Anna Rossi of Blue
 * Harbor) share its name and nothing else: the company alone never carries a person into a group
 * (tester h75 #1/#2/#15: Anna was merged into Marco's row by --merge-review).
 */
import { run, resolveSettings, cellText, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

type Accept = ('exact' | 'likely' | 'review')[];

function planOf(rows: string[][], input: object, merge: Accept = []): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const WHOLESALE_EN = [
  ['Acct #', 'Business Name', 'Buyer', 'Phone', 'Email', 'Terms', 'Sales Rep'],
  ['NG-01034', "Marsh's Grill", 'Mia Marsh', '312-555-4034', 'orders@marshgrill.com', 'COD', 'Priya Shah'],
  ['NG-02001', 'Blue Harbor Seafood Co', 'Marco Rossi', '(312) 555-9001', 'marco@blueharbor.com', 'Net 30', 'Gary Holt'],
  ['NG-02001', 'BLUE HARBOR SEAFOOD CO.', 'M. Rossi', '312.555.9001', 'Marco@BlueHarbor.com', 'Net 30', 'Gary Holt'],
  ['NG-02002', 'Blue Harbor Seafood Co', 'Anna Rossi', '(312) 555-9002', 'anna@blueharbor.com', 'Net 30', 'Gary Holt'],
  ['NG-02003', 'Golden Dragon Restaurant', 'Wei Zhang', '(312) 555-9003', 'goldendragon.chicago@gmail.com', 'COD', 'Luis Ortega'],
];

const WHOLESALE_ZH = [
  ['月结账号', '客户名称', '联系人', '电话', '业务员'],
  ['YJ-0101', '深圳市鹏程贸易有限公司', '王建国', '13812345678', '李娜'],
  ['YJ-0101', '鹏程贸易', '王总', '138 1234 5678', '李娜'],
  ['YJ-0102', '深圳市鹏程贸易有限公司', '王丽', '13812345679', '李娜'],
  ['YJ-0201', '广州华南电子有限公司', '陈志强', '13912345678', '张伟'],
];

const EN = { language: 'en', phone: { defaultRegion: 'US' } };

function column(plan: Plan, id: string): string[] {
  const c = plan.addedColumns.find((a) => a.id === id)!;
  return c.values.map(cellText);
}

describe('trade accounts keyed by their account number', () => {
  it('reads Acct # as the customer id and Buyer as the person', () => {
    const plan = planOf(WHOLESALE_EN, EN);
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    expect(fields['Acct #']).toBe('customerId');
    expect(fields['Buyer']).toBe('name');
  });

  it('groups one account typed twice, likely, and leaves the other buyer of the business out', () => {
    const plan = planOf(WHOLESALE_EN, EN);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[3, 4], 'likely']]);
    const reasons = column(plan, 'duplicateReasons');
    // Anna's row (5) is in no group, and Marco's rows do not read that their phones differ: they hold one number.
    expect(reasons[3]).toBe('');
    expect(reasons[1]).not.toMatch(/phone numbers differ/);
    expect(reasons[1]).toMatch(/same customer ID/i);
  });

  it('merges the account typed twice with --merge and keeps the other buyer in the sheet', () => {
    const plan = planOf(WHOLESALE_EN, EN, ['exact', 'likely']);
    expect(plan.merge?.removeRows).toEqual([4]);
  });

  it('does the same for a 月结账号 in a Chinese sheet', () => {
    const plan = planOf(WHOLESALE_ZH, {});
    expect(plan.columns.find((c) => c.header === '月结账号')?.field).toBe('customerId');
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(plan.duplicates.groups[0].confidence).not.toBe('review');
  });

  it('never takes two buyers of one business for one customer, whatever the merge accepts', () => {
    const plan = planOf(WHOLESALE_EN, EN, ['exact', 'likely', 'review']);
    expect(plan.merge?.removeRows).toEqual([4]);
  });

  it('keeps a CRM record id apart from a trade account: a contact created twice there, given a second Account ID, is still one', () => {
    const plan = planOf([
      ['Account ID', 'Account Name', 'Contact', 'Phone', 'Email'],
      ['0015g00000AbCdE', 'Harbor Bakery', 'Ana Lopez', '(212) 555-0199', 'ana@harborbakery.com'],
      ['0015g00000XyZwV', 'Harbor Bakery', 'Ana Lopez', '212-555-0199', 'ana@harborbakery.com'],
    ], EN);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.records ?? false])).toEqual([[[2, 3], false]]);
  });
});
