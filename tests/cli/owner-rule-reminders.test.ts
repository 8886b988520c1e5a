/** A 撞单 the owner rule decides, through the CLI: the JSON report, the 提醒 sheet and the summary's by-owner line remind the keeper only. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// 王磊 entered 张伟 first; 李娜 typed him in again. His contract ends in 10 days (today 2026-12-01).
const SHEET = [
  '客户名称,手机,负责人,创建日期,合同到期日,生日',
  '张伟,13812345678,王磊,2026-03-05,2026-12-11,',
  '张伟,138 1234 5678,李娜,2026-07-20,2026-12-11,',
  '王芳,13912345678,李娜,2026-05-01,,1988-12-06',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '撞单.csv'), SHEET);
});
afterEach(() => cleanup());

it('reminds 王磊 alone of 张伟\'s contract, in the JSON, the 提醒 sheet and the summary alike', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '撞单.csv', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-01'], io);
  expect(code).toBe(0);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { reminders: { owner: string; kind: string; row: number; message: string }[] };
  expect(json.reminders.map((r) => [r.owner, r.kind, r.row, r.message])).toEqual([
    ['李娜', 'birthday', 4, '2026-12-06 满 38 岁生日，还有 5 天'],
    ['王磊', 'contract', 2, '合同 2026-12-11 到期，还有 10 天（提前 30 天提醒）（撞单：同一客户的第 3 行归 李娜）'],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const lines: unknown[][] = [];
  wb.getWorksheet('提醒')!.eachRow((row, n) => { if (n > 1) lines.push([row.getCell(1).value, row.getCell(4).value, row.getCell(7).value]); });
  expect(lines).toEqual(json.reminders.map((r) => [r.owner, r.row, r.message]));
  expect(io.out).toContain('  按负责人：李娜 1，王磊 1\n');
});
