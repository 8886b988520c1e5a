/**
 * Sales-ops sheets from India, Singapore, Malaysia, the Philippines and South Africa, in English: their
 * own headers (Contact No., Relationship Manager, Annual Value, Order Value), their own ways of writing
 * money (₹1,25,000/-, 12.5L, 3 Cr., ₱250,000.00, PHP 156,000) read as the customers' own.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldOf = (p: Plan, header: string) => p.columns.find((c) => c.header === header)?.field ?? null;

describe('a Singapore and Malaysia customer list whose only phone column is Contact No.', () => {
  const rows = [
    ['Customer Name', 'Company', 'Contact No.', 'Email ID', 'DOB', 'Renewal Date', 'Amount'],
    ['Tan Wei Ming', 'Tan Trading Pte Ltd', '+65 9123 4567', 'weiming@tantrading.com.sg', '14/03/1975', '11/01/2027', 'S$9,700'],
    ['Jason Tan Wei Ming', 'Tan Trading Pte Ltd', '9123 4567', '', '14/03/1975', '', 'S$1,200'],
    ['Ahmad bin Ismail', 'Ismail Logistik Sdn Bhd', '+60 12-345 6789', 'ahmad@ismail-logistik.my', '02/08/1980', '21/11/2027', 'S$4,500'],
    ['Priya a/p Subramaniam', 'Priya Pte Ltd', '+65 9672 1854', 'priya@priya.com.sg', '18/06/1990', '05/05/2027', 'S$3,100'],
  ];
  const p = planOf(rows, { language: 'en', phone: { defaultRegion: 'SG' }, amount: { currency: 'SGD' }, dates: { ambiguous: 'day-first' } });

  it('reads Contact No. as the customer\'s mobile, not as an order number ("Contract No" one letter away)', () => {
    expect(fieldOf(p, 'Contact No.')).toBe('mobile');
  });

  it('stays a customer list, so that one customer written twice is a duplicate', () => {
    expect(p.orderList).toBeNull();
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('reads Contact Number and Contact No the same way', () => {
    for (const header of ['Contact Number', 'Contact No', 'CONTACT NO']) {
      expect(fieldOf(planOf([['Customer Name', header], ['Tan Wei Ming', '+65 9123 4567']], { language: 'en' }), header)).toBe('mobile');
    }
  });

  it('keeps Contact No. beside a Mobile No. as the second phone', () => {
    const both = planOf([
      ['Customer Name', 'Mobile No.', 'Contact No.'],
      ['Sanjay Gupta', '+91 96987 15567', '022-22873636'],
      ['Venkat Menon', '094512-12048', ''],
    ], { language: 'en', phone: { defaultRegion: 'IN' } });
    expect([fieldOf(both, 'Mobile No.'), fieldOf(both, 'Contact No.')]).toEqual(['mobile', 'phone']);
    // A Mumbai landline in the phone column: no "not a mobile" warning.
    expect(both.issues.map((i) => i.code)).not.toContain('phone.notMobile');
  });
});
