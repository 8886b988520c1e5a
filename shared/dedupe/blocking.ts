/**
 * Blocking: rows are compared only when they share a key, never all pairs. Blocks larger than
 * `maxBlockSize` (a company landline on 300 rows, a very common name) are skipped and counted in
 * the stats: their rows still meet through their other keys, so a pair inside such a block is
 * compared only on other evidence. Each candidate pair is produced once, without a global pair
 * set: for row i, a stamp array marks the rows already met.
 *
 * Keys become integer ids (key-ids.ts) and a keyer's (key, row) entries are grouped by counting
 * sort, so a block is a run of one integer array: no map of arrays, one array per key (685k key
 * insertions on a 100k-row sheet), nor a joined string per composite key.
 */
import type { Profile } from './profile';
import type { Keyer } from './keyers';
import { KeyIds } from './key-ids';
import { IntList } from './int-list';

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
  /** Calls `visit(i, j)` once for every candidate pair, i < j, in order of i. */
  forEachPair(visit: (i: number, j: number) => void): void;
  stats: BlockingStats;
}

/** Positions 0 … m-1 stably sorted by `by[position]` (values 0 … range-1): one counting-sort pass. */
function sortedBy(order: Int32Array, by: Int32Array, range: number): Int32Array {
  const start = new Int32Array(range + 1);
  for (let x = 0; x < order.length; x++) start[by[order[x]] + 1]++;
  for (let v = 0; v < range; v++) start[v + 1] += start[v];
  const out = new Int32Array(order.length);
  for (let x = 0; x < order.length; x++) out[start[by[order[x]]]++] = order[x];
  return out;
}

/** Each row's keys are read as the row is added: see findDuplicates, which adds a profile as soon as it is built. */
export interface BlockKeys {
  /** Adds the next row (rows are numbered in the order added). */
  add(p: Profile): void;
  /** The blocks of the rows added. */
  finish(): Blocking;
}

/** One keyer's keys, numbered (key-ids.ts), as (key id, sub-key id + 1 or 0 for none, row) entries in row order. */
interface KeyerEntries {
  name: string;
  keyer: Keyer;
  cap: number;
  keys: KeyIds;
  subs: KeyIds;
  key: IntList;
  sub: IntList;
  row: IntList;
}

export function blockKeys(
  keyers: readonly [string, Keyer][],
  maxBlockSize: number,
  maxBlockSizeFor: Readonly<Record<string, number>> = {},
): BlockKeys {
  const all: KeyerEntries[] = keyers.map(([name, keyer]) => ({
    name,
    keyer,
    cap: Math.min(maxBlockSize, maxBlockSizeFor[name] ?? maxBlockSize),
    keys: new KeyIds(),
    subs: new KeyIds(),
    key: new IntList(),
    sub: new IntList(),
    row: new IntList(),
  }));
  let row = 0;
  let into = all[0];
  const emit = (key: string, sub?: string) => {
    into.key.push(into.keys.id(key));
    into.sub.push(sub === undefined ? 0 : into.subs.id(sub) + 1);
    into.row.push(row);
  };
  return {
    add(p) {
      for (let k = 0; k < all.length; k++) {
        into = all[k];
        into.keyer(p, emit);
      }
      row++;
    },
    finish: () => blocksOf(all, row),
  };
}

/** Blocking over all rows at once (profiles built before). */
export function buildBlocking(
  profiles: readonly Profile[],
  keyers: readonly [string, Keyer][],
  maxBlockSize: number,
  maxBlockSizeFor: Readonly<Record<string, number>> = {},
): Blocking {
  const keys = blockKeys(keyers, maxBlockSize, maxBlockSizeFor);
  for (const p of profiles) keys.add(p);
  return keys.finish();
}

function blocksOf(all: readonly KeyerEntries[], n: number): Blocking {
  const stats: BlockingStats = { blocks: 0, largestBlock: 0, skippedBlocks: {}, skippedBlockRows: 0, blockPairs: {} };
  // The used blocks: block b is blockRows[blockStart[b] … blockStart[b + 1]), its rows ascending.
  const blockRows = new IntList(n * 2);
  const blockStart = new IntList();
  blockStart.push(0);
  for (const { name, cap, keys, subs, key: keyList, sub: subList, row: rowList } of all) {
    // Entries sorted by (key, sub-key), stably: within a key, rows ascending, a row's repeats adjacent.
    const key = keyList.items();
    const sub = subList.items();
    const rows = rowList.items();
    let order: Int32Array = new Int32Array(key.length);
    for (let x = 0; x < order.length; x++) order[x] = x;
    if (subs.size > 0) order = sortedBy(order, sub, subs.size + 1);
    order = sortedBy(order, key, keys.size);

    for (let start = 0; start < order.length; ) {
      const k = key[order[start]];
      const s = sub[order[start]];
      let end = start + 1;
      while (end < order.length && key[order[end]] === k && sub[order[end]] === s) end++;
      let size = 0;
      for (let x = start, last = -1; x < end; x++) {
        const r = rows[order[x]];
        if (r !== last) size++;
        last = r;
      }
      if (size > cap) {
        stats.skippedBlocks[name] = (stats.skippedBlocks[name] ?? 0) + 1;
        stats.skippedBlockRows += size;
      } else if (size > 1) {
        for (let x = start, last = -1; x < end; x++) {
          const r = rows[order[x]];
          if (r !== last) blockRows.push(r);
          last = r;
        }
        blockStart.push(blockRows.length);
        stats.blockPairs[name] = (stats.blockPairs[name] ?? 0) + (size * (size - 1)) / 2;
        if (size > stats.largestBlock) stats.largestBlock = size;
      }
      start = end;
    }
  }
  const starts = blockStart.items();
  const members = blockRows.items();
  const blocks = starts.length - 1;
  stats.blocks = blocks;

  // Rows → the blocks they are in (compressed sparse rows).
  const count = new Int32Array(n + 1);
  for (let x = 0; x < members.length; x++) count[members[x] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const fill = count.slice(0, n);
  const memberOf = new Int32Array(count[n]);
  for (let b = 0; b < blocks; b++) for (let x = starts[b]; x < starts[b + 1]; x++) memberOf[fill[members[x]]++] = b;

  return {
    stats,
    forEachPair(visit) {
      const stamp = new Int32Array(n).fill(-1);
      for (let i = 0; i < n; i++) {
        for (let k = count[i]; k < count[i + 1]; k++) {
          const b = memberOf[k];
          for (let x = starts[b]; x < starts[b + 1]; x++) {
            const j = members[x];
            if (j <= i || stamp[j] === i) continue;
            stamp[j] = i;
            visit(i, j);
          }
        }
      }
    },
  };
}
