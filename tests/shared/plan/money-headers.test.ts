/**
 * A spending column headed with a currency and a count's word (an Indian AMC list's Total Purchase (₹)):
 * money the customer spent, read as an amount, never as how many orders he placed.
 */
import { planOf } from './helpers';

describe('a sheet whose spending column names its currency and a count\'s word', () => {
  const plan = planOf([
    ['Customer Name', 'Mobile No', 'Total Purchase (₹)'],
    ['Rajesh Kumar', '9876543210', '125000'],
    ['Priya Sharma', '9845012345', '12500.50'],
    ['Anil Mehta', '9820012345', '350000.50'],
  ]);

  it('reads the column as the amount, with no "not a whole number" for 12500.50', () => {
    expect(plan.columns[2].field).toBe('amount');
    expect(plan.issues.filter((i) => i.code === 'integer.invalid')).toEqual([]);
  });

  it('gives every customer a value tier from it', () => {
    expect(plan.classification.rows.map((r) => r.labels.tier)).not.toContain('unknown');
  });
});
