/**
 * Several numbers typed in one cell, each behind its label: QuickBooks Online's "Customer Contact
 * List" writes `Phone: (312) 555-3997 Mobile: (512) 555-2001`, a Chinese business card
 * `电话：010-62345678 手机：13812345678` (tester h77 #1, #19). Each labelled number is one number of
 * the sheet: it counts in the vote for the sheet's region as it would typed alone, and it is written
 * back with its label. A number written as another region writes its numbers is never rewritten into
 * the default region's form: a wrong number written is the worst outcome, so it is flagged instead.
 */
import type { Plan } from '../../../shared';
import { guessRegion } from '../../../shared/plan/sheet-locale';
import { numbersInCell } from '../../../shared/plan/phone-vote';
import { addressRegion } from '../../../shared/plan/region-evidence';
import { cleanCell } from '../../../shared/normalize';
import { ctxFor } from '../normalize/context';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const issuesOf = (p: Plan) => p.issues.map((i) => i.code);

/** A bakery supplier's QuickBooks Online export (header row only; QBO's title rows say nothing here). */
const QBO = [
  ['Customer', 'Company name', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Balance'],
  ['Smith Market', 'Smith Market Inc.', 'Phone: (512) 555-3960 Mobile: (512) 555-2000', 'james@smithmarket.com', 'James Smith', '100 Congress Ave, Austin, TX 78701', '0.00'],
  ['Lee Bistro', 'Lee Bistro Inc.', 'Phone: (312) 555-3997 Mobile: (512) 555-2001', 'sarah@leebistro.com', 'Sarah Lee', '101 Congress Ave, Austin, TX 78701', '123.45'],
  ['Green Bistro', 'Green Bistro Inc.', 'Phone: (617) 555-4034 Mobile: (512) 555-2002', 'joshua@greenbistro.com', 'Joshua Green', '102 Congress Ave, Austin, TX 78701', '246.90'],
  ['Anderson Cafe', 'Anderson Cafe Inc.', 'Phone: (415) 555-4219 Mobile: (512) 555-2007', 'carol@andersoncafe.com', 'Carol Anderson', '107 Congress Ave, Austin, TX 78701', '864.15'],
  ['Garcia Deli', 'Garcia Deli Inc.', 'Phone: (512) 555-0001', 'maria@garciadeli.com', 'Maria Garcia', '1 Main St, Austin, TX 78701', '1,250.00'],
  ['Lopez Cafe', 'Lopez Cafe Inc.', 'Phone: (617) 555-4293 Fax: (617) 555-4294', 'donna@lopezcafe.com', 'Donna Lopez', '109 Congress Ave, Austin, TX 78701', '1111.05'],
];

describe('numbers behind labels in one cell are so many numbers', () => {
  it.each<[string, string, string[]]>([
    ['QuickBooks Online', 'Phone: (312) 555-3997 Mobile: (512) 555-2001', ['Phone: (312) 555-3997', 'Mobile: (512) 555-2001']],
    ['office and fax', 'Tel: (646) 555-0101 Fax: (646) 555-0102', ['Tel: (646) 555-0101', 'Fax: (646) 555-0102']],
    ['work, home and cell', 'Work: 212-555-0147 Home: 212-555-0148 Cell: 917-555-0149', ['Work: 212-555-0147', 'Home: 212-555-0148', 'Cell: 917-555-0149']],
    ['a Chinese business card', '电话：010-62345678 手机：13812345678', ['电话：010-62345678', '手机：13812345678']],
    ['Telephone holds no second label (phone)', 'Telephone: (646) 555-0101 Mobile: (646) 555-0199', ['Telephone: (646) 555-0101', 'Mobile: (646) 555-0199']],
    ['one labelled number is one number', 'Phone: (512) 555-0001', ['Phone: (512) 555-0001']],
  ])('%s: %j', (_what, cell, numbers) => {
    expect(numbersInCell(cell)).toEqual(numbers);
  });
});

describe('a QuickBooks Online contact list handed over with no settings', () => {
  it('is read as American, from its (xxx) xxx-xxxx numbers, labels and all', () => {
    expect(guessRegion(QBO.slice(1).map((r) => r[2]), { englishHeaders: true })?.region).toBe('US');
    const p = planOf(QBO);
    expect(p.problems.map((x) => [x.code, x.params?.region])).toContainEqual(['locale.region', 'US']);
  });

  it('writes each number with its label, none rewritten and none flagged', () => {
    const p = planOf(QBO);
    expect(after(p, 3, 'Phone Numbers')).toEqual({ kind: 'text', value: '(312) 555-3997 (Phone) / (512) 555-2001 (Mobile)' });
    expect(issuesOf(p)).not.toContain('phone.invalid');
    for (const e of p.edits) expect(e.after.kind === 'text' ? e.after.value : '').not.toMatch(/\b0\d{3}-\d{7}\b/);
  });

  it('keeps the fax a fax', () => {
    const v = after(planOf(QBO), 7, 'Phone Numbers');
    expect(v).toEqual({ kind: 'text', value: expect.stringContaining('(617) 555-4294 (Fax)') });
  });
});

describe('a number written the North American way is never rewritten as a Chinese one', () => {
  const cleanCn = (value: string) => cleanCell({ kind: 'text', value }, ctxFor('phone'));

  it.each([
    ['Phone: (312) 555-3997 Mobile: (512) 555-2001'],
    ['Phone: (415) 555-4219'],
    ['Mom: (646) 743-7902'],
  ])('%j in a sheet read as China\'s stays as typed and is flagged', (raw) => {
    const r = cleanCn(raw);
    const written = r.cell.kind === 'text' ? r.cell.value : '';
    expect(written).not.toMatch(/0(?:312|415|512|646)-/);
    expect(r.findings.map((f) => f.code)).toContain('phone.northAmerican');
  });

  it('a Chinese business card\'s labelled numbers are both read, each with its label', () => {
    const r = cleanCn('电话：010-62345678 手机：13812345678');
    expect(r.cell).toEqual({ kind: 'text', value: '010-62345678 (电话) / 13812345678 (手机)' });
  });
});

describe('addresses with a US state and ZIP code point to the United States', () => {
  it.each<[string, string[], string | null]>([
    ['QuickBooks billing addresses', ['100 Congress Ave, Austin, TX 78701', '1 Main St, Austin TX 78701', '90 E 6th St, Austin, TX 78702-1234'], 'US'],
    ['Canadian addresses', ['350 Rue Saint-Paul, Montréal, QC H2Y 1H2', '100 King St W, Toronto, ON M5X 1A9', '200 Burrard St, Vancouver, BC V6C 3L6'], 'CA'],
    ['Australian addresses', ['1 George St, Sydney NSW 2000', '8 Collins St, Melbourne VIC 3000', '12 Queen St, Brisbane QLD 4000'], 'AU'],
    ['Chinese addresses say nothing here', ['北京市朝阳区建国路88号', '上海市浦东新区世纪大道100号', '深圳市南山区科技园'], null],
    ['too few to say', ['100 Congress Ave, Austin, TX 78701', 'Calle Mayor 5, Madrid', 'Via Roma 1, Milano'], null],
  ])('%s → %s', (_what, values, region) => {
    expect(addressRegion(values)).toBe(region);
  });

  it('a sheet whose numbers no region reads is pointed to the country its addresses name', () => {
    const rows = [
      ['Name', 'Phone', 'Address'],
      ['Ann Lee', '555-01', '100 Congress Ave, Austin, TX 78701'],
      ['Bo Chen', '555-02', '101 Congress Ave, Austin, TX 78701'],
      ['Cy Diaz', '555-03 99', '102 Congress Ave, Austin, TX 78701'],
      ['Di Park', '5550 4', '103 Congress Ave, Austin, TX 78701'],
    ];
    const note = planOf(rows).problems.find((x) => x.code === 'locale.regionUnknown');
    expect(note?.params?.regions).toBe('US');
  });
});
