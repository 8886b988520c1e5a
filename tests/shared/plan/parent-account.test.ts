/**
 * A CRM's Parent Account (Salesforce), Parent Company (HubSpot) or Parent Customer (Dynamics) names a
 * contact's holding company, not a child's parent: such a B2B sheet's customers are adults, and a
 * contact typed twice by two reps (J. Smith / John Smith on one phone and mailbox) is one person, no
 * family kept apart. A school's Parent Name or Parent's Phone still makes its students the customers.
 */
import { customersAreChildren } from '../../../shared/schema/header-map';
import { planOf } from './helpers';

// After the regression tester's d3_en_b2b_parent_account.csv: five contacts, each re-typed by another rep.
const SHEET = [
  ['Account Name', 'Parent Account', 'Contact Name', 'Title', 'Phone', 'Email', 'Billing City', 'Annual Revenue', 'Account Owner', 'Last Activity'],
  ['Acme West', 'Acme Holdings', 'John Smith', 'CFO', '(415) 555-0132', 'jsmith@acmewest.com', 'San Francisco', '$1,200,000', 'Alice Wong', '2024-10-01'],
  ['Globex Retail', 'Globex Corp', 'Katherine Brown', 'COO', '(312) 555-0144', 'kbrown@globex.com', 'Chicago', '$800,000', 'Mark Davis', '2024-09-01'],
  ['Initech East', 'Initech', 'Steven Taylor', 'CTO', '(206) 555-0111', 'staylor@initech.com', 'Seattle', '$500,000', 'Mark Davis', '2024-11-01'],
  ['Umbrella Labs', 'Umbrella Group', 'Jonathan Miller', 'VP Sales', '(602) 555-0188', 'jmiller@umbrella.com', 'Phoenix', '$300,000', 'Sara Lee', '2024-08-01'],
  ['Stark Parts', 'Stark Industries', 'Michael Chen', 'Buyer', '(617) 555-0177', 'mchen@starkparts.com', 'Boston', '$250,000', 'Sara Lee', '2024-07-01'],
  ['Acme West', 'Acme Holdings', 'J. Smith', 'CFO', '(415) 555-0132', 'jsmith@acmewest.com', 'San Francisco', '', 'Mark Davis', ''],
  ['Globex Retail', 'Globex Corp', 'Kathrine Brown', 'COO', '(312) 555-0144', '', 'Chicago', '', 'Alice Wong', ''],
  ['Initech East', 'Initech', 'Stephen Taylor', 'CTO', '(206) 555-0111', 'staylor@initech.com', 'Seattle', '', 'Alice Wong', ''],
  ['Umbrella Labs', 'Umbrella Group', 'Jon Miller', 'VP Sales', '(602) 555-0188', 'jmiller@umbrella.com', 'Phoenix', '', 'Mark Davis', ''],
  ['Stark Parts', 'Stark Industries', 'Chen', 'Buyer', '(617) 555-0177', 'mchen@starkparts.com', 'Boston', '', 'Alice Wong', ''],
];

describe('a Parent Account column is a company\'s, not a child\'s parent', () => {
  it.each([
    ['Parent Account', 'Salesforce'],
    ['Parent Account ID', ''],
    ['Parent Account Number', ''],
    ['Parent Company', 'HubSpot'],
    ['Parent Customer', 'Dynamics'],
    ['Parent Organization', ''],
    ['Parent Org', ''],
    ['ParentId', 'an API name'],
    ['Parent Number', 'a record\'s number, no phone'],
  ])('%j leaves the customers adults (%s)', (header) => {
    expect(customersAreChildren(['Account Name', header, 'Contact Name', 'Phone'])).toBe(false);
  });

  it.each([
    ['Parent'], ['Parents'], ['Parent Name'], ["Parent's Phone"], ["Parent's Mobile"], ['Parent Email'], ['Parent/Guardian Name'],
    ['Parent 1 Name'], ['Parent Phone No.'], ['Guardian'], ['Guardian Contact Number'], ['家长'], ['家长电话'], ['家长姓名'], ['监护人'],
  ])('%j still says the customer is a child', (header) => {
    expect(customersAreChildren(['Student Name', header])).toBe(true);
  });

  it('finds the B2B contacts typed twice as likely duplicates, none held as a family', () => {
    const plan = planOf(SHEET);
    const byFirst = new Map(plan.duplicates.groups.map((g) => [g.rows[0], g]));
    // John Smith / J. Smith, Steven / Stephen Taylor, Jonathan / Jon Miller share phone and mailbox.
    for (const row of [2, 4, 5]) {
      const g = byFirst.get(row);
      expect([row, g?.rows, g?.family]).toEqual([row, [row, row + 5], undefined]);
      expect(g?.confidence === 'likely' || g?.confidence === 'exact').toBe(true);
    }
    expect(plan.duplicates.groups.some((g) => g.family)).toBe(false);
  });
});
