/** CRM exports in a whole run: their flags and system columns are no customer data to clean. */
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

  it('never calls the unsubscription flag (true / false) an invalid e-mail address', () => {
    expect(plan.columns.find((c) => c.header === 'Unsubscribed from all email')?.field).toBeNull();
    expect(plan.issues.filter((i) => i.code.startsWith('email.'))).toEqual([]);
  });
});
