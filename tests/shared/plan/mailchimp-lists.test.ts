/**
 * A small US Mailchimp audience with a subscriber or two abroad (h49): three numbers written the North
 * American way, a British 07911 123456 and one +91 number. The North American numbers are no evidence
 * for India (217-414-7788 is also a valid Indian landline once read as 0217 414 7788, but nobody in
 * India writes it so): the list is read as a US one, and the British number is not rewritten into an
 * Indian one. Mailchimp's CC is each subscriber's country as his network shows it: no address, but
 * where a number the sheet's rules cannot read belongs.
 */
import type { Plan } from '../../../shared';
import { guessRegion } from '../../../shared/plan/sheet-locale';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const notes = (p: Plan) => p.problems.filter((x) => x.severity === 'info').map((x) => [x.code, x.params]);
const issuesOf = (p: Plan, header: string) => {
  const col = p.columns.find((c) => c.header === header)!.col;
  return p.issues.filter((i) => i.col === col).map((i) => [i.sheetRow, i.code]);
};

// The tester's mailchimp_realphones.csv, its columns as Mailchimp writes them (a few left out).
const AUDIENCE = [
  ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME', 'GMTOFF', 'DSTOFF', 'TIMEZONE', 'CC', 'REGION', 'LAST_CHANGED', 'TAGS'],
  ['john.smith@gmail.com', 'John', 'Smith', '42 Maple Ave  Springfield IL 62704 US', '217-414-7788', '07/04', '4', '2021-03-14 15:22:11', '-6', '-5', 'America/Chicago', 'US', 'IL', '2025-05-28 19:05:00', '"VIP","Wholesale"'],
  ['mary.smith77@yahoo.com', 'Mary', 'Smith', '42 Maple Ave  Springfield IL 62704 US', '(217) 414-7788', '06/13', '3', '2022-11-02 08:00:00', '', '', '', 'US', '', '2025-05-20 12:45:00', ''],
  ['chloe.tremblay@videotron.ca', 'Chloé', 'Tremblay', '1234 Rue Saint-Denis App 3 Montréal QC H2X 3J6 CA', '514.842.3301', '12/25', '2', '2023-01-05 10:00:00', '', '', 'America/Toronto', 'CA', 'QC', '2024-02-01 09:00:00', ''],
  ['jobrien@btinternet.com', 'James', 'O\'Brien', '14 Church Lane  Guildford  GU1 3AA GB', '07911 123456', '02/29', '1', '2019-06-01 11:11:11', '', '', 'Europe/London', 'GB', '', '2019-06-01 11:11:11', '"UK"'],
  ['priya.sharma@gmail.com', 'Priya', 'Sharma', '', '+91 98765 43210', '06/11', '5', '2024-06-11 00:30:00', '', '', 'Asia/Kolkata', 'IN', '', '2025-06-01 10:00:00', ''],
  ['tom@acmebakery.com', 'Tom', 'Baker', '', '', '1985-06-12', '3', '2020-01-01 00:00:00', '', '', '', 'US', '', '2020-01-01 00:00:00', ''],
];

describe('the numbers of a small US list with a British and an Indian subscriber', () => {
  it('are North American: numbers written 217-414-7788, (217) 414-7788 and 514.842.3301 are no Indian ones', () => {
    expect(guessRegion(['217-414-7788', '(217) 414-7788', '514.842.3301', '07911 123456', '+91 98765 43210'], { englishHeaders: true })?.region).toBe('US');
  });

  it('as a list of Indian numbers written India\'s way with one +91 among them is still India\'s', () => {
    expect(guessRegion(['98765 43210', '98202 12345', '99870 54321', '+91 98111 22233'], { englishHeaders: true })?.region).toBe('IN');
  });
});

describe('the tester\'s Mailchimp audience export (mailchimp_realphones.csv)', () => {
  const p = planOf(AUDIENCE);

  it('is read as a US list, not an Indian one', () => {
    expect(notes(p).find(([code]) => code === 'locale.region')).toEqual(['locale.region', { region: 'US', numbers: 3 }]);
  });

  it('leaves the North American numbers valid, and reads James\'s 07911 123456 by his CC (GB): a British mobile, never 079 1112 3456', () => {
    expect(after(p, 2, 'Phone Number')).toEqual({ kind: 'text', value: '(217) 414-7788' });
    expect(after(p, 4, 'Phone Number')).toEqual({ kind: 'text', value: '(514) 842-3301' });
    expect(after(p, 5, 'Phone Number')).toEqual({ kind: 'text', value: '+44 7911 123456' });
    expect(issuesOf(p, 'Phone Number')).toEqual([]);
  });

  it('keeps CC and REGION as no country or province of the customer\'s: where his network was is no address', () => {
    expect(p.columns.find((c) => c.header === 'CC')?.field).toBeNull();
    expect(p.columns.find((c) => c.header === 'REGION')?.field).toBeNull();
  });

  it('a number valid in the sheet\'s country stays the sheet\'s, whatever CC says (a VPN, Apple\'s mail proxy, an imported contact\'s default)', () => {
    const vpn = AUDIENCE.map((row, i) => (i === 1 ? row.map((v, c) => (c === 11 ? 'IN' : v)) : row));
    const q = planOf(vpn);
    expect(after(q, 2, 'Phone Number')).toEqual({ kind: 'text', value: '(217) 414-7788' });
    expect(issuesOf(q, 'Phone Number')).toEqual([]);
  });
});

describe('a list exported with a bare CC column of country codes (no Mailchimp geo-IP columns)', () => {
  const LIST = [
    ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'CC'],
    ['u0@example.com', 'Ann', 'Lee', '(217) 414-7788', 'US'],
    ['u1@example.com', 'Bob', 'Hart', '312-842-1190', 'US'],
    ['u2@example.com', 'Cal', 'Ruiz', '(773) 201-5532', 'US'],
    ['u3@example.com', 'Dee', 'Park', '415.867.2231', 'US'],
    ['uk@example.com', 'James', 'O\'Brien', '07911 123456', 'GB'],
    ['in@example.com', 'Priya', 'Sharma', '+91 98765 43210', 'IN'],
  ];

  it('reads CC as the country column: the British row\'s number is British', () => {
    const p = planOf(LIST);
    expect(p.columns.find((c) => c.header === 'CC')?.field).toBe('country');
    expect(after(p, 6, 'Phone Number')).toEqual({ kind: 'text', value: '+44 7911 123456' });
    expect(issuesOf(p, 'Phone Number')).toEqual([]);
  });

  it('but a CC column of e-mail addresses (a carbon copy) is no country', () => {
    const cc = LIST.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), i % 2 === 0 ? 'sales@example.com' : '']));
    expect(planOf(cc).columns.find((c) => c.header === 'CC')?.field).not.toBe('country');
  });
});
