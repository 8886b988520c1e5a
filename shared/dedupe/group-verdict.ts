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

export interface GroupVerdict {
  score: number;
  confidence: Confidence;
  reasons: Reason[];
}

/** A reason kept for a group, under the comparison (or the reason code) it is kept by, with the weight it is sorted by. */
interface Kept {
  by: string;
  w: number;
  r: Reason;
}

/** The kept reason under `by`, or -1: a group keeps a few, so a look along a list, not a Map per group. */
function indexBy(kept: readonly Kept[], by: string): number {
  for (let k = 0; k < kept.length; k++) if (kept[k].by === by) return k;
  return -1;
}

/** Reasons: the strongest agreement per comparison over the links, then disagreements over all pairs. */
function groupReasons(links: readonly PairScore[], pairs: readonly PairScore[]): Reason[] {
  // In order of first appearance, as a Map's values would be; a stronger hit replaces in place.
  const best: Kept[] = [];
  for (const l of links) {
    for (const h of l.hits) {
      // A level that doubts the pair (a head office and its branch) says why the group is review: against.
      // One that is unsure of it (a birthday a month off) says why the group is review too; a title
      // where a name should be (张女士 / 张小姐, 张总 / 张伟), or a name with a word more in front
      // (Mohammed Ali Khan / Ali Khan), is a caveat the user reads whatever the verdict.
      if (!h.reason || h.weight <= 0 || h.doubt || h.unsure || namesNoOneAlone(h)) continue;
      const at = indexBy(best, h.comparison);
      if (at < 0 || h.weight > best[at].w) {
        const r: Reason = { code: h.reason, evidence: 'for' };
        if (h.params) r.params = h.params;
        const kept = { by: h.comparison, w: h.weight, r };
        if (at < 0) best.push(kept);
        else best[at] = kept;
      }
    }
  }
  const against: Kept[] = [];
  for (const p of pairs) {
    for (const h of p.hits) {
      if (!h.reason || (h.weight >= 0 && !h.doubt && !h.unsure && !namesNoOneAlone(h)) || indexBy(against, h.reason) >= 0) continue;
      const r: Reason = { code: h.reason, evidence: 'against' };
      if (h.params) r.params = h.params;
      against.push({ by: h.reason, w: h.weight, r });
    }
  }
  const byWeight = (x: { w: number }, y: { w: number }) => Math.abs(y.w) - Math.abs(x.w);
  const out: Reason[] = [];
  for (const k of sortSmall(best, byWeight)) out.push(k.r);
  for (const k of sortSmall(against, byWeight)) out.push(k.r);
  return out;
}

/**
 * `pairs`: every pair of the group; `links`: the pairs that joined it; `likely`: the threshold (0–1);
 * `copies`: the rows hold the same values in every column (else the group is at most likely: one
 * customer, but a merge would keep a value of his in a note).
 */
export function judgeGroup(pairs: readonly PairScore[], links: readonly PairScore[], likely: number, copies = true): GroupVerdict {
  // A loop, not a list of every pair's probability per group (minOf's answer for none: Infinity).
  let minP = Infinity;
  for (let k = 0; k < pairs.length; k++) if (pairs[k].p < minP || Number.isNaN(pairs[k].p)) minP = pairs[k].p;
  let confidence: Confidence = 'review';
  if (copies && pairs.every((p) => p.exact)) confidence = 'exact';
  else if (minP >= likely && links.every((l) => l.corroborated)) confidence = 'likely';
  return { score: Math.round(minP * 1000) / 1000, confidence, reasons: groupReasons(links, pairs) };
}

/**
 * The reasons of one pair alone: what holds between two rows of a group of three or more, said on the
 * row (a group's reasons gather every link's, which one row may share with nobody: tester h75 #2).
 */
export function pairReasons(pair: PairScore): Reason[] {
  return groupReasons([pair], [pair]);
}
