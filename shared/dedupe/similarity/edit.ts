/** Small edit-distance tests used for typo levels: one substitution, insertion, deletion or adjacent swap. */
import { osaDistanceWithin } from '../../normalize/edit-distance';

/**
 * True when `a` and `b` differ by at most one edit (Damerau: an adjacent transposition counts as
 * one). Linear time, no matrix: it is called on many candidate pairs.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // substitution at i, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // insertion or deletion at i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Levenshtein distance capped at `max` (returns max + 1 when larger), for short strings. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
}

/**
 * True when `a` and `b` differ by at most two edits, an adjacent transposition counting as one
 * (optimal string alignment, normalize/edit-distance.ts). Called on few pairs (one user name at two
 * domains), so the whole distance is cheap enough.
 */
export function withinTwoEdits(a: string, b: string): boolean {
  if (withinOneEdit(a, b)) return true;
  return Math.abs(a.length - b.length) <= 2 && osaDistanceWithin(a, b, 2) <= 2;
}
