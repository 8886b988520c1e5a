/**
 * A running number (序号, No., #): a column that counts the rows, 1, 2, 3 … It tells rows apart by
 * where they stand, not by what they hold: two copies of one customer have two numbers. Told by its
 * values read as a set, never by the order the rows stand in (a sort by 负责人 must not turn the
 * sheet's register into account numbers, h61): whole numbers, each once, that fill much of the range
 * from the smallest to the largest (a few gaps where rows were deleted or merged away, and a few
 * repeats, are allowed: a row pasted twice keeps its number, and one such copy must not turn the
 * sheet's register into account numbers).
 */
import type { Row } from './table';

/** Share of the filled cells that must be whole numbers, each met once. */
const MOSTLY = 0.9;
/**
 * Share of the range from the smallest number to the largest the numbers must fill: a register of
 * KH0001 … KH0022 with four rows merged away fills 18 of 22; ages (28, 30, 35, 41, 52) or card numbers
 * fill a fifth or far less.
 */
const DENSE = 1 / 3;

/**
 * A register number the sheet gives each row as it is typed (KH0001, KH-0002, c0003 …: a short
 * number behind a few letters, one per row typed): a customer typed twice gets a second one, so
 * two of them do not make two accounts. A platform's account ID (Shopify's 6012345678901) is longer.
 */
const REGISTER_NUMBER = /^\s*[A-Za-z]{0,4}[-_]?(\d{1,7})\s*$/;

export function isRunningNumber(rows: readonly Row[], col: number, options: { prefixed?: boolean } = {}): boolean {
  const seen = new Set<number>();
  let filled = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    const c = r.cells[col];
    if (!c || c.kind === 'empty') continue;
    filled++;
    const digits = c.kind === 'text' ? (options.prefixed ? REGISTER_NUMBER.exec(c.value)?.[1] : /^\s*\d{1,7}\s*$/.test(c.value) ? c.value : undefined) : undefined;
    const n = c.kind === 'number' ? c.value : digits !== undefined ? Number(digits) : NaN;
    // A number met again counts as no whole number: a few pasted copies pass, a column of repeats does not.
    if (!Number.isInteger(n) || seen.has(n)) continue;
    seen.add(n);
    if (n < min) min = n;
    if (n > max) max = n;
  }
  const whole = seen.size;
  return filled >= 2 && whole >= 2 && whole >= MOSTLY * filled && whole >= DENSE * (max - min + 1);
}
