/**
 * A sheet of several countries whose amounts are each in the row's own money (a UK team's customer
 * list: £1,200 on the British rows, NZ$900 on the New Zealand ones, 1 250,00 $ on the Québec ones, a
 * bare 1800 on one more British row). The row's Country says what a bare amount or a bare $ is in, as
 * it says how the row's phone and dates are written (row-region.ts). Believed only where the amounts'
 * own markers show it: most marked amounts agree with their row's country and they name at least two
 * currencies outright; a US company billing its foreign customers in dollars ($1,200 beside Germany)
 * shows no such thing, and its bare amounts stay the sheet's dollars.
 *
 * Amounts are never converted: value tiers, the VIP rule and totals count the currency most rows are
 * in, and the other rows' amounts become numbers in their own currency, left out of them (said once,
 * in the sheet's note locale.currencyByRow).
 */
import type { Cell } from '../table/cell';
import type { Row, Table } from '../table/table';
import { countryRegion } from './country-names';

/** Each region's own currency (a row of it writes a bare amount in it). */
export const CURRENCY_OF_REGION: Readonly<Record<string, string>> = {
  CN: 'CNY', US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD', NZ: 'NZD', HK: 'HKD', MO: 'MOP', TW: 'TWD', SG: 'SGD',
  MY: 'MYR', JP: 'JPY', KR: 'KRW', IN: 'INR', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', IE: 'EUR',
  AT: 'EUR', BE: 'EUR', FI: 'EUR', PT: 'EUR', GR: 'EUR', LU: 'EUR', ZA: 'ZAR',
  PH: 'PHP', TH: 'THB', VN: 'VND', ID: 'IDR', BD: 'BDT', CH: 'CHF',
};

/** The currencies a bare $ stands for in a row of their country. */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'TWD', 'SGD', 'MOP']);

/** Rows looked at to decide. */
const SAMPLE = 2000;
/** Marked amounts needed, and the share of them that must agree with their row's country. */
const MIN_MARKED = 3;
const MIN_AGREE = 0.9;

export interface RowCurrencies {
  /** The country column each row's currency is read by. */
  countryCol: number;
  /** The currency most rows' amounts are in: what tiers, the VIP rule and totals count. */
  currency: string;
  /** Rows with an amount per currency, most first (GBP 14, USD 12, …). */
  counts: ReadonlyArray<readonly [string, number]>;
  /** Rows whose amount is in another currency than `currency`, left out of tiers and totals. */
  others: number;
}

/**
 * Whether the sheet's amounts are in each row's own currency (see the banner), and which currency
 * the tiers count; null when they do not show it. `markerOf` names the currency an amount's text is
 * marked with ('$' for a bare dollar sign), or null.
 */
export function currenciesByRow(table: Table, countryCol: number, amountCols: readonly number[], amountText: (cell: Cell | undefined) => string, markerOf: (text: string) => string | null): RowCurrencies | null {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  let marked = 0;
  let agree = 0;
  let seen = 0;
  for (const row of table.rows) {
    if (seen >= SAMPLE) break;
    const text = amountCols.map((c) => amountText(row.cells[c]).trim()).find((t) => t !== '');
    if (text === undefined) continue;
    seen++;
    const code = currencyOfRow(row, countryCol);
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
    const marker = markerOf(text);
    if (marker === null) continue;
    marked++;
    if (marker !== '$') named.add(marker);
    if (code !== null && (marker === code || (marker === '$' && DOLLARS.has(code)))) agree++;
  }
  if (counts.size < 2 || named.size < 2 || marked < MIN_MARKED || agree < marked * MIN_AGREE) return null;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [currency] = ranked[0];
  return { countryCol, currency, counts: ranked, others: ranked.slice(1).reduce((n, [, k]) => n + k, 0) };
}

/** The currency a row's country writes its amounts in, or null (no country, or one whose money is not known). */
export function currencyOfRow(row: Row, countryCol: number): string | null {
  const cell = row.cells[countryCol];
  return cell?.kind === 'text' ? currencyOfRegion(countryRegion(cell.value)) : null;
}

/** The currency a region writes its amounts in, or null (no region, or one whose money is not known). */
export const currencyOfRegion = (region: string | null): string | null => (region === null ? null : CURRENCY_OF_REGION[region] ?? null);
