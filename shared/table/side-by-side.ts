/**
 * Two tables side by side on one sheet: 老客户 in A:F, an empty column G, 新客户 in H:M under the
 * same header. Read as one table, the right one's 手机 and 合同到期日 became the left rows' (a stranger's
 * mobile on another customer's row, his contract silenced by hers) and its customers were lost (h59).
 * Told by an empty column with the same field names on both sides of it in the header row.
 */
import { isBlank, type Cell } from './cell';

/** Header names both sides must share, and the share of the right side's names they must be. */
const MIN_REPEATED = 2;
const REPEATED_SHARE = 0.5;

const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export interface SideBySide {
  /** 0-based column of the empty column between the tables. */
  gap: number;
  /** 0-based last column of the right table. */
  last: number;
  /** Header names written on both sides. */
  repeated: string[];
}

/**
 * The empty column between two side-by-side tables, or null. `headers` is the header row within the
 * table's width; `rows` the rows from the header down, each within that width.
 */
export function sideBySide(headers: readonly string[], rows: readonly (readonly (Cell | undefined)[])[]): SideBySide | null {
  for (let gap = 1; gap < headers.length - 1; gap++) {
    if (rows.some((r) => r[gap] !== undefined && !isBlank(r[gap] as Cell))) continue;
    const left = new Set(headers.slice(0, gap).map(key).filter((h) => h !== ''));
    const right = headers.slice(gap + 1).filter((h) => h !== '');
    const repeated = right.filter((h) => left.has(key(h)));
    if (repeated.length >= MIN_REPEATED && repeated.length >= right.length * REPEATED_SHARE) {
      let last = headers.length - 1;
      while (last > gap && headers[last] === '' && rows.every((r) => r[last] === undefined || isBlank(r[last] as Cell))) last--;
      return { gap, last, repeated };
    }
  }
  return null;
}
