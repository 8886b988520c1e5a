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
import { dropCodeMark } from '../text/fold';
import { scriptLean } from '../text/simplified';
import { STATE_NAMES } from './state-names';

/** The region whose own currency each code is (USD, EUR and CNY say nothing a phone does not). */
const REGION_OF_CURRENCY: Readonly<Record<string, string>> = {
  GBP: 'GB', INR: 'IN', HKD: 'HK', MOP: 'MO', TWD: 'TW', SGD: 'SG', MYR: 'MY', AUD: 'AU', NZD: 'NZ', CAD: 'CA', ZAR: 'ZA',
  PHP: 'PH', THB: 'TH', VND: 'VN', IDR: 'ID', KRW: 'KR', BDT: 'BD',
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
    // Shopify's export writes its text mark before each code ('GU1 3AA): no part of the code.
    const n = values.filter((v) => shape.test(dropCodeMark(v.trim()))).length;
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

/**
 * Amounts grouped in lakhs and crores (2,50,000 · ₹1,25,000.00 · 1,20,50,000), as only India (and
 * its neighbours) writes them: 2,50,000 is no number anywhere else. Numbers typed into cells under
 * Excel's lakh format (`[>=100000]##\,##\,##0;##,##0`) are written so too.
 */
const LAKH_GROUPED = /(?<![\d,.])\d{1,2},(?:\d{2},)+\d{3}(?![\d,])/;
const LAKH_FORMAT = /#{1,2}\\?,##\\?,##0|\[>=100000\]/;

/** India, when at least three and a fifth of the amount cells are grouped in lakhs. */
export function lakhRegion(table: Table, cols: readonly number[], limit: number): string | null {
  let cells = 0;
  let lakh = 0;
  for (const row of table.rows) {
    for (const c of cols) {
      const cell = row.cells[c];
      if (cell?.kind === 'text' && cell.value.trim() !== '') {
        cells++;
        if (LAKH_GROUPED.test(cell.value)) lakh++;
      } else if (cell?.kind === 'number') {
        cells++;
        if (cell.format !== undefined && LAKH_FORMAT.test(cell.format)) lakh++;
      }
    }
    if (cells >= limit) break;
  }
  return lakh >= 3 && lakh * 5 >= cells ? 'IN' : null;
}

/** India's word for its postcode: a column headed Pincode or PIN Code. */
export const indianPostcodeHeader = (headers: readonly string[]): string | null =>
  (headers.some((h) => /\bpin\s*-?\s*code\b|\bpincode\b/i.test(h)) ? 'IN' : null);

/**
 * The country at least three and half of a state column's values name, by name (Maharashtra, Tamil
 * Nadu; Queensland; Ontario), when it is one country's alone: wa and nt are Australia's and the
 * United States' both.
 */
export function stateRegion(values: readonly string[]): string | null {
  const counts = Object.entries(STATE_NAMES).map(([region, names]) => [region, values.filter((v) => names.has(v.trim().toLowerCase().replace(/\.$/, ''))).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const [top, next] = counts;
  return top[1] >= 3 && top[1] * 2 >= values.length && top[1] > (next?.[1] ?? 0) ? top[0] : null;
}

/**
 * How an address ends in the countries that write the state's code before the postcode: a US state
 * and ZIP code (Austin, TX 78701; TX 78702-1234), a Canadian province and postal code (QC H2Y 1H2),
 * an Australian state and postcode (Sydney NSW 2000). The state must be one of the country's own
 * (STATE_NAMES), so a Chinese address or a European one ending in a number says nothing.
 */
const ADDRESS_ENDINGS: readonly [RegExp, string][] = [
  [/(?:^|[\s,])([A-Za-z]{2})\.?,?\s+\d{5}(?:-\d{4})?\s*(?:,?\s*(?:USA?|United States))?$/u, 'US'],
  [/(?:^|[\s,])([A-Za-z]{2})\.?,?\s+[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d\s*(?:,?\s*Canada)?$/u, 'CA'],
  [/(?:^|[\s,])([A-Za-z]{2,3})\.?,?\s+\d{4}\s*(?:,?\s*Australia)?$/u, 'AU'],
];

/** The country at least three and half of the address cells end as (ADDRESS_ENDINGS) its addresses do, or null. */
export function addressRegion(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) {
    for (const [ending, region] of ADDRESS_ENDINGS) {
      const state = ending.exec(v.trim())?.[1];
      if (state !== undefined && STATE_NAMES[region].has(state.toLowerCase())) {
        counts.set(region, (counts.get(region) ?? 0) + 1);
        break;
      }
    }
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 3 && top[1] * 2 >= values.length ? top[0] : null;
}
