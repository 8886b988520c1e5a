/**
 * Which clauses of a decision read on RFM scores to say when they and the notes beside them would
 * pass MAX_REASONS: the RFM total first (the score the bar was set on), then the sheet's own values
 * (累计金额 54000, which a rep can check in the row), then the component scores the total sums.
 */
import type { Evidence } from './condition';

const RFM_PARTS = /^@rfm\.[rfm]$/;

/** How telling a clause is: lower says more. */
function rank(ev: Evidence): number {
  const field = String(ev.params.field);
  if (field === '@rfm.total') return 0;
  return RFM_PARTS.test(field) ? 2 : 1;
}

/** The indexes of the `room` most telling of `evidence` (at least one), in the rule's order. */
export function mostTelling(evidence: readonly Evidence[], room: number): number[] {
  const order = evidence.map((ev, i) => ({ i, r: rank(ev) })).sort((a, b) => a.r - b.r || a.i - b.i);
  return order.slice(0, Math.max(1, room)).map((o) => o.i).sort((a, b) => a - b);
}
