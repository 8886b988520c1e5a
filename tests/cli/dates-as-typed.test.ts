/**
 * A text date the run makes a real date cell is shown as its column was typed: a UK office's
 * 04/05/2026 stays dd/mm/yyyy, a US dentist's 11/28/2014 mm/dd/yyyy, a Chinese 2024/3/5 yyyy/m/d;
 * the column's real date cells' own format first; ISO where the column mixes orders. A CSV output
 * keeps writing ISO, the one text every Excel locale reads back as the same day (tester h69 #12).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const NIAN = 'yyyy"年"m"月"d"日"';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

async function book(file: string, rows: unknown[][], formats: Record<string, string> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Customers');
  for (const row of rows) ws.addRow(row);
  for (const [address, numFmt] of Object.entries(formats)) ws.getCell(address).numFmt = numFmt;
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function clean(input: string, output: string, today: string, lang = 'en'): Promise<void> {
  const io = captureIo(dir);
  expect(await main(['clean', input, '--out', output, '--today', today, '--lang', lang, '--quiet'], io)).toBe(0);
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb.worksheets[0];
}

/** A date cell as [the day (and time) it holds, its number format]; a text cell as the text. */
function shown(ws: ExcelJS.Worksheet, address: string): [string, string] | string {
  const cell = ws.getCell(address);
  if (!(cell.value instanceof Date)) return String(cell.value);
  const iso = cell.value.toISOString();
  return [iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16), cell.numFmt];
}

describe('a UK landscaper\'s dd/mm/yyyy', () => {
  const UK = [
    ['Customer', 'Address', 'Postcode', 'Mobile', 'Email', 'Last Visit', 'Next Visit', 'Contract Renewal', 'Crew'],
    ['Margaret Hughes', '12 Mill Lane, Guildford', 'GU1 3AA', '07700 900456', 'maggie.hughes@btinternet.com', '04/05/2026', '09/12/2026', '12/12/2026', 'Gemma'],
    ['Peter Walsh', '3 Church Road, Farnham', 'GU9 7PT', '07700 900123', 'pwalsh@gmail.com', '14/02/2026', '', '01/12/2026', 'Dave'],
    ['The Old Rectory', 'Rectory Lane, Shere', 'GU5 9HG', '01483 202020', 'office@oldrectory.co.uk', '02/06/2026 14:30', '21/01/2027', '11/12/2026', 'Dave'],
    ['Anita Patel', '8 Station Road, Godalming', 'GU7 1EU', '07811 555123', 'anita.patel@outlook.com', '25/11/2026 09:15', '15/01/2027', '30/06/2027', 'Gemma'],
  ];
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    await book('uk.xlsx', UK);
    await clean('uk.xlsx', 'uk-out.xlsx', '2026-12-04');
    ws = await sheetOf('uk-out.xlsx');
  });

  it('writes each text date as a real date shown dd/mm/yyyy, as the office typed it', () => {
    expect(shown(ws, 'F2')).toEqual(['2026-05-04', 'dd/mm/yyyy']);
    expect(shown(ws, 'G2')).toEqual(['2026-12-09', 'dd/mm/yyyy']);
    expect(shown(ws, 'H3')).toEqual(['2026-12-01', 'dd/mm/yyyy']);
    expect(shown(ws, 'G4')).toEqual(['2027-01-21', 'dd/mm/yyyy']);
  });

  it('keeps a visit\'s time in the same order, day first', () => {
    expect(shown(ws, 'F4')).toEqual(['2026-06-02T14:30', 'dd/mm/yyyy hh:mm']);
    expect(shown(ws, 'F5')).toEqual(['2026-11-25T09:15', 'dd/mm/yyyy hh:mm']);
  });

  it('cleaned again, the real dates keep their dd/mm/yyyy', async () => {
    await clean('uk-out.xlsx', 'uk-again.xlsx', '2026-12-04');
    const again = await sheetOf('uk-again.xlsx');
    expect(shown(again, 'F2')).toEqual(['2026-05-04', 'dd/mm/yyyy']);
    expect(shown(again, 'H3')).toEqual(['2026-12-01', 'dd/mm/yyyy']);
  });

  it('a CSV of the same dates becomes a workbook in dd/mm/yyyy, and a CSV output keeps ISO for Excel in any locale', async () => {
    const csv = UK.map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',')).join('\r\n');
    writeFileSync(path.join(dir, 'uk.csv'), csv);
    await clean('uk.csv', 'uk-csv.xlsx', '2026-12-04');
    expect(shown(await sheetOf('uk-csv.xlsx'), 'G2')).toEqual(['2026-12-09', 'dd/mm/yyyy']);
    await clean('uk.csv', 'uk-out.csv', '2026-12-04');
    const line = readFileSync(path.join(dir, 'uk-out.csv'), 'utf8').split(/\r?\n/)[1];
    expect(line).toContain(',2026-05-04,2026-12-09,2026-12-12,');
  });
});

describe('a US dentist\'s MM/DD/YYYY', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    await book('dentist.xlsx', [
      ['Patient #', 'Last Name', 'First Name', 'DOB', 'Cell Phone', 'Email', 'Last Visit', 'Next Recall Due', 'Provider'],
      [10423, 'Griffin', 'Lily', '11/28/2014', '(701) 723-1461', 'lilygriffin@gmail.com', '11/20/2026 2:15 PM', '04/17/2027', 'Dr. Patel'],
      [10452, 'Ward', 'Leo', '12/19/1971', '(681) 830-6069', 'leoward@gmail.com', '07/05/2026 9:30 AM', '12/03/2026', 'Dr. Patel'],
      [10467, 'Reed', 'Thomas', '07/14/1962', '(936) 610-4571', 't.reed@comcast.net', '06/02/2026 11:00 AM', '01/06/2027', 'Dr. Chen'],
    ]);
    await clean('dentist.xlsx', 'dentist-out.xlsx', '2026-12-04');
    ws = await sheetOf('dentist-out.xlsx');
  });

  it('shows birthdays and recalls month first, as the practice typed them', () => {
    expect(shown(ws, 'D2')).toEqual(['2014-11-28', 'mm/dd/yyyy']);
    expect(shown(ws, 'D4')).toEqual(['1962-07-14', 'mm/dd/yyyy']);
    expect(shown(ws, 'H3')).toEqual(['2026-12-03', 'mm/dd/yyyy']);
  });

  it('keeps the visits\' 12-hour clock', () => {
    expect(shown(ws, 'G2')).toEqual(['2026-11-20T14:15', 'mm/dd/yyyy h:mm AM/PM']);
    expect(shown(ws, 'G3')).toEqual(['2026-07-05T09:30', 'mm/dd/yyyy h:mm AM/PM']);
  });
});

describe('a Chinese sheet', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    await book('客户.xlsx', [
      ['客户名称', '联系人', '手机', '签约日期', '生日', '最近联系', '负责人'],
      ['杭州恒达贸易有限公司', '王建国', '138 1234 5678', '2024/3/5', D(1978, 5, 12), '2024.11.30', '张敏'],
      ['苏州瑞丰机电设备有限公司', '李娜', '13912345678', '2024/11/26', '1985/3/12', '2024年12月1日', '张敏'],
      ['宁波海丰物流有限公司', '陈晓东', '13612345678', '2023/10/8', D(1990, 11, 3), '2024/11/28', '刘洋'],
      ['上海启明软件有限公司', '赵丽', '13712345678', '2024/6/18', D(1982, 2, 23), '11/26/2024', '刘洋'],
    ], { E2: NIAN, E4: NIAN, E5: NIAN });
    await clean('客户.xlsx', '客户-out.xlsx', '2024-12-01', 'zh-CN');
    ws = await sheetOf('客户-out.xlsx');
  });

  it('shows a column typed 2024/3/5 as yyyy/m/d', () => {
    expect(shown(ws, 'D2')).toEqual(['2024-03-05', 'yyyy/m/d']);
    expect(shown(ws, 'D4')).toEqual(['2023-10-08', 'yyyy/m/d']);
  });

  it('shows a text birthday as the column\'s real dates are, yyyy"年"m"月"d"日"', () => {
    expect(shown(ws, 'E3')).toEqual(['1985-03-12', NIAN]);
    expect(shown(ws, 'E2')).toEqual(['1978-05-12', NIAN]);
  });

  it('writes a column mixing 2024.11.30, 2024年12月1日, 2024/11/28 and 11/26/2024 in ISO, read alike by all', () => {
    expect(['F2', 'F3', 'F4', 'F5'].map((a) => shown(ws, a))).toEqual([
      ['2024-11-30', 'yyyy-mm-dd'], ['2024-12-01', 'yyyy-mm-dd'], ['2024-11-28', 'yyyy-mm-dd'], ['2024-11-26', 'yyyy-mm-dd'],
    ]);
  });
});
