/**
 * A British accountancy or law practice's client list (after the testers' uk-fees.xlsx): Client, Phone,
 * Annual Fee (£), Last Meeting, Partner. The Partner is the firm's partner who owns the client: the
 * owner, who gets the client's reminders. Last Meeting is the last time the firm saw the client. A
 * financial planner's joint clients (Client, Partner: the client's wife or husband) are another matter:
 * there Partner is a person of the household, nobody who holds the client.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

// TODAY is 2024-12-01.
const FEES = [
  ['Client', 'Phone', 'Annual Fee', 'Last Meeting', 'Partner'],
  ['Oakwood Ltd', '020 7946 0018', '£25,000', '2024-10-10', 'David Hughes'],
  ['Riverside Cafe', '0161 496 0123', '1800', '2024-11-01', 'Claire Evans'],
  ['Hillview Farm', '01632 960456', '£2,400.00', '2024-03-01', 'David Hughes'],
];
const fieldsOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));

describe('a UK practice\'s client list with no settings', () => {
  const plan = planOf(FEES, { language: 'en' }, { guess: { region: true, currency: true } });

  it('reads every column: the partner who owns the client, the last meeting', () => {
    expect(fieldsOf(plan)).toEqual({ Client: 'name', Phone: 'phone', 'Annual Fee': 'amount', 'Last Meeting': 'lastContact', Partner: 'owner' });
  });

  it('is read as British: its numbers stay as typed, none flagged', () => {
    expect(plan.problems.map((p) => [p.code, p.params?.region])).toContainEqual(['locale.region', 'GB']);
    expect(plan.edits.filter((e) => e.col === 1)).toEqual([]);
    expect(plan.issues.filter((i) => i.code.startsWith('phone'))).toEqual([]);
  });

  it('reminds the partner of a client not met for nine months', () => {
    const stale = plan.reminders.reminders.filter((r) => r.kind === 'stale');
    expect(stale.map((r) => [r.owner, r.customer])).toEqual([['David Hughes', 'Hillview Farm']]);
    expect(t('en', stale[0].reason.code, stale[0].reason.params)).toContain('2024-03-01');
  });

  it.each([['Engagement Partner'], ['Client Partner'], ['Responsible Partner'], ['Partner in Charge']])('%s is the owner too', (header) => {
    expect(fieldsOf(planOf([['Client', 'Phone', header], ['Oakwood Ltd', '020 7946 0018', 'David Hughes']], { language: 'en' }))[header]).toBe('owner');
  });
});

describe('a financial planner\'s joint clients', () => {
  it('leaves a Partner of the client\'s household unread: each row names another person, of the client\'s surname', () => {
    const plan = planOf([
      ['Client', 'Partner', 'Phone', 'Last Meeting'],
      ['James Carter', 'Sarah Carter', '020 7946 0321', '2024-10-10'],
      ['Tom Hughes', 'Emma Hughes', '020 7946 0456', '2024-11-01'],
      ['Ryan Cole', 'Laura Cole', '020 7946 0789', '2024-09-01'],
    ], { language: 'en' });
    expect(fieldsOf(plan)).toMatchObject({ Client: 'name', Partner: null, 'Last Meeting': 'lastContact' });
  });
});
