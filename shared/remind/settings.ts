/**
 * Reminder settings: one entry per reminder rule, each with its switch and day counts.
 * `resolveRemindSettings` lays a user's partial settings over the defaults; an unknown rule, an
 * unknown key or a bad value is a settings error and the default stays in place.
 */
import type { MessageKey } from '../i18n';
import { isFieldId, FIELD_BY_ID, type FieldId } from '../schema/fields';
import { settingsError, type SettingsError } from '../classify/settings-error';
import type { Feb29Policy } from './next-birthday';

export interface RemindSettings {
  /** Birthdays in the next `daysAhead` days (0 = today only). */
  birthday: { enabled: boolean; daysAhead: number; feb29: Feb29Policy; lunar: boolean };
  /**
   * Contracts ending within the ladder's steps (one reminder per row, at the most urgent step
   * reached), and contracts that ended no more than `expiredWithinDays` ago.
   */
  contract: { enabled: boolean; steps: number[]; expiredWithinDays: number };
  /** Follow-ups due today or overdue (or within `daysAhead`); `maxOverdueDays` null keeps every overdue one. */
  followUp: { enabled: boolean; daysAhead: number; maxOverdueDays: number | null };
  /** Records with no date in `fields` for `days` days or more. */
  stale: { enabled: boolean; days: number; fields: FieldId[] };
  /** Customers of these tiers (or VIP) whose activity turned dormant; needs the classification. */
  highValueDormant: { enabled: boolean; tiers: string[]; includeVip: boolean };
}

export type RemindRuleName = keyof RemindSettings;

export const DEFAULT_REMIND_SETTINGS: Readonly<RemindSettings> = Object.freeze({
  birthday: { enabled: true, daysAhead: 7, feb29: 'feb28', lunar: true },
  contract: { enabled: true, steps: [30, 7, 1], expiredWithinDays: 30 },
  followUp: { enabled: true, daysAhead: 0, maxOverdueDays: null },
  stale: { enabled: true, days: 180, fields: ['lastContact', 'updatedAt'] },
  highValueDormant: { enabled: true, tiers: ['high'], includeVip: true },
}) as RemindSettings;

const isDays = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 36500;

interface Param {
  check: (v: unknown) => boolean;
  expected: MessageKey;
}

const PARAMS: Readonly<Record<string, Param>> = {
  enabled: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean' },
  daysAhead: { check: isDays, expected: 'remind.expect.days' },
  days: { check: (v) => isDays(v) && (v as number) > 0, expected: 'remind.expect.positiveDays' },
  expiredWithinDays: { check: isDays, expected: 'remind.expect.days' },
  maxOverdueDays: { check: (v) => v === null || isDays(v), expected: 'remind.expect.daysOrNull' },
  feb29: { check: (v) => v === 'feb28' || v === 'mar1', expected: 'remind.expect.feb29' },
  lunar: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean' },
  includeVip: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean' },
  steps: {
    check: (v) => Array.isArray(v) && v.length > 0 && v.length <= 10 && v.every(isDays) && new Set(v).size === v.length,
    expected: 'remind.expect.steps',
  },
  fields: {
    check: (v) => Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && isFieldId(f) && FIELD_BY_ID[f].kind === 'date'),
    expected: 'remind.expect.dateFields',
  },
  tiers: { check: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'), expected: 'remind.expect.tiers' },
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function resolveRemindSettings(input: unknown, path = 'remind'): { settings: RemindSettings; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  const settings = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
  if (input === undefined || input === null) return { settings, errors };
  if (!isObject(input)) return { settings, errors: [settingsError('remind.settings.notObject', path)] };
  const rules = Object.keys(DEFAULT_REMIND_SETTINGS);
  for (const [rule, value] of Object.entries(input)) {
    const at = `${path}.${rule}`;
    if (!rules.includes(rule)) {
      errors.push(settingsError('remind.settings.unknownRule', at, { rule, known: rules.join(', ') }));
      continue;
    }
    if (!isObject(value)) {
      errors.push(settingsError('remind.settings.notObject', at));
      continue;
    }
    const target = settings[rule as RemindRuleName] as unknown as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) {
      if (!(key in target)) {
        errors.push(settingsError('remind.settings.unknownKey', `${at}.${key}`, { key, known: Object.keys(target).join(', ') }));
      } else if (!PARAMS[key].check(v)) {
        errors.push(settingsError('remind.settings.badParam', `${at}.${key}`, { key, expected: PARAMS[key].expected }));
      } else target[key] = Array.isArray(v) ? [...v] : v;
    }
  }
  return { settings, errors };
}
