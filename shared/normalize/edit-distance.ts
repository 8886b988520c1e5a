/**
 * Optimal string alignment distance: Levenshtein plus transposition of two adjacent characters
 * (the restricted Damerau–Levenshtein distance; see Wikipedia "Damerau–Levenshtein distance",
 * section "Optimal string alignment distance"). Works on code points, so CJK text is safe.
 */
export function osaDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: the one two back is needed for transpositions.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/** A UTF-16 surrogate: a character outside the Basic Multilingual Plane, two code units long. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * osaDistance(a, b) when it is at most `max`, else a number above `max`. Its callers ask only whether
 * two texts are a slip or two apart, and most pairs are not (every company's e-mail domain against each
 * known provider's, 0.15 s of a 100,000-row run): the table stops at the first row past `max`, and
 * reads code units, without splitting the texts into arrays, when neither holds a surrogate pair.
 */
export function osaDistanceWithin(a: string, b: string, max: number): number {
  if (SURROGATE.test(a) || SURROGATE.test(b)) return osaDistance(a, b);
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A row's least value never falls in the rows below it (each is at most one more than the row
    // above's least, and a transposition adds one to the row two above): past `max` here, past it at the end.
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
