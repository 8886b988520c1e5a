/**
 * Least, greatest and append over arrays as long as a sheet. `Math.min(...xs)` and `xs.push(...ys)`
 * pass every element as an argument, and V8 throws "Maximum call stack size exceeded" past about
 * 125,000 of them: a 190,000-row sheet's rows, or a million-row sheet's issues, are that many.
 */

/** The least of `values`; Infinity when there are none (as Math.min() gives). */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) if (v < least || Number.isNaN(v)) least = v;
  return least;
}

/** The greatest of `values`; -Infinity when there are none (as Math.max() gives). */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const v of values) if (v > most || Number.isNaN(v)) most = v;
  return most;
}

/** `items` appended to `target`, in order; `target` returned. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
