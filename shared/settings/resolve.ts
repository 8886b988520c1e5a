/** Turns a user's partial settings JSON into complete, checked settings, or says exactly what is wrong. */
import { expectedWords } from './expected-words';
import { isTimeZone } from './time-zone';
import { CODE_PATHS, codeProblems } from './codes';
import { DEFAULT_SETTINGS } from './defaults';
import { checkSchema, SETTINGS_SCHEMA, UNKNOWN_KEY } from './schema';
import type { Settings } from './types';
import type { SheetProblem } from '../plan/issue';
import { resolveDedupeSettings, validateDedupeSettings, type DedupeSettingsInput } from '../dedupe/validate-settings';
import { checkDedupeShape } from '../dedupe/settings-shape';
import { resolveClassifySettings } from '../classify/settings';
import { givenTiers } from '../classify/given-tiers';
import { resolveRemindSettings } from '../remind/settings';
import type { SettingsError } from '../classify/settings-error';
import { DEFAULT_RULES, ERROR_CELL_RULE_ID, REQUIRED_RULE_ID, STAND_IN_RULE_ID, isDisableable } from '../validate/rules';
import { hasMessage } from '../i18n';
import { FIELDS } from '../schema/fields';
import { meantField } from '../classify/field-by-header';

export type SettingsOutcome = { ok: true; settings: Settings } | { ok: false; errors: SheetProblem[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Objects merge key by key; arrays and scalars replace (a user's requiredFields list is the whole list). */
function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out as T;
}

/** What a setting must be, in the reader's words rather than the schema's (expected-words.ts). */
function wordsOf(expected: string): { expected: string; expectedZh: string } {
  const words = expectedWords(expected);
  return { expected: words.en, expectedZh: words.zh };
}

export function resolveSettings(input: unknown): SettingsOutcome {
  if (input === undefined || input === null) return { ok: true, settings: structuredCloneSettings(DEFAULT_SETTINGS) };
  // The currency and region codes are checked against the codes that exist (codes.ts), which also
  // says what a user writing RMB or UK meant; the schema's pattern alone would only ask for capitals.
  const violations = checkSchema(input, SETTINGS_SCHEMA).filter((v) => !(CODE_PATHS.has(v.path) && v.expected.startsWith('/')));
  const schemaErrors = violations.map((v): SheetProblem => {
    // A misspelt key is said as one, in the user's words, not as a value "(unknown key)".
    if (v.found === UNKNOWN_KEY) return { code: 'settings.unknownKey', severity: 'error', params: { path: v.path, known: v.expected } };
    // A field named by a header word or in other words (Region, phone_number): the one meant, not the 56 ids.
    const meant = v.expected.startsWith(FIELD_ENUM) ? meantField(String(JSON.parse(v.found))) : null;
    if (meant !== null) return { code: 'settings.fieldMeant', severity: 'error', params: { path: v.path, found: v.found, id: meant, field: meant } };
    return { code: 'settings.invalid', severity: 'error', params: { path: v.path, found: v.found, ...wordsOf(v.expected) } };
  });
  // A document that is no object at all has nothing more to check.
  if (violations.some((v) => v.path === '') || !isPlainObject(input)) return { ok: false, errors: schemaErrors };
  // One mistake does not hide the others: the parts the schema refused are left out (their values
  // could not be read safely), and everything else is still checked, so one run names every mistake.
  const refused = new Set(violations.map((v) => v.path.split(/[.[]/)[0]));
  const user = Object.fromEntries(Object.entries(input).filter(([key]) => !refused.has(key)));
  const { dedupe, classify, remind, ...plain } = user;
  const settings = deepMerge(structuredCloneSettings(DEFAULT_SETTINGS), plain);
  // The stages lay their own documents over their defaults (their lists replace, their objects merge
  // as each stage defines) and report what they cannot read.
  // A part of the wrong shape (a name where a list goes) is reported as such and left out of the
  // check of what the values mean, which would read it piece by piece (one "unknown rule" per letter);
  // the other parts are still checked, so one run names every mistake.
  const dedupeShape = checkDedupeShape(dedupe ?? {});
  const broken = new Set(dedupeShape.map((p) => String(p.params?.setting).split(/[.[]/)[0]));
  const usable = Object.fromEntries(Object.entries((dedupe ?? {}) as Record<string, unknown>).filter(([key]) => !broken.has(key)));
  settings.dedupe = resolveDedupeSettings(usable as DedupeSettingsInput);
  const classified = resolveClassifySettings(classify);
  const reminded = resolveRemindSettings(remind, 'remind', givenTiers(classified.settings.tier));
  settings.classify = classified.settings;
  settings.remind = reminded.settings;
  const zone = settings.dates.timeZone;
  const errors: SheetProblem[] = [
    ...codeProblems(input),
    ...(zone === undefined || isTimeZone(zone) ? [] : [{ code: 'settings.timeZone' as const, severity: 'error' as const, params: { path: 'dates.timeZone', found: zone } }]),
    ...settings.validation.disabledRules.flatMap((id, i): SheetProblem[] => (isDisableable(id, hasMessage) ? [] : [{
      code: 'settings.unknownRule', severity: 'error', params: { path: `validation.disabledRules[${i}]`, id, known: DEFAULT_RULES.map((r) => r.id).concat(REQUIRED_RULE_ID, ERROR_CELL_RULE_ID, STAND_IN_RULE_ID).join(', ') },
    }])),
    ...[...dedupeShape, ...validateDedupeSettings(settings.dedupe)].map((p) => ({ ...p, params: { path: 'dedupe', ...p.params } })),
    ...[...classified.errors, ...reminded.errors].map(stageError),
    ...markProblems(refused.has('notDuplicates') ? [] : settings.notDuplicates),
  ];
  errors.unshift(...schemaErrors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** The schema's list of field ids (validation.requiredFields, headers.overrides), as it says what it expected. */
const FIELD_ENUM = FIELDS.map((f) => JSON.stringify(f.id)).join(', ');

/** A row fingerprint as the run writes it (dedupe/fingerprint.ts): fp and 14 lowercase hex digits. */
const FINGERPRINT = /^fp[0-9a-f]{14}$/;

/**
 * A notDuplicates mark of fewer than two fingerprints keeps no rows apart: it is said, not taken in
 * silence (a user who pasted one row's fingerprint believes the pair is marked).
 */
function markProblems(marks: readonly unknown[]): SheetProblem[] {
  return marks.flatMap((mark, i): SheetProblem[] => {
    if (!Array.isArray(mark)) return [];
    // A fingerprint mistyped or cut short (15 hex digits) names no row, ever: said as what it is, not
    // taken for a row edited since (notDuplicatesStale), which sends the user looking for a change.
    const malformed = mark.flatMap((f, j): SheetProblem[] => typeof f !== 'string' || FINGERPRINT.test(f)
      ? []
      : [{ code: 'settings.markMalformed', severity: 'error', params: { path: `notDuplicates[${i}][${j}]`, found: JSON.stringify(f), example: 'fp1ea01b7ff60d51' } }]);
    if (malformed.length > 0) return malformed;
    if (mark.length >= 2) return [];
    const path = `notDuplicates[${i}]`;
    return mark.length === 0
      ? [{ code: 'settings.markEmpty', severity: 'error', params: { path } }]
      : [{ code: 'settings.markOfOne', severity: 'error', params: { path, found: JSON.stringify(mark[0]) } }];
  });
}

function stageError(e: SettingsError): SheetProblem {
  return { code: e.code, severity: 'error', params: e.params };
}

/** Settings are plain JSON, so a JSON round trip is a faithful deep copy (structuredClone is not in ES2020). */
function structuredCloneSettings(s: Readonly<Settings>): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}
