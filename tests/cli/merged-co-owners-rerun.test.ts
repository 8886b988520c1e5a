/**
 * A customer merged from rows under 王磊/刘洋 and 王磊/陈静 keeps 王磊/刘洋 in his owner cell as typed; 陈静
 * is said in the kept row's 合并记录 note. Next week's run over the merged workbook reads that note back:
 * the same three reps hear of him as in the first run's preview, in the JSON report and the 提醒 sheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// A rep's list as typed: 陈志远 twice (王磊 shares him with 刘洋 on one row and with 陈静 on the other), his
// follow-up due today; 林晓 and 周敏 are other reps' customers with nothing shared.
const SHEET = [
  '姓名,手机,公司,负责人,下次跟进,备注',
  '陈志远,13711112222,广州粤海贸易有限公司,王磊/刘洋,2024-06-01,报价已发',
  '林晓,13922223333,深圳前海物流有限公司,李娜,2024-06-01,',
  '陈志远,137 1111 2222,广州粤海贸易有限公司,王磊/陈静,,展会名片',
  '周敏,13633334444,佛山顺德家电有限公司,刘洋,2024-06-20,',
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
  const code = await main(['clean', input, '--out', `${out}.xlsx`, '--json', `${out}.json`, '--today', '2024-06-01', '--quiet', ...flags], io);
  expect([code, io.err]).toEqual([0, '']);
};

/** Each reminder as [owner, kind, customer]: the JSON report's digest. */
const digest = (out: string): string[][] =>
  JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')).reminders.map((r: { owner: string; kind: string; customer: string }) => [r.owner, r.kind, r.customer]);

/** The 提醒 sheet's lines as [rep, customer] (a co-owned customer is listed once under each rep). */
const sheetLines = async (out: string): Promise<string[][]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, `${out}.xlsx`));
  const lines: string[][] = [];
  wb.getWorksheet('提醒')!.eachRow((row, n) => { if (n > 1 && row.getCell(3).value) lines.push([String(row.getCell(1).value), String(row.getCell(3).value)]); });
  return lines.sort();
};

it('a rerun over the merged workbook reminds the same co-owners as the first run\'s preview, 陈静 read back from the 合并记录 note', async () => {
  await clean('客户.csv', 'preview');
  await clean('客户.csv', 'merged', '--merge');
  await clean('merged.xlsx', 'rerun');
  const preview = digest('preview');
  expect(preview).toEqual(expect.arrayContaining([['王磊/刘洋/陈静', 'followUp', '陈志远 · 广州粤海贸易有限公司'], ['李娜', 'followUp', '林晓 · 深圳前海物流有限公司']]));
  expect(digest('merged')).toEqual(preview);
  expect(digest('rerun')).toEqual(preview);
  const lines = await sheetLines('preview');
  expect(lines.filter(([, c]) => c.startsWith('陈志远')).map(([rep]) => rep)).toEqual(['刘洋', '王磊', '陈静']);
  expect(await sheetLines('rerun')).toEqual(lines);
  // The owner cell is still as the user typed it, on the merged workbook and on the rerun's.
  for (const out of ['merged', 'rerun']) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, `${out}.xlsx`));
    expect(wb.worksheets[0].getRow(2).getCell(4).value).toBe('王磊/刘洋');
  }
});
