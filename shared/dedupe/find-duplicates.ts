/**
 * Finds duplicate groups in a sheet's records: profiles → blocking keys → candidate pairs →
 * field comparisons → scores → guarded union-find groups → merge proposals. Near-linear: only
 * pairs sharing a key are compared (plus a bounded number inside groups).
 */
import type { CustomerRecord } from '../table/records';
import type { DedupeSettings } from './settings';
import type { Confidence, DedupeOptions, DedupeResult, DedupeStats, DuplicateGroup, Reason } from './types';
import { buildProfile, type Profile, type ProfileContext } from './profile';
import { KEYERS, type Keyer } from './keyers';
import { buildBlocking } from './blocking';
import { compileSettings } from './compare';
import { quickWeight, scorePair, type PairScore } from './score';
import { cluster } from './cluster';
import { rankMembers } from './survivor';
import { propose } from './proposal';
import { rowFingerprint } from './fingerprint';
import { validateDedupeSettings } from './validate-settings';

function emptyStats(records: number): DedupeStats {
  return {
    records,
    candidatePairs: 0,
    comparedPairs: 0,
    linkedPairs: 0,
    blocks: 0,
    largestBlock: 0,
    skippedBlocks: {},
    skippedBlockRows: 0,
    blockPairs: {},
    groups: 0,
    rowsInGroups: 0,
    byConfidence: { exact: 0, likely: 0, review: 0 },
    cappedLinks: 0,
    chainGuardLinks: 0,
    vetoedLinks: 0,
    notDuplicateLinks: 0,
  };
}

/** Reasons of a group: the strongest agreement per comparison over its links, then disagreements over all its pairs. */
function groupReasons(links: readonly PairScore[], pairs: readonly PairScore[]): Reason[] {
  const best = new Map<string, { w: number; r: Reason }>();
  for (const l of links) {
    for (const h of l.hits) {
      if (!h.reason || h.weight <= 0) continue;
      const prev = best.get(h.comparison);
      if (!prev || h.weight > prev.w) {
        const r: Reason = { code: h.reason, evidence: 'for' };
        if (h.params) r.params = h.params;
        best.set(h.comparison, { w: h.weight, r });
      }
    }
  }
  const against = new Map<string, { w: number; r: Reason }>();
  for (const p of pairs) {
    for (const h of p.hits) {
      if (!h.reason || h.weight >= 0 || against.has(h.reason)) continue;
      against.set(h.reason, { w: h.weight, r: { code: h.reason, evidence: 'against' } });
    }
  }
  const byWeight = (x: { w: number }, y: { w: number }) => Math.abs(y.w) - Math.abs(x.w);
  return [...[...best.values()].sort(byWeight), ...[...against.values()].sort(byWeight)].map((x) => x.r);
}

export function findDuplicates(records: CustomerRecord[], settings: DedupeSettings, options: DedupeOptions = { defaultRegion: 'CN' }): DedupeResult {
  const stats = emptyStats(records.length);
  const problems = validateDedupeSettings(settings);
  if (problems.length > 0) return { groups: [], stats, problems };

  const region = options.defaultRegion;
  const ctx: ProfileContext = { defaultRegion: region, phoneCache: new Map(), nameCache: new Map(), companyCache: new Map(), addressCache: new Map(), textCache: new Map() };
  const profiles: Profile[] = records.map((r, pos) => buildProfile(r, pos, ctx));
  const n = profiles.length;
  const compiled = compileSettings(settings);
  const keyers = settings.blocking.keys.map((k) => [k, KEYERS[k]] as [string, Keyer]);
  const blocking = buildBlocking(profiles, keyers, settings.blocking.maxBlockSize, settings.blocking.maxBlockSizeFor);
  Object.assign(stats, blocking.stats);

  const { review, likely } = settings.thresholds;
  // The weight whose probability is `review` (probability() inverted), less a hair for rounding.
  const reviewWeight = review <= 0 ? -Infinity : review >= 1 ? Infinity : Math.log2(review / (1 - review)) - 1e-9;
  const cache = new Map<number, PairScore>();
  const pairKey = (i: number, j: number) => i * n + j;
  const links: PairScore[] = [];
  blocking.forEachPair((i, j) => {
    stats.candidatePairs++;
    if (quickWeight(profiles[i], profiles[j], compiled, settings.prior, reviewWeight) < reviewWeight) return;
    const s = scorePair(profiles[i], profiles[j], compiled, settings.prior);
    links.push(s);
    cache.set(pairKey(i, j), s);
  });
  stats.comparedPairs = stats.candidatePairs;
  stats.linkedPairs = links.length;

  const score = (i: number, j: number): PairScore => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const k = pairKey(a, b);
    let s = cache.get(k);
    if (!s) {
      s = scorePair(profiles[a], profiles[b], compiled, settings.prior);
      stats.comparedPairs++;
      cache.set(k, s);
    }
    return s;
  };

  // "Not duplicates" marks: rows whose fingerprints sit in one marked group never link.
  const marks = options.notDuplicates?.filter((g) => g.length > 0) ?? [];
  const fpCache = new Map<number, string>();
  const fp = (i: number) => {
    let f = fpCache.get(i);
    if (f === undefined) {
      f = rowFingerprint(records[i]);
      fpCache.set(i, f);
    }
    return f;
  };
  const markedIn = new Map<string, Set<number>>();
  marks.forEach((g, gi) => {
    for (const f of g) {
      const set = markedIn.get(f) ?? new Set<number>();
      set.add(gi);
      markedIn.set(f, set);
    }
  });
  const cannotLink = (i: number, j: number): boolean => {
    if (markedIn.size === 0) return false;
    const a = markedIn.get(fp(i));
    const b = a && markedIn.get(fp(j));
    if (!a || !b) return false;
    for (const g of a) if (b.has(g)) return true;
    return false;
  };

  const clusters = cluster({
    n,
    links,
    score,
    cannotLink,
    review,
    rowOrder: (i) => records[i].sheetRow,
    maxGroupSize: settings.maxGroupSize,
    minAgreement: settings.minAgreement,
  });
  stats.cappedLinks = clusters.stats.cappedLinks;
  stats.chainGuardLinks = clusters.stats.chainGuardLinks;
  stats.vetoedLinks = clusters.stats.vetoedLinks;
  stats.notDuplicateLinks = clusters.stats.notDuplicateLinks;

  const built = clusters.groups.map((members, gi) => {
    const pairs: PairScore[] = [];
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push(score(members[x], members[y]));
    const used = clusters.links[gi];
    const minP = Math.min(...pairs.map((p) => p.p));
    let confidence: Confidence = 'review';
    if (pairs.every((p) => p.exact)) confidence = 'exact';
    else if (minP >= likely && used.every((l) => l.corroborated)) confidence = 'likely';
    const byRow = [...members].sort((a, b) => records[a].sheetRow - records[b].sheetRow);
    const recs = byRow.map((m) => records[m]);
    const ranked = rankMembers(recs, settings.survivor);
    const proposal = propose(ranked, region, ctx.phoneCache);
    const group: DuplicateGroup = {
      id: '',
      rows: recs.map((r) => r.sheetRow),
      fingerprints: byRow.map(fp),
      score: Math.round(minP * 1000) / 1000,
      reasons: groupReasons(used, pairs),
      confidence,
      survivor: ranked[0].sheetRow,
      fields: proposal.fields,
      conflicts: proposal.conflicts,
    };
    if (proposal.ownerConflict) group.ownerConflict = proposal.ownerConflict;
    return group;
  });
  built.sort((a, b) => a.rows[0] - b.rows[0]);
  built.forEach((g, k) => {
    g.id = `G${k + 1}`;
    stats.byConfidence[g.confidence]++;
    stats.rowsInGroups += g.rows.length;
  });
  stats.groups = built.length;
  return { groups: built, stats, problems: [] };
}
