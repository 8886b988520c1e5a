/** A customer merged from rows under 王磊/刘洋 and 王磊/陈静: the JSON digest, the 提醒 sheet and the archive keep all three reps. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// 陈志远's follow-up is due today; 王磊 shares him with 刘洋 on one row and with 陈静 on the other.
const SHEET = [
  '姓名,手机,公司,负责人,下次跟进',
  '陈志远,13711112222,广州粤海贸易有限公司,王磊/刘洋,2024-06-01',
  '陈志远,137 1111 2222,广州粤海贸易有限公司,王磊/陈静,',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'customers.csv'), SHEET);
});
afterEach(() => cleanup());

it('--merge: every co-owner is reminded in the JSON digest and the 提醒 sheet; the owner cell stays as typed; the archive names them', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', 'customers.csv', '--out', 'out.xlsx', '--json', 'out.json', '--merge', '--today', '2024-06-01', '--quiet'], io);
  expect([code, io.err]).toEqual([0, '']);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
  expect(json.merge.coOwners).toEqual([{ row: 2, owners: '王磊/刘洋/陈静' }]);
  // One reminder of the customer, addressed to all three (a script splits the owners at "/", as the 提醒 sheet does).
  expect(json.reminders.filter((r: { kind: string }) => r.kind === 'followUp').map((r: { owner: string; row: number }) => [r.owner, r.row])).toEqual([['王磊/刘洋/陈静', 2]]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const main_ = wb.worksheets[0];
  expect(main_.getRow(2).getCell(4).value).toBe('王磊/刘洋');
  const reps: string[] = [];
  wb.getWorksheet('提醒')!.eachRow((row, n) => { if (n > 1 && row.getCell(3).value) reps.push(String(row.getCell(1).value)); });
  expect(reps).toEqual(expect.arrayContaining(['王磊', '刘洋', '陈静']));
  const archive: string[] = [];
  wb.getWorksheet('已合并重复')!.eachRow((row) => row.eachCell((c) => archive.push(String(c.value))));
  expect(archive.join(' ')).toContain('共管负责人：王磊/刘洋/陈静');
});
