/**
 * Seeded row shuffles for the benches: several public sets are stored grouped by entity, and
 * unshuffled they flatter any order-based method (shared/bench-data/README.md, "Shuffle rows first").
 */
import { Rng } from '../../examples/generator/rng';

/** A random order of 0 … n−1 (Fisher–Yates over mulberry32): `order[i]` is the original index now at position i. */
export function permutation(n: number, seed: number): number[] {
  return new Rng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
}

/** A shuffled copy of `items`; the input is not changed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return permutation(items.length, seed).map((i) => items[i]);
}

/**
 * Shuffles rows and their truth together, returning the order so results can be mapped back:
 * `rows[i]` came from original row `order[i]`.
 */
export function shuffleLabelled<T, L>(rows: readonly T[], truth: readonly L[], seed: number): { rows: T[]; truth: L[]; order: number[] } {
  if (rows.length !== truth.length) throw new RangeError(`rows (${rows.length}) and truth (${truth.length}) differ in length`);
  const order = permutation(rows.length, seed);
  return { rows: order.map((i) => rows[i]), truth: order.map((i) => truth[i]), order };
}
