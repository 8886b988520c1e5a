/**
 * A currency in brackets after an amount word (Spend (MOP), 消費(澳門元), Total (RM), Spend (S$)) names
 * the amount column and the currency it is in (tester h76 #3: a Macau member list's Spend (MOP) went
 * unread, and a MOP 128,000 VIP had no tier). Each market's marks, in the header and in the cells.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const GUESS = { guess: { region: true, currency: true } } as const;
const fieldOf = (p: Plan, header: string) => p.columns.find((c) => c.header === header)?.field ?? null;
const tiers = (p: Plan) => p.classification.rows.map((r) => r.labels.tier);
const localeCurrency = (p: Plan) => p.problems.find((x) => x.code === 'locale.currency')?.params?.currency;

describe('a Macau member list headed Spend (MOP)', () => {
  const p = planOf([
    ['Name 姓名', 'Mobile 手機', 'Last Visit 最近消費', 'Spend (MOP)', 'Staff 負責同事'],
    ['Chan Tai Man', '+853 6612 3456', '2026-11-01', 'MOP 288,000', 'Ada'],
    ['Ho Sio Lan', '6688 1234', '2026-10-10', 'MOP$18,000', 'Kelvin'],
    ['Leong Ka Wai', '6234 5678', '2026-09-01', '3,200', 'Ada'],
  ], {}, GUESS);

  it('reads Spend (MOP) as the amount, in patacas, and tiers every member', () => {
    expect(fieldOf(p, 'Spend (MOP)')).toBe('amount');
    expect(localeCurrency(p)).toBe('MOP');
    expect(tiers(p)).toEqual(['high', 'medium', 'low']);
    expect(p.issues.filter((i) => i.code.startsWith('amount.'))).toEqual([]);
  });
});

describe('each market\'s currency, in the header and on the cells', () => {
  it.each<[string, string, string, string, string]>([
    ['Hong Kong', 'Spend (HK$)', '+852 9123 4567', 'HK$1,200', 'HKD'],
    ['Macau', 'Spend (MOP$)', '+853 6612 3456', 'MOP$1,200', 'MOP'],
    ['Taiwan', 'Spend (NT$)', '+886 912 345 678', 'NT$1,200', 'TWD'],
    ['Malaysia', 'Spend (RM)', '+60 12-345 6789', 'RM1,200', 'MYR'],
    ['Malaysia, by code', 'Spend (MYR)', '+60 12-345 6789', 'MYR 1,200', 'MYR'],
    ['Singapore', 'Spend (S$)', '+65 9123 4567', 'S$1,200', 'SGD'],
    ['Singapore, by code', 'Spend (SGD)', '+65 9123 4567', 'SGD 1,200', 'SGD'],
  ])('%s: %s over %s', (_, header, phone, typed, currency) => {
    const p = planOf([['Name', 'Mobile', header], ['Lee Mei Ling', phone, typed], ['Tan Ah Kow', phone.replace(/\d$/, '8'), '800']], {}, GUESS);
    expect(fieldOf(p, header)).toBe('amount');
    expect(localeCurrency(p)).toBe(currency);
    expect(p.issues.filter((i) => i.code.startsWith('amount.'))).toEqual([]);
  });
});
