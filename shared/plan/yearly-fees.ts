/**
 * A fee per period read as the amount (月服务费, Monthly Fee: schema/fee-period.ts) counts as a year of
 * it wherever the run asks what a client is worth: his value tier, the VIP rule, the report's spending.
 * A month's 300 beside the yuan tiers' 10,000 would make every 代账 client 低价值 and call one month of
 * fees the clients' spending (tester h72 #6); a year of fees is what such a business prices and ranks a
 * client by. The cells stay as typed; the reasons and the report say the ×12.
 */
import type { CustomerRecord } from '../table/records';
import type { ClassifyResult } from '../classify/classify';
import type { Reason } from '../classify/reason';
import { feePeriod, PER_YEAR } from '../schema/fee-period';
import type { SheetProblem } from './issue';

export interface YearlyFee {
  /** The amount column's header as typed (月服务费). */
  header: string;
  /** How many of its periods make a year (12 for a month). */
  times: number;
}

/** The amount column's fee per period when it is shorter than a year, else null (an Annual Fee is a year already). */
export function yearlyFeeOf(headers: readonly unknown[], amountCol: number | undefined): YearlyFee | null {
  if (amountCol === undefined) return null;
  const period = feePeriod(headers[amountCol]);
  if (period === null || PER_YEAR[period] === 1) return null;
  return { header: String(headers[amountCol]).trim(), times: PER_YEAR[period] };
}

/** The records with each amount a year of fees (300 a month: 3600), computed in cents so that 299.5 × 12 is 3594. */
export function inYearlyFees(records: CustomerRecord[], fee: YearlyFee | null): CustomerRecord[] {
  if (fee === null) return records;
  return records.map((r) => {
    const cell = r.fields.amount;
    if (cell?.kind !== 'number') return r;
    return { ...r, fields: { ...r.fields, amount: { kind: 'number', value: Math.round(cell.value * fee.times * 100) / 100 } } };
  });
}

/** The reasons that compare the amount name it as a year of the column's fees: 月服务费 ×12（一年） 12000 ≥ 10000. */
export function yearlyFeeReasons(result: ClassifyResult, fee: YearlyFee | null): ClassifyResult {
  if (fee === null) return result;
  const zh = `${fee.header} ×${fee.times}（一年）`;
  const en = `${fee.header} ×${fee.times} (a year)`;
  const named = new Map<Reason, Reason>();
  const rows = result.rows.map((row) => {
    if (!row.reasons.some((r) => r.params.field === 'amount')) return row;
    // Reasons are shared between rows (classify/reason-pool.ts): each is renamed once.
    const reasons = row.reasons.map((r) => {
      if (r.params.field !== 'amount') return r;
      let own = named.get(r);
      if (own === undefined) named.set(r, (own = { ...r, params: { ...r.params, 'field@zh-CN': zh, 'field@en': en } }));
      return own;
    });
    return { ...row, reasons };
  });
  return { ...result, rows };
}

/** What the run says of the column: a year of its fees is counted, its cells stay as typed. */
export function yearlyFeeProblem(sheet: string, fee: YearlyFee | null): SheetProblem[] {
  return fee === null ? [] : [{ code: 'amount.feePerYear', severity: 'info', params: { sheet, header: fee.header, times: fee.times } }];
}
