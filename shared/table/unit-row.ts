/**
 * A row of units under the header (万元 | 万元 | 天 | yyyy-mm-dd under 累计采购额 | 信用额度 | 账期 |
 * 最近下单): part of the header, as 累计采购额（万元） is. Read as a customer it was one with four
 * errors, and its 万元 was lost, so 52 万元 counted as ¥52 (h59). Rules as data: the units below.
 */
import { cellText, isBlank, type Cell } from './cell';

/**
 * Units of measure a header may be given: money (万元, 千元, 美元, ¥, USD, $K), counts (人, 家, 次, 件),
 * times (天, 月, 年), shares (%). A unit in brackets or after 单位： is the same unit.
 */
const MEASURES = [
  '亿元', '万元', '千元', '百万元', '元', '亿', '万', '千', '百万', '美元', '港元', '欧元', '人民币', 'rmb', 'cny', 'usd', 'hkd', 'eur',
  '¥', '￥', '\\$', '\\$k', '\\$m', "'000",
  '人', '位', '家', '户', '个', '次', '件', '台', '套', '箱', '吨', 'kg', '公斤', '㎡', 'm²', '平米', '平方米',
  '天', '日', '月', '个月', '年', '岁', '%', '％', 'days?', 'months?', 'years?', 'pcs',
];
/** Formats written where a unit would be (yyyy-mm-dd under a date column): no unit, but no customer either. */
const FORMATS = /^(?:y{2,4}[-/.年]m{1,2}[-/.月]d{1,2}日?|m{1,2}[-/.]d{1,2}[-/.]y{2,4}|d{1,2}[-/.]m{1,2}[-/.]y{2,4}|y{2,4}年m{1,2}月|文本|数字|日期|格式[:：]?.*)$/iu;

const UNIT = new RegExp(`^(?:单位\\s*[:：]\\s*|unit\\s*[:：]?\\s*)?[(（\\[【]?\\s*(${MEASURES.join('|')})\\s*[)）\\]】]?$`, 'iu');

export interface UnitCell {
  col: number;
  /** The unit as the header will name it (万元), null for a format (yyyy-mm-dd), which names none. */
  unit: string | null;
  text: string;
}

/** The row's cells as units and formats, or null when any filled cell is neither (a customer's row). */
export function unitRow(row: readonly (Cell | undefined)[]): UnitCell[] | null {
  const out: UnitCell[] = [];
  for (let col = 0; col < row.length; col++) {
    const cell = row[col];
    if (cell === undefined || isBlank(cell)) continue;
    if (cell.kind !== 'text') return null;
    const text = cell.value.normalize('NFKC').trim();
    const unit = UNIT.exec(text);
    if (unit) out.push({ col, unit: unit[1], text: cellText(cell).trim() });
    else if (FORMATS.test(text)) out.push({ col, unit: null, text: cellText(cell).trim() });
    else return null;
  }
  // A lone format is no unit row (one cell may be a customer's note); a unit or two formats are.
  return out.some((u) => u.unit !== null) || out.length >= 2 ? out : null;
}

/** The header with the unit below it, as a user writes it in one cell: 累计采购额（万元）. A header naming a unit already keeps its own. */
export function withUnit(header: string, unit: string): string {
  return header === '' || /[(（][^)）]*[)）]\s*$/u.test(header) ? header : `${header}（${unit}）`;
}
