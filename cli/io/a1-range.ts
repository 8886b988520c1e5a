/**
 * The area an A1 reference covers, as Excel writes one in a part's `ref` and `sqref` (a table's or a
 * filter's range, a silenced triangle's cells): a cell (B2, $B$2), a range (A1:C9), a whole column
 * (B:B, B:C) or a whole row (2:2, 2:6), in any case. One reader for every such reference of cli/io,
 * so a table, a filter and an ignored error are read alike.
 */
import { columnLetter, columnNumber } from '../../shared';

/** Rows and columns, 1-based, inclusive; top ≤ bottom and left ≤ right. */
export interface A1Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row and column (XFD1048576): a whole column or row reaches them. */
export const LAST_ROW = 1_048_576;
export const LAST_COL = 16_384;

/** One end of a reference: its column letters and its row digits, either absent, each after an optional `$`. */
const END = /^(?:\$?([A-Z]{1,3}))?(?:\$?(\d+))?$/;

/** The area of `ref`; null for anything else (a name, another sheet's reference, a row 0 or past XFD1048576). */
export function parseA1Range(ref: string): A1Range | null {
  const parts = ref.trim().toUpperCase().split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => END.exec(p));
  if (ends.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [a, b = a] = ends as RegExpExecArray[];
  // A column with no row, or a row with no column, stands for the whole of it: both ends alike, and never alone (B, 2).
  if ((a[1] === undefined) !== (b[1] === undefined) || (a[2] === undefined) !== (b[2] === undefined)) return null;
  if ((a[1] === undefined || a[2] === undefined) && parts.length === 1) return null;
  const cols = a[1] === undefined ? [1, LAST_COL] : [columnNumber(a[1]), columnNumber(b[1])];
  const rows = a[2] === undefined ? [1, LAST_ROW] : [Number(a[2]), Number(b[2])];
  if (cols.some((c) => c > LAST_COL) || rows.some((r) => r < 1 || r > LAST_ROW)) return null;
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

/** A range as Excel writes a table's or a filter's ref: 'A1:F7'. */
export function a1RangeRef(r: A1Range): string {
  return `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;
}
