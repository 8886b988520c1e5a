/**
 * A running number (序号, No., #): a column that counts the rows, 1, 2, 3 … It tells rows apart by
 * where they stand, not by what they hold: two copies of one customer have two numbers. Told by its
 * values read as a set, never by the order the rows stand in (a sort by 负责人 must not turn the
 * sheet's register into account numbers, h61): whole numbers, each once, that fill much of the range
 * from the smallest to the largest (a few gaps where rows were deleted or merged away, and a few
 * repeats, are allowed: a row pasted twice keeps its number, and one such copy must not turn the
 * sheet's register into account numbers).
 *
 * A sheet may hold a slice of a longer series: one rep's or one region's 130 customers of the
 * company's register KH0001 … KH0400, or the rows a filter exported. Those fill a third of their range
 * or less, as account numbers do, and only what the sheet says tells them apart: a header that counts
 * rows (序号, 编号, No., #), or one that registers customers (客户编号, Customer No.) over numbers written
 * by one pattern, one prefix and one zero-padded width (KH0088, KH0339), as a register's formula or a
 * typist copying the row above writes them. A card's or an account's number (会员卡号 6222…, VIP1023,
 * Customer ID) is judged by its values alone, as before.
 */
import type { Row } from './table';
import { numberingHeader } from '../schema/numbering-header';

/** Share of the filled cells that must be whole numbers, each met once; and of those, written by one pattern. */
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
const REGISTER_NUMBER = /^\s*([A-Za-z]{0,4}[-_]?)(\d{1,7})\s*$/;
const PLAIN_NUMBER = /^\s*()(\d{1,7})\s*$/;
/** A row's or a register's number has seven digits at most, as the forms above read them. */
const SHORT = 1e7;

export interface RunningNumberOptions {
  /** Read numbers behind a few letters (KH0001) too, as a register writes them. */
  prefixed?: boolean;
  /** The column's header, which may say the numbers count rows or register customers (numberingHeader). */
  header?: unknown;
}

export function isRunningNumber(rows: readonly Row[], col: number, options: RunningNumberOptions = {}): boolean {
  const seen = new Set<number>();
  let filled = 0;
  let min = Infinity;
  let max = -Infinity;
  const form = options.prefixed ? REGISTER_NUMBER : PLAIN_NUMBER;
  for (const r of rows) {
    const c = r.cells[col];
    if (!c || c.kind === 'empty') continue;
    filled++;
    const digits = c.kind === 'text' ? form.exec(c.value)?.[2] : undefined;
    const n = c.kind === 'number' ? c.value : digits !== undefined ? Number(digits) : NaN;
    // A number met again counts as no whole number: a few pasted copies pass, a column of repeats does not.
    if (!Number.isInteger(n) || seen.has(n)) continue;
    seen.add(n);
    if (n < min) min = n;
    if (n > max) max = n;
  }
  const whole = seen.size;
  if (!(filled >= 2 && whole >= 2 && whole >= MOSTLY * filled)) return false;
  if (whole >= DENSE * (max - min + 1)) return true;
  // Sparse: a slice of a longer series, or numbers of accounts. The header tells, of short numbers
  // only: a longer one stored as a number (Shopify's 6012345678901) is an account's under any header.
  if (max >= SHORT) return false;
  const says = numberingHeader(options.header);
  return says === 'rows' || (says === 'register' && writtenByOnePattern(rows, col, form, whole));
}

/**
 * Most of the column's whole numbers are written one way, one prefix (case aside: KH0014 and kh0015
 * are one register) and one width, zero-padded (KH0088): numbered by a counter, as a register is, not
 * issued by a card, a platform or an ERP's branches (VIP1023, 6222…, BJ00012 beside SH00021).
 */
function writtenByOnePattern(rows: readonly Row[], col: number, form: RegExp, whole: number): boolean {
  const patterns = new Map<string, number>();
  const seen = new Set<number>();
  let padded = false;
  for (const r of rows) {
    const c = r.cells[col];
    const m = c?.kind === 'text' ? form.exec(c.value) : null;
    const n = c?.kind === 'number' ? c.value : m ? Number(m[2]) : NaN;
    if (!Number.isInteger(n) || seen.has(n)) continue;
    seen.add(n);
    const pattern = m ? `${m[1].toLowerCase()}|${m[2].length}` : `|${String(n).length}`;
    patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
    if (m && m[2].length > 1 && m[2].startsWith('0')) padded = true;
  }
  let mostOneWay = 0;
  for (const count of patterns.values()) if (count > mostOneWay) mostOneWay = count;
  return padded && mostOneWay >= MOSTLY * whole;
}
