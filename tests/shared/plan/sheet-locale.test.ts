/**
 * A sheet's conventions read from its own values: the order of day and month in each date column,
 * and (when the host lets it, because the user set nothing) the phone region and the currency.
 * A US sheet handed over with no settings must come out as it would with US settings, and a
 * Chinese sheet must stay Chinese.
 */
import fc from 'fast-check';
import { resolveSettings, run, type Plan } from '../../../shared';
import { guessCurrency, guessRegion, guessRegionFromCountries, guessRegionFromStates, headerCurrency, headerUnit } from '../../../shared/plan/sheet-locale';
import { postcodeRegion, writtenTraditional } from '../../../shared/plan/region-evidence';
import { after, gridOf, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }, options: object = GUESS): Plan => plan(rows, input, options);

const notes = (plan: Plan) => plan.problems.filter((p) => p.severity === 'info').map((p) => [p.code, p.params]);

const US = [
  ['First Name', 'Last Name', 'Phone', 'Lifetime value', 'Last contact', 'Zip'],
  ['Christina', 'Davis', '(646) 743-7902', '$1,200', '11/14/2024', '10007'],
  ['Michael', 'Johnson', '917.549.4928', '$73,070', '03/05/2024', '10062'],
  ['Priya', 'Shah', '212-555-0147', '$980.50', '10/31/2024', '02134'],
  ['Tom', 'Becker', '+1 415 555 0132', '$15', '12/20/2023', '94103'],
];

describe('guessRegion', () => {
  it.each<[string, string[], string | null]>([
    ['North American numbers with their separators', ['(646) 743-7902', '917.549.4928', '212-555-0147', '+1 415 555 0132'], 'US'],
    ['Chinese mobiles', ['13812345678', '139 8765 4321', '+86 137 0000 1111', '010-62345678'], null],
    ['a Chinese sheet with a few American numbers', ['13812345678', '13987654321', '13700001111', '13600002222', '(646) 743-7902', '917.549.4928', '212-555-0147'], null],
    ['British numbers written internationally', ['+44 20 7946 0958', '+44 113 496 0000', '+44 121 234 5678', '13812345678'], 'GB'],
    ['bare 10-digit numbers (a Chinese landline may be typed without its 0)', ['2162345678', '2187654321', '2112345678'], null],
    ['British numbers written the national way', ['07911 123456', '020 7946 0958', '0161 496 0123', '07700 123456', '0113 496 0000'], 'GB'],
    ['Australian numbers written the national way', ['0412 345 678', '(02) 9876 5432', '0413 456 789', '(03) 9123 4567'], 'AU'],
    ['Chinese landlines with their 0 (also valid British or Australian numbers now and then)', ['010-62345678', '0755-88880000', '021 6543 2109', '020-87654321'], null],
    ['too few to say', ['(646) 743-7902', '917.549.4928'], null],
    ['Shopify\'s numbers behind an apostrophe', ["'+15125550101", "'+16085550123", "'+15125550177"], 'US'],
    ['QuickBooks\' labelled numbers', ['Phone: (608) 555-0123', 'Phone: (512) 555-0101', 'Mobile: 512-555-0177'], 'US'],
  ])('%s → %s', (_, phones, region) => {
    expect(guessRegion(phones)?.region ?? null).toBe(region);
  });
});

describe('guessRegion in a sheet whose headers are English', () => {
  const ENGLISH = { englishHeaders: true };
  it.each<[string, string[], string | null]>([
    ['bare US numbers, as an export without separators writes them', ['2125551000', '4155551001', '6175551002', '3055551003'], 'US'],
    ['bare numbers that are no North American number are no evidence', ['2112345678', '1012345678', '2012345678', '2512345678'], null],
    ['Chinese mobiles outnumber a few bare US numbers', ['13812345678', '13987654321', '13700001111', '13600002222', '2125551000', '4155551001', '6175551002'], null],
  ])('%s → %s', (_, phones, region) => {
    expect(guessRegion(phones, ENGLISH)?.region ?? null).toBe(region);
  });

  it.each<[string, string[], string | null]>([
    ['two numbers of a three-row list, both North American', ['(310) 555-0111', '3105550142'], 'US'],
    ['one number written the North American way', ['310-555-0111'], 'US'],
    ['two written so, of Toronto', ['(416) 555-0111', '416-555-0142'], 'CA'],
    ['a North American number beside a Chinese mobile', ['(310) 555-0111', '13812345678'], null],
    ['a North American number beside a British one', ['(310) 555-0111', '+44 20 7946 0958'], null],
    ['bare ten digits alone, written no way of North America\'s', ['3105550111', '3105550142'], null],
    ['a Chinese 400 number written in groups of three', ['400-820-8820', '400-810-5555'], null],
  ])('a short list: %s (%j) → %s', (_, phones, region) => {
    expect(guessRegion(phones, ENGLISH)?.region ?? null).toBe(region);
  });

  it('but a Chinese sheet\'s bare 10 digits stay a landline typed without its 0', () => {
    expect(guessRegion(['2125551000', '4155551001', '6175551002', '3055551003'])).toBeNull();
  });
});

describe('a short US list with no country column (3 rows, 2 phones)', () => {
  const plan = planOf([
    ['Customer', 'Phone', 'Amount'],
    ['Emily Carter', '(310) 555-0111', '$1,200'],
    ['Jacob Miller', '3105550142', '$800'],
    ['Olivia Brown', '', '$300'],
  ]);

  it('is read as American: its numbers are kept or written the US way, never as Chinese landlines', () => {
    expect(notes(plan)).toContainEqual(['locale.region', { region: 'US', numbers: 2 }]);
    expect(after(plan, 2, 'Phone')).toBeNull();
    expect(after(plan, 3, 'Phone')).toEqual({ kind: 'text', value: '(310) 555-0142' });
    expect(plan.issues.filter((i) => i.code.startsWith('phone'))).toEqual([]);
  });
});

describe('guessRegion on a long sheet', () => {
  it('reads the national numbers of 2,500 rows as Australian, though it parses only a sample of them', () => {
    const mobiles = Array.from({ length: 2500 }, (_, i) => `04 ${String(12345678 + i * 4567).slice(0, 8)}`);
    expect(guessRegion(mobiles)?.region).toBe('AU');
  });
});

describe('guessRegionFromStates (a sheet without phone numbers)', () => {
  it.each<[string, string[], string | null]>([
    ['Australian state codes (FEBRL)', ['vic', 'nsw', 'qld', 'nsw', 'wa', ''], 'AU'],
    ['US states, codes and names', ['CA', 'NY', 'Texas', 'MA.', 'wa'], 'US'],
    ['Canadian provinces', ['ON', 'QC', 'BC', 'Alberta'], 'CA'],
    ['Chinese provinces', ['广东省', '浙江', '北京市', 'ca'], null],
    ['too few', ['vic', 'nsw'], null],
    ['mostly something else', ['vic', 'nsw', 'qld', 'Bavaria', 'Hessen', 'Sachsen', 'Berlin', 'Bremen'], null],
  ])('%s → %s', (_, values, region) => {
    expect(guessRegionFromStates(values.filter((v) => v !== ''))?.region ?? null).toBe(region);
  });
});

describe('guessRegionFromCountries (a country column)', () => {
  it.each<[string, string[], string | null]>([
    ['Xero\'s New Zealand contacts', ['New Zealand', 'New Zealand', 'NZ'], 'NZ'],
    ['one Stripe customer\'s ISO code', ['US'], 'US'],
    ['Canada, not California', ['CA', 'Canada'], 'CA'],
    ['国家 in Chinese', ['英国', '英国', '中国'], 'GB'],
    ['an exporter\'s customers in many countries', ['Japan', 'Germany', 'France', 'US'], null],
    ['half unknown', ['New Zealand', 'Narnia', 'Atlantis'], null],
  ])('%s → %s', (_, values, region) => {
    expect(guessRegionFromCountries(values)?.region ?? null).toBe(region);
  });
});

describe('a Xero contacts export from New Zealand (TODAY 2024-12-01)', () => {
  const XERO = [
    ['ContactName', 'EmailAddress', 'FirstName', 'LastName', 'POCountry', 'PhoneNumber', 'MobileNumber'],
    ['Bayside Plumbing Ltd', 'accounts@baysideplumbing.co.nz', 'Mike', 'Harris', 'New Zealand', '09 828 4411', '021 555 0198'],
    ['Kowhai Cafe', 'hello@kowhaicafe.nz', 'Aroha', 'Ngata', '', '09 376 2200', '022 123 4567'],
  ];

  it('is read as New Zealand\'s, as its country column says: its mobiles are no Australian landlines', () => {
    const plan = planOf(XERO);
    expect(notes(plan)).toEqual([['locale.regionCountries', { region: 'NZ', rows: 1 }]]);
    expect(plan.edits.filter((e) => e.field === 'mobile')).toEqual([]);
    expect(plan.issues.filter((i) => i.field === 'mobile' || i.field === 'phone')).toEqual([]);
  });

  it('reads national numbers as New Zealand\'s without the column too, when they are valid there more often', () => {
    expect(guessRegion(['09 828 4411', '021 555 0198', '022 123 4567', '027 999 8888', '09 376 2200'])?.region).toBe('NZ');
    expect(guessRegion(['0412 345 678', '02 9876 5432', '03 9123 4567', '0413 222 333'])?.region).toBe('AU');
  });

  it('never takes a travel agency\'s destinations for where its customers live', () => {
    const trips = [['客户', '手机', '国家'], ['张伟', '13812345678', '日本'], ['王芳', '13912345678', '日本'], ['李娜', '13712345678', '日本']];
    const plan = planOf(trips, {});
    expect(notes(plan).map(([code]) => code)).not.toContain('locale.regionCountries');
  });
});

describe('a British client list (a salon\'s, kept in Excel) read with no settings', () => {
  // Most of these mobiles are also Chinese landlines: 07523 456789 reads 0752-3456789 in Huizhou.
  const CLIENTS = [
    ['Client No', 'Name', 'Mobile', 'Email', 'Date of Birth', 'Postcode', 'Fees (£)'],
    ['00042', 'Mrs Sarah Jones', '07412 345678', 'sarah.jones@btinternet.com', '04/12/1975', 'SW1A 2AA', '£1,250.00'],
    ['00043', 'Mr David Jones', '07523 456789', 'sarah.jones@btinternet.com', '11/02/1973', 'SW1A 2AA', '£950.00'],
    ['00045', 'Dr. Ian Patel', '+447911123456', 'ian.patel@nhs.net', '30/11/1980', 'M1 1AE', '£2,400'],
    ['00048', 'Gareth Evans Jr', '07500 654 321', 'gareth.jr@evans.cymru', '01/12/1999', 'CF10 1AA', ''],
    ['00049', 'Gareth Evans Sr', '07500 111 222', 'gareth@evans.cymru', '02/12/1965', 'CF10 1AA', '£800'],
    ['00052', 'Client 2 Brown', '07434 345614', 'client2@example.co.uk', '03/03/1972', 'B1 1AA', '£200'],
    ['00053', 'Client 3 Brown', '07451 345621', 'client3@example.co.uk', '04/04/1973', 'B1 1AA', '£300'],
  ];

  it('is read as British: its mobiles stay mobiles, its postcodes are no Chinese ones', () => {
    const plan = planOf(CLIENTS);
    expect(notes(plan)[0]).toEqual(['locale.region', { region: 'GB', numbers: 6 }]);
    expect(after(plan, 3, 'Mobile')).toBeNull();
    expect(after(plan, 5, 'Mobile')).toEqual({ kind: 'text', value: '07500 654321' });
    expect(plan.issues.map((i) => i.code)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['written the British way (5 and 6 digits), though China reads each as a landline', ['07523 456789', '07500 654 321', '07434 345614', '07451 345621']],
    ['with no grouping to tell, but £ amounts and British postcodes beside them', ['07523456789', '07500654321', '07434345614', '07451345621']],
  ])('takes mobiles %s for British ones', (what, phones) => {
    const pointed = what.startsWith('with') ? new Map([['GB', 2]]) : undefined;
    expect(guessRegion(phones, { englishHeaders: true, pointed })?.region).toBe('GB');
  });

  it('takes postcodes behind Shopify\'s text mark (\'GU1 3AA) for British ones as well', () => {
    expect(postcodeRegion(["'GU1 3AA", "'SW1A 2AA", "'M3 2BW", "'EC1A 1BB"])).toBe('GB');
    expect(postcodeRegion(["'H2X 3J6", "'V6B 1A1", "'M5V 2T6"])).toBe('CA');
  });

  it('but the same digits with no grouping and nothing else to say stay Chinese landlines', () => {
    expect(guessRegion(['07523456789', '07500654321', '07434345614', '07451345621'], { englishHeaders: true })).toBeNull();
  });
});

describe('an Indian AMC customer list read with no settings', () => {
  // Bare ten digits beginning 9 are valid North American numbers too; two +91 numbers are fewer than
  // a country code needs on its own, but with ₹ amounts they place the rest.
  const AMC = [
    ['Customer Name', 'Mobile No', 'Alt Mobile', 'Email ID', 'City', 'AMC Expiry', 'Total Purchase (₹)'],
    ['Rajesh Kumar', '98765 43210', '+91-98765-43210', 'rajesh.k@gmail.com', 'Pune', '15-12-2026', '₹125000'],
    ['Rajesh Kumar', '9812345678', '', 'rajesh.kumar@yahoo.co.in', 'Delhi', '', '₹12500'],
    ['Rajesh  kumar', '+919876543210', '', 'RAJESH.K@GMAIL.COM', 'Pune', '', ''],
    ['Priya Nair', '09845012345', '080 2222 3333', 'priya.nair@infosys.com', 'Bengaluru', '01-12-2026', '₹350000.50'],
    ['Cust 2 Sharma', '9802469134', '', 'c2@rediffmail.com', 'Mumbai', '', '₹30000'],
    ['Cust 3 Sharma', '9803703701', '', 'c3@rediffmail.com', 'Mumbai', '', '₹40000'],
    ['Cust 4 Sharma', '9804938268', '', 'c4@rediffmail.com', 'Mumbai', '', '₹50000'],
  ];

  it('is read as Indian: 9802469134 is a Mumbai mobile, not (980) 246-9134, and 98765 43210 is valid', () => {
    const plan = planOf(AMC);
    expect(notes(plan)[0]).toEqual(['locale.region', { region: 'IN', numbers: 7 }]);
    expect(after(plan, 6, 'Mobile No')).toEqual({ kind: 'text', value: '98024 69134' });
    expect(after(plan, 2, 'Mobile No')).toBeNull();
    expect(after(plan, 2, 'Alt Mobile')).toEqual({ kind: 'text', value: '98765 43210' });
    expect(plan.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
  });

  it('but bare ten digits with one +91 number and no rupee are still North American', () => {
    expect(guessRegion(['9802469134', '9803703701', '9804938268', '2125551000', '+919876543210'], { englishHeaders: true })?.region).toBe('US');
  });
});

describe('a Bangladeshi shop\'s customer list read with no settings', () => {
  // 01712-345678 is how Bangladesh writes a mobile; its eleven digits are also a British area-code
  // number (01712 345678), which the sheet was read as, every mobile a "landline in the mobile column".
  // Its amounts in taka say where it is from.
  const SHOP = [
    ['Name', 'Mobile', 'Email', 'Date of Birth', 'City', 'Purchase Amount (Tk)'],
    ['Rafiqul Islam', '01712-345678', 'rafiq.islam@gmail.com', '14/03/1985', 'Dhaka', '25,000'],
    ['Nusrat Jahan', '01819-234567', 'nusrat.j@yahoo.com', '02/11/1990', 'Chattogram', '1,25,000'],
    ['Tanvir Ahmed', '01911-876543', 'tanvir.a@gmail.com', '25/06/1979', 'Sylhet', '8,500'],
    ['Farhana Akter', '01556-112233', 'farhana.akter@gmail.com', '30/01/1995', 'Dhaka', '60,000'],
    ['Sabbir Hossain', '01675-998877', 'sabbir.h@outlook.com', '09/09/1988', 'Khulna', '3,20,000'],
  ];

  it('is read as Bangladesh\'s: its mobiles are Bangladeshi mobiles, its lakh amounts taka', () => {
    const plan = planOf(SHOP);
    expect(notes(plan).slice(0, 2)).toEqual([
      ['locale.region', { region: 'BD', numbers: 5 }],
      ['locale.currency', { currency: 'BDT' }],
    ]);
    expect(after(plan, 2, 'Mobile')).toBeNull();
    expect(after(plan, 3, 'Purchase Amount (Tk)')).toEqual({ kind: 'number', value: 125000 });
    expect(plan.issues).toEqual([]);
  });

  it.each([['Amount (BDT)'], ['Amount (৳)'], ['Total (Taka)']])('as it is under %j', (header) => {
    const named = SHOP.map((row, i) => (i === 0 ? [...row.slice(0, 5), header] : row));
    expect(headerCurrency(header)).toBe('BDT');
    expect(notes(planOf(named))[0]).toEqual(['locale.region', { region: 'BD', numbers: 5 }]);
  });

  it('but with nothing to say so, the same numbers are not taken for Bangladesh\'s', () => {
    const bare = SHOP.map((row, i) => (i === 0 ? [...row.slice(0, 5), 'Purchase Amount'] : row));
    expect(notes(planOf(bare)).find(([code]) => code === 'locale.region')?.[1]).not.toEqual({ region: 'BD', numbers: 5 });
  });
});

describe('an Indian sheet with no rupee sign and no +91, read with no settings', () => {
  // A distributor's AMC list as typed in India: bare ten-digit mobiles (9085475325 is also a valid
  // New Jersey number), amounts grouped in lakhs, no currency written anywhere.
  const PLAIN = [
    ['Customer Name', 'Mobile No.', 'DOB', 'AMC Expiry', 'Amount', 'Account Manager'],
    ['Sunil Patil', '9340439319', '21-01-1980', '15-01-2027', '6,50,000', 'Anita'],
    ['Kavita Rao', '9653252154', '02-02-1982', '28-02-2027', '2,25,000', 'Anita'],
    ['Harish Menon', '9260895133', '13-03-1975', '03-03-2027', '4,50,000', 'Vikram'],
    ['Deepa Iyer', '9085475325', '04-04-1990', '30-04-2027', '12,50,000', 'Vikram'],
    ['Arjun Reddy', '8123456780', '25-05-1985', '05-05-2027', '75,000', 'Anita'],
    ['Meena Joshi', '7021456789', '16-06-1978', '06-06-2027', '1,20,50,000', 'Vikram'],
  ];

  it('is read as Indian: its numbers are Indian mobiles, its lakh amounts rupees, and the note says the rupee was the region\'s', () => {
    const plan = planOf(PLAIN);
    expect(notes(plan).slice(0, 2)).toEqual([
      ['locale.region', { region: 'IN', numbers: 6 }],
      ['locale.currencyOfRegion', { currency: 'INR', region: 'IN' }],
    ]);
    expect(after(plan, 5, 'Mobile No.')).toEqual({ kind: 'text', value: '90854 75325' });
    expect(after(plan, 7, 'Amount')).toEqual({ kind: 'number', value: 12050000 });
    expect(plan.issues).toEqual([]);
  });

  it('says the currency was shown when the amounts show it (₹2,50,000)', () => {
    const rupees = PLAIN.map((row, i) => (i === 0 ? row : row.map((v, c) => (c === 4 ? `₹${v}` : v))));
    expect(notes(planOf(rupees))[1]).toEqual(['locale.currency', { currency: 'INR' }]);
  });

  it.each<[string, string[][]]>([
    // Three of the five are valid North American numbers too, two are not: too few to say India on
    // their own, and as many as the North American reading needs. The rest of the sheet says India.
    ['a Pincode column', [['Name', 'Mobile', 'Pincode'], ['Sunil Patil', '9802469134', '411001'], ['Kavita Rao', '9803703701', '560034'], ['Harish Menon', '9340439319', '400069'], ['Deepa Iyer', '9085475325', '600017'], ['Arjun Reddy', '9653252154', '500081']]],
    ['a State column of Indian states', [['Name', 'Mobile', 'State'], ['Sunil Patil', '9802469134', 'Maharashtra'], ['Kavita Rao', '9803703701', 'Karnataka'], ['Harish Menon', '9340439319', 'Tamil Nadu'], ['Deepa Iyer', '9085475325', 'Maharashtra'], ['Arjun Reddy', '9653252154', 'Telangana']]],
  ])('reads bare ten digits as Indian mobiles beside %s', (_, rows) => {
    expect(notes(planOf(rows))[0]).toEqual(['locale.region', { region: 'IN', numbers: 5 }]);
    const plain = rows.map((row) => row.slice(0, 2));
    expect(notes(planOf(plain))[0]).toEqual(['locale.region', { region: 'US', numbers: 3 }]);
  });

  it('takes Indian mobiles that are no North American number as India\'s, with nothing else to say so', () => {
    // 9340439319: no exchange begins with 0; 9653252154 and 7021456789: no such area code.
    expect(guessRegion(['9340439319', '9653252154', '9260895133', '9085475325', '7021456789', '9802469134'], { englishHeaders: true })?.region).toBe('IN');
  });

  it('but a US export\'s bare numbers, all valid there, stay American, and a Chinese sheet\'s stay unread', () => {
    const us = ['2125551000', '4155551001', '6175551002', '3055551003', '9085475325', '8123456780'];
    expect(guessRegion(us, { englishHeaders: true })?.region).toBe('US');
    expect(guessRegion(['9340439319', '9653252154', '9260895133', '7021456789'])).toBeNull();
  });

  it('and amounts grouped in thousands (1,250,000) say nothing of India', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Deal size'],
      ['Emma Walsh', '2125551000', '$1,250,000'],
      ['Liam Ortiz', '4155551001', '$250,000'],
      ['Ava Brooks', '6175551002', '$12,500'],
      ['Noah Kim', '3055551003', '$1,500,000'],
    ]);
    expect(notes(plan).slice(0, 2)).toEqual([['locale.region', { region: 'US', numbers: 4 }], ['locale.currency', { currency: 'USD' }]]);
  });
});

describe('numbers written without a country code, in a national format only one region writes', () => {
  const ENGLISH = { englishHeaders: true };
  it.each<[string, string[], string | null]>([
    ['Malaysian mobiles as Malaysia writes them (012-345 6789, 011-2345 6789)', ['012-300 4000', '013-555 1212', '016-234 5678', '011-2345 6789'], 'MY'],
    ['South African cell numbers as South Africa writes them', ['082 100 4000', '083 555 1212', '072 987 6543', '084 234 5678'], 'ZA'],
    // Pretoria's landlines are written so too: the digits alone cannot tell.
    ['Malaysian mobiles typed with spaces only', ['012 300 4000', '013 555 1212', '016 234 5678', '017 987 6543'], null],
    ['British mobiles and landlines, as before', ['07911 123456', '020 7946 0958', '0161 496 0123', '07700 123456'], 'GB'],
  ])('%s → %s', (_, phones, region) => {
    expect(guessRegion(phones, ENGLISH)?.region ?? null).toBe(region);
  });

  it('reads a Malaysian sheet with no +60 and no RM as Malaysian, its amounts in ringgit', () => {
    const plan = planOf([
      ['Customer Name', 'Mobile No.', 'Renewal Date', 'Amount'],
      ['Lim Chee Keong', '012-300 4000', '09/10/2027', '21,000'],
      ['Nurul Aina binti Yusof', '019-876 5432', '20/02/2027', '6,000.00'],
      ['Rajesh a/l Muthu', '011-2345 6789', '03/11/2027', '78,000'],
      ['Tan Mei Ling', '017-222 3344', '15/08/2027', '12,500'],
    ]);
    expect(notes(plan).slice(0, 2)).toEqual([
      ['locale.region', { region: 'MY', numbers: 4 }],
      ['locale.currencyOfRegion', { currency: 'MYR', region: 'MY' }],
    ]);
    expect(plan.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
  });

  it('but a Chinese sheet\'s landlines stay Chinese', () => {
    expect(guessRegion(['010-62345678', '0755-88880000', '021 6543 2109', '020-87654321', '0571-8765 4321'], ENGLISH)).toBeNull();
  });
});

describe('Chinese sheets from Taiwan, Hong Kong, Macau, Singapore and Malaysia, read with no settings', () => {
  // Headers mapped by hand: the point here is the numbers, not the Traditional header words.
  const mapped = (overrides: Record<string, string>) => ({ headers: { overrides } });
  const region = (plan: Plan) => notes(plan).find(([code]) => code === 'locale.region')?.[1];

  it('a Taiwanese shop\'s list: 02-2345-6789 is Taipei, not New Zealand\'s 022 345 6789, and 0912-345-678 a mobile', () => {
    const plan = planOf([
      ['姓名', '手機', 'Tel'],
      ['陳美玲', '0912-345-678', '02-2345-6789'],
      ['林志明', '0921555888', '(02)2700-1234'],
      ['黃雅婷', '0933 111 222', '04-2222-3333'],
      ['張家豪', '0955-123-456', '07-555-1234'],
    ], mapped({ 手機: 'mobile', Tel: 'phone' }));
    expect(region(plan)).toEqual({ region: 'TW', numbers: 8 });
    expect(after(plan, 2, '手機')).toEqual({ kind: 'text', value: '0912 345 678' });
    expect(after(plan, 2, 'Tel')).toEqual({ kind: 'text', value: '02 2345 6789' });
    expect(plan.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
  });

  it('a Hong Kong tutoring centre\'s parents: 9123 4567 is a Hong Kong mobile, and $3,200 Hong Kong dollars', () => {
    const plan = planOf([
      ['學生姓名', '家長電話', '學費(HKD)'],
      ['陳俊軒', '9123 4567', '$3,200'],
      ['李詠琪', '9876 5432', '$3,600'],
      ['黃子晴', '+852 6123 4567', '$3,000'],
      ['張樂怡', '2345 6789', '$2,600'],
    ], mapped({ 學生姓名: 'name', 家長電話: 'phone', '學費(HKD)': 'amount' }));
    expect(region(plan)).toEqual({ region: 'HK', numbers: 3 });
    expect(after(plan, 4, '家長電話')).toEqual({ kind: 'text', value: '6123 4567' });
    expect(after(plan, 2, '學費(HKD)')).toEqual(expect.objectContaining({ kind: 'number', value: 3200 }));
    expect(plan.issues.filter((i) => i.code.startsWith('phone.') || i.code.startsWith('amount.'))).toEqual([]);
  });

  it('a Macau shop\'s customers: 6612 3456 and 2855 5666 are Macau\'s (patacas say so), not Hong Kong\'s', () => {
    const plan = planOf([
      ['客戶名稱', '電話', '消費(澳門元)'],
      ['梁志強', '6612 3456', 'MOP 3,000'],
      ['何美玲', '+853 6612 3457', 'MOP$1,200'],
      ['馮偉豪', '6688-9900', '800'],
      ['區淑儀', '28555666', '澳門元5000'],
    ], mapped({ 客戶名稱: 'name', 電話: 'phone', '消費(澳門元)': 'amount' }));
    expect(region(plan)).toEqual({ region: 'MO', numbers: 3 });
    expect(notes(plan)).toContainEqual(['locale.currency', { currency: 'MOP' }]);
    expect(after(plan, 5, '消費(澳門元)')).toEqual(expect.objectContaining({ kind: 'number', value: 5000 }));
    expect(plan.issues.filter((i) => i.code.startsWith('phone.') || i.code.startsWith('amount.'))).toEqual([]);
  });

  it('a Singapore shop: eight digits beside S$ amounts and +65 numbers are Singapore\'s', () => {
    const plan = planOf([
      ['Customer Name', 'Mobile', 'Total Spend (S$)'],
      ['Tan Ah Kow', '+65 9123 4567', 'S$1,200.00'],
      ['Lim Mei Ling', '9123-4568', '$350'],
      ['Ng Boon Huat', '8123 4567', 'S$ 8,800'],
      ['Goh Siew Lan', '9876 5432', 'S$12,000'],
    ], mapped({ 'Total Spend (S$)': 'amount' }));
    expect(region(plan)).toEqual({ region: 'SG', numbers: 3 });
    expect(notes(plan)).toContainEqual(['locale.currency', { currency: 'SGD' }]);
  });

  it('a Malaysian shop: 012-345 6780 beside RM amounts is a Malaysian mobile', () => {
    const plan = planOf([
      ['Nama / 姓名', '电话 Phone', '消费 (RM)'],
      ['陈志强', '012-345 6780', 'RM1,200.00'],
      ['林美华', '011-1234 5678', 'RM 350'],
      ['Tan Ah Seng', '03-2161 1234', 'RM8,800.50'],
      ['黄丽珠', '016-234 5678', 'RM 12,000'],
    ], mapped({ 'Nama / 姓名': 'name', '电话 Phone': 'phone', '消费 (RM)': 'amount' }));
    expect(region(plan)).toEqual({ region: 'MY', numbers: 4 });
    expect(after(plan, 2, '消费 (RM)')).toEqual(expect.objectContaining({ kind: 'number', value: 1200 }));
  });

  it('but a mainland sheet\'s eight-digit local numbers stay Chinese: nothing else points to Hong Kong', () => {
    const plan = planOf([['姓名', '电话'], ['张伟', '6234 5678'], ['李娜', '9123 4567'], ['王芳', '2345 6789'], ['刘洋', '6123 4567']], {});
    expect(region(plan)).toBeUndefined();
  });
});

describe('writtenTraditional', () => {
  it.each<[string, string[], string[], boolean]>([
    ['Traditional headers', ['客戶姓名', '行動電話', '保單號碼'], [], true],
    ['Simplified headers', ['客户姓名', '手机', '保单号码'], ['陳美玲'], false],
    ['English headers, Traditional names', ['Name', 'Mobile'], ['陳美玲', '黃子晴', 'Tan Ah Kow'], true],
    ['English headers, Simplified names', ['Name', 'Mobile'], ['陈美玲', '黄子晴', '張伟'], false],
    ['nothing Chinese', ['Name'], ['Peter'], false],
  ])('%s → %s', (_, headers, values, expected) => {
    expect(writtenTraditional(headers, values)).toBe(expected);
  });
});

describe('a sheet with no phone numbers but its states (FEBRL\'s Australians)', () => {
  const FEBRL = [
    ['given_name', 'surname', 'suburb', 'postcode', 'state', 'date_of_birth', 'soc_sec_id'],
    ['sarah', 'bruhn', 'kellerberrin', '4510', 'vic', '19300213', '7535316'],
    ['jacob', 'lanyon', 'beaconsfield upper', '2602', 'vic', '19080712', '9497788'],
    ['lachlan', 'berry', 'dubbo', '2830', 'nsw', '19870504', '1848263'],
    ['deakin', 'sondergeld', 'aspley', '4034', 'qld', '19690826', '6191224'],
  ];

  it('is read as Australian: its postcodes and ID numbers are not held to China\'s rules', () => {
    const plan = planOf(FEBRL);
    expect(notes(plan)).toEqual([['locale.regionStates', { region: 'AU', states: 4 }]]);
    expect(plan.issues.filter((i) => ['postcode.invalid', 'idCard.invalid', 'id.invalid'].includes(i.code))).toEqual([]);
  });

  it('stays Chinese when the host asks for no guess', () => {
    const plan = planOf(FEBRL, { language: 'en' }, {});
    expect(plan.issues.filter((i) => i.code === 'postcode.invalid')).toHaveLength(4);
  });
});

describe('guessCurrency', () => {
  it.each<[string, string[], string | null, string | null]>([
    ['dollar amounts', ['$1,200', '$73,070', '$15'], null, 'USD'],
    ['dollars in an Australian sheet', ['$1,200', '$73,070', '$15'], 'AU', 'AUD'],
    ['yuan', ['¥1,200', '3000元', 'RMB 15'], 'US', 'CNY'],
    ['euros', ['€1.200', '15 €', 'EUR 3'], null, 'EUR'],
    ['plain numbers in a US sheet', ['1200', '73070', '15'], 'US', 'USD'],
    ['plain numbers and no region', ['1200', '73070', '15'], null, null],
    ['Hong Kong dollars, marked and bare (a beauty salon\'s packages)', ['HK$12,800', '$8,800', 'HK$ 3,500.00', 'HKD 15000', 'HK$1,200'], null, 'HKD'],
    ['ringgit', ['RM1,200.00', 'RM 350', 'RM8,800.50'], null, 'MYR'],
    ['patacas', ['MOP 3,000', 'MOP$1,200', '澳門元5000'], null, 'MOP'],
    ['Singapore dollars', ['S$1,200.00', 'S$ 8,800', 'S$12,000', '$350'], null, 'SGD'],
    ['rupees in lakhs', ['₹1,25,000', 'Rs. 12,500', 'INR 2,00,000'], null, 'INR'],
    ['yuan, RMB not taken for ringgit', ['RMB 1,200', 'RMB 300', 'RMB 15'], null, 'CNY'],
  ])('%s → %s', (_, amounts, region, currency) => {
    expect(guessCurrency(amounts, region)).toBe(currency);
  });
});

describe('headerCurrency', () => {
  it.each<[string, string | null]>([
    ['金额（美元）', 'USD'],
    ['Amount (USD)', 'USD'],
    ['成交金额(万元)', 'CNY'],
    ['金额(港元)', 'HKD'],
    ['合同金额（欧元）', 'EUR'],
    ['Revenue £', 'GBP'],
    ['消費(澳門元)', 'MOP'],
    ['消费(澳门元)', 'MOP'],
    ['學費(港幣)', 'HKD'],
    ['消费 (RM)', 'MYR'],
    ['Total Spend (S$)', 'SGD'],
    ['金額(新台幣)', 'TWD'],
    ['Total Purchase (₹)', 'INR'],
    ['Amount (Rs.)', 'INR'],
    ['Hrs', null],
    ['金额', null],
    ['Lifetime value', null],
  ])('%j → %s', (header, currency) => {
    expect(headerCurrency(header)).toBe(currency);
  });

  it('names the currency of a sheet whose settings leave it open, before any marker', () => {
    const plan = planOf([['姓名', '金额（美元）'], ['张伟', '1200'], ['李娜', '¥300'], ['王芳', '800']], {}, GUESS);
    expect(notes(plan)).toEqual([['locale.currency', { currency: 'USD' }], ['classify.currencyTiers', { currency: 'USD', high: '30,000', medium: '3,000', vip: '150,000' }]]);
  });
});

describe('a gender column written several ways', () => {
  it('is written the way most of it is, unless the settings say', () => {
    const sheet = [['姓名', '性别'], ['张伟', '男'], ['李娜', '女'], ['王五', '男性'], ['赵六', 'M'], ['陈静', '女士'], ['孙丽', '保密']];
    const plan = planOf(sheet, {}, {});
    expect([2, 3, 4, 5, 6, 7].map((r) => after(plan, r, '性别'))).toEqual([null, null, { kind: 'text', value: '男' }, { kind: 'text', value: '男' }, { kind: 'text', value: '女' }, null]);
    const english = planOf(sheet, { normalize: { skipFields: [], genderStyle: 'word' } }, {});
    expect(after(english, 2, '性别')).toEqual({ kind: 'text', value: 'Male' });
  });
});

describe('amount columns in the unit their header names (金额（万元）)', () => {
  it.each<[string, number]>([
    ['金额（万元）', 4], ['成交额(万)', 4], ['合同金额/万元', 4], ['合同额（亿元）', 8], ['金额（千万）', 7], ['销售额(百万)', 6], ['金额(千元)', 3],
    ['Revenue ($K)', 3], ['Amount (k)', 3], ['Sales (thousands)', 3], ["Sales ('000)", 3], ['Revenue (USD m)', 6], ['Revenue (millions)', 6],
    ['金额', 0], ['金额（元）', 0], ['Amount (USD)', 0], ['Lifetime value', 0], ['Revenue', 0],
  ])('%j → 10^%d', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });

  const SHEET = [['姓名', '合同额（万元）', '最近购买'], ['张伟', '12', '2024-11-01'], ['李娜', '0.3', '2024-11-01'], ['王芳', '50万', '2024-11-01']];

  it('keeps the sheet in its unit and says so: 50万 there is written 50, not 500000 (which would read 50 亿)', () => {
    const plan = planOf(SHEET, {}, {});
    // 0.3 keeps the decimal it was typed with (0.0); 50万's are the scale's.
    expect([2, 3, 4].map((r) => after(plan, r, '合同额（万元）'))).toEqual([{ kind: 'number', value: 12 }, { kind: 'number', value: 0.3, format: '0.0' }, { kind: 'number', value: 50 }]);
    expect(notes(plan)).toEqual([['amount.columnUnit', { header: '合同额（万元）', factor: 10000, example: '12万 → 12' }]]);
  });

  it('classifies by the amount in yuan: 12 万元 is a high-value customer, not ¥12', () => {
    const plan = planOf(SHEET, {}, {});
    expect(plan.classification.rows.map((r) => r.labels.tier)).toEqual(['high', 'low', 'high']);
  });

  it('reads plain amounts when the settings say amount.unit 0', () => {
    const plan = planOf(SHEET, { amount: { unit: 0 } }, {});
    expect(after(plan, 4, '合同额（万元）')).toEqual({ kind: 'number', value: 500000 });
    expect(plan.classification.rows.map((r) => r.labels.tier)).toEqual(['low', 'low', 'high']);
    expect(notes(plan)).toEqual([]);
  });
});

describe('a US sheet with no settings but the language', () => {
  it('is cleaned as a US sheet: numbers, dollars, month-first dates, ZIP codes', () => {
    const plan = planOf(US);
    expect(after(plan, 3, 'Phone')).toEqual({ kind: 'text', value: '(917) 549-4928' });
    expect(after(plan, 2, 'Lifetime value')).toEqual(expect.objectContaining({ kind: 'number', value: 1200 }));
    expect(after(plan, 3, 'Last contact')).toEqual({ kind: 'date', value: '2024-03-05' });
    expect(plan.issues.map((i) => i.code)).toEqual([]);
    expect(notes(plan)).toEqual([
      ['locale.region', { region: 'US', numbers: 4 }],
      ['locale.currency', { currency: 'USD' }],
      ['classify.currencyTiers', { currency: 'USD', high: '30,000', medium: '3,000', vip: '150,000' }],
      ['dates.columnMonthFirst', { headers: '"Last contact"', dates: 3, against: 0 }],
    ]);
  });

  it('gives the plan settings US settings would give', () => {
    const guessed = planOf(US);
    const set = planOf(US, { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' }, dates: { ambiguous: 'month-first' } }, {});
    expect(guessed.edits).toEqual(set.edits);
    expect(guessed.issues).toEqual(set.issues);
  });

  it('says nothing of a currency when the sheet has no amounts', () => {
    const plan = planOf(US.map((r) => r.filter((_, i) => i !== 3)));
    expect(notes(plan).map(([code]) => code)).toEqual(['locale.region', 'dates.columnMonthFirst']);
  });

  it('keeps what the user set: no guess, Chinese reading (and 03/05/2024 flagged when the column does not say)', () => {
    const plan = planOf(US, { language: 'en' }, {});
    expect(notes(plan).map(([code]) => code)).toEqual(['dates.columnMonthFirst']);
    expect(after(plan, 3, 'Phone')).not.toEqual({ kind: 'text', value: '(917) 549-4928' });
  });
});

describe('an English sheet of bare US numbers and no State column (a mailing-list export)', () => {
  const SHEET = [
    ['First Name', 'Last Name', 'Phone', 'Email', 'Zip'],
    ['James', 'Smith', '2125551000', 'james.smith@gmail.com', '10001'],
    ['Mary', 'Johnson', '4155551001', 'mary.johnson@gmail.com', '10008'],
    ['John', 'Williams', '6175551002', 'john.williams@gmail.com', '10015'],
    ['Elizabeth', 'Martinez', '2065551009', 'elizabeth.martinez@gmail.com', '10064'],
  ];

  it('is read as a US sheet: 2125551000 is (212) 555-1000, never the Shanghai landline 021-25551000', () => {
    const plan = planOf(SHEET);
    expect([2, 3, 4, 5].map((r) => after(plan, r, 'Phone'))).toEqual(['(212) 555-1000', '(415) 555-1001', '(617) 555-1002', '(206) 555-1009'].map((value) => ({ kind: 'text', value })));
    expect(plan.issues.map((i) => i.code)).toEqual([]);
    expect(notes(plan)).toEqual([['locale.region', { region: 'US', numbers: 4 }]]);
  });

  it('the same numbers under Chinese headers stay Chinese', () => {
    const plan = planOf([['姓名', '电话'], ['张伟', '2125551000'], ['李娜', '2162345678'], ['王芳', '2187654321']], {});
    expect(plan.problems.filter((p) => p.code.startsWith('locale.'))).toEqual([]);
    expect(after(plan, 2, '电话')).toEqual({ kind: 'text', value: '021-25551000' });
  });
});

describe('a Chinese sheet', () => {
  it('stays Chinese when the run may guess', () => {
    const plan = planOf(
      [
        ['姓名', '手机', '电话', '成交金额'],
        ['张伟', '138 1234 5678', '010-62345678', '¥12,000'],
        ['李娜', '+86 139 8765 4321', '', '3000元'],
        ['王芳', '13700001111', '(021)65432109', '1.2万'],
      ],
      {},
    );
    expect(plan.problems.filter((p) => p.code.startsWith('locale.'))).toEqual([]);
    expect(after(plan, 2, '手机')).toEqual({ kind: 'text', value: '13812345678' });
  });
});

describe('amount columns written with a decimal comma', () => {
  const sheet = (amounts: string[]) => [['Name', 'Amount'], ...amounts.map((a, i) => [`Customer ${i}`, a])];

  it('are read so when their amounts show it and none shows a decimal point', () => {
    const plan = planOf(sheet(['1.234,50 €', '12,00 €', '99,5', '€ 1 234,50', '15']), { language: 'en', amount: { currency: 'EUR' } }, {});
    // Each keeps the € it was typed with, where it was typed, in its format, and the decimal comma
    // as a German locale tag, which the next run on the cleaned sheet reads back (currency-format.ts).
    const euro = '[$-407]#,##0.00" €"';
    expect([2, 3, 4, 5, 6].map((r) => after(plan, r, 'Amount'))).toEqual([
      { kind: 'number', value: 1234.5, format: euro }, { kind: 'number', value: 12, format: euro }, { kind: 'number', value: 99.5, format: '[$-407]#,##0.0' },
      { kind: 'number', value: 1234.5, format: '[$-407]"€ "#,##0.00' }, { kind: 'number', value: 15, format: '[$-407]#,##0' },
    ]);
    expect(notes(plan)).toEqual([
      ['classify.currencyTiers', { currency: 'EUR', high: '20,000', medium: '2,000', vip: '100,000' }],
      ['amount.columnDecimalComma', { header: 'Amount', amounts: 4 }],
    ]);
  });

  it.each([
    ['a decimal point among them', ['1.234,50', '12,00', '99,5', '3456.5']],
    ['too few', ['12,00', '99,5']],
  ])('are left to the point with %s', (_, amounts) => {
    expect(notes(planOf(sheet(amounts), { language: 'en' }, {}))).toEqual([]);
  });

  // The sheet's region is the third piece of evidence: Germans write 1.234,50 (a German export of
  // three customers: +49 numbers, .de mails, amounts in €). € alone says no such thing: Ireland pays
  // in euros and writes €1,234.50.
  const contacts = (rows: [string, string, string][]) => [
    ['Name', 'Phone', 'Email', 'Amount (EUR)'],
    ...rows.map(([phone, mail, amount], i) => [`Kunde ${i}`, phone, mail, amount]),
  ];
  const german = (amounts: string[]) =>
    contacts(amounts.map((a, i) => [['+49 30 1234567', '+49 89 7654321', '+49 221 998877', '+49 40 5556677'][i], `kunde${i}@firma.de`, a]));

  it('two amounts with a decimal comma suffice in a sheet of a region that writes one, none with a point', () => {
    const plan = planOf(german(['1.234,50 €', '12,000 €', '12,5 €']), { language: 'en' });
    expect(notes(plan)).toContainEqual(['locale.region', { region: 'DE', numbers: 3 }]);
    expect(notes(plan)).toContainEqual(['amount.columnDecimalComma', { header: 'Amount (EUR)', amounts: 2 }]);
    expect(after(plan, 2, 'Amount (EUR)')).toMatchObject({ kind: 'number', value: 1234.5 });
    expect(after(plan, 4, 'Amount (EUR)')).toMatchObject({ kind: 'number', value: 12.5 });
    // 12,000 is twelve euros or twelve thousand: flagged and kept as typed, not guessed.
    expect(after(plan, 3, 'Amount (EUR)')).toBeNull();
    expect(plan.issues.filter((i) => i.sheetRow === 3 && i.field === 'amount').map((i) => i.code)).toEqual(['amount.ambiguousComma']);
  });

  it.each([
    ['one amount with a decimal comma, even in a German sheet', german(['1.234,50 €', '12,000 €', '1200 €'])],
    ['a decimal point among them, even in a German sheet', german(['1.234,50 €', '12,5 €', '99.5 €'])],
    ['two in a sheet of euros from Ireland, which writes a decimal point', contacts([
      ['+353 87 123 4567', 'a@firma.ie', '€1.234,50'], ['+353 86 765 4321', 'b@firma.ie', '€12,000'], ['+353 85 111 2222', 'c@firma.ie', '€12,5'],
    ])],
  ])('are left to the point with %s', (_, rows) => {
    expect(notes(planOf(rows, { language: 'en' })).map(([code]) => code)).not.toContain('amount.columnDecimalComma');
  });

  it('counts a number an earlier run wrote under a decimal-comma locale tag as typed with a decimal comma', () => {
    // The sheet a run wrote from 1.234,50 · 12,5 · 25.000,00 · 12,000: numbers tagged [$-407], and the 12,000 it flagged.
    const grid = gridOf([['Name', 'Amount'], ['Hans Müller', ''], ['Eva Schmidt', ''], ['Lea Braun', ''], ['Jan Weber', '12,000']]);
    [1234.5, 12.5, 25000].forEach((value, i) => (grid.cells[i + 1][1] = { kind: 'number', value, format: '[$-407]#,##0.00' }));
    const settings = resolveSettings({ language: 'en' });
    const out = settings.ok ? run(grid, { settings: settings.settings, today: '2027-02-22' }) : null;
    if (!out?.ok) throw new Error('no plan');
    const plan = out.plan;
    expect(notes(plan)).toContainEqual(['amount.columnDecimalComma', { header: 'Amount', amounts: 3 }]);
    expect(plan.issues.filter((i) => i.sheetRow === 5).map((i) => i.code)).toEqual(['amount.ambiguousComma']);
  });

  it('a decimal mark the user set wins', () => {
    const plan = planOf(sheet(['12,00', '99,5', '7,25']), { language: 'en', amount: { decimalSeparator: '.' } }, {});
    expect(notes(plan)).toEqual([]);
  });
});

describe('date columns read in the order their own dates show', () => {
  const sheet = (dates: string[]) => [['Name', 'Last contact'], ...dates.map((d, i) => [`Customer ${i}`, d])];

  it('month first when three or more dates can only be read so and none day first', () => {
    const plan = planOf(sheet(['05/13/2024', '06/21/2024', '07/30/2024', '03/05/2024']), { language: 'en' }, {});
    expect(after(plan, 5, 'Last contact')).toEqual({ kind: 'date', value: '2024-03-05' });
  });

  it('day first the other way round', () => {
    const plan = planOf(sheet(['13/05/2024', '21/06/2024', '30/07/2024', '03/05/2024']), { language: 'en' }, {});
    expect(after(plan, 5, 'Last contact')).toEqual({ kind: 'date', value: '2024-05-03' });
    expect(notes(plan)).toEqual([['dates.columnDayFirst', { headers: '"Last contact"', dates: 3, against: 0 }]]);
  });

  it('month first still with a typo the other way among many (13/05 in a column of US dates)', () => {
    const us = Array.from({ length: 60 }, (_, i) => `${(i % 12) + 1}/${13 + (i % 15)}/2024`);
    const plan = planOf(sheet([...us, '13/05/2024', '03/05/2024']), { language: 'en' }, {});
    expect(after(plan, 63, 'Last contact')).toEqual({ kind: 'date', value: '2024-03-05' });
    expect(notes(plan)).toEqual([['dates.columnMonthFirst', { headers: '"Last contact"', dates: 60, against: 1 }]]);
  });

  it.each([
    ['both orders in one column (two people typing)', ['05/13/2024', '06/21/2024', '07/30/2024', '13/05/2024', '03/05/2024']],
    ['too little evidence', ['05/13/2024', '06/21/2024', '03/05/2024']],
  ])('still flags 03/05/2024 with %s', (_, dates) => {
    const plan = planOf(sheet(dates), { language: 'en' }, {});
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow)).toEqual([dates.length + 1]);
    expect(notes(plan)).toEqual([]);
  });

  it('says it once for all the columns read in one order, in the sheet\'s language', () => {
    const plan = planOf(
      [['姓名', '生日', '最近联系'], ...['05/13/1990', '06/21/1985', '07/30/1979', '03/05/1988'].map((d, i) => [`客户${i}`, d, d.replace(/\d{4}$/, '2024')])],
      {},
      {},
    );
    expect(notes(plan)).toEqual([['dates.columnMonthFirst', { headers: '“生日”、“最近联系”', dates: 6, against: 0 }]]);
  });

  it('a column too short to tell takes the order all the date columns show together (a CRM export)', () => {
    const plan = planOf(
      [
        ['First Name', 'Last Name', 'Birthdate', 'Created Date', 'Last Activity'],
        ['John', 'Smith', '3/7/1980', '1/15/2023', '3/1/2024'],
        ['Mary', 'Jones', '12/25/1975', '2/1/2023', ''],
        ['Ann', 'Lee', '03/07/1980', '1/20/2023', '2/28/2024'],
      ],
      { language: 'en' },
      {},
    );
    expect(after(plan, 2, 'Birthdate')).toEqual({ kind: 'date', value: '1980-03-07' });
    expect(after(plan, 3, 'Created Date')).toEqual({ kind: 'date', value: '2023-02-01' });
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous')).toEqual([]);
    expect(notes(plan)).toEqual([['dates.sheetMonthFirst', { headers: '"Birthdate", "Created Date", "Last Activity"', dates: 4, against: 0 }]]);
  });

  it('a column of dates that could be read either way is said to follow the sheet\'s date columns, with the sheet\'s counts, not its own 0 and 0', () => {
    // A Canadian shop's list: the birthdays 03/12/1982, 05/12/1975 could be either; the purchases and contract ends cannot.
    const plan = planOf(
      [
        ['First Name', 'Last Name', 'Birthday', 'Last Purchase', 'Contract End'],
        ['Marie-Claude', 'Tremblay', '03/12/1982', '20/11/2026', '31/12/2026'],
        ['Jean-François', 'Côté', '05/12/1975', '15/10/2026', '31/03/2027'],
        ['Sarah', 'Thompson', '07/12/1990', '25/09/2026', '30/06/2027'],
      ],
      { language: 'en' },
      {},
    );
    expect(after(plan, 2, 'Birthday')).toEqual({ kind: 'date', value: '1982-12-03' });
    expect(notes(plan)).toEqual([['dates.sheetDayFirst', { headers: '"Birthday"', dates: 6, against: 0 }]]);
  });

  it('but not a column whose own dates go the other way', () => {
    // 60 US dates in one column settle the sheet's order; the birthdays were typed day first.
    const us = Array.from({ length: 60 }, (_, i) => `${(i % 12) + 1}/${13 + (i % 15)}/2024`);
    const rows = us.map((d, i) => [`Customer ${i}`, i === 0 ? '13/05/1980' : i === 1 ? '03/05/1981' : '', d]);
    const plan = planOf([['Name', 'Birthday', 'Last contact'], ...rows], { language: 'en' }, {});
    expect(after(plan, 2, 'Last contact')).toEqual({ kind: 'date', value: '2024-01-13' });
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow)).toEqual([3]);
  });

  it('an order the user chose wins over the column', () => {
    const plan = planOf(sheet(['05/13/2024', '06/21/2024', '07/30/2024', '03/05/2024']), { language: 'en', dates: { ambiguous: 'day-first' } }, {});
    expect(after(plan, 5, 'Last contact')).toEqual({ kind: 'date', value: '2024-05-03' });
    expect(notes(plan)).toEqual([]);
  });
});

describe('dates no date of the sheet tells: read as the sheet\'s region writes them', () => {
  // A HubSpot export: every Create Date could be either; the phones make it American.
  const export_ = (created: string[], phones = ['(646) 743-7902', '917.549.4928', '212-555-0147']) => [
    ['First Name', 'Last Name', 'Phone Number', 'Create Date'],
    ...created.map((d, i) => [`Name${i}`, 'Smith', phones[i % phones.length], d]),
  ];

  it('month first in a US sheet, said in its own note', () => {
    const plan = planOf(export_(['01/05/2023', '10/01/2024', '02/10/2024']));
    expect(after(plan, 2, 'Create Date')).toEqual({ kind: 'date', value: '2023-01-05' });
    expect(after(plan, 3, 'Create Date')).toEqual({ kind: 'date', value: '2024-10-01' });
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous')).toEqual([]);
    expect(notes(plan)).toContainEqual(['dates.regionMonthFirst', { headers: '"Create Date"', dates: 3, region: 'US' }]);
  });

  it('day first in a British sheet (the settings name the region)', () => {
    const plan = planOf(export_(['01/05/2023', '10/01/2024'], ['020 7946 0958']), { language: 'en', phone: { defaultRegion: 'GB' } }, {});
    expect(after(plan, 2, 'Create Date')).toEqual({ kind: 'date', value: '2023-05-01' });
    expect(notes(plan)).toContainEqual(['dates.regionDayFirst', { headers: '"Create Date"', dates: 2, region: 'GB' }]);
  });

  it('not where a date of the sheet is written the other way: then they stay flagged', () => {
    const plan = planOf(export_(['01/05/2023', '25/01/2024', '02/10/2024']));
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow)).toEqual([2, 4]);
  });

  it('not in a Chinese sheet, which writes year first', () => {
    const plan = planOf([['姓名', '手机', '最近联系'], ['张伟', '13812345678', '03/05/2024']], {}, {});
    expect(plan.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow)).toEqual([2]);
  });
});

describe('reading conventions never fails on what a cell may hold', () => {
  it('guessRegion and guessCurrency take any texts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[+(]?\d[\d ()+.-]{4,16}$/)), { maxLength: 30 }), (texts) => {
        const region = guessRegion(texts);
        expect(region === null || /^[A-Z]{2}$/.test(region.region)).toBe(true);
        const placed = guessRegionFromStates(texts);
        expect(placed === null || /^[A-Z]{2}$/.test(placed.region)).toBe(true);
        const currency = guessCurrency(texts, region?.region ?? null);
        expect(currency === null || /^[A-Z]{3}$/.test(currency)).toBe(true);
      }),
      { seed: 23, numRuns: 300 },
    );
  });
});
