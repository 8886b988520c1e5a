/**
 * Field-by-field comparison of one pair: for each comparison, the first level whose matcher
 * applies decides (Splink's ordered levels), and its weight counts. Evidence caps then limit
 * correlated agreements (a shared workplace) before the weights are summed.
 */
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';
import type { ComparisonLevel, DedupeSettings } from './settings';
import { FEATURE_BIT, type Feature, type Profile } from './profile';
import { MATCHERS, PAIR_FEATURES, type MatchInput, type MatcherDef } from './matchers';

interface CompiledLevel {
  level: ComparisonLevel;
  matcher: MatcherDef;
  /** The level's reasonBy with each matcher resolved (unknown names left out). */
  reasonBy?: { matcher: MatcherDef; reason: MessageKey }[];
  weight: number;
  threshold: number;
}

interface CompiledComparison {
  id: string;
  feature: Feature;
  /** Levels after "missing" (the missing check is done on the feature directly). */
  levels: CompiledLevel[];
  /** Index of the cap this comparison belongs to, or -1. */
  cap: number;
  /** FEATURE_BIT of the feature. */
  bit: number;
  /** Whether a pair whose rows both have the feature takes part (PAIR_FEATURES), or undefined: it does. */
  applies?: (m: MatchInput) => boolean;
  /** The most this comparison can add (its best level, capped by its evidence cap), for early exit. */
  best: number;
}

export interface CompiledSettings {
  comparisons: CompiledComparison[];
  capMax: number[];
  /** Scratch space for the capped sums of one pair. */
  capSum: Float64Array;
  /** Scratch matcher input, reused for every pair (comparePair is not re-entrant). */
  input: MatchInput;
  /** The result of an uncollected comparison, reused for every pair of the first pass (read at once by quickWeight). */
  quick: PairComparison;
}

/** One level that decided a comparison of a pair. */
export interface LevelHit {
  comparison: string;
  level: string;
  /** The level's matcher (name-titled, date-exact …): what the level found, whatever the settings call it. */
  when: string;
  /** Weight after the settings' multiplier, before caps. */
  weight: number;
  reason?: MessageKey;
  params?: Params;
  equal: boolean;
  strong: boolean;
  /** The level doubts the pair (ComparisonLevel.doubt); present only when true. */
  doubt?: true;
  /** The level is unsure of the pair (ComparisonLevel.unsure); present only when true. */
  unsure?: true;
  /** An identity attribute disagrees (ComparisonLevel.identity); present only when true. */
  identity?: true;
}

export interface PairComparison {
  /** Sum of level weights after caps, without the prior. */
  weight: number;
  hits: LevelHit[];
  veto: boolean;
}

/** The hits of an uncollected comparison: always empty, shared so the first pass allocates no array per pair. */
const NO_HITS = Object.freeze([]) as unknown as LevelHit[];

/** Settings → matchers resolved once (call validateDedupeSettings first: unknown names are skipped here). */
export function compileSettings(s: DedupeSettings): CompiledSettings {
  const capOf = new Map<string, number>();
  s.caps.forEach((c, i) => c.comparisons.forEach((id) => capOf.set(id, i)));
  const comparisons: CompiledComparison[] = [];
  for (const c of s.comparisons) {
    const mult = s.weights[c.id] ?? 1;
    if (mult === 0) continue;
    const levels: CompiledLevel[] = [];
    for (const level of c.levels) {
      if (level.when === 'missing') continue;
      const matcher = MATCHERS[level.when];
      if (!matcher) continue;
      const compiled: CompiledLevel = { level, matcher, weight: level.weight * mult, threshold: level.threshold ?? 0 };
      if (level.reasonBy) compiled.reasonBy = level.reasonBy.flatMap((r) => (MATCHERS[r.when] ? [{ matcher: MATCHERS[r.when], reason: r.reason }] : []));
      levels.push(compiled);
    }
    const cap = capOf.get(c.id) ?? -1;
    const top = Math.max(0, ...levels.map((l) => l.weight));
    const applies = PAIR_FEATURES[c.feature];
    comparisons.push({ id: c.id, feature: c.feature, levels, cap, bit: FEATURE_BIT[c.feature], best: cap >= 0 ? Math.min(top, s.caps[cap].max) : top, ...(applies ? { applies } : {}) });
  }
  const input: MatchInput = { a: null as unknown as Profile, b: null as unknown as Profile, feature: 'name', threshold: 0, memo: {} };
  return { comparisons, capMax: s.caps.map((c) => c.max), capSum: new Float64Array(s.caps.length), input, quick: { weight: 0, hits: NO_HITS, veto: false } };
}

/**
 * Compares a pair. With `collect` false (the first pass over every candidate pair) nothing is
 * allocated per level, `hits` stays empty, and the comparison stops as soon as the pair cannot
 * reach `floor` any more (its weight so far plus the best the remaining comparisons could add);
 * its result is then `compiled.quick`, overwritten by the next such call (no object per pair).
 * Pairs that matter are compared again with hits.
 */

export function comparePair(a: Profile, b: Profile, compiled: CompiledSettings, collect = true, floor = -Infinity): PairComparison {
  const hits: LevelHit[] = collect ? [] : NO_HITS;
  const capSum = compiled.capSum;
  capSum.fill(0);
  // One scratch input per run, reset per pair: this loop runs for every candidate pair.
  const input = compiled.input;
  input.a = a;
  input.b = b;
  input.memo.nameGrade = undefined;
  const both = a.mask & b.mask;
  const comparisons = compiled.comparisons;
  // Best still possible from the comparisons both rows can take part in (caps counted once each).
  let reachable = 0;
  if (!collect) {
    for (let ci = 0; ci < comparisons.length; ci++) {
      const c = comparisons[ci];
      if ((both & c.bit) !== 0 && c.cap < 0) reachable += c.best;
    }
    for (let i = 0; i < compiled.capMax.length; i++) reachable += compiled.capMax[i];
  }
  let weight = 0;
  let veto = false;
  // Index loops: this runs for every candidate pair.
  for (let ci = 0; ci < comparisons.length; ci++) {
    const c = comparisons[ci];
    if ((both & c.bit) === 0) continue;
    input.feature = c.feature;
    const levels = c.levels;
    // A pair the feature does not apply to is missing it (no weight), as a blank is.
    const skip = c.applies !== undefined && !c.applies(input);
    const otherNames = (a.companyViews !== undefined || b.companyViews !== undefined) && (c.feature === 'company' || c.feature === 'organisation');
    const aliases = (a.nameViews !== undefined || b.nameViews !== undefined) && c.feature === 'name';
    for (let li = 0; !skip && li < levels.length; li++) {
      const l = levels[li];
      input.threshold = l.threshold;
      let params = l.matcher.test(input);
      // Each level is tried under the company's other name before the next, weaker one.
      const byShortName = params === null && otherNames && (params = underShortName(input, l.matcher, a, b)) !== null;
      // The name too, under each of the person's other names (陈伟明 (Tan Wei Meng) / Tan Wei Meng).
      if (params === null && aliases) params = underViews(input, l.matcher, a.nameViews, b.nameViews);
      if (params === null) continue;
      if (collect) {
        const hit: LevelHit = {
          comparison: c.id,
          level: l.level.id,
          when: l.level.when,
          weight: l.weight,
          equal: l.level.equal === true,
          strong: l.level.strong === true,
        };
        if (l.level.reason) hit.reason = byShortName && l.weight > 0 ? 'dedupe.reason.company.shortName' : l.reasonBy?.find((r) => r.matcher.test(input) !== null)?.reason ?? l.level.reason;
        if (l.level.doubt) hit.doubt = true;
        if (l.level.unsure) hit.unsure = true;
        if (l.level.identity) hit.identity = true;
        if (hasKeys(params)) hit.params = params;
        hits.push(hit);
      }
      if (l.level.veto) veto = true;
      if (c.cap >= 0 && l.weight > 0) capSum[c.cap] += l.weight;
      else weight += l.weight;
      break;
    }
    if (!collect && c.cap < 0) {
      reachable -= c.best;
      if (weight + reachable < floor && !veto) return uncollected(compiled, weight + reachable, veto);
    }
  }
  for (let i = 0; i < capSum.length; i++) weight += Math.min(capSum[i], compiled.capMax[i]);
  return collect ? { weight, hits, veto } : uncollected(compiled, weight, veto);
}

/** Whether a matcher's params name anything, asked without a list of their keys per hit. */
function hasKeys(params: Params): boolean {
  for (const _ in params) return true;
  return false;
}

function uncollected(compiled: CompiledSettings, weight: number, veto: boolean): PairComparison {
  const out = compiled.quick;
  out.weight = weight;
  out.veto = veto;
  return out;
}

/**
 * The level's matcher on one row under each of its views against the other row as it is, then the
 * other way round, then view against view (陳大文 in both rows' 中文名 beside CHAN Tai Man / Peter Chan).
 * `input` is left as it was.
 */
function underViews(input: MatchInput, matcher: MatcherDef, aViews: readonly Profile[] | undefined, bViews: readonly Profile[] | undefined): Params | null {
  const a = input.a;
  const b = input.b;
  // The names' grade is memoised per pair: each view is graded afresh, and the grade that matched is
  // the one later readers of the pair see (the row's own when none did).
  const own = input.memo.nameGrade;
  const test = (): Params | null => {
    input.memo.nameGrade = undefined;
    return matcher.test(input);
  };
  let found: Params | null = null;
  for (const view of aViews ?? []) {
    input.a = view;
    if ((found = test()) !== null) break;
    for (const other of bViews ?? []) {
      input.b = other;
      if ((found = test()) !== null) break;
    }
    input.b = b;
    if (found !== null) break;
  }
  input.a = a;
  if (found === null) {
    for (const view of bViews ?? []) {
      input.b = view;
      if ((found = test()) !== null) break;
    }
    input.b = b;
  }
  if (found === null) input.memo.nameGrade = own;
  return found;
}

/**
 * The level's matcher on one row's company under its short name (客户简称 腾讯) against the other row's
 * company as written (腾讯, typed by a rep): one company has both names. Never short name against short
 * name: a group's subsidiaries (深圳市腾讯计算机系统有限公司, 腾讯科技（深圳）有限公司) often share one,
 * and are customers of their own. `input` is left as it was.
 */
function underShortName(input: MatchInput, matcher: MatcherDef, a: Profile, b: Profile): Params | null {
  let found: Params | null = null;
  for (const view of a.companyViews ?? []) {
    input.a = view;
    if ((found = matcher.test(input)) !== null) break;
  }
  input.a = a;
  if (found !== null) return found;
  for (const view of b.companyViews ?? []) {
    input.b = view;
    if ((found = matcher.test(input)) !== null) break;
  }
  input.b = b;
  return found;
}
