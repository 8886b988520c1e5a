/**
 * Header words of small businesses in the UK, Ireland, Australia, New Zealand, India and South Africa:
 * read, their owners, amounts, follow-ups and contract ends reach the reminders.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[], sample?: Cell[][]): (FieldId | null)[] =>
  mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => m.field);
const column = (...values: string[]): Cell[] => values.map((v) => text(v));

const SHEETS: [string, string[], (FieldId | null)[]][] = [
  [
    'an Indian distributor\'s Tally export: the Party Name is the customer, the Sales Executive holds him, Total Business (₹) is what he bought',
    ['Party Name', 'Firm Name', 'Mobile No', 'Email ID', 'GSTIN', 'Address', 'City', 'State', 'PIN Code', 'DOB', 'Last Order Date', 'Total Business (₹)', 'AMC Expiry', 'Next Follow Up Date', 'Sales Executive'],
    ['name', 'company', 'mobile', 'email', 'uscc', 'address', 'city', 'province', 'postcode', 'birthday', 'lastPurchase', 'amount', 'contractEnd', 'nextFollowUp', 'owner'],
  ],
  [
    'a UK heating engineer\'s customers: the first and last jobs, the service plan that ends, the engineer who services them',
    ['Customer Name', 'Company', 'Phone', 'Mobile', 'Email', 'Address', 'Postcode', 'Date of Birth', 'First Job Date', 'Last Job', 'Total Spend', 'Service Plan Ends', 'Next Follow-up', 'Engineer', 'Notes'],
    ['name', 'company', 'phone', 'mobile', 'email', 'address', 'postcode', 'birthday', 'firstPurchase', 'lastPurchase', 'amount', 'contractEnd', 'nextFollowUp', 'owner', 'notes'],
  ],
  [
    'an Australian tradie\'s clients: the Invoice Total (AUD) is what they spent, a bare Follow Up the day to call',
    ['Client', 'Business Name', 'Mobile', 'Email', 'Suburb', 'State', 'Postcode', 'DOB', 'Last Job Date', 'Invoice Total (AUD)', 'Maintenance Contract Expiry', 'Follow Up', 'Sales Rep'],
    ['name', 'company', 'mobile', 'email', 'city', 'province', 'postcode', 'birthday', 'lastPurchase', 'amount', 'contractEnd', 'nextFollowUp', 'owner'],
  ],
  [
    'a New Zealand roaster\'s cafés: the Cafe Name is the company, its supply agreement ends, its account opened',
    ['Cafe Name', 'Contact Person', 'Mobile', 'Email', 'City', 'Birthday', 'Account Opened', 'Last Order', 'Total Orders (NZD)', 'Supply Agreement Ends', 'Next Call', 'Account Manager'],
    ['company', 'name', 'mobile', 'email', 'city', 'birthday', 'createdAt', 'lastPurchase', 'amount', 'contractEnd', 'nextFollowUp', 'owner'],
  ],
  [
    'a South African agency\'s clients: the Total Billed, the Last Invoice, the retainer that ends',
    ['Client Name', 'Company', 'Cell', 'Email', 'Last Invoice', 'Total Billed', 'Retainer Ends', 'Next Follow-up', 'Account Manager'],
    ['name', 'company', 'mobile', 'email', 'lastPurchase', 'amount', 'contractEnd', 'nextFollowUp', 'owner'],
  ],
  [
    'an Irish garden centre\'s trade accounts: the Eircode, the client since when, the agreement\'s end, the renewal due, the last service',
    ['Name', 'Eircode', 'Client Since', 'Agreement End', 'Last Service', 'Technician'],
    ['name', 'postcode', 'createdAt', 'contractEnd', 'lastContact', 'owner'],
  ],
  [
    'a bare Renewal Due is the day the contract ends; Pincode is the PIN code run together',
    ['Cust Name', 'Pincode', 'Renewal Due', 'Handled By'],
    ['name', 'postcode', 'contractEnd', 'owner'],
  ],
  [
    'the engineer holds the customer only when no sales column says who does (beside one he is the carer); his phone is not the customer\'s',
    ['Name', 'Mobile', 'Engineer', 'Engineer Mobile', 'Account Manager'],
    ['name', 'mobile', 'carer', null, 'owner'],
  ],
  [
    'a Sales Executive\'s phone is the firm\'s, no second phone of the customer',
    ['Party Name', 'Mobile', 'Sales Executive', 'Sales Executive Mobile'],
    ['name', 'mobile', 'owner', null],
  ],
  [
    'a Partner may be the customer\'s wife or the firm\'s partner: left unread',
    ['Name', 'Partner', 'Phone'],
    ['name', null, 'phone'],
  ],
];

describe('header words of English-speaking small businesses', () => {
  it.each(SHEETS)('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});

describe('a bare Name beside a Surname is the given name, as First Name is beside Last Name', () => {
  const HEADERS = ['Name', 'Surname', 'Company', 'Cell', 'Email'];

  it('South Africa\'s Name | Surname: Sipho and Dlamini make the person\'s name together', () => {
    const sample = [column('Thabo', 'Sipho', 'Annelie'), column('Mokoena', 'Dlamini', 'van der Merwe'), column(), column(), column()];
    expect(fieldsOf(HEADERS, sample)).toEqual(['firstName', 'lastName', 'company', 'mobile', 'email']);
  });

  it('without a sample to read, as the header row says', () => {
    expect(fieldsOf(['Name', 'Last Name', 'Phone'])).toEqual(['firstName', 'lastName', 'phone']);
  });

  it('a Name whose cells already hold the surname is the full name, kept', () => {
    const sample = [column('Thabo Mokoena', 'Sipho Dlamini', 'Annelie van der Merwe'), column('Mokoena', 'Dlamini', 'van der Merwe'), column(), column(), column()];
    expect(fieldsOf(HEADERS, sample)).toEqual(['name', 'lastName', 'company', 'mobile', 'email']);
  });

  it('a Full Name beside a Surname stays the full name, and so does a Name beside First and Last Name', () => {
    expect(fieldsOf(['Full Name', 'Surname'])).toEqual(['name', 'lastName']);
    expect(fieldsOf(['Name', 'First Name', 'Last Name'])).toEqual(['name', 'firstName', 'lastName']);
  });
});

describe('a bare word that is a date or an amount in a tradie\'s sheet gives way to the column that names the field', () => {
  it.each<[string, string[], (FieldId | null)[]]>([
    ['a CRM\'s Follow Up notes beside the Next Follow-up Date', ['Name', 'Phone', 'Follow Up', 'Next Follow-up Date'], ['name', 'phone', null, 'nextFollowUp']],
    ['a Last Invoice number beside the Last Order Date', ['Customer', 'Phone', 'Last Invoice', 'Last Order Date'], ['name', 'phone', null, 'lastPurchase']],
    ['a Billed Yes / No beside the Invoice Amount', ['Customer', 'Phone', 'Billed', 'Invoice Amount'], ['name', 'phone', null, 'amount']],
  ])('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});
