/**
 * A phone or ID number whose digits the sheet already threw away stays visibly broken, week after
 * week. Excel keeps a mobile typed as a number in a narrow General column as 1.38E+10, stored as
 * 13800000000: the last digits are gone for good. The run flags it (phone.precisionLost), and the
 * cell is left as typed, a number with its own format. Written as the text "13800000000" in a Text
 * cell, as the other numbers of a phone column are, it looked like a real mobile, and the next run
 * read it as one: the warning was gone and a weekly user trusted a wrong number (tester h68 #2).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface Report { rows: { row: number; issues: { header: string; code: string }[] }[] }

/** A 4S shop's owner list: 刘洋's mobile and 赵磊's ID number were typed as numbers and rounded by Excel. */
async function writeInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('车主');
  ws.addRow(['姓名', '手机', '身份证号', '车牌']);
  ws.addRow(['张伟', '13812345678', '110101199003071234', '粤B12345']);
  ws.addRow(['刘洋', 13800000000, '', '粤B88K21']);
  ws.addRow(['赵磊', '13912345678', 440306199001011000, '粤B6Q731']);
  ws.addRow(['王芳', '13712345678', '', '粤BD01234']);
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function clean(input: string, out: string): Promise<Report> {
  const io = captureIo(dir);
  const code = await main(['clean', input, '--out', out, '--json', `${out}.json`, '--today', '2026-12-04', '--quiet'], io);
  expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
  return JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) as Report;
}

const lostDigits = (report: Report): string[] =>
  report.rows.flatMap((r) => r.issues.filter((i) => i.code.endsWith('precisionLost')).map((i) => `${r.row} ${i.header} ${i.code}`));

async function cellOf(file: string, address: string): Promise<{ value: ExcelJS.CellValue; numFmt: string | undefined }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const cell = wb.worksheets[0].getCell(address);
  return { value: cell.value, numFmt: cell.numFmt };
}

describe('a mobile and an ID number Excel rounded (1.38E+10, 4.40306E+17), cleaned week after week', () => {
  it('leaves each cell as typed, a number, not the text "13800000000" that reads as a real mobile', async () => {
    await writeInput('车主.xlsx');
    await clean('车主.xlsx', 'run1.xlsx');
    expect(await cellOf('run1.xlsx', 'B3')).toEqual({ value: 13800000000, numFmt: undefined });
    expect(await cellOf('run1.xlsx', 'C4')).toEqual({ value: 440306199001011000, numFmt: undefined });
  });

  it('still writes the whole numbers of the column as text, as before', async () => {
    await writeInput('车主.xlsx');
    await clean('车主.xlsx', 'run1.xlsx');
    expect((await cellOf('run1.xlsx', 'B2')).value).toBe('13812345678');
  });

  it('flags the lost digits on every run, until someone types the number again', async () => {
    await writeInput('车主.xlsx');
    const expected = ['3 手机 phone.precisionLost', '4 身份证号 id.precisionLost'];
    expect(lostDigits(await clean('车主.xlsx', 'run1.xlsx'))).toEqual(expected);
    expect(lostDigits(await clean('run1.xlsx', 'run2.xlsx'))).toEqual(expected);
    expect(lostDigits(await clean('run2.xlsx', 'run3.xlsx'))).toEqual(expected);
  }, 30_000);
});

describe('a rounded mobile on a row that --merge moves to the archive sheet', () => {
  /** 刘洋 typed twice with one ID number: the second row, whose 手机 Excel rounded to 1.38E+10, is merged away. */
  async function writeDuplicate(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('车主');
    ws.addRow(['姓名', '手机', '身份证号', '车牌', '备注']);
    ws.addRow(['张伟', '13812345678', '110101199003071233', '粤B12345', '']);
    ws.addRow(['刘洋', '13912340000', '440306198505051237', '粤B88K21', '老客户，已换新号']);
    ws.addRow(['王芳', '13712345678', '', '粤BD01234', '']);
    ws.addRow(['刘洋', 13800000000, '440306198505051237', '粤B88K21', '']);
    await wb.xlsx.writeFile(path.join(dir, file));
  }

  it('is archived as the number it is, shown as Excel showed it (1.38E+10), not as the text "13800000000"', async () => {
    await writeDuplicate('车主.xlsx');
    const io = captureIo(dir);
    const code = await main(['clean', '车主.xlsx', '--out', 'merged.xlsx', '--today', '2026-12-04', '--lang', 'zh-CN', '--quiet', '--merge'], io);
    expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'merged.xlsx'));
    const archive = wb.getWorksheet('已合并重复')!;
    expect(archive.getCell('F2').value).toBe(5);
    expect(archive.getCell('B2').value).toBe(13800000000);
    expect(archive.getCell('B2').numFmt).toBe('0.00E+00');
    // The kept row's own mobile, typed whole, stays text in the main sheet as before.
    expect(wb.getWorksheet('车主')!.getCell('B3').value).toBe('13912340000');
  });
});
