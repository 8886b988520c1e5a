/**
 * The user's "not duplicates" marks: groups of row fingerprints (fingerprint.ts) remembered from an
 * earlier run. Two rows whose fingerprints sit in one marked group are never linked again, wherever
 * the rows have moved since.
 */
import type { CustomerRecord } from '../table/records';
import type { SheetProblem } from '../plan/issue';
import { legacyFingerprint, rowFingerprint } from './fingerprint';
import { sameCell, EMPTY, type Cell } from '../table/cell';

export interface NotDuplicateMemory {
  /** The rows at these positions were marked as not duplicates of each other. */
  cannotLink(i: number, j: number): boolean;
  /** Fingerprint of the row at a position (computed once, on demand). */
  fingerprint(i: number): string;
  /**
   * The fingerprints of marks that still name a row of this sheet but name others it no longer
   * holds as they were (a row edited or removed since): the user's mark has stopped keeping those
   * rows apart. A mark naming no row at all is said nothing of: it may be another tab's.
   */
  stale(): string[];
  /**
   * The position of a row of `members` (a group's rows) that a stale mark names, when another row of
   * them is named by none of that mark's fingerprints: that row may be the one the user marked apart,
   * since edited or merged into another (its fingerprint changed). Null when there is none.
   */
  markedApartFromChanged(members: readonly number[]): number | null;
  /** How many marks there are when none of their fingerprints names a row of this sheet; 0 otherwise. */
  noneHere(): number;
  /** The marks (their indexes) that keep the rows at these positions apart; empty when none does. */
  marksBetween(i: number, j: number): number[];
  /**
   * A fingerprint a mark names twice (two rows of one identity kept apart) that a row of `members`
   * has, when every row of the sheet with it is alike in every column: the mark can no longer tell
   * which two rows it means (one was edited to the other, or a column told them apart was deleted).
   * Null when there is none.
   */
  cannotTell(members: readonly number[]): string | null;
}

/**
 * `unreadAgree`: whether rows agree in the columns no field reads (unread-columns.ts). A fingerprint
 * reads the identifying fields only, so two of a client's packages or stored-value cards (储值卡余额,
 * 疗程项目 unread) share one; they are copies only when those columns agree too (h63, 3).
 */
export function notDuplicateMemory(records: readonly CustomerRecord[], marks: readonly (readonly string[])[] = [], unreadAgree?: (recs: readonly CustomerRecord[]) => boolean): NotDuplicateMemory {
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
  // Fingerprints a marked group lists twice: two rows the user marked that were alike then.
  const twice = new Set<string>();
  marks.forEach((group, gi) => {
    const seen = new Set<string>();
    for (const f of group) {
      if (seen.has(f)) twice.add(f);
      seen.add(f);
      const set = markedIn.get(f) ?? new Set<number>();
      set.add(gi);
      markedIn.set(f, set);
    }
  });
  // The marks a row is in, by its fingerprint or by the one an earlier version saved for it.
  const legacy = new Map<number, string>();
  const legacyOf = (i: number) => {
    let f = legacy.get(i);
    if (f === undefined) legacy.set(i, (f = legacyFingerprint(records[i])));
    return f;
  };
  const groupsOf = (i: number): Set<number> | undefined => {
    const now = markedIn.get(fingerprint(i));
    const before = markedIn.get(legacyOf(i));
    return now && before && now !== before ? new Set([...now, ...before]) : now ?? before;
  };
  // The fingerprints this sheet's rows have, and the marks that name some of its rows and not others.
  let here: Set<string> | null = null;
  let staleMarks: Set<number> | null = null;
  const staleOnes = (): Set<number> => {
    if (staleMarks) return staleMarks;
    here = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      here.add(fingerprint(i));
      here.add(legacyOf(i));
    }
    const h = here;
    staleMarks = new Set<number>();
    marks.forEach((group, gi) => {
      if (group.some((f) => h.has(f)) && group.some((f) => !h.has(f))) staleMarks?.add(gi);
    });
    return staleMarks;
  };
  const copies = (i: number, j: number) => sameRecord(records[i], records[j]) && (unreadAgree?.([records[i], records[j]]) ?? true);
  /** The marks naming both rows; `first`: the first one only (enough to keep them apart). */
  const between = (i: number, j: number, first: boolean): number[] => {
    if (markedIn.size === 0) return [];
    const a = groupsOf(i);
    const b = a && groupsOf(j);
    if (!a || !b) return [];
    // A mark says row A is not row B; it does not hide A's identical copy typed again later. A mark
    // naming one fingerprint twice (a client's two engagements, one contact, e-mail and phone) keeps
    // two rows of that identity apart, not a row that repeats one of them in every cell read: that
    // row is pasted again, a copy, or the mark would hide every later copy of either (h61, 3). Alike in
    // the columns no field reads as well: two packages or cards differ there alone (h63, 3).
    if (fingerprint(i) === fingerprint(j) && (!twice.has(fingerprint(i)) || copies(i, j))) return [];
    const out: number[] = [];
    for (const g of a) {
      if (!b.has(g)) continue;
      out.push(g);
      if (first) break;
    }
    return out;
  };
  // The rows of each fingerprint a mark names twice, found once; whether each such fingerprint's rows are all copies.
  let twiceRows: Map<string, number[]> | null = null;
  const allCopies = new Map<string, boolean>();
  const inMark = (i: number, gi: number) => marks[gi].includes(fingerprint(i)) || marks[gi].includes(legacyOf(i));
  return {
    fingerprint,
    stale() {
      if (markedIn.size === 0) return [];
      const gone = new Set<string>();
      for (const gi of staleOnes()) for (const f of marks[gi]) if (!here?.has(f)) gone.add(f);
      return [...gone];
    },
    noneHere() {
      if (markedIn.size === 0) return 0;
      staleOnes();
      for (const f of markedIn.keys()) if (here?.has(f)) return 0;
      return marks.length;
    },
    markedApartFromChanged(members) {
      if (markedIn.size === 0 || staleOnes().size === 0) return null;
      for (const i of members) {
        for (const gi of groupsOf(i) ?? []) {
          if (!staleMarks?.has(gi)) continue;
          // A row of the group no fingerprint of the mark names: perhaps the changed row itself.
          if (members.some((j) => j !== i && !inMark(j, gi))) return i;
        }
      }
      return null;
    },
    cannotTell(members) {
      if (twice.size === 0) return null;
      if (!twiceRows) {
        const found = new Map<string, number[]>();
        for (let i = 0; i < records.length; i++) {
          const f = fingerprint(i);
          if (twice.has(f)) found.set(f, [...(found.get(f) ?? []), i]);
        }
        twiceRows = found;
      }
      for (const m of members) {
        const f = fingerprint(m);
        const rows = twiceRows.get(f);
        if (!rows || rows.length < 2) continue;
        let all = allCopies.get(f);
        if (all === undefined) allCopies.set(f, (all = rows.every((r) => copies(rows[0], r))));
        if (all) return f;
      }
      return null;
    },
    cannotLink(i, j) {
      return between(i, j, true).length > 0;
    },
    marksBetween(i, j) {
      return between(i, j, false);
    },
  };
}

/** Two records alike in every field read, each extra column too: one row typed or pasted twice. */
function sameRecord(a: CustomerRecord, b: CustomerRecord): boolean {
  const fields = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]) as Set<keyof CustomerRecord['fields']>;
  for (const f of fields) if (!sameCell(a.fields[f] ?? EMPTY, b.fields[f] ?? EMPTY)) return false;
  const extras = new Set([...Object.keys(a.extra ?? {}), ...Object.keys(b.extra ?? {})]) as Set<keyof CustomerRecord['fields']>;
  for (const f of extras) {
    const x: readonly Cell[] = a.extra?.[f] ?? [];
    const y: readonly Cell[] = b.extra?.[f] ?? [];
    if (x.length !== y.length || x.some((c, k) => !sameCell(c, y[k]))) return false;
  }
  return (a.phoneInName ?? '') === (b.phoneInName ?? '');
}

/**
 * What a merge does to the user's marks: a marked row it archives, or a marked kept row whose empty
 * identity cells it fills, stands in the next run under a fingerprint the mark does not name (the kept
 * row's, as merged), and the mark stops keeping it apart. The core cannot write the user's settings;
 * it says, per mark and kept row, which fingerprint to put in place of which.
 */
export function marksMovedByMerge(
  marks: readonly (readonly string[])[],
  before: readonly CustomerRecord[],
  after: readonly CustomerRecord[],
  archived: readonly { sheetRow: number; survivorRow: number }[],
): SheetProblem[] {
  const live = marks.filter((m) => m.length > 0);
  if (live.length === 0 || archived.length === 0) return [];
  const byRow = new Map(before.map((r) => [r.sheetRow, r]));
  const afterByRow = new Map(after.map((r) => [r.sheetRow, r]));
  const folded = new Map<number, number[]>();
  for (const a of archived) folded.set(a.survivorRow, [...(folded.get(a.survivorRow) ?? []), a.sheetRow]);
  const out: SheetProblem[] = [];
  for (const [kept, gone] of folded) {
    const merged = afterByRow.get(kept);
    if (!merged) continue;
    const now = rowFingerprint(merged);
    const rows = [kept, ...gone].map((row) => byRow.get(row)).filter((r): r is CustomerRecord => r !== undefined);
    for (const mark of live) {
      if (mark.includes(now)) continue;
      const named = rows
        .map((r) => ({ row: r.sheetRow, fp: [rowFingerprint(r), legacyFingerprint(r)].find((f) => mark.includes(f)) }))
        .filter((x): x is { row: number; fp: string } => x.fp !== undefined);
      if (named.length === 0) continue;
      out.push({
        // The marked row is the one kept, and the cells it took from the others changed who it reads as.
        code: named.length === 1 && named[0].row === kept ? 'dedupe.markFilled' : 'dedupe.markMerged',
        severity: 'warning',
        params: { rows: named.map((x) => x.row).join(', '), old: named.map((x) => x.fp).join(', '), kept, new: now },
      });
    }
  }
  return out;
}
