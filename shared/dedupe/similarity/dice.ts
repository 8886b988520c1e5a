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

/** Dice similarity of the character bigrams of two strings. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  return diceOfGrams(bigrams(a), bigrams(b));
}
