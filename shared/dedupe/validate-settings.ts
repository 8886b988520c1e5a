/**
 * Checks dedupe settings a user wrote (JSON): every matcher, keyer, survivor and owner rule must be a
 * known name, comparisons must start with "missing" and end with "else", thresholds must lie in
 * 0–1. Errors leave as message codes that say what is wrong and what to use instead (the way
 * Splink's settings errors do); a bad setting is reported, never a crash.
 */
import type { SheetProblem } from '../plan/issue';
import { DEFAULT_DEDUPE_SETTINGS, type DedupeSettings, type SurvivorRule } from './settings';
import { MATCHERS } from './matchers';
import { KEYERS } from './keyers';
import { FEATURES, type Feature } from './profile';
import { SURVIVOR_RULES } from './survivor';
import { OWNER_RULES, type OwnerRule } from './owner-rule';
import { FIELDS, isFieldId } from '../schema/fields';

/** A partial settings document as a user writes it. */
export type DedupeSettingsInput = Partial<Omit<DedupeSettings, 'thresholds' | 'blocking'>> & {
  thresholds?: Partial<DedupeSettings['thresholds']>;
  blocking?: Partial<DedupeSettings['blocking']>;
};

/** Defaults with the user's values laid over them (comparisons and caps replace the defaults as a whole). */
export function resolveDedupeSettings(input: DedupeSettingsInput = {}): DedupeSettings {
  const d = DEFAULT_DEDUPE_SETTINGS;
  return {
    ...d,
    ...input,
    thresholds: { ...d.thresholds, ...input.thresholds },
    blocking: { ...d.blocking, ...input.blocking },
    weights: { ...d.weights, ...input.weights },
  } as DedupeSettings;
}

const err = (code: SheetProblem['code'], params: Record<string, string | number>): SheetProblem => ({
  code,
  severity: 'error',
  params,
});

const inUnit = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
const posInt = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 1;

export function validateDedupeSettings(s: DedupeSettings): SheetProblem[] {
  const out: SheetProblem[] = [];
  const matcherList = Object.keys(MATCHERS).join(', ');
  const { likely, review } = s.thresholds ?? ({} as DedupeSettings['thresholds']);
  if (!inUnit(likely) || !inUnit(review) || review > likely) {
    out.push(err('dedupe.settings.thresholds', { path: 'dedupe.thresholds', likely: String(likely), review: String(review) }));
  }
  for (const [name, v] of [
    ['blocking.maxBlockSize', s.blocking?.maxBlockSize],
    ['maxGroupSize', s.maxGroupSize],
  ] as const) {
    if (!posInt(v) || (v as number) < 2) out.push(err('dedupe.settings.count', { setting: name, value: String(v) }));
  }
  if (!inUnit(s.thresholds?.differ)) out.push(err('dedupe.settings.unit', { setting: 'thresholds.differ', value: String(s.thresholds?.differ) }));
  if (!inUnit(s.thresholds?.apart)) out.push(err('dedupe.settings.unit', { setting: 'thresholds.apart', value: String(s.thresholds?.apart) }));
  if (!inUnit(s.minAgreement)) out.push(err('dedupe.settings.unit', { setting: 'minAgreement', value: String(s.minAgreement) }));
  if (typeof s.prior !== 'number' || !Number.isFinite(s.prior)) out.push(err('dedupe.settings.number', { setting: 'prior', value: String(s.prior) }));

  const ids = new Set<string>();
  for (const c of s.comparisons ?? []) {
    ids.add(c.id);
    if (!FEATURES.includes(c.feature)) {
      out.push(err('dedupe.settings.unknownFeature', { comparison: c.id, feature: String(c.feature), known: FEATURES.join(', ') }));
      continue;
    }
    const levels = c.levels ?? [];
    if (levels[0]?.when !== 'missing') out.push(err('dedupe.settings.missingFirst', { comparison: c.id }));
    if (levels[levels.length - 1]?.when !== 'else') out.push(err('dedupe.settings.elseLast', { comparison: c.id }));
    for (const l of levels) {
      const m = MATCHERS[l.when];
      if (!m) {
        out.push(err('dedupe.settings.unknownMatcher', { comparison: c.id, level: l.id, matcher: String(l.when), known: matcherList }));
        continue;
      }
      if (m.features !== '*' && !m.features.includes(c.feature as Feature)) {
        out.push(err('dedupe.settings.matcherFeature', { comparison: c.id, level: l.id, matcher: l.when, feature: c.feature, accepts: m.features.join(', ') }));
      }
      if (m.needsThreshold && !inUnit(l.threshold)) {
        out.push(err('dedupe.settings.threshold', { comparison: c.id, level: l.id, matcher: l.when }));
      }
      if (typeof l.weight !== 'number' || !Number.isFinite(l.weight)) {
        out.push(err('dedupe.settings.number', { setting: `${c.id}.${l.id}.weight`, value: String(l.weight) }));
      }
    }
  }
  for (const [id, w] of Object.entries(s.weights ?? {})) {
    if (!ids.has(id)) out.push(err('dedupe.settings.unknownComparison', { path: `dedupe.weights.${id}`, comparison: id, known: [...ids].join(', ') }));
    // A number below 0 is said as such, not asked to be "a number" (a non-number is settings-shape.ts's notNumber).
    else if (typeof w !== 'number' || !(w >= 0)) out.push(err(typeof w === 'number' && w < 0 ? 'dedupe.settings.negativeWeight' : 'dedupe.settings.number', { setting: `weights.${id}`, value: String(w) }));
  }
  // A cap may name comparisons a user's own comparison list leaves out (the default caps do): it
  // then caps nothing. One naming no comparison at all ("foo", "phone" for mobile) is a mistake
  // that would cap nothing without a word.
  const known = new Set([...ids, ...DEFAULT_DEDUPE_SETTINGS.comparisons.map((c) => c.id)]);
  (s.caps ?? []).forEach((cap, i) => {
    (Array.isArray(cap.comparisons) ? cap.comparisons : []).forEach((id, j) => {
      if (!known.has(id)) out.push(err('dedupe.settings.unknownComparison', { path: `dedupe.caps[${i}].comparisons[${j}]`, comparison: String(id), known: [...known].join(', ') }));
    });
    if (typeof cap.max !== 'number' || !(cap.max >= 0)) out.push(err(typeof cap.max === 'number' && cap.max < 0 ? 'dedupe.settings.negativeCap' : 'dedupe.settings.number', { setting: `caps.${cap.id}.max`, value: String(cap.max) }));
  });
  for (const [k, v] of Object.entries(s.blocking?.maxBlockSizeFor ?? {})) {
    if (!KEYERS[k]) out.push(err('dedupe.settings.unknownKeyer', { path: `dedupe.blocking.maxBlockSizeFor.${k}`, keyer: k, known: Object.keys(KEYERS).join(', ') }));
    else if (!posInt(v) || v < 2) out.push(err('dedupe.settings.count', { setting: `blocking.maxBlockSizeFor.${k}`, value: String(v) }));
  }
  (s.blocking?.keys ?? []).forEach((k, i) => {
    if (!KEYERS[k]) out.push(err('dedupe.settings.unknownKeyer', { path: `dedupe.blocking.keys[${i}]`, keyer: String(k), known: Object.keys(KEYERS).join(', ') }));
  });
  (s.survivor ?? []).forEach((r, i) => {
    if (!SURVIVOR_RULES.includes(r as SurvivorRule)) {
      out.push(err('dedupe.settings.unknownSurvivorRule', { path: `dedupe.survivor[${i}]`, rule: String(r), known: SURVIVOR_RULES.join(', ') }));
    }
  });
  if (s.ownerRule !== undefined && !OWNER_RULES.includes(s.ownerRule as OwnerRule)) {
    out.push(err('dedupe.settings.unknownOwnerRule', { path: 'dedupe.ownerRule', rule: String(s.ownerRule), known: OWNER_RULES.join(', ') }));
  }
  (s.keepApartBy ?? []).forEach((f, i) => {
    if (!isFieldId(f)) out.push(err('dedupe.settings.unknownField', { path: `dedupe.keepApartBy[${i}]`, setting: `dedupe.keepApartBy[${i}]`, field: String(f), known: FIELDS.map((d) => d.id).join(', ') }));
  });
  return out;
}
