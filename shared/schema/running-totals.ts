/**
 * Columns of a customer's running totals: his visits in all (到店次数, Total Visits), his orders (订单数),
 * what he spent in all (累计消费, Lifetime Spend) and the balance he holds (储值余额, Store Credit). A row
 * carrying one is the customer's own row, one per customer, as a member list keeps it: the same member
 * on two rows is one member typed twice, whoever of the staff typed each. A visit log's row is one visit,
 * its date and what that visit cost (消费金额, Amount), and carries none.
 */
import type { FieldId } from './fields';
import type { Table } from '../table/table';
import type { CustomerRecord } from '../table/records';
import { cellText, isBlank, type Cell } from '../table/cell';
import { foldHeader } from './fold-header';
import { isBalance } from '../plan/held-elsewhere';

/** Fields that are a running count whatever their header says: a visit log has no 到店次数 per visit. */
const COUNTS: readonly FieldId[] = ['visits', 'orders'];

/**
 * Words of an amount's header that make it a total over the customer's life, not one visit's or one
 * order's (消费金额, Amount, Total of a bill): compared on the folded header.
 */
const RUNNING_AMOUNT_WORDS: readonly string[] = [
  '累计', '总消费', '消费总额', '消费总计', '历史消费', '至今',
  'lifetime', 'total spend', 'total spent', 'spend to date', 'spent to date', 'ltv', 'clv',
];

function runningAmount(header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const { key, words } = foldHeader(header);
  // Latin words as whole words (an LTV column, not one whose name merely holds the letters).
  const text = ` ${words.join(' ')} `;
  return RUNNING_AMOUNT_WORDS.some((w) => (/\p{Script=Han}/u.test(w) ? key.includes(w) : text.includes(` ${w} `)));
}

/** The sheet's columns of running totals (by index), in sheet order; none in a visit log. */
export function runningTotalColumns(headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>): number[] {
  const cols = new Set<number>();
  for (const f of COUNTS) if (fieldCols[f] !== undefined) cols.add(fieldCols[f]!);
  if (fieldCols.amount !== undefined && runningAmount(headers[fieldCols.amount])) cols.add(fieldCols.amount);
  headers.forEach((h, col) => { if (isBalance(h)) cols.add(col); });
  return [...cols].sort((a, b) => a - b);
}

/**
 * Whether rows are one customer's own row each, typed twice: at least two of them fill one of `cols` (a
 * copy that left the column blank says nothing of what the sheet's rows are), and they give no two
 * customer numbers (`idCol`: a patient registered twice under two 病历号 has two records, each with its
 * own 累计消费, added up and never one total typed twice).
 */
export function carriesRunningTotals(table: Table, cols: readonly number[], idCol?: number): (recs: readonly CustomerRecord[]) => boolean {
  const cellOf = (r: CustomerRecord, col: number) => table.rows[r.index]?.cells[col];
  const filled = (c: Cell | undefined): c is Cell => c !== undefined && !isBlank(c);
  return (recs) => {
    if (idCol !== undefined && new Set(recs.map((r) => cellOf(r, idCol)).filter(filled).map((c) => cellText(c).trim().toUpperCase())).size > 1) return false;
    return cols.some((col) => recs.filter((r) => filled(cellOf(r, col))).length >= 2);
  };
}
