/**
 * A class reason that another one opens with is said once (tester h79 #16): a SaaS account under a
 * running contract is existing because "contract runs to 2027-06-02", and dormant because "contract runs
 * to 2027-06-02: not seen for long, but a customer under contract is dormant, not lost". The cell said
 * the first, then the second that repeats it.
 */
import { cellText, run, resolveSettings } from '../../../shared';
import { gridOf } from './helpers';

it('says a running contract once in a dormant account\'s reasons', () => {
  const settings = resolveSettings({ language: 'en', phone: { defaultRegion: 'US' } });
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf([
    ['Account Name', 'Contact Email', 'ARR (USD)', 'Contract Start', 'Renewal Date', 'CSM'],
    ['Northwind Analytics', 'ops@northwind.io', '180000', '2025-06-02', '2027-06-02', 'Ana Reyes'],
    ['Contoso Retail', 'it@contoso.com', '36000', '2026-10-01', '2027-10-01', 'Budi Santoso'],
  ], 'Renewals'), { settings: settings.settings, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  const reasons = out.plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map(cellText);
  expect(reasons[0]).toContain('contract runs to 2027-06-02: not seen for long');
  expect(reasons[0].split('contract runs to 2027-06-02').length - 1).toBe(1);
});
