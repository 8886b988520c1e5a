/**
 * What a sheet says of its country besides its phone numbers: the currency its headers and amounts
 * name (Fees (£), ₹1,25,000, 學費(HKD)), the shape of its postcodes (SW1A 1AA), the script of its
 * headers and names (電話, 陳). None of these reads a number; each tips a close vote between the
 * regions a number written the national way is valid in (07523 456789: a London mobile, or the
 * Chinese landline 0752-3456789).
 */
import type { Cell } from '../table/cell';
import type { Table } from '../table/table';
import type { FieldId } from '../schema/fields';
import { scriptLean } from '../text/simplified';

/** The region whose own currency each code is (USD, EUR and CNY say nothing a phone does not). */
const REGION_OF_CURRENCY: Readonly<Record<string, string>> = {
  GBP: 'GB', INR: 'IN', HKD: 'HK', MOP: 'MO', TWD: 'TW', SGD: 'SG', MYR: 'MY', AUD: 'AU', NZD: 'NZ', CAD: 'CA', ZAR: 'ZA',
  PHP: 'PH', THB: 'TH', VND: 'VN', IDR: 'ID', KRW: 'KR',
};

/** A currency's region, or null. */
export const regionOfCurrency = (code: string | null): string | null => (code === null ? null : REGION_OF_CURRENCY[code] ?? null);

/** Postcode shapes only one region writes (a Chinese or Indian 6-digit code, a 4- or 5-digit one, says nothing). */
const POSTCODE_SHAPES: readonly [RegExp, string][] = [
  [/^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}$/i, 'GB'],
  [/^[A-Z]\d[A-Z]\s*\d[A-Z]\d$/i, 'CA'],
];

/** Whether the sheet is written in Traditional characters: its headers, else its names and addresses. */
export function writtenTraditional(headers: readonly string[], values: readonly string[]): boolean {
  const byHeaders = headers.reduce((n, h) => n + scriptLean(h), 0);
  if (byHeaders !== 0) return byHeaders > 0;
  return values.reduce((n, v) => n + scriptLean(v), 0) > 0;
}

/** Regions each of whose postcodes has a shape of its own, when most of the column's codes have it. */
export function postcodeRegion(values: readonly string[]): string | null {
  for (const [shape, region] of POSTCODE_SHAPES) {
    const n = values.filter((v) => shape.test(v.trim())).length;
    if (n >= 3 && n * 2 > values.length) return region;
  }
  return null;
}

/** Fields whose words tell the script the sheet is written in. */
export const SCRIPT_FIELDS: readonly FieldId[] = ['name', 'company', 'address', 'notes'];

/** The text a cell shows, for the evidence: numbers and dates say nothing of script or shape. */
export const evidenceText = (cell: Cell | undefined): string => (cell?.kind === 'text' ? cell.value.trim() : '');

/** Filled text cells of `cols`, the first `limit` of them (the evidence needs no more). */
export function textSample(table: Table, cols: readonly number[], limit: number): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    for (const c of cols) {
      const t = evidenceText(row.cells[c]);
      if (t !== '') out.push(t);
    }
    if (out.length >= limit) break;
  }
  return out;
}
