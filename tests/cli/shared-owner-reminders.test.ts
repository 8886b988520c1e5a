/** A customer two reps share (王芳/李强 in one owner cell): listed under each rep, and the sheet and summary say why there are more lines than reminders. */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// Follow-ups due on 2024-06-01: one customer shared by 王芳 and 李强, two of their own.
const SHEET = [
  '客户名称,手机,负责人,下次跟进',
  '张伟,13812345678,王芳/李强,2024-05-30',
  '李娜,13912345678,王芳,2024-05-31',
  '刘强,13712345678,李强,2024-06-01',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'customers.csv'), SHEET);
});
afterEach(() => cleanup());

async function clean(lang: string) {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', 'customers.csv', '--out', 'out.xlsx', '--today', '2024-06-01', '--lang', lang, '--quiet'], io);
  expect([code, io.err]).toEqual([0, '']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  return { summary: io.out, wb };
}

const lastLine = (sheet: ExcelJS.Worksheet) => String(sheet.getRow(sheet.rowCount).getCell(1).value);

describe('reminders of a customer two reps share', () => {
  it('the 提醒 sheet lists 4 lines for 3 reminders and says why, as the summary does (zh-CN)', async () => {
    const { summary, wb } = await clean('zh-CN');
    const sheet = wb.getWorksheet('提醒')!;
    const owners: string[] = [];
    sheet.eachRow((row, n) => { if (n > 1 && row.getCell(3).value) owners.push(String(row.getCell(1).value)); });
    expect(owners).toEqual(['李强', '李强', '王芳', '王芳']);
    const note = '提醒表共 4 行、3 条提醒：其中 1 条提醒的客户由多位负责人共同负责（如 王芳/李强），在每位负责人名下各列一次。';
    expect(lastLine(sheet)).toBe(note);
    expect(sheet.getRow(sheet.rowCount).getCell(1).font?.italic).toBe(true);
    expect(summary).toContain('提醒：3 条');
    expect(summary).toContain(`  ${note}\n`);
  });

  it('says it in English too', async () => {
    const { summary, wb } = await clean('en');
    const note = 'The reminders sheet lists 4 lines for 3 reminders: 1 reminder is of a customer several owners share (one owner cell naming two, such as 王芳/李强), listed under each of them.';
    expect(lastLine(wb.getWorksheet('Reminders')!)).toBe(note);
    expect(summary).toContain(`  ${note}\n`);
  });

  it('a sheet without shared customers has no such note', async () => {
    writeFileSync(path.join(dir, 'customers.csv'), SHEET.replace('王芳/李强', '王芳'));
    const { summary, wb } = await clean('zh-CN');
    expect(lastLine(wb.getWorksheet('提醒')!)).not.toContain('提醒表共');
    expect(summary).not.toContain('提醒表共');
  });
});
