/**
 * Value tiers and the VIP rule in the sheet's own currency. The defaults (high from 100,000, medium
 * from 10,000, VIP from 500,000) were set for yuan: a Jaipur trader's ₹3,40,000 customer is no
 * top customer, a London plumber's £25,000 one is. Where the settings name no amounts, a sheet in
 * another currency is classed by that currency's defaults, and a note says which.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { TIER_AMOUNTS } from '../../../shared/classify/currency-tiers';
import { gridOf, planOf, TODAY } from './helpers';

const tiers = (p: Plan) => p.classification.rows.map((r) => r.labels.tier);
const vips = (p: Plan) => p.classification.rows.map((r) => r.labels.vip === 'vip');
const tierNotes = (p: Plan) => p.problems.filter((x) => x.code.startsWith('classify.currency') || x.code === 'classify.yuanTiers').map((x) => [x.code, x.params]);

const INDIA = [
  ['Party Name', 'Mobile No', 'Amount'],
  ['R. K. Sharma', '+91 98765 43210', '₹3,40,000'],
  ['Priya Iyer', '+91 98400 12345', '1.2 Cr'],
  ['Mohammed Irfan', '+91 98111 22233', '₹75,500'],
  ['Anjali Deshmukh', '+91 88887 77766', '₹5,000'],
];

describe('a rupee sheet with no tiers of its own', () => {
  const p = planOf(INDIA, { language: 'en', phone: { defaultRegion: 'IN' }, amount: { currency: 'INR' } });

  it('is classed by rupee amounts: ₹3,40,000 is medium, 1.2 crore high and VIP', () => {
    expect(tiers(p)).toEqual(['medium', 'high', 'medium', 'low']);
    expect(vips(p)).toEqual([false, true, false, false]);
  });

  it('says which amounts it used, in which currency, and how to set them', () => {
    expect(tierNotes(p)).toEqual([['classify.currencyTiers', { currency: 'INR', high: '500,000', medium: '50,000', vip: '2,500,000' }]]);
  });

  it('keeps the amounts the user set, and says nothing of them', () => {
    const own = planOf(INDIA, { language: 'en', amount: { currency: 'INR' }, classify: { tier: { preset: 'tierByAmount', thresholds: [300000, 50000] } } });
    expect(tiers(own)).toEqual(['high', 'high', 'medium', 'low']);
    // The VIP rule the user left is still in rupees, and only it is said to be (not tiers he set himself).
    expect(tierNotes(own)).toEqual([['classify.currencyVipOnly', { currency: 'INR', high: '500,000', medium: '50,000', vip: '2,500,000' }]]);
    const ownVip = planOf(INDIA, { language: 'en', amount: { currency: 'INR' }, classify: { vip: { preset: 'vipByRule', minAmount: 1000000 } } });
    expect(tierNotes(ownVip).map(([code]) => code)).toEqual(['classify.currencyTiersOnly']);
    const none = planOf(INDIA, { language: 'en', amount: { currency: 'INR' }, classify: { tier: { preset: 'tierByAmount', thresholds: [300000, 50000] }, vip: { preset: 'vipByRule', minAmount: 1000000 } } });
    expect(tierNotes(none)).toEqual([]);
  });
});

describe('a pound sheet with no tiers of its own', () => {
  it('makes £25,000 a high-value customer', () => {
    const p = planOf([['Customer Name', 'Mobile', 'Total Spend'], ['Sarah O\'Brien', '07700 900123', '£25,000'], ['Tom Hughes', '07700 900456', '£420']], { language: 'en', phone: { defaultRegion: 'GB' }, amount: { currency: 'GBP' } });
    expect(tiers(p)).toEqual(['high', 'low']);
  });
});

describe('a currency with no defaults of its own', () => {
  it('keeps the yuan amounts and says they are the yuan\'s', () => {
    const p = planOf([['Name', 'Amount'], ['Olga', '150000'], ['Ivan', '5000']], { language: 'en', amount: { currency: 'RUB' } });
    expect(tiers(p)).toEqual(['high', 'low']);
    expect(tierNotes(p)).toEqual([['classify.yuanTiers', { currency: 'RUB', high: '100,000', medium: '10,000', vip: '500,000' }]]);
  });
});

describe('a yuan sheet', () => {
  it('is classed as before, with no note', () => {
    const p = planOf([['姓名', '手机', '金额'], ['张伟', '13812345678', '¥120,000'], ['李娜', '13987654321', '3万'], ['王芳', '13700001111', '800']]);
    expect(tiers(p)).toEqual(['high', 'medium', 'low']);
    expect(tierNotes(p)).toEqual([]);
    expect(TIER_AMOUNTS.CNY).toEqual({ high: 100000, medium: 10000, vip: 500000 });
  });
});

/**
 * Amounts a user writes are his, even when they are the yuan defaults' numbers: an American shop
 * that wants its high tier from $100,000 writes [100000, 10000], and a run replacing them by
 * $30,000 / $3,000 (then telling him to set classify.tier.thresholds, which he did) would class a
 * $45,000 customer high against his word.
 */
describe('a dollar sheet whose settings write amounts equal to the yuan defaults', () => {
  const US = [
    ['Customer Name', 'Phone', 'Lifetime Value'],
    ['Jennifer Walsh', '(212) 555-0147', '$45,000.00'],
    ['Marcus Bell', '(415) 555-0192', '$120,000.00'],
    ['Dana Ortiz', '(312) 555-0118', '$4,200.00'],
    ['Kevin Park', '(646) 555-0173', '$650,000.00'],
  ];
  const base = { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } };

  it('keeps the tiers written, [100000, 10000]: $45,000 is medium, not high as under the dollar defaults', () => {
    const own = planOf(US, { ...base, classify: { tier: { preset: 'tierByAmount', thresholds: [100000, 10000] } } });
    expect(tiers(own)).toEqual(['medium', 'high', 'low', 'high']);
    expect(tiers(planOf(US, base))).toEqual(['high', 'high', 'medium', 'high']);
    // Only the VIP rule he left is said to be in dollars.
    expect(tierNotes(own).map(([code]) => code)).toEqual(['classify.currencyVipOnly']);
  });

  it('keeps the VIP amount written, 500000: $650,000 is VIP, $120,000 (VIP from $150,000 otherwise) is not', () => {
    const own = planOf(US, { ...base, classify: { vip: { preset: 'vipByRule', minAmount: 500000 } } });
    expect(vips(own)).toEqual([false, false, false, true]);
    expect(tierNotes(own).map(([code]) => code)).toEqual(['classify.currencyTiersOnly']);
    const both = planOf(US, { ...base, classify: { tier: { preset: 'tierByAmount', thresholds: [100000, 10000] }, vip: { preset: 'vipByRule', minAmount: 500000 } } });
    expect(tierNotes(both)).toEqual([]);
  });

  it('still gives the dollar defaults to a tier preset named without thresholds', () => {
    const named = planOf(US, { ...base, classify: { tier: { preset: 'tierByAmount' } } });
    expect(tiers(named)).toEqual(['high', 'high', 'medium', 'high']);
  });

  it('keeps them in a copy of the settings a host sends as JSON', () => {
    const r = resolveSettings({ ...base, classify: { tier: { preset: 'tierByAmount', thresholds: [100000, 10000] } } });
    if (!r.ok) throw new Error('settings');
    const copy = JSON.parse(JSON.stringify(r.settings));
    const out = run(gridOf(US), { settings: copy, today: TODAY });
    if (!out.ok) throw new Error(out.problem.code);
    expect(tiers(out.plan)).toEqual(['medium', 'high', 'low', 'high']);
  });

  it('refuses amountsWritten in a settings file: it is no setting', () => {
    const r = resolveSettings({ classify: { amountsWritten: { tier: true } } });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['classify.settings.unknownKey']);
  });
});

describe('a Philippine sheet with no settings of its own', () => {
  const PH = [
    ['Customer Name', 'Company', 'Mobile No.', 'Amount'],
    ['Ana Marie Cruz Ramos', 'Ramos Services', '+63 917 613 7496', 'PHP 156,000'],
    ['Mark Anthony Garcia Reyes', 'Reyes Services', '0905 582 5313', '₱650,000.00'],
    ['Maria Clara Santos', 'Santos Trading', '0917 555 0142', '₱3,200,000.00'],
    ['Jose Rizal Dela Cruz', '', '0928 444 7788', '₱12,500.00'],
  ];
  const p = planOf(PH, { language: 'en' }, { guess: { region: true, currency: true } });

  it('reads ₱250,000.00 and PHP 156,000 as peso amounts, none unreadable', () => {
    expect(p.issues.map((i) => i.code)).not.toContain('amount.invalid');
    expect(p.problems).toContainEqual(expect.objectContaining({ code: 'locale.currency', params: expect.objectContaining({ currency: 'PHP' }) }));
  });

  it('classes by peso amounts that buy about what the yuan defaults do', () => {
    expect(tiers(p)).toEqual(['medium', 'high', 'high', 'low']);
    expect(vips(p)).toEqual([false, false, true, false]);
    expect(tierNotes(p)).toEqual([['classify.currencyTiers', { currency: 'PHP', high: '500,000', medium: '50,000', vip: '2,500,000' }]]);
  });
});

describe('default tiers of South-East Asia\'s currencies', () => {
  it.each(['PHP', 'THB', 'VND', 'IDR', 'KRW'])('%s has its own, each ten times the one below', (code) => {
    const t = TIER_AMOUNTS[code];
    expect(t.high).toBe(t.medium * 10);
    expect(t.vip).toBe(t.high * 5);
  });
});
