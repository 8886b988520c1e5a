/**
 * Named presets (OpenRefine's KeyerFactory idea): settings name a creator and give its numbers,
 * e.g. `{ "preset": "tierByAmount", "thresholds": [100000, 10000] }`. An unknown name or a bad
 * number is a settings error, never a crash.
 */
import { activityByRecency, lifecycleByPurchase, tierByAmount, tierByRfm, vipByRule } from './creators';
import type { MessageKey } from '../i18n';
import type { Level } from './levels';
import { settingsError, type SettingsError } from './settings-error';
import { misfit, shownValue, type Want } from '../settings/misfit';

interface Param {
  /** What is expected, as a message shown inside the error. */
  expected: MessageKey;
  check: (v: unknown) => boolean;
  default?: unknown;
  /** The kind of value, for saying what a wrong one is (a number in quotes, 45天, 14.5): misfit.ts. */
  want?: Want;
}

interface Preset {
  params: Record<string, Param>;
  /**
   * A check across parameters: the parameter at fault and what it should be, or the preset's own
   * message when no parameter is at fault (a parameter that is missing cannot be "corrected").
   */
  across?: (p: Record<string, unknown>) => { param: string; code: MessageKey; params: Record<string, string | number> } | { code: MessageKey } | null;
  build: (p: Record<string, unknown>) => Level[];
}

const isDays = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 36500;
const isAmount = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const descending = (min: number, max: number) => (v: unknown) =>
  Array.isArray(v) && v.length >= 1 && v.length <= 2 &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max) &&
  v.every((x, i) => i === 0 || x < v[i - 1]);

const days = (d: number): Param => ({ expected: 'classify.expect.days', check: isDays, default: d, want: 'wholeDays' });

export const PRESETS: Readonly<Record<string, Preset>> = {
  lifecycleByPurchase: {
    params: { churnDays: days(365) },
    build: (p) => lifecycleByPurchase(p.churnDays as number),
  },
  activityByRecency: {
    params: { activeDays: days(90), dormantDays: days(365) },
    // Said with both numbers: a customer turns dormant once the active days are over.
    across: (p) => ((p.activeDays as number) <= (p.dormantDays as number)
      ? null
      : { param: 'dormantDays', code: 'classify.settings.dormantBeforeActive', params: { active: p.activeDays as number, dormant: p.dormantDays as number } }),
    build: (p) => activityByRecency(p.activeDays as number, p.dormantDays as number),
  },
  tierByAmount: {
    params: { thresholds: { expected: 'classify.expect.amountThresholds', check: descending(-Infinity, Infinity), default: [100000, 10000] } },
    build: (p) => tierByAmount(p.thresholds as number[]),
  },
  tierByRfm: {
    params: { thresholds: { expected: 'classify.expect.rfmThresholds', check: descending(3, 15), default: [12, 8] } },
    build: (p) => tierByRfm(p.thresholds as number[]),
  },
  vipByRule: {
    params: {
      minAmount: { expected: 'classify.expect.amount', check: isAmount },
      minRfmTotal: { expected: 'classify.expect.rfmTotal', check: (v) => typeof v === 'number' && v >= 3 && v <= 15 },
    },
    across: (p) => (p.minAmount === undefined && p.minRfmTotal === undefined ? { code: 'classify.settings.vipRuleEmpty' } : null),
    build: (p) => vipByRule({ minAmount: p.minAmount as number | undefined, minRfmTotal: p.minRfmTotal as number | undefined }),
  },
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** Expands `{ preset, ...numbers }` into levels, or explains what is wrong. */
export function expandPreset(input: Record<string, unknown>, path: string): { levels: Level[] | null; errors: SettingsError[] } {
  const name = input.preset;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(PRESETS, name)) {
    return { levels: null, errors: [settingsError('classify.settings.unknownPreset', `${path}.preset`, { name: String(name), known: PRESET_NAMES.join(', ') })] };
  }
  const preset = PRESETS[name];
  const errors: SettingsError[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'preset') continue;
    if (!Object.prototype.hasOwnProperty.call(preset.params, key)) {
      errors.push(settingsError('classify.settings.unknownKey', `${path}.${key}`, { key, known: Object.keys(preset.params).join(', ') }));
    } else if (!preset.params[key].check(value)) {
      const { want, expected } = preset.params[key];
      errors.push((want && misfit(value, want, `${path}.${key}`)) || settingsError('classify.settings.badPresetParam', `${path}.${key}`, { name, param: key, value: shownValue(value), expected }));
    } else values[key] = value;
  }
  for (const [key, param] of Object.entries(preset.params)) {
    if (!(key in values) && param.default !== undefined) values[key] = param.default;
  }
  if (errors.length === 0 && preset.across) {
    const bad = preset.across(values);
    if (bad && !('param' in bad)) errors.push(settingsError(bad.code, path, { name }));
    else if (bad) errors.push(settingsError(bad.code, `${path}.${bad.param}`, { name, param: bad.param, ...bad.params }));
  }
  return errors.length > 0 ? { levels: null, errors } : { levels: preset.build(values), errors };
}
