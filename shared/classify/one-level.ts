/**
 * A dimension the user set up on amounts that puts every customer it classifies in the same level:
 * thresholds in 万元 where the rules compare yuan ([100, 20] makes all 272 customers 高价值). Only
 * amount thresholds are looked at: a Shanghai team's customers all in 华东, or an old export all
 * lost by days since the last purchase, is what the sheet is, not a mistake. A small sheet may well
 * be all one class, so only a sheet of some size is looked at.
 *
 * In a real sheet the 万 mistake does not put quite everyone in one level: the customers who bought
 * nothing (amount 0 or blank) stay low or unknown, so the sign is that nearly every customer with an
 * amount is in the top level (nearlyOneLevel).
 */
import type { SheetProblem } from '../plan/issue';
import type { ClassifiedRow, LegendEntry } from './classify';
import type { Level } from './levels';
import type { PresetRef, RuleSet } from './settings';
import { BUILTIN_DIMENSIONS, type BuiltinDimension } from './labels';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from './settings';
import { FIELD_BY_ID, isFieldId } from '../schema/fields';

/** Presets that compare amounts with thresholds of the user's. */
const AMOUNT_PRESETS: ReadonlySet<string> = new Set(['tierByAmount', 'vipByRule']);
const THRESHOLD_OPS: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

/** Whether a dimension's settings compare an amount field with a threshold anywhere in them. */
function comparesAmounts(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(comparesAmounts);
  if (value === null || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if (typeof o.preset === 'string' && AMOUNT_PRESETS.has(o.preset)) return true;
  if (typeof o.field === 'string' && typeof o.op === 'string' && THRESHOLD_OPS.has(o.op) && isFieldId(o.field) && FIELD_BY_ID[o.field].kind === 'amount') return true;
  return Object.values(o).some(comparesAmounts);
}

/** Fewer classified customers than this can be all one class by chance. */
export const ONE_LEVEL_MIN_ROWS = 20;

/**
 * The top level's share of the customers with an amount above which thresholds are suspect: all
 * but one in fifty. Thresholds in 万 (20 for 20万) are 10,000 times too low, below every real
 * purchase, so all customers who bought land in the top level but for an odd ¥1 or ¥5 typo. A
 * threshold chosen in yuan leaves more below it: the sample sheet's 194 customers with an amount
 * (examples/customers-zh.csv) put 35 % above the default ¥100,000, 95 % above ¥10,000, 97 % above
 * ¥5,000; and a split that leaves fewer than one in fifty below it splits nothing worth a tier.
 */
export const NEARLY_ALL_SHARE = 0.98;

/**
 * Top thresholds at or below this mean "bought anything" (amount > 0, ≥ 1), where every customer
 * with an amount in the top level is the rule's point, not a mistake.
 */
const BOUGHT_AT_ALL = 1;

/** The smallest amount of the first {field: amount, op: gte | gt} in a condition, or null. */
function amountFloor(value: unknown): number | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const floor = amountFloor(v);
      if (floor !== null) return floor;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (typeof o.field === 'string' && (o.op === 'gte' || o.op === 'gt') && typeof o.value === 'number' && isFieldId(o.field) && FIELD_BY_ID[o.field].kind === 'amount') return o.value;
  return amountFloor(o.all ?? o.any ?? null);
}

/**
 * A dimension's top level by amount and its threshold: the high tier, the VIP amount, or the first
 * level written out whose condition asks for at least an amount. Null when amounts do not rank it.
 */
function topByAmount(rules: RuleSet | { levels: readonly Level[] }): { level: string; floor: number } | null {
  if (rules === null) return null;
  const levels = Array.isArray(rules) ? rules as readonly Level[] : 'levels' in rules ? rules.levels : null;
  if (levels) {
    for (const level of levels) {
      const floor = amountFloor(level.when ?? null);
      if (floor !== null) return { level: level.id, floor };
    }
    return null;
  }
  const ref = rules as PresetRef;
  if (ref.preset === 'tierByAmount') return ref.thresholds && ref.thresholds.length > 0 ? { level: 'high', floor: ref.thresholds[0] } : null;
  if (ref.preset === 'vipByRule') return ref.minAmount === undefined ? null : { level: 'vip', floor: ref.minAmount };
  return null;
}

/** Which key of a built-in preset holds its amounts: put in the sheet's currency where the user wrote none. */
const AMOUNT_KEY: Partial<Record<BuiltinDimension, string>> = { tier: 'thresholds', vip: 'minAmount' };

const without = (rule: unknown, key: string): unknown => {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return rule;
  const { [key]: _dropped, ...rest } = rule as Record<string, unknown>;
  return rest;
};

/**
 * Whether a built-in dimension is still the product's default. Its amounts count as default too
 * when the user wrote none: on a dollar sheet the run classes by the dollar defaults
 * (currency-tiers.ts), and a café whose regulars all spend under $30,000 is what it is, not a
 * threshold of the user's in the wrong unit (every US sheet was warned about it).
 */
function leftAtDefault(settings: ClassifySettings, dim: BuiltinDimension): boolean {
  const rule = settings[dim];
  const preset = DEFAULT_CLASSIFY_SETTINGS[dim];
  const key = AMOUNT_KEY[dim];
  // Amounts the user wrote are his even when they equal the yuan defaults (settings.ts amountsWritten).
  if (key !== undefined && settings.amountsWritten?.[dim as 'tier' | 'vip']) return false;
  if (JSON.stringify(rule) === JSON.stringify(preset)) return true;
  return key !== undefined && JSON.stringify(without(rule, key)) === JSON.stringify(without(preset, key));
}

/**
 * The dimensions the user set on amounts that put all classified customers in one level
 * (classify.oneLevelOnly), or nearly all customers with an amount in the top level
 * (classify.nearlyOneLevel). `amounts` holds each customer's amount in whole units, by sheet row.
 */
export function allInOneLevel(settings: ClassifySettings, rows: readonly ClassifiedRow[], legend: readonly LegendEntry[], amounts: ReadonlyMap<number, number> = new Map(), currency = 'CNY'): SheetProblem[] {
  const problems: SheetProblem[] = [];
  // The unit the amounts are compared in is the sheet's currency: a dollar sheet is told in dollars,
  // never in 元 and 万元 (tester h73 #28), the yuan words kept for a yuan sheet.
  const yuan = currency.toUpperCase() === 'CNY';
  const inCurrency: Record<string, string> = yuan ? {} : { currency: currency.toUpperCase() };
  for (const entry of legend) {
    const builtin = (BUILTIN_DIMENSIONS as readonly string[]).includes(entry.dimension);
    const dim = entry.dimension as BuiltinDimension;
    // The built-in defaults are no setting of the user's to check.
    if (builtin && leftAtDefault(settings, dim)) continue;
    const i = settings.custom.findIndex((r) => r.id === entry.dimension);
    if (!comparesAmounts(builtin ? settings[dim] : settings.custom[i])) continue;
    if (entry.labels.filter((l) => l.id !== 'unknown').length < 2) continue;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const label = builtin ? row.labels[dim] : row.labels.custom[entry.dimension];
      if (label === null || label === undefined || label === 'unknown') continue;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    const setting = builtin ? `classify.${dim}` : `classify.custom[${i}]`;
    const words = (level: string) => {
      const text = entry.labels.find((l) => l.id === level)?.text;
      return { level, levelZh: text?.['zh-CN'] ?? level, levelEn: text?.en ?? level };
    };
    if (counts.size === 1) {
      const [[level, count]] = [...counts];
      if (count >= ONE_LEVEL_MIN_ROWS) {
        problems.push({ code: yuan ? 'classify.oneLevelOnly' : 'classify.oneLevelOnlyIn', severity: 'warning', params: { setting, count, ...words(level), ...inCurrency } });
        continue;
      }
    }
    const top = topByAmount(builtin ? settings[dim] : settings.custom[i]);
    if (top === null || top.floor <= BOUGHT_AT_ALL) continue;
    let of = 0;
    let count = 0;
    for (const row of rows) {
      if (!((amounts.get(row.sheetRow) ?? 0) > 0)) continue;
      of++;
      if ((builtin ? row.labels[dim] : row.labels.custom[entry.dimension]) === top.level) count++;
    }
    if (of >= ONE_LEVEL_MIN_ROWS && count >= of * NEARLY_ALL_SHARE) {
      problems.push({ code: yuan ? 'classify.nearlyOneLevel' : 'classify.nearlyOneLevelIn', severity: 'warning', params: { setting, count, of, ...words(top.level), ...inCurrency } });
    }
  }
  return problems;
}
