/**
 * One person's separate accounts (two member cards, two houses: dedupe/accounts.ts) are classed each
 * on its own values: a card's balance and dates are that card's, so 何丽娟's ¥0 card beside her
 * ¥3,200.50 one is no 大额储值 card. What she spent is hers, though: where her accounts' amounts were
 * summed (records-spend.ts), every one of her rows reads the sum, so her tier and VIP are the same on
 * each card, as a mother's two children's rows at a 母婴店 are both her ¥4,420. The report still counts
 * her once, on the row a merge would keep.
 */
import type { DuplicateGroup } from '../dedupe/types';
import type { CustomerRecord } from '../table/records';
import type { RecordsSpend } from './records-spend';

/** The reasons that keep a group's rows apart as one person's separate accounts (another card, house, child, let or contract). */
const SEPARATE_ACCOUNT_REASONS: ReadonlySet<string> = new Set(['dedupe.reason.otherAccount']);

/** The sheet rows of the groups kept apart as one person's separate accounts. */
export function separateAccountRows(groups: readonly DuplicateGroup[]): Set<number> {
  const out = new Set<number>();
  for (const g of groups) {
    if (g.reasons.some((r) => r.evidence === 'against' && SEPARATE_ACCOUNT_REASONS.has(r.code))) for (const row of g.rows) out.add(row);
  }
  return out;
}

/** `customerRow` (a row → the row its customer is classed on) less the separate accounts' rows, each classed as itself. */
export function withoutAccountRows(customerRow: ReadonlyMap<number, number>, accounts: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [row, kept] of customerRow) if (!accounts.has(row)) out.set(row, kept);
  return out;
}

/**
 * `records` with each separate account's row holding its own values (`own`: the rows as the sheet
 * holds them) but for the amount: the sum over the person's accounts records-spend.ts gave the kept
 * one (`sums`, by kept row) is read on each of them.
 */
export function withOwnValues(
  records: readonly CustomerRecord[],
  own: readonly CustomerRecord[],
  accounts: ReadonlySet<number>,
  groups: readonly DuplicateGroup[],
  sums: ReadonlyMap<number, RecordsSpend> = new Map(),
): readonly CustomerRecord[] {
  if (accounts.size === 0) return records;
  const summed = new Map<number, number>();
  for (const g of groups) {
    const spend = sums.get(g.survivor);
    if (spend) for (const row of g.rows) summed.set(row, spend.sum);
  }
  const bySheetRow = new Map<number, CustomerRecord>();
  for (const r of own) {
    if (!accounts.has(r.sheetRow)) continue;
    const sum = summed.get(r.sheetRow);
    bySheetRow.set(r.sheetRow, sum === undefined ? r : { ...r, fields: { ...r.fields, amount: { kind: 'number', value: sum } } });
  }
  return records.map((r) => bySheetRow.get(r.sheetRow) ?? r);
}
