/**
 * What a customer bought in all (his spend, his number of orders) when his records disagree. A 0
 * there says a record holds none of his purchases (Shopify writes 0.00 and 0 on every account that
 * never checked out, a form's sign-up row starts at 0 元), not that he bought nothing: against a real
 * total it is no value, as a blank is. Two real totals are joined by TOTAL_RULES: the rows of two
 * accounts (two Shopify customer IDs, two 会员卡号) hold disjoint purchases, and the customer's total
 * is their sum; rows not known to be two accounts are as often one running total typed twice (a sum
 * would count it twice) and the larger is kept, the other listed in the merged values. Totals close
 * together (`closeWithin`: 5000 and 5500) are what a customer typed twice usually is, one running total
 * typed at two dates, and are named in the merged values only; any others (268000 and 152000) may be
 * two accounts' as well, and the larger kept is said as a warning (plan/joined-totals.ts) and in the
 * merged values, never called close.
 */
import type { FieldId } from '../schema/fields';
import { isFormula, type Cell } from '../table/cell';
import { sumExactly } from '../normalize/decimal';

/** Fields of a customer's running totals, where 0 is "none on record". A balance's 0 (owes nothing) is a fact and not here. */
// A visit count (到店次数, Total Visits) is one too: a member's running count of visits, as 订单数 is
// of orders. A count of lessons left (剩余课时) is not: it runs down as lessons are taken and up when
// the family renews, so of two typings neither the larger nor the smaller is surely the newer one,
// and the merge keeps the kept row's own, the other listed in the merged values.
export const TOTAL_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['amount', 'orders', 'visits']);

/**
 * How a merge joins a total's differing values: `accountsBy` names the fields whose different values
 * make two rows two accounts (each account's total then counts once, the largest of its rows, and the
 * accounts are added); rows not all told apart so keep the largest value. `closeWithin`: the share of
 * the largest by which the values may differ and still be one running total typed at two dates (5000
 * and 5500, 4 and 5 orders, 12800 and 15800), said in the merged values only (a warning on each would
 * bury the one that matters). Values further apart (268000 and 152000, ¥200 against ¥12,800) are not
 * close: most of the customer's purchases may be on another account, and the run warns.
 */
export interface TotalRule {
  field: FieldId;
  accountsBy: readonly FieldId[];
  closeWithin: number;
}

export const TOTAL_RULES: readonly TotalRule[] = [
  { field: 'amount', accountsBy: ['customerId'], closeWithin: 0.2 },
  { field: 'orders', accountsBy: ['customerId'], closeWithin: 0.2 },
  { field: 'visits', accountsBy: ['customerId'], closeWithin: 0.2 },
];

/**
 * Whether the values a merge kept the larger of are close (TotalRule.closeWithin): the largest less the
 * smallest is at most that share of the largest. Compared in whole cents, so that 4 / 5 at 0.2 is close
 * however binary fractions round.
 */
export function closeTotals(values: readonly number[], closeWithin: number): boolean {
  if (values.length < 2) return true;
  const max = Math.max(...values);
  const min = Math.min(...values);
  return Math.round((max - min) * 100) <= Math.round(max * closeWithin * 100);
}

/** A total of 0 as the cleaned sheet holds it (a number cell: the amount and integer cleaners read 0.00, ¥0, 0 笔 so). */
export function zeroTotal(field: FieldId | null, cell: Cell | undefined): boolean {
  return field !== null && TOTAL_FIELDS.has(field) && cell?.kind === 'number' && cell.value === 0;
}

/** A kept row's 0 total a real one of its group replaces: not a formula's result, which is the sheet's to compute. */
export function replaceableZero(field: FieldId | null, cell: Cell): boolean {
  return zeroTotal(field, cell) && !isFormula(cell);
}

/** One row's total as a merge reads it: its typed number (null: none, or one not to count), and the account it is on ('' when no account column says). */
export interface TotalPart {
  sheetRow: number;
  value: number | null;
  account: string;
}

export interface JoinedTotal {
  value: number;
  /** 'sum': two or more accounts' real totals added; 'larger': one total of rows not told apart; 'one': a single real total (or none but 0s). */
  how: 'sum' | 'larger' | 'one';
  /** The real totals joined, one per account (the sum's terms) or per row (the larger's candidates), in the rows' order. */
  parts: { sheetRow: number; value: number }[];
}

/**
 * The group's total (kept row first in `parts`): null when no row holds a number. Each account counts
 * once, by its largest row (an account typed twice is one account); when every row holding a real
 * total names its account and two or more accounts do, their totals are added, else the largest is kept.
 */
export function joinTotals(rows: readonly TotalPart[]): JoinedTotal | null {
  const numbered = rows.filter((r): r is TotalPart & { value: number } => r.value !== null);
  if (numbered.length === 0) return null;
  const real = numbered.filter((r) => r.value !== 0);
  if (real.length === 0) return { value: 0, how: 'one', parts: [] };
  const accounts = new Map<string, { sheetRow: number; value: number }>();
  for (const r of real) {
    const best = accounts.get(r.account);
    if (!best || r.value > best.value) accounts.set(r.account, { sheetRow: r.sheetRow, value: r.value });
  }
  const known = !accounts.has('');
  if (known && accounts.size > 1) {
    const parts = [...accounts.values()];
    return { value: sumExactly(parts.map((p) => p.value)), how: 'sum', parts };
  }
  const values = new Set(real.map((r) => r.value));
  const largest = real.reduce((a, b) => (b.value > a.value ? b : a));
  if (values.size === 1) return { value: largest.value, how: 'one', parts: [largest] };
  const seen = new Set<number>();
  const parts = real.filter((r) => !seen.has(r.value) && seen.add(r.value)).map((r) => ({ sheetRow: r.sheetRow, value: r.value }));
  return { value: largest.value, how: 'larger', parts };
}
