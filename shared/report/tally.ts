/**
 * Counts by category and orders them deterministically: an open-ended category (owner, industry)
 * by count descending, then label, then id, by code point (no locale collation, so every host sorts
 * alike), an ordered class in its own order; the blank bucket last either way. A long tail can be
 * folded into one "other" entry.
 */
import type { ReportSeries } from './types';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The blank bucket (`#blank`) goes last in every table, whatever its count: it is no category to compare. */
export const BLANK = '#blank';
const blankLast = (a: ReportSeries, b: ReportSeries) => Number(a.id === BLANK) - Number(b.id === BLANK);

/** Open-ended categories (owners, industries, regions): count descending, the blank bucket last. */
export function sortSeries(series: ReportSeries[]): ReportSeries[] {
  return series.sort((a, b) => blankLast(a, b) || b.count - a.count || cmp(a.label, b.label) || cmp(a.id, b.id));
}

export class Tally {
  private readonly counts = new Map<string, { label: string; count: number; spent: number }>();

  /**
   * `spendScale`: each entry also sums what its customers spent (the sheet has an amount column), in
   * units of 1/spendScale (decimalScale of all the amounts), so that cents add up without float
   * drift (0.1 + 0.2) and each amount is scanned for its decimals once, not once a table.
   */
  constructor(private readonly spendScale?: number) {}

  /** `spend`: what the customer counted spent, in whole units; null or absent: nothing on record. */
  add(id: string, label: string, by = 1, spend?: number | null): void {
    let entry = this.counts.get(id);
    if (entry) entry.count += by;
    else this.counts.set(id, (entry = { label, count: by, spent: 0 }));
    if (this.spendScale !== undefined && spend !== undefined && spend !== null) entry.spent += Math.round(spend * this.spendScale);
  }

  /** Makes sure a category shows even with no rows (fixed categories such as label ids). */
  ensure(id: string, label: string): void {
    if (!this.counts.has(id)) this.counts.set(id, { label, count: 0, spent: 0 });
  }

  private entries(): ReportSeries[] {
    const scale = this.spendScale;
    return [...this.counts].map(([id, { label, count, spent }]) => (scale !== undefined ? { id, label, count, spend: spent / scale } : { id, label, count }));
  }

  /**
   * Ordered classes (tiers high → low, the settings' levels, lifecycle and activity as defined): in
   * the order they were first ensured or added, the blank bucket last, so a chart of them reads in
   * their own order, not by count.
   */
  ordered(): ReportSeries[] {
    return this.entries().sort(blankLast);
  }

  /** Sorted series; past `limit` entries the rest are summed into `other` (when given). */
  series(limit?: number, other?: { id: string; label: string }): ReportSeries[] {
    const all = sortSeries(this.entries());
    if (!limit || !other || all.length <= limit) return all;
    const kept = all.slice(0, limit - 1);
    const rest = all.slice(limit - 1);
    const count = rest.reduce((sum, s) => sum + s.count, 0);
    const scale = this.spendScale;
    return [...kept, scale !== undefined ? { ...other, count, spend: rest.reduce((sum, s) => sum + Math.round((s.spend ?? 0) * scale), 0) / scale } : { ...other, count }];
  }
}

/**
 * Each value's part of `whole` in thousandths (0.1 %, what a 0.0% cell shows), rounded by largest
 * remainder so that the parts add up to the sum's own part: a table of every customer shows 100.0 %,
 * never 99.9 % or 100.1 % from rounding each line alone. Equal values always show equal parts (three
 * regions of 7 customers are 33.3 % each, never one of them 33.4 %): alike values take the extra
 * thousandth together or not at all, and where what is left cannot go to all of them, they take it
 * only if that brings the total nearer (three of 33.3 %: 99.9 %; six of 16.7 %: 100.2 %), and no
 * smaller remainder takes one after them, so a larger value never shows a smaller part.
 */
export function partsOf(values: readonly number[], whole: number): number[] {
  const exact = values.map((v) => (v / whole) * 1000);
  const units = exact.map((x) => Math.floor(x));
  let left = Math.round(exact.reduce((s, x) => s + x, 0)) - units.reduce((s, u) => s + u, 0);
  const remainder = (i: number) => exact[i] - units[i];
  // Alike values as one group, the groups by remainder, largest first (ties: the earlier entry's group).
  const groups = new Map<number, number[]>();
  values.forEach((v, i) => {
    const same = groups.get(v);
    if (same) same.push(i);
    else groups.set(v, [i]);
  });
  const byRemainder = [...groups.values()].sort((a, b) => remainder(b[0]) - remainder(a[0]) || a[0] - b[0]);
  for (const group of byRemainder) {
    if (left <= 0 || remainder(group[0]) <= 0) break;
    const all = left >= group.length;
    if (all || 2 * left >= group.length) for (const i of group) units[i]++;
    if (!all) break;
    left -= group.length;
  }
  return units.map((u) => u / 1000);
}

/**
 * A table of customers with each entry's part of the `customers` and, when they spent anything
 * (`spendTotal` above 0), of the spending.
 */
export function withShares(series: ReportSeries[], customers: number, spendTotal?: number): ReportSeries[] {
  const shares = customers > 0 ? partsOf(series.map((s) => s.count), customers) : null;
  const spendShares = spendTotal !== undefined && spendTotal > 0 ? partsOf(series.map((s) => s.spend ?? 0), spendTotal) : null;
  // In the order a reader takes them (and the JSON shows them): count, share, spending, its share.
  return series.map((s, i) => {
    const out: ReportSeries = { id: s.id, label: s.label, count: s.count };
    if (shares) out.share = shares[i];
    if (s.spend !== undefined) out.spend = s.spend;
    if (spendShares) out.spendShare = spendShares[i];
    return out;
  });
}
