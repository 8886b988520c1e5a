/**
 * A CRM's time stamps keep what they say: 最后跟进时间 2024-03-12 09:15:33 (纷享销客, a shop's
 * 最近消费) written as a date-time shows its seconds, where the default yyyy-mm-dd hh:mm would hide
 * them (the value kept, but not what the user typed and sees). A time without seconds shows none.
 */
import { writeFileSync } from 'node:fs';
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

it('shows the seconds a time stamp was typed with, and none where it had none', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', '客户.csv', '--out', 'o.xlsx', '--today', '2024-06-01', '--quiet'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'o.xlsx'));
  const sheet = wb.worksheets[0];
  const [withSeconds, without] = [sheet.getCell('C2'), sheet.getCell('C3')];
  expect(withSeconds.value).toBeInstanceOf(Date);
  expect((withSeconds.value as Date).toISOString()).toBe('2024-03-12T09:15:33.000Z');
  expect(withSeconds.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  expect(without.numFmt).toBe('yyyy-mm-dd hh:mm');
});
