/**
 * A CRM's time stamps keep what they say: 最后跟进时间 2024-03-12 09:15:33 (纷享销客, a shop's
 * 最近消费) written as a date-time shows its seconds, where the default yyyy-mm-dd hh:mm would hide
 * them (the value kept, but not what the user typed and sees). Its column is written in one form, so a
 * time typed without seconds beside it (09:15) shows them too (09:15:00), its value unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const LIST = [
  '客户名称,手机,最后跟进时间,负责人',
  '张伟,13812345678,2024-03-12 09:15:33,王芳',
  '李娜,13912345678,2024-03-12 09:15,王芳',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), LIST);
});
afterEach(() => cleanup());

it('shows the seconds a time stamp was typed with, and its column\'s other times in the same one form', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', '客户.csv', '--out', 'o.xlsx', '--today', '2024-06-01', '--quiet'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'o.xlsx'));
  const sheet = wb.worksheets[0];
  const [withSeconds, without] = [sheet.getCell('C2'), sheet.getCell('C3')];
  expect(withSeconds.value).toBeInstanceOf(Date);
  expect((withSeconds.value as Date).toISOString()).toBe('2024-03-12T09:15:33.000Z');
  expect(withSeconds.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  // One form per column: 09:15 beside 09:15:33 is shown 09:15:00, its value unchanged.
  expect((without.value as Date).toISOString()).toBe('2024-03-12T09:15:00.000Z');
  expect(without.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
});

/** 企业微信's customer export: 添加时间 always with its seconds, :00 as often as not (tester h66). */
const WECOM = [
  '\uFEFF客户名称,备注名,添加时间,添加人',
  'Amy,Amy 深圳 跨境,2024-03-12 10:22:31,张晓',
  'A.王总,王建华 美的,2023-11-02 09:01:00,李明',
  '老周,周国平,2022-05-05 00:00:00,张晓',
].join('\r\n');

it('keeps a time stamp typed with :00 seconds in the one format of its column, and counts it as no fix', async () => {
  writeFileSync(path.join(dir, '企业微信.csv'), WECOM);
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', '企业微信.csv', '--out', 'w.xlsx', '--json', 'w.json', '--today', '2024-12-01', '--quiet'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'w.xlsx'));
  const sheet = wb.worksheets[0];
  expect(['C2', 'C3', 'C4'].map((a) => sheet.getCell(a).numFmt)).toEqual(['yyyy-mm-dd hh:mm:ss', 'yyyy-mm-dd hh:mm:ss', 'yyyy-mm-dd hh:mm:ss']);
  expect((sheet.getCell('C3').value as Date).toISOString()).toBe('2023-11-02T09:01:00.000Z');
  expect((sheet.getCell('C4').value as Date).toISOString()).toBe('2022-05-05T00:00:00.000Z');
  expect(sheet.getCell('C3').note).toBeUndefined();
});

it('writes a CSV time stamp typed with :00 seconds back as it was', async () => {
  writeFileSync(path.join(dir, '企业微信.csv'), WECOM);
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', '企业微信.csv', '--out', 'w.csv', '--today', '2024-12-01', '--quiet'], io)).toBe(0);
  const out = readFileSync(path.join(dir, 'w.csv'), 'utf8');
  expect(out).toContain(',2023-11-02 09:01:00,');
  expect(out).toContain(',2022-05-05 00:00:00,');
});
