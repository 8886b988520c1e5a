/**
 * A phone split over columns: Xero's contacts export writes each number as PhoneCountry 61 |
 * PhoneArea 2 | PhoneNumber 9876 5432 (and Mobile…, Fax…, DDI… alike); a Chinese sheet keeps 区号
 * 010 beside 电话 6438 1234. The parts are read together as one number, for its check and for
 * duplicates, as the number anyone dials; the cells stay as typed, each part in its column, as Xero
 * imports them back.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const issuesOf = (p: Plan, ...headers: string[]) => {
  const cols = headers.map((h) => p.columns.find((c) => c.header === h)!.col);
  return p.issues.filter((i) => cols.includes(i.col)).map((i) => [i.sheetRow, i.code, i.params?.value]);
};
const groupsOf = (p: Plan) => p.duplicates.groups.map((g) => g.rows);

// xero_contacts_au.csv (h49), the columns of Xero's contacts export that matter here.
const XERO_HEADERS = ['ContactName', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POCity', 'PORegion', 'POPostalCode', 'POCountry',
  'PhoneCountry', 'PhoneArea', 'PhoneNumber', 'FaxCountry', 'FaxArea', 'FaxNumber', 'MobileCountry', 'MobileArea', 'MobileNumber', 'DueDateSalesTerm'];
const XERO = [
  XERO_HEADERS,
  ['Harbour Cafe Pty Ltd', 'accounts@harbourcafe.com.au', 'Sophie', 'Nguyen', 'PO Box 123', 'Sydney', 'NSW', '2001', 'Australia', '61', '2', '9876 5432', '', '', '', '61', '', '0412 345 678', 'DAYSAFTERBILLDATE'],
  ['Melbourne Florist Co', 'hello@melbflorist.com.au', 'Jack', 'Wilson', '88 Chapel St', 'Windsor', 'VIC', '3181', 'Australia', '61', '3', '9510 2233', '', '', '', '', '', '+61 423 111 222', ''],
  ['Fitzroy Books', 'jack.wilson@bigpond.com', 'Jack', 'Wilson', '14 Smith St', 'Fitzroy', 'VIC', '3065', 'Australia', '', '03', '9417 8800', '', '', '', '', '', '', ''],
  ['Perth Mining Supplies', 'orders@pms.com.au', '', '', '1 Hay St', 'Perth', 'WA', '6000', 'Australia', '61', '8', '92201100', '61', '8', '92201101', '', '', '', ''],
  ['Kiwi Design Ltd', 'info@kiwidesign.co.nz', '', '', '20 Queen St', 'Auckland', '', '1010', 'New Zealand', '64', '9', '379 5500', '', '', '', '', '', '021 555 0198', ''],
  ['Bondi Surf Co', 'info@bondisurf.com.au', '', '', '5 Campbell Pde', 'Bondi', 'NSW', '2026', 'Australia', '61', '2', '9130 123', '', '', '', '', '', '', ''],
];

describe('Xero\'s contacts export: PhoneCountry | PhoneArea | PhoneNumber read as one number', () => {
  const p = planOf(XERO);

  it('checks each number with its area code and country: no number is taken for an invalid one for lack of its area', () => {
    // 9130 123 is a digit short, and is flagged as the whole number the parts make.
    expect(issuesOf(p, 'PhoneNumber', 'MobileNumber')).toEqual([[7, 'phone.invalid', '+61 2 9130 123']]);
  });

  it('leaves the parts as typed, each in its own column, as Xero imports them back', () => {
    for (const row of [2, 3, 4, 5, 6, 7]) {
      for (const header of ['PhoneCountry', 'PhoneArea', 'PhoneNumber']) expect([row, header, after(p, row, header)]).toEqual([row, header, null]);
    }
  });

  it('names the country and area columns as read with their number, not as columns left unread', () => {
    const col = (h: string) => p.columns.find((c) => c.header === h)!;
    expect(col('PhoneArea').partOf).toBe(col('PhoneNumber').col);
    expect(col('PhoneCountry').partOf).toBe(col('PhoneNumber').col);
    expect(col('MobileArea').partOf).toBe(col('MobileNumber').col);
    // No column reads FaxNumber: its parts are nobody's either.
    expect(col('FaxArea').partOf).toBeUndefined();
  });

  it('still cleans a mobile typed whole where its parts are blank', () => {
    expect(after(p, 2, 'MobileNumber')).toBeNull();
    expect(after(p, 6, 'MobileNumber')).toEqual({ kind: 'text', value: '+64 21 555 0198' });
  });
});

describe('duplicates by a number split into parts', () => {
  it('meets a contact whose number is split with one whose number is typed whole', () => {
    const p = planOf([
      XERO_HEADERS,
      ['Harbour Cafe Pty Ltd', 'accounts@harbourcafe.com.au', 'Sophie', 'Nguyen', 'PO Box 123', 'Sydney', 'NSW', '2001', 'Australia', '61', '2', '9876 5432', '', '', '', '', '', '', ''],
      ['Harbour Cafe', 'sophie@harbourcafe.com.au', 'Sophie', 'Nguyen', '', 'Sydney', 'NSW', '2000', 'Australia', '', '', '(02) 9876 5432', '', '', '', '', '', '', ''],
      ['Melbourne Florist Co', 'hello@melbflorist.com.au', 'Jack', 'Wilson', '88 Chapel St', 'Windsor', 'VIC', '3181', 'Australia', '61', '3', '9510 2233', '', '', '', '', '', '', ''],
    ]);
    expect(groupsOf(p)).toEqual([[2, 3]]);
    expect(p.duplicates.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.landline.same');
  });

  it('does not take two businesses in two cities for one because their numbers share the digits after the area code', () => {
    const p = planOf([
      XERO_HEADERS,
      ['Harbour Cafe Pty Ltd', 'accounts@harbourcafe.com.au', 'Sophie', 'Nguyen', 'PO Box 123', 'Sydney', 'NSW', '2001', 'Australia', '61', '2', '9876 5432', '', '', '', '', '', '', ''],
      ['Harbour Cafe Pty Ltd', 'orders@harbourcafe-perth.com.au', 'Sophie', 'Nguyen', '3 Marine Pde', 'Cottesloe', 'WA', '6011', 'Australia', '61', '8', '9876 5432', '', '', '', '', '', '', ''],
    ]);
    // A name and a company alike may still make a review group; never one for the same number.
    for (const g of p.duplicates.groups) expect(g.reasons.map((r) => r.code)).not.toContain('dedupe.reason.landline.same');
  });
});

describe('a Chinese sheet with 区号 beside 电话', () => {
  const SHEET = [
    ['客户名称', '联系人', '区号', '电话', '手机', '地址'],
    ['北京星辰科技有限公司', '张伟', '010', '6438 1234', '', '北京市朝阳区建国路88号'],
    ['星辰科技', '张伟', '', '010-64381234', '', '北京市朝阳区建国路88号'],
    ['广州云帆贸易有限公司', '李娜', '020', '8755 1234', '13912345678', '广州市天河区体育西路1号'],
    ['上海海鸥文具有限公司', '王芳', '021', '6234 567', '', '上海市黄浦区南京东路100号'],
  ];
  const p = planOf(SHEET, {});

  it('reads the area code with the number: the same line as one typed whole, the same customer', () => {
    expect(groupsOf(p)).toEqual([[2, 3]]);
  });

  it('checks the number with its area code, and shows both in the warning', () => {
    expect(issuesOf(p, '电话')).toEqual([[5, 'phone.invalid', '021 6234 567']]);
    expect(p.columns.find((c) => c.header === '区号')!.partOf).toBe(p.columns.find((c) => c.header === '电话')!.col);
    expect(after(p, 2, '电话')).toBeNull();
  });
});

describe('Xero\'s street address (SA…) where its postal address (PO…) is blank', () => {
  const HEADERS = ['ContactName', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POCity', 'PORegion', 'POPostalCode', 'POCountry',
    'SAAddressLine1', 'SACity', 'SARegion', 'SAPostalCode', 'SACountry', 'PhoneNumber', 'DueDateSalesTerm'];
  const SHEET = [
    HEADERS,
    ['Sophie Nguyen', 'sophie.nguyen@gmail.com', 'Sophie', 'Nguyen', '5/22 Bondi Rd', 'Bondi', 'NSW', '2026', 'Australia', '', '', '', '', '', '', ''],
    ['S Nguyen', 'sophie.n@outlook.com', 'Sophie', 'Nguyen', '', '', '', '', '', '5/22 Bondi Rd', 'Bondi', 'NSW', '2026', 'Australia', '', ''],
    ['Harbour Cafe Pty Ltd', 'accounts@harbourcafe.com.au', 'Sophie', 'Nguyen', 'PO Box 123', 'Sydney', 'NSW', '2001', 'Australia', '12 George St', 'Sydney', 'NSW', '20001', 'Australia', '', ''],
  ];
  const p = planOf(SHEET);

  it('reads the street address of a contact who has no postal one, for duplicates', () => {
    expect(groupsOf(p)).toEqual([[2, 3]]);
    expect(p.duplicates.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.address.same');
  });

  it('checks the street address\'s postcode like the postal one\'s, and lists neither as unread', () => {
    expect(issuesOf(p, 'SAPostalCode')).toEqual([[4, 'postcode.invalidRegion', '20001']]);
    const col = (h: string) => p.columns.find((c) => c.header === h)!;
    expect(['SAAddressLine1', 'SACity', 'SARegion', 'SAPostalCode', 'SACountry'].map((h) => [col(h).field, col(h).extra])).toEqual(
      [['address', true], ['city', true], ['province', true], ['postcode', true], ['country', true]]);
  });
});
