/**
 * An estate agent's book (tester h71 finding 19): no purchase column, so the rules cannot judge the
 * lifecycle, and every client was Unknown. What the book says is read instead: a Closing Date passed
 * is a deal closed (existing customer, said so in the reason); a Client Type of Buyer or Seller with
 * no closing passed is a client still to close (potential); one whose note says he went elsewhere stays
 * churned. A closing still to come is no deal closed.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from '../plan/helpers';

// TODAY is 2024-12-01.
const BOOK = [
  ['Agent', 'Client Name', 'Client Type', 'Phone', 'Property Address', 'Closing Date', 'Last Contact', 'Notes'],
  ['Tom Becker', 'Greg Holt', 'Seller', '(512) 555-0909', '88 Ranch Rd', '11/20/2024', '11/20/2024', 'Closed 11/20. Send closing gift.'],
  ['Linda Park', 'Jennifer Cole', 'Buyer', '(512) 555-2013', '107 Oak Hollow Dr', '', '11/02/2024', 'pre-approved, wants 3 bed'],
  ['Tom Becker', 'Robert Brooks', 'Buyer', '(512) 555-2052', '128 Oak Hollow Dr', '01/15/2025', '11/05/2024', 'under contract'],
  ['Linda Park', 'Susan Cho', 'Seller', '(512) 555-2111', '12 Elm St', '', '04/01/2023', 'went with another agent'],
  ['Linda Park', 'Mark Diaz', 'Buyer', '(512) 555-2222', '5 Pine Ct', '06/30/2023', '06/30/2023', ''],
  ['Tom Becker', 'Ana Ruiz', 'Buyer', '(512) 555-2333', '9 Lake Dr', '12/01/2024', '11/28/2024', 'closing today 2pm'],
];
const lifecycleOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.labels.lifecycle;
const reasonsOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.reasons
  .filter((r) => r.dimension === 'lifecycle').map((r) => t('en', r.code, r.params));

describe('an estate agent\'s book without purchase columns', () => {
  const plan = planOf(BOOK, { phone: { defaultRegion: 'US' }, language: 'en' });

  it('reads Client Type as the sheet\'s own class column', () => {
    expect(plan.columns.find((c) => c.header === 'Client Type')?.field).toBe('customerType');
  });

  it('classes a client whose closing has passed as an existing customer, and says it was the closing', () => {
    expect(lifecycleOf(plan, 2)).toBe('existing');
    expect(reasonsOf(plan, 2).join(' ')).toMatch(/deal closed: .* 2024-11-20 has passed/);
    expect(lifecycleOf(plan, 6)).toBe('existing');
  });

  it('classes a Buyer or Seller still to close as potential, a closing to come or due today included', () => {
    expect(lifecycleOf(plan, 3)).toBe('potential');
    expect(lifecycleOf(plan, 4)).toBe('potential');
    expect(lifecycleOf(plan, 7)).toBe('potential');
  });

  it('keeps the client who went with another agent churned', () => {
    expect(lifecycleOf(plan, 5)).toBe('churned');
  });

  it('leaves no client of the book Unknown', () => {
    expect(plan.classification.rows.filter((r) => r.labels.lifecycle === 'unknown')).toEqual([]);
  });
});
