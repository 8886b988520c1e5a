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
  private readonly counts = new Map<string, { label: string; count: number }>();

  add(id: string, label: string, by = 1): void {
    const entry = this.counts.get(id);
    if (entry) entry.count += by;
    else this.counts.set(id, { label, count: by });
  }

  /** Makes sure a category shows even with no rows (fixed categories such as label ids). */
  ensure(id: string, label: string): void {
    if (!this.counts.has(id)) this.counts.set(id, { label, count: 0 });
  }

  /**
   * Ordered classes (tiers high → low, the settings' levels, lifecycle and activity as defined): in
   * the order they were first ensured or added, the blank bucket last, so a chart of them reads in
   * their own order, not by count.
   */
  ordered(): ReportSeries[] {
    return [...this.counts].map(([id, { label, count }]) => ({ id, label, count })).sort(blankLast);
  }

  /** Sorted series; past `limit` entries the rest are summed into `other` (when given). */
  series(limit?: number, other?: { id: string; label: string }): ReportSeries[] {
    const all = sortSeries([...this.counts].map(([id, { label, count }]) => ({ id, label, count })));
    if (!limit || !other || all.length <= limit) return all;
    const kept = all.slice(0, limit - 1);
    const rest = all.slice(limit - 1).reduce((sum, s) => sum + s.count, 0);
    return [...kept, { ...other, count: rest }];
  }
}
