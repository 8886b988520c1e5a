/**
 * Sales-ops sheets from India, Singapore, Malaysia, the Philippines and South Africa, in English: their
 * own headers (Contact No., Relationship Manager, Annual Value, Order Value), their own ways of writing
 * money (₹1,25,000/-, 12.5L, 3 Cr., ₱250,000.00, PHP 156,000) read as the customers' own.
 */
import type { Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { normalizeMessages } from '../../../shared/i18n/catalog/normalize';
import { format as shown } from 'numfmt';
import { after, planOf } from './helpers';

/** What Excel shows for a cleaned cell: its number under its format (rendered by numfmt). */
const display = (cell: ReturnType<typeof after>): string => (cell?.kind === 'number' ? shown(cell.format ?? 'General', cell.value) : String(cell));

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

describe('an Indian order book headed Order Value, KAM and Firm', () => {
  const p = planOf([
    ['Customer Name', 'Firm', 'Mobile No.', 'Order Value', 'AMC Expiry', 'KAM'],
    ['Rajesh Kumar', 'Kumar Electricals', '+91 98100 10000', '₹1,25,000', '01-12-2026', 'Nitin Rao'],
    ['Priya Sharma', 'Sharma Textiles', '+91 98101 10007', 'Rs. 45,000', '02-12-2026', 'Pallavi Iyer'],
    ['Anil Mehta', 'Mehta & Sons', '+91 98202 10014', '₹6,50,000', '15-01-2027', 'Nitin Rao'],
  ], { language: 'en', phone: { defaultRegion: 'IN' }, amount: { currency: 'INR' }, dates: { ambiguous: 'day-first' } });

  it('reads Order Value as what the customer spent, with no "not a whole number"', () => {
    expect(fieldOf(p, 'Order Value')).toBe('amount');
    expect(p.issues.map((i) => i.code)).not.toContain('integer.invalid');
    expect(after(p, 2, 'Order Value')).toMatchObject({ kind: 'number', value: 125000 });
    // Shown as typed, grouped by lakh: ₹1,25,000, not ₹125,000.
    expect(display(after(p, 2, 'Order Value'))).toBe('₹1,25,000');
  });

  it('gives each customer to his key account manager', () => {
    expect(fieldOf(p, 'KAM')).toBe('owner');
  });
});

describe('an Indian sheet whose Value column is in lakhs', () => {
  const p = planOf([
    ['Customer Name', 'Mobile No.', 'Value (Lakhs)'],
    ['Rajesh Kumar', '+91 98100 10000', '1.25'],
    ['Priya Sharma', '+91 98101 10007', '12'],
  ], { language: 'en', amount: { currency: 'INR' } });

  it('reads the amounts in lakhs, as 金额（万元） is read in 万, and says so in the unit\'s own word', () => {
    expect(fieldOf(p, 'Value (Lakhs)')).toBe('amount');
    expect(p.problems).toContainEqual(expect.objectContaining({ code: 'amount.columnUnit', params: { header: 'Value (Lakhs)', factor: 100000, example: '12 lakh → 12' } }));
  });
});

describe('a bare RM column', () => {
  it('is the relationship manager over people\'s names (a Singapore bank\'s list)', () => {
    const p = planOf([
      ['Customer Name', 'Contact No.', 'RM'],
      ['Michelle Lee', '+65 9672 1854', 'Kelvin Ong'],
      ['Jason Tan', '+65 9123 4567', 'Siti Rahmah'],
      ['Ahmad Ismail', '+65 8123 4567', 'Kelvin Ong'],
    ], { language: 'en' });
    expect(fieldOf(p, 'RM')).toBe('owner');
  });

  it('is no one over ringgit amounts (a Malaysian list)', () => {
    const p = planOf([
      ['Customer Name', 'Contact No.', 'RM'],
      ['Ahmad bin Ismail', '+60 12-345 6789', '7,900.00'],
      ['Siti Nurhaliza', '+60 13-222 4567', '12,500.00'],
      ['Lim Chee Keong', '+60 16-789 1234', '3,150.00'],
    ], { language: 'en' });
    expect(fieldOf(p, 'RM')).not.toBe('owner');
  });
});

describe('a bare PIN column', () => {
  it('is the PIN code beside the address it belongs to', () => {
    const p = planOf([
      ['Customer Name', 'Address', 'City', 'PIN'],
      ['Rajesh Kumar', '12 MG Road', 'Bengaluru', '560001'],
      ['Priya Sharma', '4 Park Street', 'Kolkata', '700016'],
    ], { language: 'en' });
    expect(fieldOf(p, 'PIN')).toBe('postcode');
  });

  it('is no postcode in a sheet without an address (a card\'s or a login\'s PIN)', () => {
    const p = planOf([
      ['Customer Name', 'Mobile No.', 'PIN'],
      ['Rajesh Kumar', '+91 98100 10000', '4821'],
      ['Priya Sharma', '+91 98101 10007', '0917'],
    ], { language: 'en' });
    expect(fieldOf(p, 'PIN')).not.toBe('postcode');
  });
});

describe('an Indian AMC list whose amounts are written as on a cheque or in lakhs', () => {
  const p = planOf([
    ['Customer Name', 'Mobile No.', 'Amount'],
    ['Ramesh Kumar', '98450 11111', 'Rs.75,000/-'],
    ['Sunita Reddy', '98450 22222', '₹ 1,25,000/-'],
    ['Vikram Singh', '98450 33333', '₹12.5L'],
    ['Meena Iyer', '98450 44444', '2 L'],
    ['Arjun Nair', '98450 55555', '3 Cr.'],
  ], { language: 'en', phone: { defaultRegion: 'IN' }, amount: { currency: 'INR' } });

  it('reads every amount, none unreadable', () => {
    expect(p.issues.map((i) => i.code)).not.toContain('amount.invalid');
    expect([2, 3, 4, 5, 6].map((r) => after(p, r, 'Amount'))).toMatchObject([75000, 125000, 1250000, 200000, 30000000].map((value) => ({ kind: 'number', value })));
    // Rs. and ₹ stay in the format of the amounts typed with them (currency-format.ts), grouped by lakh,
    // also where the text gave a scale (₹12.5L); 2 L and 3 Cr. were typed with no currency, and get none.
    expect([2, 3, 4, 5, 6].map((r) => display(after(p, r, 'Amount')))).toEqual(['Rs.75,000', '₹ 1,25,000', '₹12,50,000', '200000', '30000000']);
  });

  it('says in English what it did to them, true for a rupee sheet (no "万/亿 removed" alone)', () => {
    expect(normalizeMessages.en['fix.amount']).toMatch(/lakh, crore/);
    expect(normalizeMessages.en['fix.amount']).not.toMatch(/万\/亿 removed/);
  });
});

describe('two rows of one Indian firm with the same GSTIN', () => {
  const p = planOf([
    ['Customer Name', 'Company', 'GSTIN', 'Mobile No.'],
    ['Suresh Patel', 'Patel Agro Industries', '24AAACP1234C1Z5', '+91 98250 12345'],
    ['S. Patel', 'Patel Agro Inds.', '24AAACP1234C1Z5', '+91 98250 12345'],
  ], { language: 'en', phone: { defaultRegion: 'IN' } });

  it('are one customer, for a reason that names an Indian firm\'s number rightly (no "unified social credit code")', () => {
    const reasons = p.duplicates.groups.flatMap((g) => g.reasons.map((r) => r.code));
    expect(reasons).toContain('dedupe.reason.uscc.same');
    expect(t('en', 'dedupe.reason.uscc.same')).toBe('same company registration number');
  });
});

describe('an Indian account list with a Date of Anniversary (today 2024-12-01)', () => {
  const rows = [
    ['Customer Name', 'Mobile No.', 'DOB', 'Date of Anniversary', 'Account Manager'],
    ['Sanjay Gupta', '+91 96987 15567', '22-09-1971', '04-12-1995', 'Anil Kapoor'],
    ['Kavita Sharma', '+91 98111 22233', '11-03-1980', '29-02-2000', 'Anil Kapoor'],
    ['Venkat Menon', '+91 94512 12048', '08-11-1980', '7th Dec', 'Manoj Tiwari'],
    ['Farah Khan', '+91 98200 33445', '01-12-1975', '15-06-2001', 'Manoj Tiwari'],
  ];
  const settings = { language: 'en', phone: { defaultRegion: 'IN' }, dates: { ambiguous: 'day-first' } };
  const p = planOf(rows, settings);
  const anniversaries = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'anniversary').map((r) => [r.sheetRow, r.due, r.reason.code, r.reason.params]);

  it('reads the column as the anniversary, not a birthday or nothing', () => {
    expect(fieldOf(p, 'Date of Anniversary')).toBe('anniversary');
    for (const header of ['Anniversary', 'Wedding Anniversary', '结婚纪念日']) expect(fieldOf(planOf([['Customer Name', header], ['Sanjay Gupta', '04-12-1995']], settings), header)).toBe('anniversary');
  });

  it('reminds of the anniversaries in the next week, with the years, and of a year-less one without', () => {
    expect(anniversaries(p)).toEqual([
      [2, '2024-12-04', 'remind.reason.anniversaryYears', { date: '2024-12-04', days: 3, years: 29 }],
      [4, '2024-12-07', 'remind.reason.anniversary', { date: '2024-12-07', days: 6 }],
    ]);
    expect(p.reminders.counts.anniversary).toBe(2);
    // The birthday rule goes on as before beside it.
    expect(p.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => r.sheetRow)).toEqual([5]);
  });

  it('places a 29 February anniversary as the settings place 29 February birthdays', () => {
    const on = (feb29: string) => anniversaries(planOf([['Customer Name', 'Date of Anniversary'], ['Kavita Sharma', '29-02-2000']], { ...settings, remind: { anniversary: { daysAhead: 90, feb29 } } }));
    // 2025 has no 29 February: 28 February by default, 1 March when feb29 says so.
    expect(on('feb28')).toEqual([[2, '2025-02-28', 'remind.reason.anniversaryYears', { date: '2025-02-28', days: 89, years: 25 }]]);
    expect(on('mar1')).toEqual([[2, '2025-03-01', 'remind.reason.anniversaryYears', { date: '2025-03-01', days: 90, years: 25 }]]);
  });

  it('counts anniversaries in the report where the sheet keeps them, and only there', () => {
    const kinds = (plan: Plan) => plan.report.sections.find((x) => x.id === 'reminders')!.series.map((x) => [x.id, x.count]);
    expect(kinds(p)).toContainEqual(['anniversary', 2]);
    expect(kinds(planOf([['Customer Name', 'DOB'], ['Farah Khan', '01-12-1975']], settings)).map(([id]) => id)).not.toContain('anniversary');
  });

  it('is switched off by remind.anniversary.enabled, and names its kind in both languages', () => {
    expect(anniversaries(planOf(rows, { ...settings, remind: { anniversary: { enabled: false } } }))).toEqual([]);
    expect([t('en', 'remind.kind.anniversary'), t('zh-CN', 'remind.kind.anniversary')]).toEqual(['Anniversary', '纪念日']);
  });
});

describe('a four-customer Indian list: two numbers written with +91, two the national way, amounts in ₹', () => {
  const p = planOf([
    ['Name', 'Mobile', 'Email', 'Company', 'Owner', 'Total Purchase (₹)'],
    ['Ravi Kumar', '+91 98765 43210', 'ravi@kumar.in', 'Kumar Traders', 'Priya', '5,00,000'],
    ['Anita Shah', '+91-98200 12345', 'anita@shah.in', 'Shah Textiles', 'Priya', '75,000'],
    ['Vikram Rao', '98450 67890', 'vikram@rao.in', 'Rao Exports', 'Arjun', '25,00,000'],
    ['Meena Iyer', '094440 11223', 'meena@iyer.in', 'Iyer & Sons', 'Arjun', '12,000'],
  ], {}, { guess: { region: true, currency: true } });

  it('reads the national numbers as India\'s: the +91 numbers beside them count as Indian numbers too', () => {
    expect(p.issues.filter((i) => i.code.startsWith('phone.')).map((i) => [i.sheetRow, i.code])).toEqual([]);
    expect(p.problems.map((x) => [x.code, x.params?.region])).toContainEqual(['locale.region', 'IN']);
    // Written as India writes them: 98450 67890 was already, 094440 11223 loses its trunk 0.
    expect([after(p, 4, 'Mobile'), after(p, 5, 'Mobile')]).toEqual([null, { kind: 'text', value: '94440 11223' }]);
  });
});

describe('a three-customer Indian list headed Total Purchase, the amounts in ₹ lakh grouping, national mobiles only', () => {
  const p = planOf([
    ['Name', 'Mobile', 'Total Purchase', 'Last Order', 'Salesperson'],
    ['Rahul Sharma', '98765 43210', '₹1,25,000', '15/01/2024', 'Priya'],
    ['Anita Desai', '91234 56789', '₹8,50,000', '02/02/2024', 'Vikram'],
    ['Suresh Kumar', '99887 76655', '₹45,000', '10/10/2024', 'Priya'],
  ], {}, { guess: { region: true, currency: true } });

  it('reads Total Purchase as what each spent (its values are rupees), not as a count of orders', () => {
    expect(fieldOf(p, 'Total Purchase')).toBe('amount');
    expect(after(p, 2, 'Total Purchase')).toMatchObject({ kind: 'number', value: 125000 });
    expect(display(after(p, 2, 'Total Purchase'))).toBe('₹1,25,000');
    expect(p.issues.filter((i) => i.code.startsWith('integer.') || i.code.startsWith('amount.'))).toEqual([]);
  });

  it('takes the ₹ to mean India, so the national numbers are read as Indian mobiles, not Chinese ones', () => {
    expect(p.problems.map((x) => [x.code, x.params?.region])).toContainEqual(['locale.region', 'IN']);
    expect(p.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
  });
});
