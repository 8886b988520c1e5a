/**
 * Says each spend or order count a merge joined from a customer's differing rows (dedupe/totals.ts):
 * two accounts' totals added (info: the customer's total is theirs together), or the larger of rows
 * not known to be two accounts kept, when the values are far apart (a warning: if they are two
 * accounts, the kept row is short of their sum, which only the user can know). Close values (5000 and
 * 5500, one running total typed at two dates) are named in the merged values only. Said for an
 * accepted merge, and for the merge an exact or likely group proposes, on whose kept row the customer
 * is already counted.
 */
import type { Table } from '../table/table';
import type { SheetProblem } from './issue';
import type { MergeFills } from '../dedupe/merge';
import { sumExactly } from '../normalize/decimal';
import { rowList } from './row-list';

/**
 * `plan`: the accepted merge, or the one the groups propose; `merged` says which. Rows are the sheet's
 * own numbers, as the other merge messages name them.
 */
export function joinedTotals(cleaned: Table, plan: MergeFills | null, merged: boolean): SheetProblem[] {
  const out: SheetProblem[] = [];
  for (const j of plan?.totals ?? []) {
    if (j.close) continue;
    const header = String(cleaned.headers[j.col] ?? j.field);
    const others = j.rows.filter((r) => r !== j.survivor).join(', ');
    const mode = merged ? 'merged' : 'proposed';
    if (j.how === 'sum') {
      out.push({
        code: `dedupe.totals.sum.${mode}`,
        severity: 'info',
        params: { survivor: j.survivor, others, rowList: rowList(j.survivor, j.rows), header, account: String(j.accountCol === undefined ? '' : cleaned.headers[j.accountCol] ?? ''), value: j.value, parts: j.parts.map((p) => p.value).join(' + ') },
      });
    } else {
      out.push({
        code: `dedupe.totals.larger.${mode}`,
        severity: 'warning',
        params: { survivor: j.survivor, others, rowList: rowList(j.survivor, j.rows), header, value: j.value, values: j.parts.map((p) => p.value).sort((a, b) => b - a).join(' / '), sum: sumExactly(j.parts.map((p) => p.value)) },
      });
    }
  }
  return out;
}
