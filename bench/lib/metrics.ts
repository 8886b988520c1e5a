/**
 * Clustering quality against ground truth, for the duplicate finder's quality bench.
 *
 * Pairwise precision / recall / F1 count unordered row pairs inside clusters, as dedupe's
 * evaluation scripts and shared/bench-data/README.md do. B-cubed (Bagga & Baldwin 1998,
 * "Entity-based cross-document coreferencing using the vector space model"; Amigó et al. 2009,
 * "A comparison of extrinsic clustering evaluation metrics") averages per row, so one giant
 * cluster cannot dominate the score as it does pairwise (patstat, historical-50k).
 *
 * Both are computed from the contingency counts |predicted cluster ∩ truth cluster|, so they run in
 * O(n) and never enumerate pairs. A predicted id of null / undefined / '' means "in no group": the
 * row is a singleton of its own.
 */

export type ClusterId = string | number | null | undefined;

export interface PairwiseScores {
  /** Unordered pairs of rows that are truly the same entity. */
  truePairs: number;
  /** Unordered pairs of rows put in the same predicted cluster. */
  predictedPairs: number;
  /** Predicted pairs that are true pairs. */
  correctPairs: number;
  /** correct / predicted; 1 when nothing was predicted (nothing claimed, nothing wrong). */
  precision: number;
  /** correct / true; 1 when there is nothing to find. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

export interface BCubedScores {
  precision: number;
  recall: number;
  f1: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

interface Contingency {
  /** Size of each predicted cluster. */
  predicted: Map<string, number>;
  /** Size of each truth cluster. */
  truth: Map<string, number>;
  /** Size of each (predicted, truth) intersection. */
  both: Map<string, number>;
  /** Per row: its predicted key, truth key and intersection key. */
  rowKeys: { p: string; t: string; pt: string }[];
}

function contingency(predicted: readonly ClusterId[], truth: readonly ClusterId[]): Contingency {
  if (predicted.length !== truth.length) throw new RangeError(`predicted (${predicted.length}) and truth (${truth.length}) differ in length`);
  const c: Contingency = { predicted: new Map(), truth: new Map(), both: new Map(), rowKeys: [] };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < predicted.length; i++) {
    // Typed prefixes keep 1 and "1" apart; a row with no id gets a key of its own.
    const key = (v: ClusterId, side: string) => (v === null || v === undefined || v === '' ? `${side}#row${i}` : `${side}${typeof v}:${v}`);
    const p = key(predicted[i], 'p');
    const t = key(truth[i], 't');
    const pt = `${p}\u0000${t}`;
    bump(c.predicted, p);
    bump(c.truth, t);
    bump(c.both, pt);
    c.rowKeys.push({ p, t, pt });
  }
  return c;
}

/** Pairwise precision, recall and F1 of predicted clusters against truth clusters. */
export function pairwiseScores(predicted: readonly ClusterId[], truth: readonly ClusterId[]): PairwiseScores {
  const c = contingency(predicted, truth);
  let truePairs = 0, predictedPairs = 0, correctPairs = 0;
  for (const n of c.truth.values()) truePairs += pairs(n);
  for (const n of c.predicted.values()) predictedPairs += pairs(n);
  for (const n of c.both.values()) correctPairs += pairs(n);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1: harmonic(precision, recall) };
}

/** B-cubed precision, recall and F1: per-row overlap of its predicted and true clusters, averaged over rows. */
export function bcubedScores(predicted: readonly ClusterId[], truth: readonly ClusterId[]): BCubedScores {
  const c = contingency(predicted, truth);
  const n = c.rowKeys.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  let precision = 0, recall = 0;
  for (const { p, t, pt } of c.rowKeys) {
    const overlap = c.both.get(pt) as number;
    precision += overlap / (c.predicted.get(p) as number);
    recall += overlap / (c.truth.get(t) as number);
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** Number of clusters and the size distribution, for reporting what a matcher produced. */
export function clusterSizes(ids: readonly ClusterId[]): { clusters: number; singletons: number; largest: number } {
  const sizes = new Map<string, number>();
  ids.forEach((v, i) => {
    const k = v === null || v === undefined || v === '' ? `#row${i}` : `${typeof v}:${v}`;
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
  });
  let singletons = 0, largest = 0;
  for (const s of sizes.values()) {
    if (s === 1) singletons++;
    if (s > largest) largest = s;
  }
  return { clusters: sizes.size, singletons, largest };
}
