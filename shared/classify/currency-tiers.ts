/**
 * The value tiers' and the VIP rule's default amounts in the sheet's own currency. The defaults
 * (high from 100,000, medium from 10,000, VIP from 500,000) were set for yuan; read as rupees they
 * make every shop's regular a top customer, read as pounds nobody. Where the user set no amounts of
 * his own, a sheet in another currency is classed by round amounts that buy about as much there as
 * the yuan amounts buy in China, and the run says which it used.
 *
 * The amounts follow the World Bank's purchasing power parity conversion factors (GDP, local
 * currency per international dollar, indicator PA.NUS.PPP, 2022–2023: China about 3.6, the United
 * States 1, Britain 0.67, the euro area about 0.7, India about 21, Australia 1.45, Canada 1.2, New
 * Zealand 1.45, South Africa 7, Singapore 0.8, Malaysia 1.6, Hong Kong 5.6, Japan 95, Korea 850,
 * the Philippines 19.5, Thailand 12.5, Vietnam 7,600, Indonesia 4,800, Bangladesh 32;
 * Taiwan and Macao, not in the World Bank's list, from the IMF's), so ¥100,000 ≈ 28,000 international
 * dollars, each rounded to a number a person would pick. They are no exchange rate: amounts are
 * never converted.
 */
import type { ClassifySettings, PresetRef, RuleSet } from './settings';

export interface TierAmounts {
  /** The high tier's lower bound. */
  high: number;
  /** The medium tier's lower bound. */
  medium: number;
  /** The VIP rule's smallest amount. */
  vip: number;
}

/** Per ISO 4217 code. CNY is the defaults themselves. */
export const TIER_AMOUNTS: Readonly<Record<string, TierAmounts>> = {
  CNY: { high: 100_000, medium: 10_000, vip: 500_000 },
  USD: { high: 30_000, medium: 3_000, vip: 150_000 },
  CAD: { high: 30_000, medium: 3_000, vip: 150_000 },
  AUD: { high: 40_000, medium: 4_000, vip: 200_000 },
  NZD: { high: 40_000, medium: 4_000, vip: 200_000 },
  GBP: { high: 20_000, medium: 2_000, vip: 100_000 },
  EUR: { high: 20_000, medium: 2_000, vip: 100_000 },
  SGD: { high: 20_000, medium: 2_000, vip: 100_000 },
  // ₹5,00,000 (5 lakh), ₹50,000, ₹25,00,000 (25 lakh).
  INR: { high: 500_000, medium: 50_000, vip: 2_500_000 },
  // ৳10,00,000 (10 lakh), ৳1,00,000, ৳50,00,000: the taka buys about two-thirds of what the rupee does.
  BDT: { high: 1_000_000, medium: 100_000, vip: 5_000_000 },
  ZAR: { high: 200_000, medium: 20_000, vip: 1_000_000 },
  MYR: { high: 50_000, medium: 5_000, vip: 250_000 },
  HKD: { high: 150_000, medium: 15_000, vip: 750_000 },
  MOP: { high: 150_000, medium: 15_000, vip: 750_000 },
  TWD: { high: 300_000, medium: 30_000, vip: 1_500_000 },
  JPY: { high: 3_000_000, medium: 300_000, vip: 15_000_000 },
  KRW: { high: 20_000_000, medium: 2_000_000, vip: 100_000_000 },
  // ₱500,000, ₱50,000, ₱2,500,000: the Philippine peso buys about what the rupee does.
  PHP: { high: 500_000, medium: 50_000, vip: 2_500_000 },
  THB: { high: 300_000, medium: 30_000, vip: 1_500_000 },
  VND: { high: 200_000_000, medium: 20_000_000, vip: 1_000_000_000 },
  IDR: { high: 150_000_000, medium: 15_000_000, vip: 750_000_000 },
};

/** What the run used in place of the yuan defaults, or that it had none for the currency. */
export type TierNote =
  | { kind: 'scaled'; currency: string; amounts: TierAmounts; tier: boolean; vip: boolean }
  | { kind: 'unscaled'; currency: string; amounts: TierAmounts };

/** The yuan defaults (a tier preset without thresholds of its own is given them too). */
const YUAN = TIER_AMOUNTS.CNY;

/**
 * The value tiers left at the yuan defaults: the amount preset with no thresholds the user wrote.
 * Read from the settings as data (amountsWritten), as a host may send a copy; never from the
 * values, since thresholds a user wrote are his even when they equal the yuan defaults.
 */
function defaultTier(classify: ClassifySettings): boolean {
  const tier = classify.tier;
  if (tier === null || Array.isArray(tier)) return false;
  const ref = tier as PresetRef;
  if (ref.preset !== 'tierByAmount' || classify.amountsWritten?.tier) return false;
  const t = ref.thresholds;
  return t === undefined || (t.length === 2 && t[0] === YUAN.high && t[1] === YUAN.medium);
}

/** The VIP rule left at the yuan default amount, which the user did not write (and no RFM total of his). */
function defaultVip(classify: ClassifySettings): boolean {
  const vip = classify.vip;
  if (vip === null || Array.isArray(vip)) return false;
  const ref = vip as PresetRef;
  return ref.preset === 'vipByRule' && !classify.amountsWritten?.vip && ref.minAmount === YUAN.vip && ref.minRfmTotal === undefined;
}

/**
 * The classify settings for amounts in `currency`: the parts that hold the yuan defaults in that
 * currency's amounts. Amounts the user wrote in his settings are kept, whatever they are: to class
 * rupees by ₹1,00,000 and ₹10,000, he writes those thresholds.
 */
export function tiersInCurrency(classify: ClassifySettings, currency: string): { classify: ClassifySettings; note: TierNote | null } {
  const code = currency.toUpperCase();
  const tier = defaultTier(classify);
  const vip = defaultVip(classify);
  if (code === 'CNY' || (!tier && !vip)) return { classify, note: null };
  const amounts = TIER_AMOUNTS[code];
  if (amounts === undefined) return { classify, note: { kind: 'unscaled', currency: code, amounts: TIER_AMOUNTS.CNY } };
  const tierRef: PresetRef = { preset: 'tierByAmount', thresholds: [amounts.high, amounts.medium] };
  const vipRef: PresetRef = { preset: 'vipByRule', minAmount: amounts.vip };
  return {
    classify: { ...classify, ...(tier ? { tier: tierRef } : {}), ...(vip ? { vip: vipRef } : {}) },
    note: { kind: 'scaled', currency: code, amounts, tier, vip },
  };
}
