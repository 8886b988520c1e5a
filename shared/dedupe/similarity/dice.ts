/**
 * Sørensen–Dice coefficient over character bigrams (multiset), the measure string-similarity
 * libraries use; it works for CJK text too as long as the text is not split on spaces first
 * (aceakash/string-similarity#9 scores 0 for 布莱顿/布赖顿 because it drops single characters:
 * here a one-character string is its own gram).
 */

/** Character bigrams of `s` (code points), or `[s]` when it has a single character. */
export function bigrams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < 2) return chars.length === 1 ? [chars[0]] : [];
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Dice similarity of two gram lists (multisets): 2|A∩B| / (|A|+|B|). */
export function diceOfGrams(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of b) {
    const n = counts.get(g);
    if (n) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Code points of a string into a scratch array (as Array.from splits it: a lone surrogate is its own). */
let pointsA = new Int32Array(64);
let pointsB = new Int32Array(64);
let usedA = new Uint8Array(64);

function codePoints(s: string, into: Int32Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    into[n++] = c;
    if (c > 0xffff) i++;
  }
  return n;
}

/**
 * Dice similarity of the character bigrams of two strings: what diceOfGrams(bigrams(a), bigrams(b))
 * gives, without the gram strings and the count map (this runs for company pairs of every block).
 * A gram is a pair of code points, or the one code point of a one-character string.
 */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length > pointsA.length) {
    pointsA = new Int32Array(Math.max(a.length, pointsA.length * 2));
    usedA = new Uint8Array(pointsA.length);
  }
  if (b.length > pointsB.length) pointsB = new Int32Array(Math.max(b.length, pointsB.length * 2));
  const na = codePoints(a, pointsA);
  const nb = codePoints(b, pointsB);
  // Gram counts: a one-character string is one gram, a longer one has n - 1.
  const ga = na < 2 ? na : na - 1;
  const gb = nb < 2 ? nb : nb - 1;
  if (ga === 0 && gb === 0) return 1;
  if (ga === 0 || gb === 0) return 0;
  // A lone code point never equals a pair of code points (no gram string of one equals one of two).
  if ((na === 1) !== (nb === 1)) return 0;
  if (na === 1) return pointsA[0] === pointsB[0] ? 1 : 0;
  // Long texts: the count map is linear where this pairwise search is quadratic.
  if (ga * gb > 4096) return diceOfGrams(bigrams(a), bigrams(b));
  // Multiset intersection: each gram of b takes the first unused equal gram of a (counts as a map would).
  usedA.fill(0, 0, ga);
  let common = 0;
  for (let j = 0; j < gb; j++) {
    const x = pointsB[j];
    const y = pointsB[j + 1];
    for (let i = 0; i < ga; i++) {
      if (usedA[i] === 0 && pointsA[i] === x && pointsA[i + 1] === y) {
        usedA[i] = 1;
        common++;
        break;
      }
    }
  }
  return (2 * common) / (ga + gb);
}
