/**
 * A row's own country: a customer abroad in a sheet of one country's customers (a Shopify store's
 * Australian buyer, a HubSpot portal's London lead) has a phone number and a postcode of his country,
 * read by its rules, never "fixed" into the sheet's.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const issuesOf = (p: Plan, header: string) => {
  const col = p.columns.find((c) => c.header === header)!.col;
  return p.issues.filter((i) => i.col === col).map((i) => [i.sheetRow, i.code]);
};

describe('a Shopify customers export with a few customers abroad', () => {
  const SHOPIFY = [
    ['First Name', 'Last Name', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone'],
    ['Emma', 'Wilson', 'Hartford', 'CT', 'US', "'06103", '+18605550112'],
    ['Liam', 'Brown', 'Boston', 'MA', 'US', '2108', '(617) 555-0144'],
    ['Noah', 'Tremblay', 'Guelph', 'ON', 'CA', 'N1H 6J2', '+15195550131'],
    ['Olivia', 'Smith', 'Leeds', '', 'GB', 'LS1 4AP', '0113 496 0000'],
    ['Jack', 'Taylor', 'Sydney', 'NSW', 'AU', '2000', '0412 345 678'],
    ['Ava', 'Miller', 'Newark', 'NJ', 'US', "'07102", '+19735551002'],
    ['Mia', 'Davis', 'Newark', 'NJ', 'US', "'07103", '+19735551003'],
  ];

  it('reads Default Address Country Code as the country column (ISO codes)', () => {
    expect(planOf(SHOPIFY).columns.find((c) => c.header === 'Default Address Country Code')?.field).toBe('country');
  });

  it.each<[number, string, string | null, string]>([
    [6, 'Default Address Zip', null, 'Sydney\'s 2000 is no US ZIP code that lost its zero'],
    [4, 'Default Address Zip', null, 'a Canadian postcode is no invalid ZIP code'],
    [5, 'Default Address Zip', null, 'nor a British one'],
    [3, 'Default Address Zip', '02108', 'while a US row\'s ZIP code still gets its zero back'],
    [5, 'Default Address Phone', '+44 113 496 0000', 'a Leeds number is read as British and written whole'],
    [6, 'Default Address Phone', '+61 412 345 678', 'a Sydney mobile as Australian'],
    [4, 'Default Address Phone', '+1 519 555 0131', 'a Canadian number typed with its country code keeps it, as the US ones do in a sheet of several countries'],
    [3, 'Default Address Phone', '+1 617 555 0144', 'and a US number typed nationally gets the +1 most of the column was typed with: one form (h62)'],
  ])('row %d, %s → %j: %s', (row, header, value) => {
    const p = planOf(SHOPIFY);
    expect(after(p, row, header)).toEqual(value === null ? null : { kind: 'text', value });
    expect(issuesOf(p, header)).toEqual([]);
  });
});

describe('a HubSpot contacts export with leads in London', () => {
  const HUBSPOT = [
    ['First Name', 'Last Name', 'Phone Number', 'Mobile Phone Number', 'City', 'Postal Code', 'Country/Region'],
    ['Sarah', 'Connor', '+1 310 555 0101', '', 'Los Angeles', '90001', 'United States'],
    ['Tom', 'Hardy', '(020) 7946 0958', '', 'London', 'SW1A 1AA', 'United Kingdom'],
    ['Kate', 'Bush', '', '07911 123456', 'London', 'SW1A1AA', 'United Kingdom'],
    ['John', 'Doe', '+1 646 555 0100', '', 'New York', '10001', 'United States'],
    ['Jane', 'Roe', '+1 646 555 0101', '', 'New York', '10002', 'United States'],
  ];

  it('reads a London row\'s (020) 7946 0958 and SW1A 1AA by British rules: no invalid number, no invalid ZIP code', () => {
    const p = planOf(HUBSPOT);
    expect(after(p, 3, 'Phone Number')).toEqual({ kind: 'text', value: '+44 20 7946 0958' });
    expect(after(p, 4, 'Mobile Phone Number')).toEqual({ kind: 'text', value: '+44 7911 123456' });
    expect([...issuesOf(p, 'Phone Number'), ...issuesOf(p, 'Mobile Phone Number'), ...issuesOf(p, 'Postal Code')]).toEqual([]);
  });
});

describe('a country column that is no customer\'s home', () => {
  it('a Chinese mobile in a row whose country is another one is still read as Chinese', () => {
    const p = plan([['姓名', '手机', '国家', '邮编'], ['张伟', '138 1234 5678', '美国', '100080'], ['王芳', '13912345678', '中国', '200001'], ['李娜', '13712345678', '中国', '510000']], {}, GUESS);
    expect(after(p, 2, '手机')).toEqual({ kind: 'text', value: '13812345678' });
    expect(p.issues.filter((i) => i.field === 'mobile')).toEqual([]);
  });

  describe('a Chinese team\'s Google contacts with a buyer in San Francisco', () => {
    // Most numbers are Chinese mobiles, so the column alone is not believed (it may be where the
    // customer travels to); a row whose own number is dialled with its country's code is that country's.
    const CONTACTS = [
      ['Name', 'Phone 1 - Value', 'Address 1 - City', 'Address 1 - Postal Code', 'Address 1 - Country'],
      ['王芳', '13912345678', '上海', '200001', 'CN'],
      ['李娜', '13712345678', '广州', '510000', ''],
      ['Emily Johnson', '+1 415-555-0132', 'San Francisco', '94105', 'US'],
      ['David Lee', '+852 9123 4567', 'Hong Kong', '', 'HK'],
      ['张伟', '13812345678', 'Seattle', '98101', 'US'],
      ['刘洋', '', 'Boston', '02108', 'US'],
    ];
    const p = plan(CONTACTS, {}, GUESS);

    it('reads the American buyer\'s 94105 as a ZIP code, not a Chinese postcode one digit short', () => {
      expect(p.issues.filter((i) => i.sheetRow === 4)).toEqual([]);
      expect(after(p, 4, 'Phone 1 - Value')).toEqual({ kind: 'text', value: '+1 415 555 0132' });
    });

    it('but a row naming the US with a Chinese mobile, or with no number at all, is still read as the sheet\'s', () => {
      expect(issuesOf(p, 'Address 1 - Postal Code')).toEqual([[6, 'postcode.invalid'], [7, 'postcode.invalid']]);
    });
  });

  it('a travel agency\'s destinations leave its customers\' numbers and postcodes Chinese', () => {
    const p = plan([['客户', '手机', '国家', '邮编'], ['张伟', '13812345678', '日本', '1000800'], ['王芳', '13912345678', '日本', '200001'], ['李娜', '13712345678', '英国', '510000']], {}, GUESS);
    expect(p.issues.map((i) => [i.sheetRow, i.code])).toEqual([[2, 'postcode.invalid']]);
  });
});
