/**
 * A running number (序号, No., #): a column that counts the rows, 1, 2, 3 … down the sheet. It
 * tells rows apart by where they stand, not by what they hold: two copies of one customer have
 * two numbers. Told by its values: whole numbers, each once, rising down the sheet (a few out of
 * order after a sort or an insert are allowed, and a few repeated: a row pasted twice keeps its
 * number, and one such copy must not turn the sheet's register into account numbers).
 */
import type { Row } from './table';

/** Share of the filled cells that must be whole numbers, and of the steps that must rise. */
const MOSTLY = 0.9;

/**
 * A register number the sheet gives each row as it is typed (KH0001, KH-0002, c0003 …: a short
 * number behind a few letters, rising down the sheet): a customer typed twice gets a second one, so
 * two of them do not make two accounts. A platform's account ID (Shopify's 6012345678901) is longer.
 */
const REGISTER_NUMBER = /^\s*[A-Za-z]{0,4}[-_]?(\d{1,7})\s*$/;

export function isRunningNumber(rows: readonly Row[], col: number, options: { prefixed?: boolean } = {}): boolean {
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
    const digits = c.kind === 'text' ? (options.prefixed ? REGISTER_NUMBER.exec(c.value)?.[1] : /^\s*\d{1,7}\s*$/.test(c.value) ? c.value : undefined) : undefined;
    const n = c.kind === 'number' ? c.value : digits !== undefined ? Number(digits) : NaN;
    if (!Number.isInteger(n)) continue;
    // A number met again counts as no whole number: a few pasted copies pass, a column of repeats does not.
    if (seen.has(n)) continue;
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
