/**
 * A remark that asks for no more calls (do not call, do not contact, 勿扰, 不要再打) stops every call
 * and follow-up, as a status of Do not contact does, wherever it stands in the note (tester h71
 * finding 10: "went with another agent, do not call" was read only as a customer gone, and a follow-up
 * 612 days overdue was still sent). What he left for still classes him (churned). A note of when to
 * call (周末勿扰, Do not call before 10am) says how to reach him, and stops nothing.
 */
import { reminderText, type Plan } from '../../../shared';
import { remarkSays } from '../../../shared/remind/remark-words';
import { planOf } from '../plan/helpers';

const text = (value: string) => ({ kind: 'text' as const, value });

describe('a remark that asks not to be called', () => {
  it.each<[string, string | null, string]>([
    ['went with another agent, do not call', 'doNotContact', 'gone, and no calls: the stricter'],
    ['Please do not contact again.', 'doNotContact', 'a clause of its own'],
    ['Not interested, do not call', 'doNotContact', 'two clauses'],
    ['Asked us to stop calling', 'doNotContact', 'a rep\'s sentence'],
    ['客户说别再打了，很烦', 'doNotContact', 'a Chinese rep\'s sentence'],
    ['已投诉，不要再打电话', 'doNotContact', 'after a complaint'],
    ['客户要求勿扰', 'doNotContact', '勿扰 as his wish'],
    ['请勿打扰', 'doNotContact', 'the whole remark'],
    ['周末勿扰', null, 'not at weekends: when to call'],
    ['午休勿扰，下午3点后可打', null, 'not over lunch'],
    ['Do not call before 10am', null, 'when to call, in English'],
    ['没说不要再打', null, 'denied'],
    ['went with another agent', 'left', 'gone, calls not refused'],
    ['went with a competitor', 'left', 'as before'],
    ['not interested', 'left', 'as before'],
  ])('%j → %s (%s)', (remark, expected) => {
    expect(remarkSays(text(remark))).toBe(expected);
  });
});

describe('an estate agent\'s book (today 2024-12-01)', () => {
  const book = [
    ['Agent', 'Client Name', 'Phone', 'Last Contact', 'Next Follow-up', 'Birthday', 'Notes'],
    ['Linda Park', 'Susan Cho', '(415) 555-0142', '2023-03-01', '2023-04-01', '1971-12-03', 'went with another agent, do not call'],
    ['Linda Park', 'Greg Holt', '(415) 555-0177', '2024-11-20', '2024-11-28', '1980-12-02', 'wants a bigger yard'],
    ['Tom Becker', 'Ana Ruiz', '(415) 555-0188', '2024-11-02', '2024-11-30', '1975-06-01', 'Do not call before 10am'],
  ];
  const plan: Plan = planOf(book, { phone: { defaultRegion: 'US' }, language: 'en' });
  const remindedRows = plan.reminders.reminders.map((r) => r.sheetRow);

  it('sends no follow-up and no greeting to the client who asked not to be called', () => {
    expect(remindedRows).not.toContain(2);
    expect(plan.reminders.silenced.doNotContact).toBeGreaterThanOrEqual(2);
  });

  it('still follows up the others, the one with a time to call too', () => {
    const followUps = plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.sheetRow} ${reminderText('en', r)}`);
    expect(followUps.map((f) => Number(f.split(' ')[0])).sort()).toEqual([3, 4]);
  });

  it('says on the note that he is not to be contacted, and still classes him churned', () => {
    const issue = plan.issues.find((i) => i.sheetRow === 2 && i.field === 'notes');
    expect(issue?.code).toBe('rule.noteSaysDoNotContact');
    expect(plan.classification.rows.find((r) => r.sheetRow === 2)?.labels.lifecycle).toBe('churned');
  });
});
