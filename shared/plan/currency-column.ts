/**
 * A column of each row's currency beside the amounts (Stripe's customers export: Currency usd, gbp;
 * a Shopify or PayPal report's Currency Code). No field reads it, but when most of its cells name one
 * currency, the sheet's amounts are in it: a UK Stripe account's Total Spend is pounds, though no
 * amount carries a £ and no phone or country says Britain. Codes several currencies share the
 * column with say nothing: their amounts cannot be compared, and no one currency is the sheet's.
 */

/** Currency, Currency Code, Curr.: a column of the row's currency, no amount. */
const CURRENCY_HEADER = /^\s*(?:currency(?:\s*code)?|curr\.?)\s*$/i;

/** ISO 4217 codes a customer sheet's amounts are written in (those the run knows tiers or regions for, and the common others). */
const CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'HKD', 'MOP', 'TWD', 'SGD', 'MYR', 'AUD', 'NZD', 'CAD', 'INR', 'BDT', 'ZAR',
  'PHP', 'THB', 'VND', 'IDR', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RUB', 'BRL', 'MXN', 'AED', 'SAR', 'ILS', 'TRY',
]);

/** Whether a header names a column of currencies. */
export const isCurrencyHeader = (header: string): boolean => CURRENCY_HEADER.test(header);

/** The currency most (more than half) of a currency column's filled cells name, or null. */
export function columnCurrency(values: readonly string[]): string | null {
  const filled = values.map((v) => v.trim().toUpperCase()).filter((v) => v !== '');
  const counts = new Map<string, number>();
  for (const v of filled) if (CODES.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 > filled.length ? top[0] : null;
}
