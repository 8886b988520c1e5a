/**
 * The 报告 sheet's owner table of a workbook merged last week: 陈志远 is 王磊/刘洋's in his owner cell and
 * 陈静's too by the 合并记录 note the merge wrote. The rerun counts him under all three, as the first
 * run's preview did, with a total line that counts each customer once; the JSON report says the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// 陈志远 typed twice (王磊 shares him with 刘洋 on one row, with 陈静 on the other); 林晓 is 李娜's.
const SHEET = [
  '姓名,手机,公司,负责人,累计金额',
  '陈志远,13711112222,广州粤海贸易有限公司,王磊/刘洋,58000',
  '林晓,13922223333,深圳前海物流有限公司,李娜,12000',
  '陈志远,137 1111 2222,广州粤海贸易有限公司,王磊/陈静,',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), SHEET);
});
afterEach(() => cleanup());

const clean = async (input: string, out: string, ...flags: string[]) => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', `${out}.xlsx`, '--json', `${out}.json`, '--today', '2024-12-01', '--quiet', ...flags], io);
  expect([code, io.err]).toEqual([0, '']);
};

/** The 报告 sheet's owner table: its rows from the title to the blank row after it, as [label, count, spend]. */
const ownerTable = async (out: string): Promise<unknown[][]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, `${out}.xlsx`));
  const sheet = wb.getWorksheet('报告')!;
  let at = 0;
  sheet.eachRow((row, n) => { if (!at && row.getCell(1).value === '按负责人') at = n; });
  const rows: unknown[][] = [];
  for (let n = at + 1; sheet.getRow(n).getCell(1).value; n++) rows.push([1, 2, 4].map((c) => sheet.getRow(n).getCell(c).value));
  return rows;
};

it('counts the co-owner the merge noted in 合并记录 on the rerun, as the preview did, with a total counting him once', async () => {
  await clean('客户.csv', 'preview');
  await clean('客户.csv', 'merged', '--merge');
  await clean('merged.xlsx', 'rerun');
  const expected = [
    ['刘洋', 1, 58000],
    ['李娜', 1, 12000],
    ['王磊', 1, 58000],
    ['陈静', 1, 58000],
    ['客户合计（共管客户只计一次）', 2, 70000],
  ];
  for (const out of ['preview', 'merged', 'rerun']) {
    const rows = await ownerTable(out);
    expect(rows.slice(0, 5)).toEqual(expected);
    expect(String(rows[5][0])).toContain('合并记录');
    const owner = JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')).report.sections.find((s: { id: string }) => s.id === 'owner');
    expect(owner.customers).toBe(2);
  }
});
