/**
 * A 批发档口's 客户往来表 (h63's pifa-zh: a title naming 2026, 客户 | 月度拿货（元） | 往来 over a second
 * header row, a note row under it, a 合计 row of =SUM formulas): its twelve month columns are read as
 * the parts of the amount, counted among the columns read, named in no 未识别的列 line, left as typed
 * in the output, and the summary says the amount is their sum; an English Jan … Dec sheet alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

async function pifaWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户欠款');
  ws.addRow(['白马服装城 3楼 A12档 客户往来表（2026）']);
  ws.mergeCells('A1:Q1');
  ws.addRow(['客户', '', '', '', '月度拿货（元）', '', '', '', '', '', '', '', '', '', '', '', '往来']);
  ws.addRow(['店名', '老板', '手机', '跟单', ...MONTHS, '欠款']);
  ws.mergeCells('A2:D2');
  ws.mergeCells('E2:P2');
  ws.addRow(['说明：欠款单位元，账期一般30天']);
  ws.addRow(['广州新潮服装店', '王秀英', '13812345678', '阿珍', 1200, 800, '', 3000, '', '', '', '', '', '', 500, '', 0]);
  ws.addRow(['长沙佳佳童装', '李桂芳', '13923456789', '阿强', '', '', '', '', '', '', '', '', '', '', '', '', 1500]);
  ws.addRow(['南昌阳光鞋店', '张伟', '13734567890', '小刘', 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 0]);
  ws.addRow(['合计', '', '', '', ...MONTHS.map((_, k) => ({ formula: `SUM(${String.fromCharCode(69 + k)}5:${String.fromCharCode(69 + k)}7)`, result: 0 }))]);
  await wb.xlsx.writeFile(file);
}

describe('the tester\'s 批发 sheet (1月 … 12月 under 月度拿货（元）, no 合计 column)', () => {
  it('says the amount is the months\' sum, counts them read, and writes none of them', async () => {
    await pifaWorkbook(path.join(dir, 'pifa.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    const code = await main(['clean', 'pifa.xlsx', '--today', '2026-12-04', '--out', 'out.xlsx', '--json', 'out.json', '--lang', 'zh-CN'], io);
    expect(code).toBe(0);
    expect(io.out).toContain('识别的列：16 / 17');  // 老板 is the store's contact person (columns27)
    expect(io.out).toContain('金额按 1月–12月 共 12 列相加');
    expect(io.out).not.toMatch(/未识别的列[^\n]*1月/);
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json.columns.filter((c: { amountPart?: true }) => c.amountPart).map((c: { header: string }) => c.header)).toEqual(MONTHS);
    const tier = json.report.sections.find((s: { id: string }) => s.id === 'tier');
    expect(Object.fromEntries(tier.series.map((s: { id: string; count: number }) => [s.id, s.count]))).toMatchObject({ medium: 1, low: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const ws = wb.getWorksheet('客户欠款')!;
    expect([5, 6, 7, 8].map((c) => ws.getRow(5).getCell(c).value)).toEqual([1200, 800, '', 3000]);
  });
});

describe('an English sheet of Jan … Dec', () => {
  it('says "Amount is the sum of the 12 columns Jan–Dec"', async () => {
    const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    writeFileSync(path.join(dir, 'in.csv'), [
      ['Customer', 'Phone', ...en].join(','),
      ['Blue Door Gifts', '(415) 555-0132', ...en.map(() => '2500')].join(','),
      ['Harbor Candle Co', '(503) 555-0178', '', '', '400', '350', '', '', '', '', '600', '', '', ''].join(','),
    ].join('\n'));
    const io = captureIo(dir);
    const code = await main(['clean', 'in.csv', '--today', '2026-12-04', '--out', 'out.xlsx', '--lang', 'en'], io);
    expect(code).toBe(0);
    expect(io.out).toContain('Amount is the sum of the 12 columns Jan–Dec');
    expect(io.out).not.toContain('Not read');
  });
});
