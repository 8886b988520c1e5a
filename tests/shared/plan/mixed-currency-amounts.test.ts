/**
 * An amount column typed by several countries' hands: a Québec row's 1 250,00 $ tells its own
 * decimal comma and is read so, but says nothing of a New York row's $2,000 (two thousand: nobody
 * writes $2.00 so) or a London row's £1,800. Amounts marked with another currency than the one the
 * sheet is read in are no tier's, and the note says how many and which, not that the sheet shows
 * one currency; each becomes a number in its own currency, counted in no tier. A sheet whose every row names its country is not told that rows naming none are read
 * as from somewhere.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][]): Plan => plan(rows, { language: 'en' }, GUESS);
const num = (value: number) => expect.objectContaining({ kind: 'number', value });
const codesOf = (p: Plan, row: number) => p.issues.filter((i) => i.sheetRow === row).map((i) => i.code);

// A subscription box's customer list: New York, Montréal and London rows.
const BOXES = [
  ['Name', 'Country', 'Phone', 'Email', 'Account Manager', 'Annual Value'],
  ['Brandon Miller', 'US', '(212) 555-0100', 'brandon.miller@aol.com', 'Ryan Brooks', '$2,000'],
  ['Megan Clark', 'US', '(212) 555-0114', 'megan.clark@aol.com', 'Ryan Brooks', '$3,600'],
  ['Dylan Scott', 'US', '(646) 555-0142', 'dylan.scott@gmail.com', 'Ryan Brooks', '$12,500'],
  ['Tyler Davis', 'US', '(718) 555-0107', 'tyler.davis@gmail.com', 'Ryan Brooks', '$950'],
  ['Émilie Tremblay', 'CA', '(514) 555-0200', 'emilie@videotron.ca', 'Ryan Brooks', '1 250,00 $'],
  ['Marc Gagnon', 'CA', '(514) 555-0209', 'marc@videotron.ca', 'Ryan Brooks', '2 400,00 $'],
  ['Chloé Roy', 'CA', '(514) 555-0218', 'chloe@videotron.ca', 'Ryan Brooks', '1 100,50 $'],
  ['Oliver Hughes', 'UK', '+44 7700 910001', 'oliver.hughes@btinternet.com', 'Sophie Allen', '£1,800'],
];

describe('a US, Québec and UK list whose amounts are typed each country\'s way', () => {
  const p = planOf(BOXES);

  it.each<[number, number, string]>([
    [2, 2000, '$2,000 is two thousand dollars, not 2.00'],
    [3, 3600, '$3,600 likewise'],
    [4, 12500, 'and $12,500'],
    [6, 1250, 'a Québec 1 250,00 $ tells its own decimal comma'],
    [8, 1100.5, 'and 1 100,50 $'],
  ])('row %d reads %d: %s', (row, value) => {
    expect(after(p, row, 'Annual Value')).toEqual(num(value));
  });

  it('flags no amount as reading two ways, and reads the column with the point', () => {
    expect(p.issues.filter((i) => i.code === 'amount.ambiguousComma')).toEqual([]);
    expect(p.problems.some((x) => x.code === 'amount.columnDecimalComma')).toBe(false);
  });

  it('makes the London row\'s £1,800 the number 1800 in pounds, its cell still showing £, and counts it in no tier', () => {
    expect(after(p, 9, 'Annual Value')).toEqual(expect.objectContaining({ kind: 'number', value: 1800, format: expect.stringContaining('£') }));
    expect(codesOf(p, 9)).toContain('amount.foreignCurrency');
    expect(p.classification.rows.find((r) => r.sheetRow === 9)?.labels.tier).toBe('unknown');
  });

  it('says the sheet is read in dollars and how many amounts are in another currency, not that it shows one currency', () => {
    expect(p.problems.find((x) => x.code.startsWith('locale.currency'))).toEqual(expect.objectContaining({
      code: 'locale.currencyMixed', params: { currency: 'USD', count: 7, amounts: 8, others: 1, currencies: 'GBP 1' },
    }));
  });

  it('says every row is read by its own country, never that rows naming none are read as from the US', () => {
    const codes = p.problems.map((x) => x.code);
    expect(codes).toContain('locale.regionCountriesEvery');
    expect(codes).not.toContain('locale.regionCountriesMost');
  });
});

describe('a French list written with decimal commas throughout', () => {
  it('still reads the column with the comma: its 850,00 € is 850', () => {
    const FR = [
      ['Nom', 'Prénom', 'Portable', 'Email', 'Chiffre d\'affaires'],
      ['Dubois', 'Camille', '06 12 34 56 78', 'camille.dubois@orange.fr', '1 250,00 €'],
      ['Martin', 'Léa', '06 23 45 67 89', 'lea.martin@free.fr', '850,00 €'],
      ['Bernard', 'Hugo', '06 34 56 78 90', 'hugo.bernard@gmail.com', '12 400,50 €'],
      ['Petit', 'Chloé', '06 45 67 89 01', 'chloe.petit@orange.fr', '640,00 €'],
      ['Durand', 'Louis', '06 56 78 90 12', 'louis.durand@sfr.fr', '99,90 €'],
    ];
    const p = planOf(FR);
    expect(after(p, 3, 'Chiffre d\'affaires')).toEqual(num(850));
    expect(after(p, 2, 'Chiffre d\'affaires')).toEqual(num(1250));
  });
});
