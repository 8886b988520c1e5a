/**
 * A CRM's contacts as Zoho exports them (tester h71 finding 11): its Lead Status and its Email Opt Out
 * are read. Not Contacted and Contacted are leads (potential); Lost Lead a prospect lost (churned, no
 * stale reminder); Junk Lead no customer at all (voided, nothing reminded). A contact who opted out of
 * e-mail gets no greeting (a birthday card is marketing he refused), while the owner's own work on
 * him (a follow-up, a renewal) is still reminded; remind.birthday.skipOptedOut false greets him too.
 */
import { type Plan } from '../../../shared';
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { planOf } from '../plan/helpers';

// TODAY is 2024-12-01.
const HEAD = ['Contact Owner', 'First Name', 'Last Name', 'Email', 'Phone', 'Lead Status', 'Date of Birth', 'Next Follow-up', 'Email Opt Out'];
const CONTACTS = [
  HEAD,
  ['Hannah Price', 'Ben', 'Carter', 'ben.carter@northwind.com', '(415) 555-0101', 'Contacted', '1988-12-03', '', 'false'],
  ['Marcus Lee', 'Ivy', 'Chen', 'ivy.chen@contoso.com', '(415) 555-0102', 'Lost Lead', '1990-12-02', '', 'true'],
  ['Marcus Lee', 'Jack', 'Doe', 'jack@mailinator.com', '(415) 555-0103', 'Junk Lead', '1985-12-02', '', 'false'],
  ['Sofia Ruiz', 'Otto', 'Berg', 'otto.berg@fabrikam.com', '(415) 555-0104', 'Not Contacted', '1979-06-10', '', 'false'],
  ['Sofia Ruiz', 'Derek', 'Moss', 'derek.moss@adatum.com', '(415) 555-0105', 'Customer', '1982-12-04', '2024-11-28', 'TRUE'],
];
const lifecycleOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.labels.lifecycle;
const reminded = (plan: Plan, kind: string) => plan.reminders.reminders.filter((r) => r.kind === kind).map((r) => r.sheetRow).sort((a, b) => a - b);

describe('a Zoho contacts export', () => {
  const plan = planOf(CONTACTS, { phone: { defaultRegion: 'US' }, language: 'en' });

  it('reads Email Opt Out as the contact\'s opt-out, never as an e-mail (and 退订邮件 the same)', () => {
    expect(mapHeaders(HEAD, DEFAULT_SETTINGS).map((m) => m.field)[8]).toBe('emailOptOut');
    expect(mapHeaders(['客户姓名', '邮箱', '退订邮件'], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['name', 'email', 'emailOptOut']);
    for (const header of ['Unsubscribed from all email', 'Opted out of email', '邮件退订']) {
      expect(mapHeaders(['Name', 'Email', header], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['name', 'email', 'emailOptOut']);
    }
    // Whether he takes texts, or opted in, is no e-mail opt-out.
    expect(mapHeaders(['Name', 'Email', 'Email Opt In', 'SMS Consent Phone'], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['name', 'email', null, null]);
  });

  it('classes Contacted and Not Contacted as leads, a Lost Lead as churned', () => {
    expect(lifecycleOf(plan, 2)).toBe('potential');
    expect(lifecycleOf(plan, 5)).toBe('potential');
    expect(lifecycleOf(plan, 3)).toBe('churned');
    expect(lifecycleOf(plan, 6)).toBe('existing');
  });

  it('reminds nothing of a Junk Lead: no customer at all', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 4)).toEqual([]);
  });

  it('greets no contact who opted out of e-mail, and says how many', () => {
    expect(reminded(plan, 'birthday')).toEqual([2]);
    expect(plan.reminders.optedOut).toBe(2);
  });

  it('still reminds the owner\'s own follow-up of a contact who opted out', () => {
    expect(reminded(plan, 'followUp')).toEqual([6]);
  });

  it('greets them too when remind.birthday.skipOptedOut is false', () => {
    const greeting = planOf(CONTACTS, { phone: { defaultRegion: 'US' }, remind: { birthday: { skipOptedOut: false } } });
    expect(reminded(greeting, 'birthday')).toEqual([2, 3, 6]);
    expect(greeting.reminders.optedOut ?? 0).toBe(0);
  });
});
