import { existsSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../../cli/io/read-xlsx';
import { tempDir } from '../helpers';
import { cleanIn } from './raw-xlsx';

jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const LEVEL = 'IF([@消费金额]>10000,"VIP","普通")';
const HALF = '[@目标]/2';

/** Where the shop list 门店表 sits: beside the customers (H1), below them (H10), or on a sheet of its own. */
type Place = 'beside' | 'below' | 'own sheet';

/**
 * 客户 with 客户表 A1:E7 (等级 calculated from 消费金额, 张伟 typed in rows 2 and 4) and a shop list
 * 门店表 (门店, 目标, 半年 = [@目标]/2, or typed values when `formulas` is false) at `place`.
 */
async function customersAndShops(place: Place, formulas = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  const level = (amount: number) => (formulas ? { formula: LEVEL, result: amount > 10000 ? 'VIP' : '普通' } : amount > 10000 ? 'VIP' : '普通');
  const customers: [string, string, number, string][] = [
    ['张伟', '13800138000', 12800, '杭州'],
    ['李娜', '13900139000', 8600, '上海'],
    ['张伟', '138 0013 8000', 12800, '杭州'],
    ['王芳', '13700137000', 25000, '北京'],
    ['赵强', '13600136000', 3200, '深圳'],
    ['陈静', '13500135000', 9900, '南京'],
  ];
  ws.addTable({
    name: '客户表', ref: 'A1', headerRow: true,
    columns: [{ name: '姓名' }, { name: '手机' }, { name: '消费金额' }, { name: '城市' }, { name: '等级' }],
    rows: customers.map(([name, mobile, amount, city]) => [name, mobile, amount, city, level(amount)]),
  });
  const shops: [string, number][] = [['上海店', 500000], ['杭州店', 300000], ['北京店', 800000], ['深圳店', 400000]];
  const shopSheet = place === 'own sheet' ? wb.addWorksheet('门店') : ws;
  shopSheet.addTable({
    name: '门店表', ref: place === 'beside' ? 'H1' : place === 'below' ? 'H10' : 'A1', headerRow: true,
    columns: [{ name: '门店' }, { name: '目标' }, { name: '半年' }],
    rows: shops.map(([shop, goal]) => [shop, goal, formulas ? { formula: HALF, result: goal / 2 } : goal / 2]),
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The shop names of 门店表 as the written workbook has them. */
async function shopsOf(out: Uint8Array, sheet: string, top: number): Promise<unknown[]> {
  const ws = (await loadWorkbook(out)).getWorksheet(sheet)!;
  const col = sheet === '门店' ? 1 : 8;
  return [0, 1, 2, 3].map((i) => ws.getCell(top + 1 + i, col).value);
}

describe('a merge next to another table on the same rows (门店表 beside 客户表)', () => {
  it.each([true, false])('is refused naming the table and the row, nothing written (formulas: %s)', async (formulas) => {
    // Row 4 (the second 张伟) is the row of 北京店: removing it would delete the shop and archive it as 张伟's.
    const { code, err } = await cleanIn(dir, await customersAndShops('beside', formulas), '--merge');
    expect(code).not.toBe(0);
    expect(err).toContain('the table "门店表" on the sheet "客户"');
    expect(err).toContain('sheet row 4');
    expect(err).toContain('Nothing was written');
    expect(existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });

  it('is refused into a CSV too, whose lines would lose 北京店 the same way', async () => {
    const { code, err } = await cleanIn(dir, await customersAndShops('beside', false), '--merge', '--out', 'out.csv');
    expect(code).not.toBe(0);
    expect(err).toContain('the table "门店表" on the sheet "客户"');
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
    expect(existsSync(path.join(dir, 'out.archive.csv'))).toBe(false);
  });

  it('is explained in Chinese too', async () => {
    const { code, err } = await cleanIn(dir, await customersAndShops('beside'), '--merge', '--lang', 'zh-CN');
    expect(code).not.toBe(0);
    expect(err).toContain('表格“门店表”');
    expect(err).toContain('第 4 行');
  });

  it('without --merge the sheet is cleaned and both tables keep every row', async () => {
    const { code, out } = await cleanIn(dir, await customersAndShops('beside'));
    expect(code).toBe(0);
    expect(await shopsOf(out, '客户', 1)).toEqual(['上海店', '杭州店', '北京店', '深圳店']);
  });

  it.each<Place>(['below', 'own sheet'])('the shop table (%s) does not stop the merge and keeps its four shops', async (place) => {
    const { code, out, err } = await cleanIn(dir, await customersAndShops(place), '--merge');
    expect(err).toBe('');
    expect(code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet('客户')!;
    expect(ws.getColumn(1).values.slice(2, 7)).toEqual(['张伟', '李娜', '王芳', '赵强', '陈静']);
    // Below the customers it moved up a row with them (H10 → H9); on its own sheet it stayed where it was.
    expect(await shopsOf(out, place === 'below' ? '客户' : '门店', place === 'below' ? 9 : 1)).toEqual(['上海店', '杭州店', '北京店', '深圳店']);
  });
});

describe('the customers\' own table is never taken for a side table', () => {
  /** 客户表 at `ref` with `left` cells in column A (a title, a 序号 column), 张伟 typed twice. */
  async function customersAt(ref: string, left: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    left(ws);
    ws.addTable({
      name: '客户表', ref, headerRow: true,
      columns: [{ name: '姓名' }, { name: '手机' }, { name: '消费金额' }, { name: '城市' }],
      rows: [['张伟', '13800138000', 12800, '杭州'], ['李娜', '13900139000', 8600, '上海'], ['张伟', '138 0013 8000', 12800, '杭州'], ['王芳', '13700137000', 25000, '北京']],
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it.each([
    ['under a title in column A', 'B3', (ws: ExcelJS.Worksheet) => { ws.getCell('A1').value = '2026年客户名单'; }],
    ['right of a 序号 column outside it', 'B1', (ws: ExcelJS.Worksheet) => { ['序号', 1, 2, 3, 4].forEach((v, i) => { ws.getCell(i + 1, 1).value = v; }); }],
  ])('merges when the table starts %s', async (_, ref, left) => {
    const { code, err, out } = await cleanIn(dir, await customersAt(ref, left), '--merge');
    expect(err).toBe('');
    expect(code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet('客户')!;
    const names = ws.getColumn(2).values.filter((v) => typeof v === 'string');
    expect(names.filter((v) => v === '张伟')).toHaveLength(1);
  });
});
