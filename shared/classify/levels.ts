/**
 * Ordered levels, as in Splink's comparisons: the first level whose `when` holds gives the row its
 * label; a level without `when` is the explicit else and must come last. Levels are plain JSON.
 */
import { hasMessage, type MessageKey } from '../i18n';
import { LANGS } from '../i18n/define';
import { compileCondition, type CompiledCondition, type Condition, type ConditionScope, type Evidence, type Lookup } from './condition';
import type { LocalText } from './labels';
import { settingsError, type SettingsError } from './settings-error';

export interface Level {
  /** The label a matching row gets: a built-in id ('high', 'churned' …) or a user's own id. */
  id: string;
  /** Absent: the else level (always matches). */
  when?: Condition;
  /** A message key for the row's reason; absent: the reason is built from what made `when` true. */
  reason?: string;
  /** How the label is shown, for ids that are not built in. */
  label?: LocalText;
}

export interface CompiledLevel {
  id: string;
  test: CompiledCondition | null;
  reason?: MessageKey;
  label?: LocalText;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a level may hold; anything else is a typo (`wehn` would silently make the level the else level). */
const LEVEL_KEYS = ['id', 'when', 'reason', 'label'] as const;
const LEAF_KEYS = ['field', 'op', 'value'] as const;

export function unknownKeys(raw: Record<string, unknown>, known: readonly string[], at: string): SettingsError[] {
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => settingsError('classify.settings.unknownKey', `${at}.${key}`, { key, known: known.join(', ') }));
}

/**
 * Misspelt keys anywhere in a condition (`vlaue`, a note beside `all`): compileCondition reads only
 * the keys it knows, so a typo would otherwise pass as an absent value. The shape itself (a leaf,
 * `all` or `any`) is compileCondition's to check.
 */
function conditionKeyErrors(input: unknown, at: string): SettingsError[] {
  if (!isObject(input)) return [];
  const kind = 'all' in input ? 'all' : 'any' in input ? 'any' : null;
  if (kind === null) return 'field' in input || 'op' in input ? unknownKeys(input, LEAF_KEYS, at) : [];
  if ('all' in input && 'any' in input) return [];
  const list = input[kind];
  const inner = Array.isArray(list) ? list.flatMap((c, i) => conditionKeyErrors(c, `${at}.${kind}[${i}]`)) : [];
  return [...unknownKeys(input, [kind], at), ...inner];
}

export function isLocalText(x: unknown): x is LocalText {
  return isObject(x) && LANGS.every((lang) => typeof x[lang] === 'string' && (x[lang] as string).trim() !== '');
}

/**
 * Checks and compiles a list of levels. `knownIds` lists the ids a built-in dimension can render;
 * any other id needs a `label`. `null` accepts any id (user rules).
 */
export function compileLevels(
  input: unknown,
  path: string,
  scope: ConditionScope,
  knownIds: readonly string[] | null,
  dimension: string,
): { levels: CompiledLevel[] | null; errors: SettingsError[] } {
  if (!Array.isArray(input)) return { levels: null, errors: [settingsError('classify.settings.notLevels', path)] };
  const errors: SettingsError[] = [];
  const levels: CompiledLevel[] = [];
  input.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw) || typeof raw.id !== 'string' || raw.id.trim() === '') {
      errors.push(settingsError('classify.settings.badLevel', at));
      return;
    }
    const id = raw.id;
    errors.push(...unknownKeys(raw, LEVEL_KEYS, at));
    if (raw.label !== undefined && !isLocalText(raw.label)) errors.push(settingsError('classify.settings.badLabelText', `${at}.label`));
    const label = isLocalText(raw.label) ? raw.label : undefined;
    if (knownIds && !knownIds.includes(id) && !label) {
      errors.push(settingsError('classify.settings.unknownLabel', `${at}.id`, { id, dimension, known: knownIds.join(', ') }));
    }
    let reason: MessageKey | undefined;
    if (raw.reason !== undefined) {
      if (typeof raw.reason === 'string' && hasMessage(raw.reason)) reason = raw.reason;
      else errors.push(settingsError('classify.settings.unknownMessage', `${at}.reason`, { key: String(raw.reason) }));
    }
    let test: CompiledCondition | null = null;
    if (raw.when !== undefined) {
      errors.push(...conditionKeyErrors(raw.when, `${at}.when`));
      const compiled = compileCondition(raw.when, `${at}.when`, scope);
      errors.push(...compiled.errors);
      test = compiled.test;
    } else if (i < input.length - 1) {
      errors.push(settingsError('classify.settings.unreachable', `${path}[${i + 1}]`));
    }
    levels.push({ id, test, reason, label });
  });
  return errors.length > 0 ? { levels: null, errors } : { levels, errors };
}

/** The first level that holds for the row, with what made it hold ([] for the else level). */
export function matchLevel(
  levels: readonly CompiledLevel[],
  lookup: Lookup,
  today: number,
): { level: CompiledLevel; evidence: Evidence[] } | null {
  for (const level of levels) {
    if (!level.test) return { level, evidence: [] };
    const evidence = level.test(lookup, today);
    if (evidence) return { level, evidence };
  }
  return null;
}
