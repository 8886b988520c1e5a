/**
 * Classification settings: for each built-in dimension either a named preset with its numbers, a
 * list of levels written out, or null to switch it off; then the user's own rules, in order.
 * `resolveClassifySettings` fills in defaults and reports every mistake as a settings error.
 */
import type { Level } from './levels';
import type { LocalText } from './labels';
import { compileClassifySettings } from './compile-settings';
import { settingsError, type SettingsError } from './settings-error';

export type PresetRef =
  | { preset: 'lifecycleByPurchase'; churnDays?: number }
  | { preset: 'activityByRecency'; activeDays?: number; dormantDays?: number }
  | { preset: 'tierByAmount'; thresholds?: readonly number[] }
  | { preset: 'tierByRfm'; thresholds?: readonly number[] }
  | { preset: 'vipByRule'; minAmount?: number; minRfmTotal?: number };

/** Levels written out, a preset, or null (dimension switched off). */
export type RuleSet = readonly Level[] | PresetRef | null;

/**
 * A user's own rule on any field, e.g. a region grouping:
 * `{ id: 'region', label: { 'zh-CN': '大区', en: 'Region' }, levels: [{ id: 'south', label: {…},
 *   when: { field: 'province', op: 'in', value: ['广东', '广西', '海南'] } }] }`.
 * The cleaner's 广东省 is in that list: a province, gender or date is compared in the cleaner's form.
 * A row no level matches gets no label for this rule.
 */
export interface CustomRule {
  id: string;
  label?: LocalText;
  levels: readonly Level[];
}

export interface ClassifySettings {
  lifecycle: RuleSet;
  activity: RuleSet;
  tier: RuleSet;
  vip: RuleSet;
  custom: readonly CustomRule[];
  /**
   * Which amounts the user's own settings wrote (classify.tier.thresholds, classify.vip.minAmount),
   * set by resolveClassifySettings and never by a user (it is no key of the defaults). A sheet in
   * another currency is classed by that currency's defaults only where the user wrote none
   * (currency-tiers.ts): the yuan amounts written out ([100000, 10000] for an American sheet) are
   * his, not defaults to replace by $30,000. Absent: nothing written (the defaults themselves).
   */
  amountsWritten?: { tier?: true; vip?: true };
}

export const DEFAULT_CLASSIFY_SETTINGS: Readonly<ClassifySettings> = Object.freeze({
  lifecycle: { preset: 'lifecycleByPurchase', churnDays: 365 },
  activity: { preset: 'activityByRecency', activeDays: 90, dormantDays: 365 },
  tier: { preset: 'tierByAmount', thresholds: [100000, 10000] },
  vip: { preset: 'vipByRule', minAmount: 500000 },
  custom: [],
}) as ClassifySettings;

const KEYS = Object.keys(DEFAULT_CLASSIFY_SETTINGS) as (keyof ClassifySettings)[];

const hasKey = (part: unknown, key: string): boolean => part !== null && typeof part === 'object' && !Array.isArray(part) && key in part;

/** The amounts a user's classify document writes itself, or null when it writes none. */
function amountsWritten(input: Record<string, unknown>): ClassifySettings['amountsWritten'] | null {
  const tier = hasKey(input.tier, 'thresholds');
  const vip = hasKey(input.vip, 'minAmount');
  return tier || vip ? { ...(tier ? { tier: true as const } : {}), ...(vip ? { vip: true as const } : {}) } : null;
}

/**
 * A user's partial settings (parsed JSON) over the defaults, checked through. A key present in the
 * input replaces the default as a whole; a part with errors is still returned, and `classify`
 * skips the dimensions it cannot compile.
 */
export function resolveClassifySettings(input: unknown, path = 'classify'): { settings: ClassifySettings; errors: SettingsError[] } {
  if (input === undefined || input === null) return { settings: DEFAULT_CLASSIFY_SETTINGS, errors: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { settings: DEFAULT_CLASSIFY_SETTINGS, errors: [settingsError('classify.settings.notObject', path)] };
  }
  const errors: SettingsError[] = [];
  const settings: Record<string, unknown> = { ...DEFAULT_CLASSIFY_SETTINGS };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if ((KEYS as string[]).includes(key)) settings[key] = value;
    else errors.push(settingsError('classify.settings.unknownKey', `${path}.${key}`, { key, known: KEYS.join(', ') }));
  }
  const written = amountsWritten(input as Record<string, unknown>);
  if (written) settings.amountsWritten = written;
  const resolved = settings as unknown as ClassifySettings;
  // A name that is no field id may be a header of the sheet, which is not read yet: the run checks it (rule-columns.ts).
  errors.push(...compileClassifySettings(resolved, path, 'deferred').errors);
  return { settings: resolved, errors };
}
