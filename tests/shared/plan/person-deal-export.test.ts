/**
 * Pipedrive's persons-with-deals export: one row per deal, the person's columns headed 'Person - …',
 * the deal's 'Deal - …'. Its Deal - Status (open / won / lost: Pipedrive's own three, "open = Open,
 * won = Won, lost = Lost" in its API's deal status), Deal - Value and Deal - Expected close date are
 * what the deals list reads (plan/deal-list.ts): a won deal is a purchase worth its value, a lost one
 * none and no reason to chase him, an open one a follow-up by its expected close.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

const PIPEDRIVE = [
  ['Person - Name', 'Person - Organization', 'Person - Email', 'Person - Phone', 'Person - Owner', 'Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Status', 'Deal - Expected close date', 'Person - Next activity date', 'Person - Last activity date', 'Person - Label', 'Person - Created'],
  ['Rachel Kim', 'Kim & Sons Bakery', 'rachel@kimbakery.com', '+1 (503) 555-0142', 'Tom Becker', 'Bakery POS rollout', '4800', 'USD', 'won', '2026-09-30', '', '2026-10-02', 'Warm lead', '2025-06-11 10:15:00'],
  ['Marcus Lee', 'Lee Plumbing LLC', 'marcus@leeplumbing.com', '+1 (503) 555-0177', 'Sara Lopez', 'Plumbing CRM', '$3,200.00', 'USD', 'lost', '2026-03-15', '', '2026-03-20', 'Customer', '2025-02-03 09:00:00'],
  ['Priya Nair', 'Nair Dental', 'priya@nairdental.com', '+1 (503) 555-0190', 'Tom Becker', 'Dental suite', '9500', 'USD', 'open', '2026-12-10', '', '2026-11-28', 'Hot lead', '2026-08-19 14:40:00'],
];

function planOf(rows: string[][]): Plan {
  const remind = { ...DEFAULT_SETTINGS.remind, followUp: { ...DEFAULT_SETTINGS.remind.followUp, daysAhead: 7 } };
  const out = run(gridOf(rows, 'deals'), { settings: { ...DEFAULT_SETTINGS, language: 'en', remind }, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.field;
const labels = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!.labels;

describe('a Pipedrive persons-with-deals export', () => {
  const plan = planOf(PIPEDRIVE);

  it('reads the deal\'s value, status and expected close date', () => {
    expect(fieldOf(plan, 'Deal - Value')).toBe('amount');
    expect(fieldOf(plan, 'Deal - Status')).toBe('status');
    expect(fieldOf(plan, 'Deal - Expected close date')).toBe('closeDate');
    // The deal's title is no name and no job title.
    expect(fieldOf(plan, 'Deal - Title')).toBeNull();
    expect(plan.orderList?.deals).toBe(true);
  });

  it('makes a won deal a customer whatever the person\'s label, and a lost one none', () => {
    expect(labels(plan, 2).lifecycle).toBe('existing');
    expect(labels(plan, 3).lifecycle).not.toBe('existing');
  });

  it('writes a value typed as $3,200.00 as the number it shows', () => {
    const col = plan.columns.find((c) => c.header === 'Deal - Value')!.col;
    expect(plan.edits.find((e) => e.sheetRow === 3 && e.col === col)?.after).toMatchObject({ kind: 'number', value: 3200 });
  });

  it('follows the open deal up by its expected close, and chases no one for a lost deal', () => {
    const reminders = plan.reminders.reminders.map((r) => [r.kind, r.sheetRow]);
    expect(reminders).toContainEqual(['followUp', 4]);
    expect(reminders.filter(([, row]) => row === 3)).toEqual([]);
  });
});
