/**
 * What a customer spent over his separate records (two courses of one pupil, two 病历号 of one
 * patient, two pets, two policies): the rows of a records group are never merged, each keeping its
 * own amount, and his tier, VIP, RFM and the report's spending read their sum on the row he is
 * classed and counted on. The sum is the run's reading only: no cell is written.
 */
import type { CustomerRecord } from '../table/records';
import type { DuplicateGroup } from '../dedupe/types';
import { sumExactly } from '../normalize/decimal';

/** One customer's spending summed over his records: the sum and each record's amount, in sheet order. */
export interface RecordsSpend {
  sum: number;
  parts: { sheetRow: number; value: number }[];
}

/**
 * `records` with each records group's kept row reading the sum of the group's amounts (whole units,
 * as the records hold them; a doubtful amount, held out of its record, counts for nothing), and the
 * sums by kept row. `skip`: rows not to count, a record's copy (merge.ts recordCopies). A group whose
 * kept row is gone, or whose other records hold no amount, is left as it is.
 */
export function spendOverRecords(records: readonly CustomerRecord[], groups: readonly DuplicateGroup[], skip: ReadonlySet<number>): { records: readonly CustomerRecord[]; sums: Map<number, RecordsSpend> } {
  const sums = new Map<number, RecordsSpend>();
  if (!groups.some((g) => g.records)) return { records, sums };
  const at = new Map(records.map((r, i) => [r.sheetRow, i]));
  const out = records.slice();
  for (const g of groups) {
    if (!g.records) continue;
    const kept = at.get(g.survivor);
    if (kept === undefined || skip.has(g.survivor)) continue;
    const rows = g.rows.filter((r) => !skip.has(r)).sort((a, b) => a - b);
    const parts: RecordsSpend['parts'] = [];
    for (const row of rows) {
      const i = at.get(row);
      const amount = i === undefined ? undefined : records[i].fields.amount;
      if (amount?.kind === 'number') parts.push({ sheetRow: row, value: amount.value });
    }
    if (!parts.some((p) => p.sheetRow !== g.survivor)) continue;
    const sum = sumExactly(parts.map((p) => p.value));
    const record = records[kept];
    out[kept] = { ...record, fields: { ...record.fields, amount: { kind: 'number', value: sum } } };
    sums.set(g.survivor, { sum, parts });
  }
  return { records: out, sums };
}
