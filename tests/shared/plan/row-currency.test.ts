/**
 * A UK team's customer list with a Country column, each amount typed in the row's own money: £ on the
 * British rows, $ on the American ones, NZ$ on the New Zealand ones, a Québec 1 250,00 $, and a bare
 * 1800 on one more British row. The row's country says what a bare amount or a bare $ is in. Amounts
 * become numbers in their own currency (the cell keeps its marker); the tiers count the currency most
 * rows are in and leave the other rows out, never adding pounds to dollars, and the note says which
 * currency they count and how many rows they leave out, in both languages.
 */
import type { Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], settings: object = { language: 'en' }): Plan => plan(rows, settings, GUESS);
const tierOf = (p: Plan, row: number) => p.classification.rows.find((r) => r.sheetRow === row)?.labels.tier;

const CLIENTS = [
  ['Name', 'Country', 'Phone', 'Account Manager', 'Last Order', 'Annual Value'],
  ['Oliver Hughes', 'UK', '+44 7700 900101', 'Sophie Allen', '2024-11-02', '£1,200'], // r2
  ['George Evans', 'UK', '+44 7700 900102', 'Sophie Allen', '2024-11-03', '£22,500'], // r3: high in pounds (from 20,000)
  ['Charlotte Reid', 'UK', '+44 7700 900123', 'Ryan Brooks', '2024-11-28', '1800'], // r4: bare, a British row's pounds
  ['Amelia Wood', 'United Kingdom', '+44 7700 900104', 'Sophie Allen', '2024-11-05', '£2,600'], // r5
  ['Brandon Miller', 'US', '+1 212 555 0100', 'Ryan Brooks', '2024-11-02', '$2,400'], // r6
  ['Jason Park', 'USA', '+1 646 555 0199', 'Ryan Brooks', '2024-11-28', '$31,000'], // r7: dollars, not counted in pounds
  ['Emma Brown', 'US', '+1 212 555 0456', 'Ryan Brooks', '2024-11-25', '3600'], // r8: bare, an American row's dollars
  ['Aroha Ngata', 'NZ', '+64 21 555 0100', 'Sophie Allen', '2024-11-03', 'NZ$900'], // r9
  ['William Tane', 'New Zealand', '+64 21 555 0777', 'Sophie Allen', '2024-06-01', 'NZ$1,100'], // r10
  ['Émilie Tremblay', 'CA', '+1 514 555 0200', 'Ryan Brooks', '2024-11-10', '1 250,00 $'], // r11: Canadian dollars
];

describe('a list whose amounts are each in the row\'s own currency', () => {
  const p = planOf(CLIENTS);

  it.each<[number, number, string]>([
    [2, 1200, '£'], [3, 22500, '£'], [6, 2400, '$'], [7, 31000, '$'], [9, 900, 'NZ$'], [10, 1100, 'NZ$'], [11, 1250, '$'],
  ])('row %d becomes the number %d, its cell still showing %s', (row, value, marker) => {
    expect(after(p, row, 'Annual Value')).toEqual(expect.objectContaining({ kind: 'number', value, format: expect.stringContaining(marker) }));
  });

  it('reads no amount as another currency than its row\'s, nor as reading two ways', () => {
    expect(p.issues.filter((i) => i.code === 'amount.foreignCurrency' || i.code === 'amount.ambiguousComma')).toEqual([]);
  });

  it('counts the pounds in the tiers, the bare British 1800 among them, and no other currency', () => {
    expect(tierOf(p, 3)).toBe('high'); // £22,500 ≥ £20,000
    expect(tierOf(p, 4)).toBe('low'); // 1800 pounds < £2,000
    expect(p.classification.rows.find((r) => r.sheetRow === 7)?.reasons.map((x) => t('en', x.code, x.params)).join('; ')).toMatch(/in another currency than the one the tiers count/);
    expect(tierOf(p, 5)).toBe('medium');
    // $31,000 is no £31,000: left out, as every dollar and NZ dollar row is.
    for (const row of [6, 7, 8, 9, 10, 11]) expect(tierOf(p, row)).toBe('unknown');
  });

  it('says which currency the tiers count and how many rows in other currencies they leave out, in both languages', () => {
    const note = p.problems.find((x) => x.code === 'locale.currencyByRow');
    expect(note?.params).toEqual(expect.objectContaining({ currency: 'GBP', header: 'Country', count: 4, others: 6, currencies: 'GBP 4, USD 3, NZD 2, CAD 1' }));
    expect(p.problems.map((x) => x.code)).not.toContain('locale.currencyMixed');
    expect(t('en', note!.code, note!.params)).toMatch(/count GBP only.*the 6 rows in other currencies/);
    expect(t('zh-CN', note!.code, note!.params)).toMatch(/只计 GBP.*其他币种的 6 行/);
  });
});

describe('a US company billing its foreign customers in dollars', () => {
  it('reads every amount in dollars: the markers do not follow the rows\' countries', () => {
    const SAAS = [
      ['Name', 'Country', 'Phone', 'Owner', 'ARR'],
      ['Lena Fischer', 'Germany', '+49 30 1234567', 'Kim Lee', '$12,000'],
      ['Paul Martin', 'France', '+33 1 42 68 53 00', 'Kim Lee', '$8,400'],
      ['Oliver Hughes', 'UK', '+44 20 7946 0958', 'Kim Lee', '$5,000'],
      ['Jason Park', 'US', '+1 646 555 0199', 'Kim Lee', '$31,000'],
    ];
    const p = planOf(SAAS);
    expect(p.problems.map((x) => x.code)).not.toContain('locale.currencyByRow');
    expect(tierOf(p, 2)).not.toBe('unknown');
  });
});
