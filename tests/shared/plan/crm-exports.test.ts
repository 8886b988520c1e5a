/** CRM exports in a whole run: their flags and system columns are no customer data to clean. */
import { messageText } from '../../../shared/classify/reason';
import { planOf } from './helpers';

describe('the tester\'s HubSpot contacts export', () => {
  const plan = planOf([
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Lifecycle Stage', 'Lead Status', 'Last Activity Date', 'Create Date',
      'Company Name', 'Became a Customer Date', 'Recent Deal Close Date', 'Recent Deal Amount', 'Total Revenue', 'Renewal Date', 'Next Activity Date', 'Job Title', 'Unsubscribed from all email'],
    ['101', 'Sarah', 'Connor', 'sarah.connor@cyberdyne.com', '+1 415-555-0101', 'Mike Ross', 'Customer', 'Connected', '2024-06-03 14:22', '2021-02-11 09:00',
      'Cyberdyne Systems', '2021-03-01', '2023-06-30', '48000', '120000', '2024-06-30', '2024-06-12', 'VP Operations', 'false'],
    ['102', 'John', 'Connor', 'john.connor@cyberdyne.com', '+1 415-555-0100', 'Mike Ross', 'Opportunity', 'Open Deal', '2024-05-20 10:00', '2022-05-05 09:00',
      'Cyberdyne Systems', '', '', '', '0', '', '2024-06-10', 'Engineer', 'true'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads the unsubscription flag (true / false) as the opt-out, never as an invalid e-mail address', () => {
    expect(plan.columns.find((c) => c.header === 'Unsubscribed from all email')?.field).toBe('emailOptOut');
    expect(plan.issues.filter((i) => i.code.startsWith('email.'))).toEqual([]);
  });
});

describe('the tester\'s SaaS subscriptions export: an account that churned', () => {
  // Globex left on 2024-05-31; its renewal of 2024-07-01 is no renewal to chase.
  const plan = planOf([
    ['Account', 'Account ID', 'MRR', 'Renewal Date', 'Churned At', 'CSM', 'Primary Contact', 'Contact Email', 'Last Login'],
    ['Acme Corp', 'ACC-0001', '$4,500.00', '2024-12-15', '', 'Sarah Lee', 'John Smith', 'john.smith@acme.com', '2024-11-28'],
    ['Globex', 'ACC-0002', '$299', '2024-12-20', '2024-05-31', 'Sarah Lee', 'Hank Scorpio', 'hank@globex.io', '2024-04-30'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads Churned At as the day the customer ended', () => {
    expect(plan.columns.find((c) => c.header === 'Churned At')?.field).toBe('endedAt');
  });

  it('reminds of the renewal of the account that stays, not of the one that left, and counts it as held back', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.sheetRow)).toEqual([2]);
    expect(plan.reminders.reminders.some((r) => r.sheetRow === 3)).toBe(false);
    expect(plan.reminders.silenced.ended).toBeGreaterThan(0);
  });

  it('calls the account that left churned', () => {
    const globex = plan.classification.rows.find((r) => r.sheetRow === 3)!;
    expect(globex.labels.lifecycle).toBe('churned');
  });
});

describe('a Google Contacts export', () => {
  // Maria is in twice: once from her business card with both her mobiles and both addresses in one
  // cell each (Google joins them with " ::: "), once from her phone with her second mobile only.
  const plan = planOf([
    ['First Name', 'Middle Name', 'Last Name', 'Organization Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value'],
    ['Maria', '', 'Lopez', 'Sunrise Bakery', '* myContacts ::: Clients', 'Work', 'maria@sunrisebakery.com ::: maria.lopez83@gmail.com', 'Mobile', '+1 305-672-0110 ::: +1 305-672-0111', 'Work', '(305) 672-0150'],
    ['Maria', '', 'López', 'Sunrise Bakery', '* myContacts', 'Home', 'maria.lopez83@gmail.com', 'Mobile', '305-672-0111', '', ''],
    ['David', '', 'Nguyen', '', '* myContacts ::: Family', '', '', 'Mobile', '+1 (408) 672-0199', '', ''],
  ], { phone: { defaultRegion: 'US' } });

  it('reads each number and address of a " ::: " cell: none is invalid, and they find the contact\'s other row', () => {
    expect(plan.issues.filter((i) => i.code.endsWith('.invalid'))).toEqual([]);
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(plan.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.email.same', evidence: 'for' });
    expect(plan.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.phone.same', evidence: 'for' });
  });
});

describe('address books\' birthdays saved without a year (TODAY 2024-12-01)', () => {
  // The tester's iPhone export: Tommy's card has no birth year (1604-12-04), his work card has 1983.
  const iphone = planOf([
    ['First name', 'Last name', 'Nickname', 'Organization', 'Phone : mobile', 'Email : home', 'Email : work', 'Birthday', 'Note'],
    ['Tommy', 'Nguyen', '', '', '(713) 555-0101', 'tommy.n@icloud.com', '', '1604-12-04', 'no birth year set on iPhone'],
    ['Thomas', 'Nguyen', 'Tommy', 'Nguyen Auto', '713.555.0101', '', 'tom@nguyenauto.com', '1983-12-04', 'work card'],
    ['Dana', 'Scully', '', 'FBI', '+1 (202) 555-0199', 'dana@fbi.gov', '', '1964-02-23', ''],
  ], { phone: { defaultRegion: 'US' } });

  it('reads the iPhone\'s 1604-12-04 as 4 December, no year: no age of 420, no date written over it', () => {
    expect(iphone.issues.filter((i) => i.sheetRow === 2).map((i) => i.code)).toEqual(['date.noYear']);
    expect(iphone.edits.filter((e) => e.sheetRow === 2 && e.before.kind === 'text' && e.before.value === '1604-12-04')).toEqual([]);
    expect(iphone.reminders.reminders.filter((r) => r.kind === 'birthday' && r.sheetRow === 2).map((r) => r.due)).toEqual(['2024-12-04']);
  });

  it('puts Tommy\'s two cards (one mobile, a birthday without its year and one with) up for review', () => {
    expect(iphone.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(iphone.duplicates.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.birthday.noYear');
  });

  it('reminds of Square\'s 0000-12-03 birthday, said as one without its year, not an impossible date', () => {
    const square = planOf([
      ['Reference ID', 'First Name', 'Last Name', 'Email Address', 'Phone Number', 'Birthday', 'Square Customer ID'],
      ['', 'Robert', 'Johnson', 'bob.johnson@gmail.com', '+15035550123', '0000-12-03', '7GQZ2B1XK0V5M8A1'],
      ['00789', 'Robert', 'Johnson', 'rjohnson.sr@comcast.net', '+15035550199', '1948-12-03', '1AB2CD3EF4GH5IJ6'],
    ], { phone: { defaultRegion: 'US' } });
    expect(square.issues.map((i) => [i.sheetRow, i.code])).toEqual([[2, 'date.noYear']]);
    expect(square.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => [r.sheetRow, r.due])).toEqual([[2, '2024-12-03'], [3, '2024-12-03']]);
  });

  it('names Square\'s instant profile (a phone and nothing else) by its phone in a reminder', () => {
    const square = planOf([
      ['Reference ID', 'First Name', 'Surname', 'Email Address', 'Phone Number', 'Company Name', 'Square Customer ID', 'Creation Source', 'First Visit', 'Last Visit', 'Transaction Count', 'Total Spend', 'Instant Profile'],
      ['', 'Grace', 'Kim', 'grace.kim@gmail.com', '+12065550147', '', '7XK2M9QPN8Y3C4D5', 'Third Party', '2023-03-02', '2024-11-20', '48', '$1,932.50', 'No'],
      ['', '', '', '', '+12065550111', '', 'II55JJ66KK77LL88', 'Instant Profile', '2024-01-01', '2024-04-01', '2', '$12.00', 'Yes'],
      // A POS's visit is a purchase (schema/visit-purchase.ts): a shop that wants its lapsed buyers chased says so.
    ], { phone: { defaultRegion: 'US' }, remind: { stale: { fields: ['lastContact', 'lastPurchase'] } } });
    const stale = square.reminders.reminders.filter((r) => r.kind === 'stale');
    expect(stale.map((r) => [r.sheetRow, r.customer])).toEqual([[3, '(206) 555-0111']]);
  });

  it('reads Outlook\'s 0/0/00 as no birthday, with no error', () => {
    const outlook = planOf([
      ['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone', 'Birthday'],
      ['Robert', 'Miller', 'rmiller@acmeplumb.com', '617.555.0142', '3/14/1968'],
      ['Linda', 'Miller', 'linda@example.com', '617-555-0177', '0/0/00'],
    ], { phone: { defaultRegion: 'US' } });
    expect(outlook.issues).toEqual([]);
  });
});

describe('the tester\'s HubSpot contacts: a Customer whose Lead Status still says Unqualified', () => {
  // Lead Status is where a rep left the lead; the contact became a customer since (Lifecycle Stage).
  const plan = planOf([
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Lifecycle Stage', 'Lead Status', 'Last Activity Date', 'Create Date', 'Associated Company', 'Total Revenue'],
    ['51234006', 'Sophie', 'Nguyen', 'sophie@harbourcafe.com', '(608) 255-3141', 'Rachel Adams', 'Customer', 'Unqualified', '2024-11-12 12:00', '2022-05-05 10:00', 'Harbour Cafe', '4200'],
    ['51234010', 'Marcus', 'Lee', 'marcus.lee@brightpath.io', '(415) 867-2231', 'Kevin Park', 'Lead', 'Unqualified', '2024-11-02 11:05', '2024-06-01 11:05', 'BrightPath', ''],
    ['51234011', 'Henry', 'Ford', 'hford@fordparts.com', '(313) 555-0100', 'Rachel Adams', 'Customer', 'Churned', '2024-10-01 10:00', '2019-01-01 10:00', 'Ford Parts', '9000'],
  ], { language: 'en', phone: { defaultRegion: 'US' } });
  const reasons = () => plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map((v) => (v.kind === 'text' ? v.value : ''));

  it('keeps the customer an existing, active one, not churned by his lead status', () => {
    expect(plan.classification.rows[0].labels).toMatchObject({ lifecycle: 'existing', activity: 'active' });
    expect(reasons()[0]).not.toContain('has left');
  });

  it('still reads a lead the rep disqualified as ended, and a customer whose status says Churned as gone', () => {
    expect(plan.classification.rows[2].labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });

  it('says a reason two of his classes share once', () => {
    const gone = 'the status says the customer has left (fees refunded, withdrawn, card returned, churned …)';
    expect(reasons()[2].split(gone).length - 1).toBe(1);
  });
});

describe('a HubSpot contacts export without deals: its Lifecycle Stage is all it says of each contact', () => {
  const plan = planOf([
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Lifecycle Stage', 'Lead Status', 'Contact owner', 'Create Date', 'Last Activity Date'],
    ['51234001', 'Sarah', 'Connor', 'sarah@cyberdyne.io', 'Cyberdyne', 'Customer', 'Connected', 'Alex Rivera', '2024-03-02 09:15', '2024-10-02 14:14'],
    ['51234002', 'Tom', 'Hardy', 'tom@hardyco.com', 'Hardy & Co', 'Lead', 'New', 'Jamie Lee', '2024-11-03 14:14', ''],
    ['51234004', 'Ellen', 'Ripley', 'ripley@weyland.com', 'Weyland-Yutani', 'Marketing Qualified Lead', 'Open', 'Jamie Lee', '2024-06-01 08:00', ''],
    ['51234005', 'Dana', 'Scully', 'dana@fbi.gov', 'FBI', 'Evangelist', '', 'Alex Rivera', '2023-01-15 10:00', '2024-11-20 16:00'],
    ['51234006', 'Fox', 'Mulder', 'fox@fbi.gov', 'FBI', 'Subscriber', '', 'Alex Rivera', '2024-02-01 10:00', ''],
    ['51234007', 'Walter', 'Skinner', 'skinner@fbi.gov', 'FBI', 'Other', '', 'Alex Rivera', '2024-02-01 10:00', ''],
  ], { phone: { defaultRegion: 'US' } });
  const lifecycle = () => plan.classification.rows.map((r) => r.labels.lifecycle);

  it('counts the stage the sheet states: Customer and Evangelist existing, Lead, MQL and Subscriber potential, Other unknown', () => {
    expect(lifecycle()).toEqual(['existing', 'potential', 'potential', 'existing', 'potential', 'unknown']);
  });

  it('says the class is the sheet\'s own label, in both languages', () => {
    const [reason] = plan.classification.rows[0].reasons.filter((r) => r.dimension === 'lifecycle');
    expect(reason).toEqual({ dimension: 'lifecycle', level: 'existing', code: 'classify.reason.stated', params: { field: 'customerType', value: 'Customer' } });
    expect(messageText('en', reason.code, reason.params)).toBe('the sheet\'s own label: Customer type is "Customer" (no purchase date, orders or amount the rule can read)');
    expect(messageText('zh-CN', reason.code, reason.params)).toBe('表中自己的标注：客户类型为“Customer”（没有可读的最近购买日期、购买次数或金额）');
  });

  it('compares them in the what-if instead of leaving them undecided', () => {
    const what = plan.classification.whatIf.dimensions.find((d) => d.dimension === 'lifecycle')!;
    expect([what.compared, what.changed, what.undecided]).toEqual([5, 0, 0]);
  });

  it('a sheet with purchases still works the lifecycle out from them, whatever its stage says', () => {
    const bought = planOf([
      ['First Name', 'Last Name', 'Email', 'Lifecycle Stage', 'Last Purchase Date', 'Total Spent'],
      ['Sarah', 'Connor', 'sarah@cyberdyne.io', 'Lead', '2024-10-02', '1200'],
      ['Tom', 'Hardy', 'tom@hardyco.com', 'Customer', '', ''],
    ], { phone: { defaultRegion: 'US' } });
    expect(bought.classification.rows.map((r) => r.labels.lifecycle)).toEqual(['existing', 'potential']);
  });
});

describe('the tester\'s Pipedrive persons export: each header is "Person - " and what it holds', () => {
  const plan = planOf([
    ['Person - ID', 'Person - Name', 'Person - Organization', 'Person - Label', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Owner', 'Person - Last activity date',
      'Person - Next activity date', 'Person - Person created', 'Person - Marketing status', 'Person - Visible to'],
    ['1000', 'James Thomas', 'Acme Corp', 'Warm lead', 'james.thomas@example.com', '(745) 556-2098', 'Tom Baker', '2024-11-18', '2024-12-15', '2024-04-04 00:37:10', 'Unsubscribed', 'Entire company'],
    ['1001', 'Joseph Miller', '', '', 'joseph.miller@example.com', '(722) 360-8362', 'Tom Baker', '2024-10-17', '2024-12-13', '2024-01-15 15:54:16', 'Subscribed', 'Entire company'],
  ], { phone: { defaultRegion: 'US' } });
  const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));

  it('reads Marketing status, a newsletter opt-out, as no status (an unsubscriber is still a customer to call)', () => {
    expect(fields['Person - Marketing status']).toBeNull();
  });

  it('reads the other columns as their part after "Person - " reads', () => {
    expect(fields).toMatchObject({
      'Person - ID': 'customerId', 'Person - Name': 'name', 'Person - Organization': 'company', 'Person - Label': 'tags', 'Person - Email - Work': 'email',
      'Person - Phone - Work': 'phone', 'Person - Owner': 'owner', 'Person - Last activity date': 'lastContact', 'Person - Next activity date': 'nextFollowUp',
      'Person - Person created': 'createdAt', 'Person - Visible to': null,
    });
  });
});
