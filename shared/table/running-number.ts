/**
 * A running number (序号, No., #): a column that counts the rows, 1, 2, 3 … down the sheet. It
 * tells rows apart by where they stand, not by what they hold: two copies of one customer have
 * two numbers. Told by its values: whole numbers, each once, rising down the sheet (a few out of
 * order after a sort or an insert are allowed).
 */
import type { Row } from './table';

/** Share of the filled cells that must be whole numbers, and of the steps that must rise. */
const MOSTLY = 0.9;

export function isRunningNumber(rows: readonly Row[], col: number): boolean {
  const seen = new Set<number>();
  let filled = 0;
  let whole = 0;
  let rises = 0;
  let steps = 0;
  let last: number | null = null;
  for (const r of rows) {
    const c = r.cells[col];
    if (!c || c.kind === 'empty') continue;
    filled++;
    const n = c.kind === 'number' ? c.value : c.kind === 'text' && /^\s*\d{1,7}\s*$/.test(c.value) ? Number(c.value) : NaN;
    if (!Number.isInteger(n)) continue;
    if (seen.has(n)) return false;
    seen.add(n);
    whole++;
    if (last !== null) {
      steps++;
      if (n > last) rises++;
    }
    last = n;
  }
  return filled >= 2 && whole >= MOSTLY * filled && rises >= MOSTLY * steps;
}
