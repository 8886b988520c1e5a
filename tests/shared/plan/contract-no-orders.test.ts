/**
 * A B2B account list (Salesforce-style: Account Name, Last Order Date, Contract End) where one account
 * has signed a contract that still runs and placed no order yet: it is a customer (existing), as the
 * running contract keeps a long-silent buyer one; an account with neither stays a prospect.
 */
import { cellText, resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2024-12-01';
const cell = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });

function planOf(rows: string[][], input: object): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const grid: Grid = { sheetName: 'Accounts', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)) };
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const column = (plan: Plan, id: string) => plan.addedColumns.find((c) => c.id === id)!.values.map(cellText);

const ACCOUNTS = [
  ['Account Name', 'Contact', 'Phone', 'Email', 'Account Owner', 'Annual Revenue', 'Last Order Date', 'Contract End'],
  ['Acme Industrial Supply', 'John Carter', '(312) 555-0142', 'jcarter@acmeind.com', 'Sarah Lee', '$12,500,000', '2024-10-02', '2024-12-15'],
  ['Summit Foods LLC', 'Priya Patel', '(720) 555-0110', 'priya.patel@summitfoods.com', 'Sarah Lee', '$850,000', '2023-02-14', '2025-06-30'],
  ['Fabrikam Inc.', 'Laura Kim', '(206) 555-0175', 'laura.kim@fabrikam.com', 'Mike Chen', '', '', '2025-10-31'],
  ['Contoso Pharmaceuticals', 'Kevin Liu', '(617) 555-0133', 'kliu@contoso.com', 'Mike Chen', '', '', ''],
];

describe('an account under a running contract with no order yet (Fabrikam)', () => {
  const plan = planOf(ACCOUNTS, { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' }, language: 'en' });

  it('is an existing customer beside the long-silent Summit Foods; Contoso, with neither, is potential', () => {
    expect(plan.classification.rows.map((r) => [r.sheetRow, r.labels.lifecycle])).toEqual([[2, 'existing'], [3, 'existing'], [4, 'existing'], [5, 'potential']]);
  });

  it('says why in its reasons column', () => {
    expect(column(plan, 'class.reasons')[2]).toContain('contract runs to 2025-10-31, no purchase on record yet: a signed customer');
  });
});
