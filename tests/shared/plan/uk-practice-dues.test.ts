/**
 * A UK accountancy or law practice's client list: the Fee Earner (or the Partner) holds the client, the
 * Next Review is the day to see him again, the Engagement Ends when his letter of engagement runs out.
 * Unread, every one of these reminders was silently missed.
 */
import { planOf } from './helpers';

// As the command line runs: the region (and so day-first dates) and the currency read from the sheet.
const GUESS = { guess: { region: true, currency: true } };

// Around helpers' TODAY, 2024-12-01; dates written day first, as a UK practice writes them.
const PRACTICE = [
  ['Client', 'Contact', 'Phone', 'Email', 'Fee Earner', 'Annual Fee', 'Date of Birth', 'Last Meeting', 'Next Review', 'Engagement Ends'],
  ['Hartley Joinery Ltd', 'Ian Hartley', '01632 960123', 'ian@hartleyjoinery.co.uk', 'Rachel Green', '£4,800', '3/6/1968', '1/10/2024', '2/12/2024', '1/12/2024'],
  ['Oakwood Dental', 'Dr. Fiona Reid', '0113 496 0456', 'fiona@oakwooddental.co.uk', 'Rachel Green', '£12,500', '7/6/1975', '4/11/2024', '1/12/2024', '8/12/2024'],
  ['Pennine Cycles', 'Gareth Lewis', '07700 900555', 'gareth@penninecycles.co.uk', 'Mark Bell', '£1,950', '11/6/1980', '5/6/2024', '3/1/2025', '2/1/2025'],
];

describe("a UK practice's client list: Fee Earner, Next Review, Engagement Ends", () => {
  // A follow-up due tomorrow is reminded too (the default is today's only).
  const plan = planOf(PRACTICE, { remind: { followUp: { daysAhead: 1 } } }, GUESS);

  it('reads the fee earner as the owner, the next review as the follow-up and the engagement end as the contract end', () => {
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    expect(fields['Fee Earner']).toBe('owner');
    expect(fields['Next Review']).toBe('nextFollowUp');
    expect(fields['Engagement Ends']).toBe('contractEnd');
  });

  it('reminds the fee earner of the review due and the engagement ending, not "Unassigned"', () => {
    const got = plan.reminders.reminders
      .filter((r) => r.kind !== 'birthday')
      .map((r) => [r.owner, r.sheetRow, r.kind, r.due])
      .sort((a, b) => String(a[3]).localeCompare(String(b[3])) || Number(a[1]) - Number(b[1]) || String(a[2]).localeCompare(String(b[2])));
    expect(got).toEqual([
      ['Rachel Green', 2, 'contract', '2024-12-01'],
      ['Rachel Green', 3, 'followUp', '2024-12-01'],
      ['Rachel Green', 2, 'followUp', '2024-12-02'],
      ['Rachel Green', 3, 'contract', '2024-12-08'],
    ]);
  });
});

describe('a bare Partner beside the fee earner', () => {
  it("is the practice's partner who owns the client when his name holds several clients", () => {
    const plan = planOf([
      ['Client', 'Contact', 'Phone', 'Fee Earner', 'Partner', 'Next Review'],
      ['Hartley Joinery Ltd', 'Ian Hartley', '01632 960123', 'Amy Shaw', 'Rachel Green', '2/12/2024'],
      ['Oakwood Dental', 'Fiona Reid', '0113 496 0456', 'Tom Hill', 'Rachel Green', '3/12/2024'],
      ['Pennine Cycles', 'Gareth Lewis', '07700 900555', 'Amy Shaw', 'Mark Bell', '4/12/2024'],
    ], { remind: { followUp: { daysAhead: 3 } } }, GUESS);
    const owner = plan.columns.filter((c) => c.field === 'owner' && !c.extra).map((c) => c.header);
    expect(owner).toEqual(['Partner']);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[2, 'Rachel Green'], [3, 'Rachel Green'], [4, 'Mark Bell']]);
  });
});

describe('two follow-up columns side by side: Next Step Date and Follow-up Date', () => {
  const plan = planOf([
    ['Client', 'Contact', 'Phone', 'Relationship Manager', 'Next Step Date', 'Follow-up Date'],
    ['Hartley Joinery Ltd', 'Ian Hartley', '01632 960123', 'Mark Bell', '20/12/2024', '1/12/2024'],
    ['Kestrel Print', 'Aisha Khan', '0121 496 0789', 'Mark Bell', '2/12/2024', ''],
    ['Oakwood Dental', 'Fiona Reid', '0113 496 0456', 'Mark Bell', '', '3/12/2024'],
    ['Pennine Cycles', 'Gareth Lewis', '07700 900555', 'Mark Bell', '30/12/2024', '31/12/2024'],
  ], { remind: { followUp: { daysAhead: 3 } } }, GUESS);

  it('reads both: the first as the follow-up, the second as a further follow-up column', () => {
    expect(plan.columns.slice(4).map((c) => [c.header, c.field, c.extra ?? false])).toEqual([
      ['Next Step Date', 'nextFollowUp', false],
      ['Follow-up Date', 'nextFollowUp', true],
    ]);
  });

  it('reminds of the earlier date due in either column, so neither column\'s reminder is lost', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]).sort()).toEqual([
      [2, '2024-12-01'],
      [3, '2024-12-02'],
      [4, '2024-12-03'],
    ]);
  });
});
