/**
 * A number whose digits Excel threw away (a mobile typed as a number, kept as 13800000000 and shown
 * 1.38E+10; an 18-digit 身份证号 shown 4.40306E+17) is quoted wherever the run writes it out as the
 * user saw it, never as digits that read as a real mobile or ID number: on the issues sheet's value
 * column (问题清单 值 / Issues Value), and in a CSV, main file and archive alike, where its text is all
 * the next run reads: spelled 13800000000 there it came back a valid mobile, its flag gone (tester h68 #2).
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

/** A 4S shop's owner list: 刘洋 typed twice (the second time with his mobile rounded), 赵磊's ID number typed as a number. */
async function writeOwners(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('车主');
  ws.addRow(['姓名', '手机', '身份证号', '车牌', '备注']);
  ws.addRow(['张伟', '13812345678', '110101199003071233', '粤B12345', '']);
  ws.addRow(['刘洋', '13912340000', '440306198505051237', '粤B88K21', '老客户']);
  ws.addRow(['王芳', 13700000000, '', '粤BD01234', '']);
  ws.addRow(['刘洋', 13800000000, '440306198505051237', '粤B88K21', '']);
  ws.addRow(['赵磊', '13612345678', 440306199001011234, '粤B6Q731', '']);
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function clean(args: string[]): Promise<void> {
  const io = captureIo(dir);
  const code = await main(['clean', ...args, '--today', '2026-12-04', '--lang', 'zh-CN', '--quiet'], io);
  expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
}

interface Report { rows: { row: number; issues: { code: string }[] }[] }
const lostDigits = (json: string): string[] =>
  (JSON.parse(readFileSync(path.join(dir, json), 'utf8')) as Report).rows.flatMap((r) => r.issues.filter((i) => i.code.endsWith('precisionLost')).map((i) => `${r.row} ${i.code}`));

describe('the issues sheet quotes a number that lost its digits as the user sees it', () => {
  it('问题清单 值: 1.37E+10 and 4.40306E+17, not a mobile and an ID number that look real', async () => {
    await writeOwners('车主.xlsx');
    await clean(['车主.xlsx', '--out', 'out.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const issues = wb.getWorksheet('问题清单')!;
    const values: string[] = [];
    issues.eachRow((row, r) => {
      if (r > 1 && String(row.getCell(6).value).includes('末尾几位')) values.push(`${row.getCell(1).value} ${row.getCell(4).value}`);
    });
    expect(values).toEqual(['4 1.37E+10', '5 1.38E+10', '6 4.40306E+17']);
  });
});

describe('a CSV written from an .xlsx keeps such a number visibly broken, week after week', () => {
  it('writes it in the exponent form Excel reads back as the same number, in the file and in its archive', async () => {
    await writeOwners('车主.xlsx');
    await clean(['车主.xlsx', '--out', 'out.csv', '--merge']);
    const main = readFileSync(path.join(dir, 'out.csv'), 'utf8').split(/\r?\n/);
    expect(main.find((l) => l.startsWith('王芳,'))).toMatch(/^王芳,1\.37E\+10,/);
    // Excel's 15 digits of the ID, none invented (JavaScript's 440306199001011260 ends in digits nobody typed).
    expect(main.find((l) => l.startsWith('赵磊,'))).toMatch(/^赵磊,13612345678,4\.40306199001011E\+17,/);
    const archive = readFileSync(path.join(dir, 'out.archive.csv'), 'utf8').split(/\r?\n/);
    expect(archive.find((l) => l.startsWith('刘洋,'))).toMatch(/^刘洋,1\.38E\+10,/);
  });

  it('knows its own archive line again when the same merge runs twice: the rounded row is archived once', async () => {
    await writeOwners('车主.xlsx');
    await clean(['车主.xlsx', '--out', 'out.csv', '--merge']);
    await clean(['车主.xlsx', '--out', 'out.csv', '--merge']);
    const archive = readFileSync(path.join(dir, 'out.archive.csv'), 'utf8').split(/\r?\n/);
    expect(archive.filter((l) => l.startsWith('刘洋,'))).toHaveLength(1);
  }, 30_000);

  it('flags the lost digits again when the CSV is cleaned next week', async () => {
    await writeOwners('车主.xlsx');
    await clean(['车主.xlsx', '--out', 'week1.csv', '--json', 'week1.json']);
    await clean(['week1.csv', '--out', 'week2.csv', '--json', 'week2.json']);
    const expected = ['4 phone.precisionLost', '5 phone.precisionLost', '6 id.precisionLost'];
    expect(lostDigits('week1.json')).toEqual(expected);
    expect(lostDigits('week2.json')).toEqual(expected);
  }, 30_000);
});
