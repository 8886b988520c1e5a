/**
 * Columns a small business types that said nothing before (testers h78 #7, h79 #5 and #9):
 * - Etsy's Buyer User ID is the buyer's account, as 买家会员名 is: two accounts with one name (two Emily
 *   Carters, two streets of Austin) are two buyers, never one customer's orders added together; its
 *   Ship Zipcode is the ZIP code, given back its lost zero (Boston's 2110 → 02110).
 * - A club's Membership Secretary and a care home's 社工 hold the members or residents where no rep
 *   column does, as a Veterinarian or a 药师 does: their reminders are theirs, not Unassigned.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { isServiceRoleHeader } from '../../../shared/schema/service-roles';
import { after, gridOf } from './helpers';

function planOf(rows: string[][], input: object, sheet = 'Sheet1'): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows, sheet), { settings: settings.settings, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field;

// After tester h79's Etsy Sold Orders export (one row per order).
const ETSY = [
  ['Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'Street 1', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Order Value', 'Status'],
  ['01/01/26', '3100000000', 'emilycarter_0', 'Emily Carter', '100 Oak St', 'Austin', 'TX', '78701', 'United States', '18.00', 'Completed'],
  ['02/04/26', '3100007919', 'jacobward', 'Jacob Ward', '101 Elm St', 'Boston', 'MA', '2110', 'United States', '20.75', 'Completed'],
  ['07/15/26', '3100230000', 'emilycarter_30', 'Emily Carter', '130 Elm St', 'Austin', 'TX', '78702', 'United States', '100.50', 'Completed'],
  ['09/02/26', '3100240001', 'craftyjane88', 'Jane McAllister', '12 Birch Rd', 'Portland', 'ME', '4101', 'United States', '69.99', 'Completed'],
  ['10/20/26', '3100250002', 'craftyjane88', 'Jane McAllister', '12 Birch Rd', 'Portland', 'ME', '4101', 'United States', '108.00', 'Completed'],
];

describe('an Etsy Sold Orders export', () => {
  const plan = planOf(ETSY, { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });

  it('reads Buyer User ID as the buyer\'s account and Ship Zipcode as the ZIP code', () => {
    expect(fieldOf(plan, 'Buyer User ID')).toBe('customerId');
    expect(fieldOf(plan, 'Ship Zipcode')).toBe('postcode');
  });

  it('keeps the two Emily Carters (two accounts, two streets) apart, and joins Jane\'s two orders', () => {
    // Five orders of four buyers: Emily's two accounts count apart (18 and 100.50), Jane's one account's two orders add up.
    expect(plan.orderList).toMatchObject({ orders: 5, customers: 4 });
    const amountOf = (row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.reasons.find((x) => x.params.field === 'amount')?.params.value;
    expect([amountOf(2), amountOf(4), amountOf(6)]).toEqual(['18', '100.5', '177.99']);
  });

  it('gives Boston\'s ZIP code its lost zero (2110 → 02110)', () => {
    expect(after(plan, 3, 'Ship Zipcode')).toEqual({ kind: 'text', value: '02110' });
  });
});

describe('a staff role column holds the customers where no rep column does', () => {
  it.each<[string, boolean, string]>([
    ['社工', true, 'a care home\'s social worker serves the residents: two on one resident are co-carers'],
    ['負責社工', true, 'the same in Taiwan\'s writing'],
    ['Social Worker', true, 'the same in English'],
    ['Key Worker', true, 'a UK care home\'s key worker'],
    ['Membership Secretary', false, 'a club\'s secretary keeps the members as a rep does: two on one member is a conflict to see'],
  ])('%s is a carer: %s (%s)', (header, carer) => {
    expect(isServiceRoleHeader(header)).toBe(carer);
  });

  it('sends an Irish tennis club\'s renewals to the Membership Secretary', () => {
    const plan = planOf([
      ['Member No.', 'Name', 'Mobile', 'Renewal Date', 'Membership Secretary'],
      ['1103', 'Siobhán Murphy', '087 555 1234', '11/12/2026', 'Pat Nolan'],
      ['1104', 'Denis McCarthy', '086 777 2211', '07/12/2026', 'Mary Doyle'],
    ], { language: 'en', phone: { defaultRegion: 'IE' } }, 'Members 2026');
    expect(fieldOf(plan, 'Membership Secretary')).toBe('owner');
    expect(plan.reminders.reminders.map((r) => r.owner).sort()).toEqual(['Mary Doyle', 'Pat Nolan']);
  });

  it('sends a 長照中心\'s reminders to each resident\'s 社工', () => {
    const plan = planOf([
      ['住民姓名', '出生日期', '家屬電話', '合約到期', '社工'],
      ['林淑芬', '1936-12-10', '0912-345-678', '2026-12-20', '林社工'],
      ['陳阿土', '1935-05-24', '0933-222-111', '2026-12-08', '黃社工'],
    ], { language: 'zh-CN', phone: { defaultRegion: 'TW' } }, '住民名冊');
    expect(fieldOf(plan, '社工')).toBe('owner');
    expect(plan.reminders.reminders.length).toBeGreaterThan(0);
    expect(plan.reminders.reminders.every((r) => r.owner === '林社工' || r.owner === '黃社工')).toBe(true);
  });
});

describe('a French boutique\'s Total achats (€) and Vendeuse', () => {
  // After tester h79 #4: both unread, every tier Unknown and every reminder Unassigned.
  const plan = planOf([
    ['Nom', 'Prénom', 'Portable', 'Code postal', 'Ville', 'Total achats (€)', 'Dernier achat', 'Vendeuse', 'Relance'],
    ['Dubois', 'Éloïse', '06 12 34 56 78', '75011', 'Paris', '1 234,50 €', '02/12/2026', 'Élise', '04/12/2026'],
    ['de La Fontaine', 'Béatrice', '06 55 44 33 22', '75016', 'Paris', '25 600,00 €', '12/09/2025', 'Chantal', '03/12/2026'],
  ], { language: 'en', phone: { defaultRegion: 'FR' }, amount: { currency: 'EUR', decimalSeparator: ',' }, dates: { ambiguous: 'day-first' } }, 'Clientes');

  it('reads Total achats as the amount and Vendeuse as the owner', () => {
    expect(fieldOf(plan, 'Total achats (€)')).toBe('amount');
    expect(fieldOf(plan, 'Vendeuse')).toBe('owner');
  });

  it('sends each follow-up to the customer\'s vendeuse', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => r.owner).sort()).toEqual(['Chantal', 'Élise']);
  });
});
