/**
 * Sheets that keep sales one column per period, as the specs of period-columns.ts read them: a
 * wholesale stall's (批发档口) 拿货表 with a two-row header (月份 merged over 1月 … 12月, 合计 beside
 * them), an American shop's Jan … Dec, a distributor's 一季度 … 四季度 with 全年.
 */
import type { Cell, CellRange, Grid } from '../../../shared';

type V = string | number | null;
const cell = (v: V): Cell => (v === null || v === '' ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v });
const blank12 = (): V[] => Array(12).fill(null);
const months = (values: Partial<Record<number, V>>): V[] => blank12().map((_, i) => values[i + 1] ?? null);
const every = (v: number): V[] => Array(12).fill(v);

export const MONTHS_ZH = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * 白马服装城 A12档's buyers, sheet rows 4–10 (today 2026-12-04). With `total`, a 合计 column beside the
 * months (Q); `year` the title's year, or none. 店名 | 联系人 | 手机 | 城市 | 1月 … 12月 | 合计 | 跟单.
 *  4 广州佳佳服装店 12000 a month: 144000 (high)
 *  5 长沙美美童装 1500 a month Jan–Jun: 9000 (low), last bought in June
 *  6 南昌阳光鞋店 nothing typed: no amount
 *  7 厦门新潮精品 1500 a month: 18000, its 合计 typed 20000 (not the sum)
 *  8 南宁小燕子服饰 3000 in Jan, 2000 in Mar: 5000, its 合计 left blank
 *  9 深圳时尚商行 '1,200' typed as text in Nov: 1200
 * 10 佛山阿芳女装 0 in Jan, 800 in Feb: 800
 */
export function pifaSheet({ total = true, year = '2026' }: { total?: boolean; year?: string | null } = {}): Grid {
  const people: [string, string, string, string, V[], V, string][] = [
    ['广州佳佳服装店', '王秀英', '13812345678', '广州', every(12000), 144000, '阿珍'],
    ['长沙美美童装', '李桂芳', '13923456789', '长沙', months({ 1: 1500, 2: 1500, 3: 1500, 4: 1500, 5: 1500, 6: 1500 }), 9000, '阿珍'],
    ['南昌阳光鞋店', '张伟', '13734567890', '南昌', blank12(), null, '阿强'],
    ['厦门新潮精品', '刘强', '13645678901', '厦门', every(1500), 20000, '阿强'],
    ['南宁小燕子服饰', '陈杰', '13556789012', '南宁', months({ 1: 3000, 3: 2000 }), null, '小刘'],
    ['深圳时尚商行', '黄海燕', '13467890123', '深圳', months({ 11: '1,200' }), 1200, '小刘'],
    ['佛山阿芳女装', '周建国', '13378901234', '佛山', months({ 1: 0, 2: 800 }), 800, '老黄'],
  ];
  const width = total ? 18 : 17;
  const title = year === null ? '白马服装城 3楼 A12档 客户拿货表' : `白马服装城 3楼 A12档 客户拿货表（${year}）`;
  const rows: V[][] = [
    [title, ...Array(width - 1).fill(null)],
    ['客户', null, null, null, '月份', ...Array(11).fill(null), ...(total ? ['合计'] : []), '跟单'],
    ['店名', '联系人', '手机', '城市', ...MONTHS_ZH, ...(total ? [null] : []), null],
    ...people.map(([shop, name, phone, city, m, sum, rep]) => [shop, name, phone, city, ...m, ...(total ? [sum] : []), rep]),
  ];
  const merged: CellRange[] = [
    { row: 1, col: 1, rowCount: 1, colCount: width },
    { row: 2, col: 1, rowCount: 1, colCount: 4 },
    { row: 2, col: 5, rowCount: 1, colCount: 12 },
    ...(total ? [{ row: 2, col: 17, rowCount: 2, colCount: 1 }] : []),
    { row: 2, col: width, rowCount: 2, colCount: 1 },
  ];
  return { sheetName: '客户拿货', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)), merged };
}

/** An American gift shop's wholesale buyers, Jan … Dec of sales and no total (sheet rows 2–4). */
export function monthlySalesEn(): Grid {
  const rows: V[][] = [
    ['Customer', 'Phone', 'Email', ...MONTHS_EN, 'Sales Rep'],
    ['Blue Door Gifts', '(415) 555-0132', 'orders@bluedoor.com', ...every(2500), 'Megan'],
    ['Harbor Candle Co', '(503) 555-0178', 'buy@harborcandle.com', ...months({ 3: 400, 4: 350, 9: 600 }), 'Megan'],
    ['Maple & Main', '(206) 555-0199', 'hello@mapleandmain.com', ...blank12(), 'Tom'],
  ];
  return { sheetName: 'Wholesale 2025', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)) };
}

/** A distributor's dealers by quarter, 一季度 … 四季度 with 全年 beside them (sheet rows 2–4). */
export function quartersSheet(): Grid {
  const rows: V[][] = [
    ['经销商名称', '联系人', '手机', '一季度', '二季度', '三季度', '四季度', '全年'],
    ['武汉鑫达商贸有限公司', '赵磊', '13812340001', 52000, 48000, 61000, 39000, 200000],
    ['郑州华运经销部', '孙丽', '13812340002', 8000, null, 6000, null, 14000],
    ['成都蓉城批发', '钱军', '13812340003', 3000, 2000, 4000, 1000, null],
  ];
  return { sheetName: '经销商进货', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)) };
}

/** A sheet of `headers` over `rows` of text (numbers as numbers), for the cases a run of periods must not be. */
export function plainSheet(headers: string[], rows: V[][], sheetName = '客户'): Grid {
  return { sheetName, firstRow: 1, firstCol: 1, cells: [headers, ...rows].map((r) => r.map(cell)) };
}
