/**
 * Columns of well-known English exports that hold a field the product has: read as it, where the
 * meaning fits; left unread, and kept as they are, where no field means what they say.
 */
import type { Plan } from '../../../shared';
import { planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const fieldOf = (p: Plan, header: string) => p.columns.find((c) => c.header === header)?.field;
const notes = (p: Plan) => p.problems.filter((x) => x.severity === 'info').map((x) => [x.code, x.params]);

describe('Stripe\'s customers export (a UK account: no country, no phone, amounts in pounds)', () => {
  const STRIPE = [
    ['id', 'Description', 'Email', 'Name', 'Created (UTC)', 'Card ID', 'Card Last4', 'Card Brand', 'Account Balance', 'Currency', 'Delinquent', 'Plan', 'Status',
      'Total Spend', 'Payment Count', 'Refunded Volume', 'Dispute Losses'],
    ['cus_Q1a2B3c4D5e6F7', '', 'oliver.hughes@example.co.uk', 'Oliver Hughes', '2024-03-11 16:22', 'card_1P2q3R4s5T6u7V', '4242', 'Visa', '0', 'gbp', 'false', 'pro-monthly', 'active',
      '24500.00', '12', '0.00', '0.00'],
    ['cus_Q1a2B3c4D5e6F8', '', 'amelia.wright@example.co.uk', 'Amelia Wright', '2024-05-02 09:10', 'card_1P2q3R4s5T6u7W', '5555', 'MasterCard', '0', 'gbp', 'true', 'pro-monthly', 'past_due',
      '320.50', '3', '0.00', '0.00'],
    ['cus_Q1a2B3c4D5e6F9', '', 'harry.evans@example.co.uk', 'Harry Evans', '2025-01-19 21:03', '', '', '', '0', 'gbp', 'false', '', '',
      '89.00', '1', '0.00', '0.00'],
  ];

  it('reads Payment Count, the payments the customer made, as his number of orders', () => {
    expect(fieldOf(planOf(STRIPE), 'Payment Count')).toBe('orders');
  });

  it('reads the amounts in the currency its Currency column names (gbp), so £24,500 is high value by the pound\'s tiers', () => {
    const p = planOf(STRIPE);
    expect(notes(p)).toContainEqual(['locale.currency', { currency: 'GBP' }]);
    expect(p.classification.rows.find((r) => r.sheetRow === 2)?.labels.tier).toBe('high');
  });

  it('leaves Delinquent (an unpaid invoice: true / false) unread: no field says a customer owes', () => {
    expect(fieldOf(planOf(STRIPE), 'Delinquent')).toBeNull();
  });

  it('a Currency column of several currencies names none for the sheet', () => {
    const mixed = STRIPE.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 9 ? ['gbp', 'eur', 'usd'][i - 1] : v))));
    expect(notes(planOf(mixed)).filter(([code]) => code === 'locale.currency')).toEqual([]);
  });
});

describe('Stripe\'s customers export with the card\'s and the customer\'s address (a UK customer paying with a US-issued card)', () => {
  const STRIPE_ADDRESS = [
    ['id', 'Email', 'Name', 'Card Last4', 'Card Brand', 'Card Issuer', 'Card Country', 'Card Address Country', 'Address Line1', 'Address City', 'Address State', 'Address Country', 'Address Zip',
      'Currency', 'Total Spend', 'Payment Count'],
    ['cus_R7a2B3c4D5e6F7', 'oliver.hughes@example.co.uk', 'Oliver Hughes', '4242', 'Visa', 'Chase', 'US', 'US', '14 Park Row', 'Leeds', 'West Yorkshire', 'GB', 'LS1 5HD', 'gbp', '24500.00', '12'],
    ['cus_R7a2B3c4D5e6F8', 'amelia.wright@example.co.uk', 'Amelia Wright', '5555', 'MasterCard', 'Barclays', 'GB', 'GB', '3 Queen St', 'Bristol', '', 'GB', 'BS1 4DJ', 'gbp', '320.50', '3'],
  ];

  it('reads Address Country, where the customer lives, as his country', () => {
    expect(fieldOf(planOf(STRIPE_ADDRESS), 'Address Country')).toBe('country');
  });

  it('leaves Card Country (where the bank that issued his card is) and the card\'s billing address unread', () => {
    const p = planOf(STRIPE_ADDRESS);
    expect(fieldOf(p, 'Card Country')).toBeNull();
    expect(fieldOf(p, 'Card Address Country')).toBeNull();
  });
});

describe('HubSpot\'s contacts export with deals', () => {
  const HUBSPOT = [
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Lifecycle Stage', 'Last Activity Date', 'Create Date', 'Recent Deal Close Date', 'Recent Deal Amount', 'Total Revenue'],
    ['101', 'Sarah', 'Connor', 'sarah.connor@cyberdyne.com', '+1 415-555-0101', 'Mike Ross', 'Customer', '2024-06-03 14:22', '2021-02-11 09:00', '2024-03-30', '48000', '120000'],
    ['102', 'John', 'Connor', 'john.connor@cyberdyne.com', '+1 415-555-0100', 'Mike Ross', 'Customer', '', '2022-05-05 09:00', '2024-11-15', '9000', '9000'],
    ['103', 'Miles', 'Dyson', 'miles.dyson@cyberdyne.com', '+1 415-555-0102', 'Mike Ross', 'Lead', '2024-05-20 10:00', '2024-05-01 09:00', '', '', ''],
  ];

  it('reads Recent Deal Close Date (its latest closed-won deal) as the last purchase; the deal\'s amount stays unread beside Total Revenue', () => {
    const p = planOf(HUBSPOT);
    expect(fieldOf(p, 'Recent Deal Close Date')).toBe('lastPurchase');
    expect(fieldOf(p, 'Recent Deal Amount')).toBeNull();
    expect(fieldOf(p, 'Total Revenue')).toBe('amount');
  });

  it('so a customer with no logged activity but a deal won two weeks ago is active', () => {
    const john = planOf(HUBSPOT).classification.rows.find((r) => r.sheetRow === 3)!;
    expect(john.lastActivity).toBe('2024-11-15');
    expect(john.labels.activity).toBe('active');
  });
});

describe('Mailchimp\'s audience export', () => {
  const AUDIENCE = [
    ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'MEMBER_RATING', 'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP', 'GMTOFF', 'DSTOFF', 'TIMEZONE', 'CC', 'REGION', 'LAST_CHANGED', 'LEID', 'EUID', 'TAGS'],
    ['slopez874@gmail.com', 'Susan', 'Lopez', '', '', '2', '2024-07-27 02:56:29', '44.192.85.83', '2024-07-27 02:57:10', '50.199.217.136', '-5', '-5', 'America/Chicago', 'US', 'IL', '2024-09-01 10:00:00', '425879939', '451e0f1a36', '"Customer"'],
    ['bmiller603@gmail.com', 'Barbara', 'Miller', '3679 Main St  Springfield IL 62704 US', '', '3', '2024-10-23 15:38:32', '86.206.175.170', '2024-10-23 15:40:01', '94.47.247.221', '-8', '-7', 'America/Los_Angeles', 'US', 'CA', '2024-10-23 15:38:32', '945763128', '170fbe7d5d', ''],
  ];

  it('reads OPTIN_TIME, when the subscriber signed up, as when the contact was created: no purchase, no contact', () => {
    const p = planOf(AUDIENCE);
    expect(fieldOf(p, 'OPTIN_TIME')).toBe('createdAt');
    expect(p.columns.filter((c) => c.field === 'lastPurchase' || c.field === 'lastContact')).toEqual([]);
  });

  it('so a subscriber who signed up is neither active nor a customer by it', () => {
    const susan = planOf(AUDIENCE).classification.rows.find((r) => r.sheetRow === 2)!;
    expect(susan.lastActivity).toBeUndefined();
  });

  it('leaves the confirmation and change times, the IPs and the geo-IP columns unread', () => {
    const p = planOf(AUDIENCE);
    for (const h of ['CONFIRM_TIME', 'LAST_CHANGED', 'OPTIN_IP', 'CONFIRM_IP', 'CC', 'REGION', 'MEMBER_RATING']) expect([h, fieldOf(p, h)]).toEqual([h, null]);
  });
});

describe('Xero\'s contacts export (New Zealand): PhoneNumber, FaxNumber, MobileNumber, DDINumber', () => {
  const XERO = [
    ['ContactName', 'AccountNumber', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POCity', 'POPostalCode', 'POCountry', 'PhoneNumber', 'FaxNumber', 'MobileNumber', 'DDINumber'],
    ['Kiwi Plumbing Ltd', 'KP001', 'accounts@kiwiplumbing.co.nz', 'Aroha', 'Ngata', '12 Queen St', 'Auckland', '1010', 'New Zealand', '09 555 0123', '09 555 0124', '021 555 0199', '09-555-0188'],
    ['Harbour Cafe', 'HC002', 'hello@harbourcafe.co.nz', 'Liam', 'Walker', '5 Quay St', 'Wellington', '6011', 'New Zealand', '04 555 0456', '04 555 0457', '', '04 555 0477'],
    ['Southern Builders', 'SB003', 'office@southernbuilders.co.nz', 'Mia', 'Thompson', '77 Colombo St', 'Christchurch', '8011', 'New Zealand', '03 555 0789', '04 555 0457', '022 555 0111', ''],
  ];

  it('reads DDINumber, the contact\'s direct dial, as one more phone of his, written as the others', () => {
    const p = planOf(XERO);
    const ddi = p.columns.find((c) => c.header === 'DDINumber')!;
    expect(ddi.field).toBe('phone');
    expect(p.edits.find((e) => e.col === ddi.col && e.sheetRow === 2)?.after).toEqual({ kind: 'text', value: '09 555 0188' });
  });

  it('leaves FaxNumber unread: no one is called or reminded on a fax, and two firms sharing one are no duplicates', () => {
    const p = planOf(XERO);
    expect(fieldOf(p, 'FaxNumber')).toBeNull();
    expect(p.duplicates.groups).toEqual([]);
  });
});

describe('a firm\'s tax number in the column of 统一社会信用代码 (uscc)', () => {
  const issuesOf = (p: Plan, header: string) => p.issues.filter((i) => i.col === p.columns.find((c) => c.header === header)!.col).map((i) => [i.sheetRow, i.code]);

  it('India\'s GSTIN is read there and checked as a GSTIN: one short of a character is flagged', () => {
    const p = planOf([
      ['Customer Name', 'Company', 'Mobile No', 'Email ID', 'GSTIN', 'City', 'State', 'Pincode'],
      ['Rahul Mehta', 'Mehta Traders', '98182 69186', 'rahul@mehtatraders.in', '27AAPFU0939F1ZV', 'Mumbai', 'Maharashtra', '400001'],
      ['Anita Rao', 'Rao Textiles', '98450 12345', 'anita@raotextiles.in', '29AAGCR4375J1Z', 'Bengaluru', 'Karnataka', '560001'],
      ['Vikram Singh', 'Singh Motors', '99100 54321', 'vikram@singhmotors.in', '07AAACS1234A1Z5', 'Delhi', 'Delhi', '110001'],
    ]);
    expect(fieldOf(p, 'GSTIN')).toBe('uscc');
    expect(issuesOf(p, 'GSTIN')).toEqual([[3, 'uscc.invalid']]);
  });

  it('a British sheet\'s VAT Number (GB123456789) is no unified social credit code gone wrong', () => {
    const p = planOf([
      ['Company', 'Contact', 'Email', 'Phone', 'VAT Number', 'Postcode'],
      ['Thames Joinery Ltd', 'Oliver Hughes', 'oliver@thamesjoinery.co.uk', '020 7946 0958', 'GB123456789', 'SW1A 1AA'],
      ['Leeds Print Co', 'Amelia Wright', 'amelia@leedsprint.co.uk', '0113 496 0000', 'GB 987 6543 21', 'LS1 4AP'],
      ['Bristol Bakes', 'Harry Evans', 'harry@bristolbakes.co.uk', '0117 496 0123', 'GB555666777', 'BS1 5TR'],
    ]);
    expect(fieldOf(p, 'VAT Number')).toBe('uscc');
    expect(issuesOf(p, 'VAT Number')).toEqual([]);
  });

  it('Xero\'s TaxNumber (a New Zealand GST number) and Stripe\'s Business Vat ID are read there too', () => {
    const xero = planOf([
      ['ContactName', 'EmailAddress', 'POCity', 'POCountry', 'PhoneNumber', 'TaxNumber'],
      ['Kiwi Plumbing Ltd', 'accounts@kiwiplumbing.co.nz', 'Auckland', 'New Zealand', '09 555 0123', '123-456-789'],
      ['Harbour Cafe', 'hello@harbourcafe.co.nz', 'Wellington', 'New Zealand', '04 555 0456', '98-765-432'],
    ]);
    expect(fieldOf(xero, 'TaxNumber')).toBe('uscc');
    expect(issuesOf(xero, 'TaxNumber')).toEqual([]);
    expect(fieldOf(planOf([['id', 'Email', 'Name', 'Business Vat ID'], ['cus_Q1a2B3c4D5e6F7', 'oliver@thamesjoinery.co.uk', 'Oliver Hughes', 'GB123456789']]), 'Business Vat ID')).toBe('uscc');
  });

  it('a Chinese sheet\'s 税号 of the wrong length is still flagged', () => {
    const p = planOf([
      ['公司名称', '联系人', '手机', '税号'],
      ['杭州云帆科技有限公司', '张伟', '13812345678', '91330106MA2CCCC'],
      ['上海明达贸易有限公司', '李娜', '13987654321', 'GB123456789'],
    ], { language: 'zh-CN' });
    expect(issuesOf(p, '税号')).toEqual([[2, 'uscc.invalid'], [3, 'uscc.invalid']]);
  });
});

describe('exports whose columns were read already, or have no field to be read as', () => {
  it('Square\'s customers: a visit is a sale (Transaction Count, Total Spend), so Last Visit is the last purchase and a client last in 20 days ago is active', () => {
    const p = planOf([
      ['Reference ID', 'First Name', 'Surname', 'Email Address', 'Phone Number', 'Company Name', 'Postal Code', 'Birthday', 'Memo', 'Square Customer ID', 'Creation Source', 'First Visit', 'Last Visit', 'Transaction Count', 'Total Spend', 'Email Subscription Status'],
      ['', 'Emily', 'Carter', 'emily.carter@example.com', '(415) 555-0134', '', '02139', '1990-03-14', '', 'C8J2K4M6P8R0T2V4X6Z8', 'Point of Sale', '2023-05-04', '2024-11-11', '14', '$612.40', 'subscribed'],
      ['', 'James', 'Nguyen', 'jnguyen@example.com', '(415) 555-0178', '', '94107', '', '', 'C8J2K4M6P8R0T2V4X6Z9', 'Point of Sale', '2022-01-10', '2023-02-02', '3', '$88.00', 'unsubscribed'],
      ['', 'Sarah', 'Olsen', 'sarah.olsen@example.com', '(503) 555-0199', '', '97205', '', '', 'C8J2K4M6P8R0T2V4X6Z0', 'Directory', '2024-09-01', '2024-10-02', '6', '$240.00', 'subscribed'],
    ]);
    expect([fieldOf(p, 'First Visit'), fieldOf(p, 'Last Visit')]).toEqual(['firstPurchase', 'lastPurchase']);
    expect(p.classification.rows.find((r) => r.sheetRow === 2)?.labels.activity).toBe('active');
  });

  it('Square\'s address columns: Administrative District Level 1 is the state (no tier), Locality the city', () => {
    const p = planOf([
      ['First Name', 'Surname', 'Email Address', 'Phone Number', 'Address Line 1', 'Address Line 2', 'Locality', 'Administrative District Level 1', 'Postal Code', 'Total Spend'],
      ['Emily', 'Carter', 'emily.carter@example.com', '(415) 555-0134', '450 Townsend St', 'Apt 3', 'San Francisco', 'CA', '94107', '$612.40'],
      ['James', 'Nguyen', 'jnguyen@example.com', '(617) 555-0178', '7 Harbor Ln', '', 'Boston', 'MA', '02110', '$88.00'],
    ]);
    expect(fieldOf(p, 'Administrative District Level 1')).toBe('province');
    expect(fieldOf(p, 'Locality')).toBe('city');
    expect(p.columns.some((c) => c.field === 'tier')).toBe(false);
  });

  it('QuickBooks Online\'s Open Balance (what the customer owes now) stays unread: it is no spending, and no field holds a debt', () => {
    const p = planOf([
      ['Customer', 'Company name', 'Street Address', 'City', 'State', 'Country', 'Zip', 'Phone', 'Email', 'Attachments', 'Open Balance', 'Notes'],
      ['Bayview Cafe', 'Bayview Cafe LLC', '450 Townsend St', 'San Francisco', 'CA', 'USA', '94107', '(415) 555-0178', 'orders@bayviewcafe.com', '', '1,250.00', 'Net 30'],
      ['Harbor Dental', 'Harbor Dental PC', '7 Harbor Ln', 'Boston', 'MA', 'USA', '02110', '(617) 555-0112', 'billing@harbordental.com', '', '0.00', ''],
    ]);
    expect(fieldOf(p, 'Open Balance')).toBeNull();
    expect(p.columns.some((c) => c.field === 'amount')).toBe(false);
  });
});
