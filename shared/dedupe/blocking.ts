/**
 * Blocking: rows are compared only when they share a key, never all pairs. Blocks larger than
 * `maxBlockSize` (a company landline on 300 rows, a very common name) are skipped and counted in
 * the stats: their rows still meet through their other keys, so a pair inside such a block is
 * compared only on other evidence. Each candidate pair is produced once, without a global pair
 * set: for row i, a stamp array marks the rows already met.
 */
import type { Profile } from './profile';
import type { Keyer } from './keyers';

export interface BlockingStats {
  /** Blocks of two or more rows that were used. */
  blocks: number;
  /** Rows in the largest used block. */
  largestBlock: number;
  /** Blocks over the size cap, per keyer name. */
  skippedBlocks: Record<string, number>;
  /** Rows in skipped blocks, summed over blocks. */
  skippedBlockRows: number;
  /** Pairs inside the used blocks, per keyer (before pairs shared by several keys are merged). */
  blockPairs: Record<string, number>;
}

export interface Blocking {
  /** Calls `visit(i, j)` once for every candidate pair, i < j, in row order. */
  forEachPair(visit: (i: number, j: number) => void): void;
  stats: BlockingStats;
}

export function buildBlocking(
  profiles: readonly Profile[],
  keyers: readonly [string, Keyer][],
  maxBlockSize: number,
  maxBlockSizeFor: Readonly<Record<string, number>> = {},
): Blocking {
  const n = profiles.length;
  const stats: BlockingStats = { blocks: 0, largestBlock: 0, skippedBlocks: {}, skippedBlockRows: 0, blockPairs: {} };
  const blocks: number[][] = [];
  for (const [name, keyer] of keyers) {
    const cap = Math.min(maxBlockSize, maxBlockSizeFor[name] ?? maxBlockSize);
    // Most keys belong to one row only: hold a lone row as a number, make an array on the second.
    const byKey = new Map<string, number | number[]>();
    let row = 0;
    const emit = (k: string) => {
      const v = byKey.get(k);
      if (v === undefined) byKey.set(k, row);
      else if (typeof v === 'number') {
        if (v !== row) byKey.set(k, [v, row]);
      } else if (v[v.length - 1] !== row) v.push(row);
    };
    for (; row < n; row++) keyer(profiles[row], emit);
    for (const list of byKey.values()) {
      if (typeof list === 'number') continue;
      if (list.length > cap) {
        stats.skippedBlocks[name] = (stats.skippedBlocks[name] ?? 0) + 1;
        stats.skippedBlockRows += list.length;
        continue;
      }
      blocks.push(list);
      stats.blockPairs[name] = (stats.blockPairs[name] ?? 0) + (list.length * (list.length - 1)) / 2;
      if (list.length > stats.largestBlock) stats.largestBlock = list.length;
    }
  }
  stats.blocks = blocks.length;

  // Rows → the blocks they are in (compressed sparse rows).
  const count = new Int32Array(n + 1);
  for (const b of blocks) for (const i of b) count[i + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const fill = count.slice(0, n);
  const memberOf = new Int32Array(count[n]);
  blocks.forEach((b, id) => {
    for (const i of b) memberOf[fill[i]++] = id;
  });

  return {
    stats,
    forEachPair(visit) {
      const stamp = new Int32Array(n).fill(-1);
      for (let i = 0; i < n; i++) {
        for (let k = count[i]; k < count[i + 1]; k++) {
          const b = blocks[memberOf[k]];
          for (const j of b) {
            if (j <= i || stamp[j] === i) continue;
            stamp[j] = i;
            visit(i, j);
          }
        }
      }
    },
  };
}
