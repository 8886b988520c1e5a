/**
 * Groups from scored pairs with union-find, guarded against chains. Links are taken strongest
 * first; two partial groups join only when (1) no pair across them is vetoed or marked "not
 * duplicates", (2) the joined group stays within `maxGroupSize`, and (3) at least `minAgreement`
 * of the pairs across them are not taken for different customers (they score ≥ `differ`; pairs
 * not compared yet are scored on demand), or none of them says two customers: none scores below
 * `apart` with disagreements that alone weigh as much (two mobiles, two birthdays and two
 * mailboxes), none doubts (two whole different names, two companies, an organisation's two
 * sites). So one weak link cannot chain two customers together: A~B and B~C with A≁C joins only
 * when most cross pairs could be one customer, or when nothing across says two, and the group's
 * weakest pair then marks it for review. A cross pair that is merely unsure (two copies of one
 * customer, each with its own typos) does not hold the copies apart. Nor does one that has little
 * to compare (a copy with its name and e-mail left blank: low for want of agreement, not for a
 * disagreement), except from a group a merge would take (every pair exact or ≥ `likely`): a
 * sparse copy is not worth turning a sure group into one for review. An organisation's two sites
 * that share only a similar name (two addresses, two phones) are never joined, whatever the share:
 * a listing cannot be a copy of both.
 */
import { twoSites, type PairScore } from './score';
import { sortSmall } from './sort-small';

export interface ClusterOptions {
  n: number;
  /** Candidate pairs scoring ≥ review, in any order. */
  links: PairScore[];
  /** Score of any pair (cached by the caller). */
  score(i: number, j: number): PairScore;
  /** The user said these two rows are not duplicates. */
  cannotLink(i: number, j: number): boolean;
  review: number;
  /** Cross pairs scoring below this count against a join (see DedupeSettings.thresholds.differ). */
  differ: number;
  /**
   * Cross pairs scoring below this say two customers when their disagreements alone weigh as much
   * (as a weight: 0.05 is −4.25 bits); a join none of whose cross pairs does (nor doubts) is made
   * whatever the share reaching `differ` (DedupeSettings.thresholds.apart).
   */
  apart: number;
  /** A group every pair of which is exact or scores at least this is one a merge would take (DedupeSettings.thresholds.likely). */
  likely: number;
  /** Tie-break of equal links: the rows' sheet order, so the result does not depend on the input order. */
  rowOrder(i: number): number;
  maxGroupSize: number;
  minAgreement: number;
}

export interface ClusterStats {
  /** Links refused because the group would pass `maxGroupSize`. */
  cappedLinks: number;
  /** Links refused because too few cross pairs agreed (the chain guard). */
  chainGuardLinks: number;
  /** Links refused because a cross pair was vetoed (two valid, different ID numbers …). */
  vetoedLinks: number;
  /** Links refused because the user marked the rows as not duplicates. */
  notDuplicateLinks: number;
}

export interface Clusters {
  /** Groups of two or more positions, each sorted, in order of their first position. */
  groups: number[][];
  /** The links that joined each group (same order as `groups`). */
  links: PairScore[][];
  stats: ClusterStats;
}

/** A level of the pair doubts it (two whole different names, two companies), or it is an organisation's two sites (score.ts). */
function doubts(s: PairScore): boolean {
  for (const h of s.hits) if (h.doubt) return true;
  return twoSites(s.hits);
}

/** Bits the pair's disagreeing levels weigh together (≤ 0). */
function against(s: PairScore): number {
  let w = 0;
  for (const h of s.hits) if (h.weight < 0) w += h.weight;
  return w;
}

export function cluster(o: ClusterOptions): Clusters {
  const parent = new Int32Array(o.n);
  for (let i = 0; i < o.n; i++) parent[i] = i;
  const members = new Map<number, number[]>();
  const used = new Map<number, PairScore[]>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  // Disagreements that weigh below this say two customers in a pair scoring below o.apart (o.apart as a weight).
  const apartAgainst = o.apart <= 0 ? -Infinity : o.apart >= 1 ? Infinity : Math.log2(o.apart / (1 - o.apart));
  // Every pair of the group is one a merge would take: exact (copies), or scoring ≥ likely.
  const sure = (g: readonly number[]): boolean => {
    if (g.length < 2) return false;
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        const s = o.score(Math.min(g[x], g[y]), Math.max(g[x], g[y]));
        if (!s.exact && s.p < o.likely) return false;
      }
    }
    return true;
  };
  const stats: ClusterStats = { cappedLinks: 0, chainGuardLinks: 0, vetoedLinks: 0, notDuplicateLinks: 0 };
  const lo = (l: PairScore) => Math.min(o.rowOrder(l.i), o.rowOrder(l.j));
  const hi = (l: PairScore) => Math.max(o.rowOrder(l.i), o.rowOrder(l.j));
  const order = [...o.links].sort((x, y) => y.weight - x.weight || lo(x) - lo(y) || hi(x) - hi(y));

  for (const link of order) {
    const ra = find(link.i);
    const rb = find(link.j);
    if (ra === rb) continue;
    const A = members.get(ra) ?? [ra];
    const B = members.get(rb) ?? [rb];
    if (A.length + B.length > o.maxGroupSize) {
      stats.cappedLinks++;
      continue;
    }
    let agree = 0;
    // No cross pair says two customers (none disagreeing enough, none doubting): the copies are
    // merely unsure of each other, or have little to compare.
    let noneApart = true;
    // Some cross pair scores below o.apart for want of agreement alone (a copy with little to compare).
    let sparse = false;
    // A cross pair that is an organisation's two sites sharing only a similar name (two addresses, two
    // phones, below review): no row is a copy of both, so a group holding both is wrong whichever row
    // is the stray. Unlike two people's names (a garbled copy of one customer can look like another
    // name), a site is not garbled into another address and another phone: refused whatever the share.
    let sites = false;
    let refused: keyof ClusterStats | null = null;
    outer: for (const x of A) {
      for (const y of B) {
        if (o.cannotLink(x, y)) {
          refused = 'notDuplicateLinks';
          break outer;
        }
        const s = x === link.i && y === link.j ? link : o.score(Math.min(x, y), Math.max(x, y));
        if (s.veto) {
          refused = 'vetoedLinks';
          break outer;
        }
        if (s.p >= o.differ) agree++;
        if (s.p < o.review && twoSites(s.hits)) sites = true;
        if (!noneApart) continue;
        if ((s.p < o.review && doubts(s)) || (s.p < o.apart && against(s) < apartAgainst)) noneApart = false;
        else if (s.p < o.apart) sparse = true;
      }
    }
    const fewAgree = agree < Math.max(1, Math.ceil(o.minAgreement * A.length * B.length - 1e-9));
    if (refused === null && sites) refused = 'chainGuardLinks';
    if (refused === null && fewAgree && (!noneApart || (sparse && (sure(A) || sure(B))))) refused = 'chainGuardLinks';
    if (refused !== null) {
      stats[refused]++;
      continue;
    }
    const [root, child] = A.length >= B.length ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members.set(root, [...A, ...B]);
    members.delete(child);
    used.set(root, [...(used.get(ra) ?? []), ...(used.get(rb) ?? []), link]);
    used.delete(child);
  }

  const roots = [...members.keys()].map((r) => ({ r, list: sortSmall([...members.get(r)!], (x, y) => x - y) }));
  roots.sort((x, y) => x.list[0] - y.list[0]);
  return { groups: roots.map((x) => x.list), links: roots.map((x) => used.get(x.r) ?? []), stats };
}
