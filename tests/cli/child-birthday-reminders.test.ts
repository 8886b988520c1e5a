/** A 母婴店's baby's birthday through the CLI: its own kind in the JSON report, the 提醒 sheet and the summary's count by kind. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// Today 2026-12-04: 胡思雨's 王朵朵 turns 2 on 12-08; 林佳怡's own birthday is 12-10.
const SHEET = [
  '会员卡号,妈妈姓名,手机,妈妈生日,宝宝姓名,宝宝生日,宝宝性别,储值卡余额,累计消费,最近到店,门店,导购,备注',
  'VIP20000,张敏,13800138001,1992/3/4,张乐乐,2023-05-17,男,300,5200,2026-11-20,万达店,小周,',
  'VIP20001,林佳怡,13912345678,1990/12/10,李果果,2022-07-02,女,0,3100,2026-11-02,龙湖店,阿梅,奶粉段位3段',
  'VIP20002,胡思雨,15012345678,1993/6/21,王朵朵,2024-12-08,女,1200,8800,2026-10-15,万达店,小陈,过敏体质',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '会员.csv'), SHEET);
});
afterEach(() => cleanup());

it('reminds 王朵朵\'s birthday as the child\'s, beside 林佳怡\'s own, in the JSON, the 提醒 sheet and the summary', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '会员.csv', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-04'], io);
  expect(code).toBe(0);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as {
    reminders: { owner: string; kind: string; row: number; customer: string; message: string }[];
    columns: { header: string; field: string | null; child?: { n: number; field: string } }[];
  };
  expect(json.reminders.map((r) => [r.owner, r.kind, r.row, r.customer, r.message])).toEqual([
    ['小陈', 'childBirthday', 4, '胡思雨', '王朵朵（胡思雨的宝宝）2026-12-08 满 2 岁生日，还有 4 天'],
    ['阿梅', 'birthday', 3, '林佳怡', '2026-12-10 满 36 岁生日，还有 6 天'],
  ]);
  expect(json.columns.filter((c) => c.child).map((c) => [c.header, c.field, c.child])).toEqual([
    ['宝宝姓名', null, { n: 1, field: 'name' }],
    ['宝宝生日', null, { n: 1, field: 'birthday' }],
    ['宝宝性别', null, { n: 1, field: 'gender' }],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const kinds: unknown[] = [];
  wb.getWorksheet('提醒')!.eachRow((row, n) => { if (n > 1) kinds.push(row.getCell(2).value); });
  expect(kinds).toEqual(['孩子生日', '生日']);
  expect(io.out).toContain('（生日 1，孩子生日 1）');
  expect(io.out).not.toContain('“宝宝生日”');
});
