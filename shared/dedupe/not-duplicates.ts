/**
 * The user's "not duplicates" marks: groups of row fingerprints (fingerprint.ts) remembered from an
 * earlier run. Two rows whose fingerprints sit in one marked group are never linked again, wherever
 * the rows have moved since.
 */
import type { CustomerRecord } from '../table/records';
import { rowFingerprint } from './fingerprint';

export interface NotDuplicateMemory {
  /** The rows at these positions were marked as not duplicates of each other. */
  cannotLink(i: number, j: number): boolean;
  /** Fingerprint of the row at a position (computed once, on demand). */
  fingerprint(i: number): string;
}

export function notDuplicateMemory(records: readonly CustomerRecord[], marks: readonly (readonly string[])[] = []): NotDuplicateMemory {
  const fps = new Map<number, string>();
  const fingerprint = (i: number) => {
    let f = fps.get(i);
    if (f === undefined) {
      f = rowFingerprint(records[i]);
      fps.set(i, f);
    }
    return f;
  };
  const markedIn = new Map<string, Set<number>>();
  marks.forEach((group, gi) => {
    for (const f of group) {
      const set = markedIn.get(f) ?? new Set<number>();
      set.add(gi);
      markedIn.set(f, set);
    }
  });
  return {
    fingerprint,
    cannotLink(i, j) {
      if (markedIn.size === 0) return false;
      const a = markedIn.get(fingerprint(i));
      const b = a && markedIn.get(fingerprint(j));
      if (!a || !b) return false;
      for (const g of a) if (b.has(g)) return true;
      return false;
    },
  };
}
