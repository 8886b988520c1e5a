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

/** The region whose own currency each code is (USD, EUR and CNY say nothing a phone does not). */
const REGION_OF_CURRENCY: Readonly<Record<string, string>> = {
  GBP: 'GB', INR: 'IN', HKD: 'HK', MOP: 'MO', TWD: 'TW', SGD: 'SG', MYR: 'MY', AUD: 'AU', NZD: 'NZ', CAD: 'CA',
};

/** A currency's region, or null. */
export const regionOfCurrency = (code: string | null): string | null => (code === null ? null : REGION_OF_CURRENCY[code] ?? null);

/** Postcode shapes only one region writes (a Chinese or Indian 6-digit code, a 4- or 5-digit one, says nothing). */
const POSTCODE_SHAPES: readonly [RegExp, string][] = [
  [/^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}$/i, 'GB'],
  [/^[A-Z]\d[A-Z]\s*\d[A-Z]\d$/i, 'CA'],
];

/**
 * Traditional characters, each beside its simplified form, among those customer sheets write most
 * (headers, surnames, words of an address): 電話 against 电话. A cell holding more of the first says
 * Taiwan, Hong Kong or Macau; one stray character in a simplified sheet does not outweigh the rest.
 */
const PAIRS =
  '電电話话號号碼码機机聯联絡络戶户會会員员費费幣币門门灣湾歲岁業业務务備备註注購购買买單单價价額额銷销售售們们個个區区縣县鄉乡鎮镇為为與与東东車车' +
  '書书長长開开關关問问題题見见實实際际說说語语讀读寫写貨货點点數数據据資资訊讯習习學学師师導导課课報报護护醫医療疗險险歷历錄录職职稱称統统' +
  '編编訂订傳传國国華华陳陈黃黄劉刘張张楊杨趙赵吳吴鄭郑鄧邓謝谢韓韩馮冯蕭萧葉叶許许蘇苏盧卢羅罗鍾钟龍龙錢钱顧顾陸陆鄒邹萬万億亿態态類类檔档' +
  '簡简體体離离線线經经營营產产權权團团續续繳缴證证處处別别齡龄達达聲声樂乐媽妈愛爱賣卖場场廣广灣湾臺台';
const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  if (PAIRS[i] === PAIRS[i + 1]) continue;
  TRADITIONAL.add(PAIRS[i]);
  SIMPLIFIED.add(PAIRS[i + 1]);
}

/** +1 for a text written in Traditional characters, -1 for Simplified, 0 when it does not say. */
function script(text: string): number {
  let t = 0;
  let s = 0;
  for (const ch of text) {
    if (TRADITIONAL.has(ch)) t++;
    else if (SIMPLIFIED.has(ch)) s++;
  }
  return Math.sign(t - s);
}

/** Whether the sheet is written in Traditional characters: its headers, else its names and addresses. */
export function writtenTraditional(headers: readonly string[], values: readonly string[]): boolean {
  const byHeaders = headers.reduce((n, h) => n + script(h), 0);
  if (byHeaders !== 0) return byHeaders > 0;
  return values.reduce((n, v) => n + script(v), 0) > 0;
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
