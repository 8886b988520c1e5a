/**
 * What a group of linked rows amounts to: its score (the weakest pair, so a chain shows as weak),
 * its confidence and its reasons. exact: every pair is equal after normalization with a personal
 * identifier agreeing, and the rows are copies (no other value differs); likely: every pair scores
 * ≥ the likely threshold and every link that made the group is corroborated; review: the rest,
 * never merged without an explicit flag (PITFALLS D3).
 */
import type { Confidence, Reason } from './types';
import { namesNoOneAlone, type PairScore } from './score';
import { sortSmall } from './sort-small';
import { minOf } from '../table/long-arrays';

export interface GroupVerdict {
  score: number;
  confidence: Confidence;
  reasons: Reason[];
}

/** Reasons: the strongest agreement per comparison over the links, then disagreements over all pairs. */
function groupReasons(links: readonly PairScore[], pairs: readonly PairScore[]): Reason[] {
  const best = new Map<string, { w: number; r: Reason }>();
  for (const l of links) {
    for (const h of l.hits) {
      // A level that doubts the pair (a head office and its branch) says why the group is review: against.
      // One that is unsure of it (a birthday a month off) says why the group is review too; a title
      // where a name should be (张女士 / 张小姐, 张总 / 张伟), or a name with a word more in front
      // (Mohammed Ali Khan / Ali Khan), is a caveat the user reads whatever the verdict.
      if (!h.reason || h.weight <= 0 || h.doubt || h.unsure || namesNoOneAlone(h)) continue;
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
      if (!h.reason || (h.weight >= 0 && !h.doubt && !h.unsure && !namesNoOneAlone(h)) || against.has(h.reason)) continue;
      const r: Reason = { code: h.reason, evidence: 'against' };
      if (h.params) r.params = h.params;
      against.set(h.reason, { w: h.weight, r });
    }
  }
  const byWeight = (x: { w: number }, y: { w: number }) => Math.abs(y.w) - Math.abs(x.w);
  return [...sortSmall([...best.values()], byWeight), ...sortSmall([...against.values()], byWeight)].map((x) => x.r);
}

/**
 * `pairs`: every pair of the group; `links`: the pairs that joined it; `likely`: the threshold (0–1);
 * `copies`: the rows hold the same values in every column (else the group is at most likely: one
 * customer, but a merge would keep a value of his in a note).
 */
export function judgeGroup(pairs: readonly PairScore[], links: readonly PairScore[], likely: number, copies = true): GroupVerdict {
  const minP = minOf(pairs.map((p) => p.p));
  let confidence: Confidence = 'review';
  if (copies && pairs.every((p) => p.exact)) confidence = 'exact';
  else if (minP >= likely && links.every((l) => l.corroborated)) confidence = 'likely';
  return { score: Math.round(minP * 1000) / 1000, confidence, reasons: groupReasons(links, pairs) };
}
