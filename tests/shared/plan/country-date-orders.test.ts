/**
 * A sheet typed by a team with customers in several countries, each row's dates written as its
 * country writes them (a London office's 05/12/2024 is 5 December, a New York one's is May 12), with
 * a Country column: where a date column's own dates set no order, a date that reads either way is
 * read in its row's country's order. Canada writes both ways: its rows get an order only from their
 * own dates. An export whose dates all follow one order (a CRM writes every date in its user's
 * locale, whatever the contact's country) is read in that order, as before.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][]): Plan => plan(rows, { language: 'en' }, GUESS);
const date = (value: string) => ({ kind: 'date', value });
const flagged = (p: Plan, row: number) => p.issues.filter((i) => i.sheetRow === row && i.code === 'date.ambiguous').map((i) => i.params?.value);

// A software reseller's renewals list, typed by its London and New York desks.
const RESELLER = [
  ['Customer', 'Country', 'Phone', 'Email', 'Date of Birth', 'Renewal Date', 'Account Manager'],
  ['Oliver Hughes', 'UK', '07700 910001', 'oliver.hughes@btinternet.com', '14/02/1980', '13/03/2025', 'Sophie Allen'],
  ['Amelia Wood', 'UK', '07700 910002', 'amelia.wood@btinternet.com', '23/07/1983', '05/12/2024', 'Sophie Allen'],
  ['Harry Walsh', 'United Kingdom', '07700 910003', 'h.walsh@gmail.com', '03/12/1984', '21/06/2025', 'Sophie Allen'],
  ['Brandon Miller', 'US', '(212) 555-0100', 'brandon.miller@aol.com', '01/13/1970', '04/13/2025', 'Ryan Brooks'],
  ['Megan Clark', 'USA', '(212) 555-0114', 'megan.clark@aol.com', '08/20/1977', '12/05/2024', 'Ryan Brooks'],
  ['Dylan Scott', 'US', '(646) 555-0142', 'dylan.scott@gmail.com', '12/03/1984', '06/21/2025', 'Ryan Brooks'],
  ['Aroha Ngata', 'New Zealand', '021 555 0100', 'aroha@xtra.co.nz', '07/12/1979', '10/12/2024', 'Sophie Allen'],
  ['Chloé Roy', 'Canada', '(514) 555-0218', 'chloe.roy@videotron.ca', '04/05/1980', '2025-06-12', 'Ryan Brooks'],
];

describe('a renewals list whose London and New York desks write dates as their countries do', () => {
  const p = planOf(RESELLER);

  it.each<[number, string, string, string]>([
    [3, 'Renewal Date', '2024-12-05', 'a UK row\'s 05/12/2024 is 5 December'],
    [6, 'Renewal Date', '2024-12-05', 'a US row\'s 12/05/2024 is December 5 too'],
    [4, 'Date of Birth', '1984-12-03', 'a UK birthday 03/12/1984 is 3 December'],
    [7, 'Date of Birth', '1984-12-03', 'a US birthday 12/03/1984 is December 3'],
    [8, 'Date of Birth', '1979-12-07', 'a New Zealand row, whose own dates tell nothing, is read as New Zealand writes: day first'],
    [8, 'Renewal Date', '2024-12-10', 'and its renewal 10/12/2024 is 10 December'],
  ])('row %d, %s → %s: %s', (row, header, value) => {
    expect(after(p, row, header)).toEqual(date(value));
  });

  it('leaves a Canadian row\'s 04/05/1980 as typed and flagged: Canada writes dates both ways', () => {
    expect(after(p, 9, 'Date of Birth')).toBeNull();
    expect(flagged(p, 9)).toEqual(['04/05/1980']);
  });

  it('says how many dates a reminder reads were left unread: the Canadian birthday, whose reminder cannot be worked out', () => {
    expect(p.problems.find((x) => x.code === 'remind.datesUnread')?.params).toEqual({ count: 1, fieldList: 'birthday' });
  });

  it('flags no date of a UK, US or New Zealand row', () => {
    expect([2, 3, 4, 5, 6, 7, 8].flatMap((row) => flagged(p, row))).toEqual([]);
  });

  it('says once which columns were read by each row\'s country, and in which order', () => {
    const note = p.problems.find((x) => x.code === 'dates.rowCountryOrder');
    expect(note?.params).toEqual({ headers: '"Date of Birth", "Renewal Date"', dayFirstRegions: 'GB,NZ', monthFirstRegions: 'US', column: 'Country' });
  });

  it('reminds both renewals due on 5 December, and the New Zealand customer\'s of 10 December', () => {
    const due = p.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.due]);
    expect(due).toEqual(expect.arrayContaining([[3, '2024-12-05'], [6, '2024-12-05'], [8, '2024-12-10']]));
  });
});

describe('when the sheet does not write its dates by country', () => {
  it('reads an export whose dates are all month first in that order, a UK row\'s too', () => {
    const EXPORT = [
      ['First Name', 'Last Name', 'Country', 'Email', 'Birthdate', 'Created Date'],
      ['Emily', 'Carter', 'United States', 'emily.carter@gmail.com', '12/25/1975', '01/15/2023'],
      ['James', 'Whitfield', 'United Kingdom', 'james.whitfield@outlook.co.uk', '03/07/1980', '02/20/2023'],
      ['Noah', 'Davis', 'United States', 'noah.davis@gmail.com', '07/30/1988', '03/17/2023'],
      ['Grace', 'Lee', 'United States', 'grace.lee@gmail.com', '05/04/1990', '04/22/2023'],
    ];
    const p = planOf(EXPORT);
    expect(after(p, 3, 'Birthdate')).toEqual(date('1980-03-07'));
    expect(p.problems.some((x) => x.code === 'dates.rowCountryOrder')).toBe(false);
  });

  it('keeps a column whose own dates show an order in that order, beside columns read by country', () => {
    const OWN = RESELLER.map((r, i) => (i === 0 ? [...r, 'Last Order'] : [...r, ['15/01/2020', '20/02/2021', '25/03/2022', '10/04/2023', '05/06/2023', '11/07/2023', '18/08/2023', '22/09/2023'][i - 1]]));
    OWN[5][7] = '04/05/2023';
    const p = planOf(OWN);
    // The Last Order column writes day first throughout: its US row's 04/05/2023 is 4 May, as its column's.
    expect(after(p, 6, 'Last Order')).toEqual(date('2023-05-04'));
    expect(after(p, 6, 'Renewal Date')).toEqual(date('2024-12-05'));
  });
});
