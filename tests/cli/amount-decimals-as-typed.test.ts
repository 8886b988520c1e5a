/**
 * Money typed with two decimals keeps them. 有赞's 累计消费金额 128.00, Shopify's Total Spent 59.00, a
 * 报价单's 1245.50 become numbers, so sums and rules work, but show as typed: the CSV output writes
 * 1245.50 back, the .xlsx output gives the number the format 0.00 (Excel, Power Query and Google
 * Sheets keep a number's display format), and the report counts such a cell as a retype, as it does
 * a count typed 1, not as a value fixed. An amount really cleaned (¥1,245.50, 1,245.50 元, 1.2万) is
 * still a fix, and keeps its typed decimals (at most two, money's) in the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

interface Change { header: string; before: string | null; after: string | null; reason: string; retype?: true }
interface Report { summary: { cellsChanged: number; cellsRetyped: number }; rows: { row: number; changes: Change[] }[] }

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const YOUZAN = [
  '客户姓名,手机号,累计消费金额(元)',
  '陈晓燕,13812345601,128.00',
  '刘建国,13905718822,5680.00',
  '张敏,13757129903,23800.00',
].join('\r\n');

const SHOPIFY = [
  'First Name,Last Name,Email,Phone,Total Spent',
  'Emma,Walker,emma.walker@gmail.com,+1 415-555-0132,59.00',
  'Liam,Johnson,liam.j@outlook.com,+1 212-555-0178,1200.00',
].join('\r\n');

// A 报价单 whose amounts were typed every way a sales team types them.
const QUOTES = [
  '客户名称,联系人,手机,报价金额',
  '杭州云帆科技有限公司,王建国,13812345678,1245.50',
  '苏州立新电子有限公司,周立新,15011113333,"¥1,245.50"',
  '成都蜀丰食品有限公司,孙丽,13900005678,1.2万',
  '广州恒通物流有限公司,陈志远,13511112222,"1,245.50 元"',
  '深圳华创电子有限公司,陈静,13600002222,300',
].join('\r\n');

async function clean(input: string, text: string, out: string, lang = 'zh-CN'): Promise<Report> {
  writeFileSync(path.join(dir, input), text);
  const io = captureIo(dir);
  const code = await main(['clean', input, '--out', out, '--json', 'r.json', '--today', '2024-12-01', '--lang', lang, '--quiet'], io);
  expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
  return JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as Report;
}

const csvColumn = (out: string, header: string) => {
  const rows = Papa.parse<string[]>(readFileSync(path.join(dir, out), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const col = rows[0].indexOf(header);
  return rows.slice(1).map((r) => r[col]);
};
const changesOf = (report: Report, header: string) => report.rows.flatMap((r) => r.changes.filter((c) => c.header === header));

async function xlsxColumn(out: string, col: number): Promise<{ value: ExcelJS.CellValue; numFmt: string | undefined }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, out));
  const sheet = book.worksheets[0];
  const cells = [];
  for (let r = 2; r <= sheet.actualRowCount; r++) {
    const cell = sheet.getCell(r, col);
    cells.push({ value: cell.value, numFmt: cell.numFmt === 'General' ? undefined : cell.numFmt });
  }
  return cells;
}

describe('有赞 累计消费金额 typed 128.00', () => {
  it('is written back to the CSV exactly as typed', async () => {
    await clean('youzan.csv', YOUZAN, 'out.csv');
    expect(csvColumn('out.csv', '累计消费金额(元)')).toEqual(['128.00', '5680.00', '23800.00']);
  });

  it('is counted as a retype, not a value fixed, with its decimals in the report', async () => {
    const report = await clean('youzan.csv', YOUZAN, 'out.csv');
    expect(changesOf(report, '累计消费金额(元)')).toEqual([
      expect.objectContaining({ before: '128.00', after: '128.00', reason: 'fix.amount', retype: true }),
      expect.objectContaining({ before: '5680.00', after: '5680.00', reason: 'fix.amount', retype: true }),
      expect.objectContaining({ before: '23800.00', after: '23800.00', reason: 'fix.amount', retype: true }),
    ]);
    expect(report.summary.cellsChanged).toBe(0);
  });

  it('is a number under 0.00 in the .xlsx output', async () => {
    await clean('youzan.csv', YOUZAN, 'out.xlsx');
    expect(await xlsxColumn('out.xlsx', 3)).toEqual([
      { value: 128, numFmt: '0.00' },
      { value: 5680, numFmt: '0.00' },
      { value: 23800, numFmt: '0.00' },
    ]);
  });
});

describe("Shopify's Total Spent typed 59.00", () => {
  it('stays 59.00 in the CSV and in Excel, and is no fix', async () => {
    const report = await clean('shopify.csv', SHOPIFY, 'out.csv', 'en');
    expect(csvColumn('out.csv', 'Total Spent')).toEqual(['59.00', '1200.00']);
    expect(changesOf(report, 'Total Spent').every((c) => c.retype === true)).toBe(true);
    await clean('shopify.csv', SHOPIFY, 'out.xlsx', 'en');
    expect(await xlsxColumn('out.xlsx', 5)).toEqual([{ value: 59, numFmt: '0.00' }, { value: 1200, numFmt: '0.00' }]);
  });
});

describe('a 报价单 with amounts typed every way', () => {
  it('keeps the typed decimals in the CSV: a plain 1245.50 as typed, a cleaned one as the number with its decimals', async () => {
    await clean('quotes.csv', QUOTES, 'out.csv');
    // ¥ and 元 are the sheet's own currency, kept where typed as the CSV has always kept it (write-csv.ts).
    expect(csvColumn('out.csv', '报价金额')).toEqual(['1245.50', '¥1245.50', '12000', '1245.50 元', '300']);
  });

  it('counts the plain 1245.50 as a retype and the really cleaned amounts as fixes', async () => {
    const report = await clean('quotes.csv', QUOTES, 'out.csv');
    expect(changesOf(report, '报价金额').map(({ before, after, reason, retype }) => ({ before, after, reason, retype }))).toEqual([
      { before: '1245.50', after: '1245.50', reason: 'fix.amount', retype: true },
      { before: '¥1,245.50', after: '¥1,245.50', reason: 'fix.amount', retype: undefined },
      { before: '1.2万', after: '12000', reason: 'fix.amount', retype: undefined },
      { before: '1,245.50 元', after: '1,245.50 元', reason: 'fix.amount', retype: undefined },
      { before: '300', after: '300', reason: 'fix.amount', retype: true },
    ]);
  });

  it('gives each a format that shows its decimals as typed in the .xlsx output, and none to 300 or 12000', async () => {
    await clean('quotes.csv', QUOTES, 'out.xlsx');
    expect(await xlsxColumn('out.xlsx', 4)).toEqual([
      { value: 1245.5, numFmt: '0.00' },
      { value: 1245.5, numFmt: '"¥"#,##0.00' },
      { value: 12000, numFmt: undefined },
      { value: 1245.5, numFmt: '#,##0.00" 元"' },
      { value: 300, numFmt: undefined },
    ]);
  });
});

describe('an .xlsx amount cell the user had formatted', () => {
  it('keeps its own number format', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRow(['客户名称', '联系人', '手机', '报价金额']);
    sheet.addRow(['杭州云帆科技有限公司', '王建国', '13812345678', '1245.50']);
    sheet.addRow(['苏州立新电子有限公司', '周立新', '15011113333', 880]);
    // A text typed into a cell the user formatted as ¥ with two decimals.
    sheet.getCell('D2').numFmt = '¥#,##0.00;¥-#,##0.00';
    sheet.getCell('D3').numFmt = '¥#,##0.00;¥-#,##0.00';
    await book.xlsx.writeFile(path.join(dir, 'quotes.xlsx'));
    const io = captureIo(dir);
    expect(await main(['clean', 'quotes.xlsx', '--out', 'out.xlsx', '--today', '2024-12-01', '--quiet'], io)).toBe(0);
    expect(await xlsxColumn('out.xlsx', 4)).toEqual([
      { value: 1245.5, numFmt: '¥#,##0.00;¥-#,##0.00' },
      { value: 880, numFmt: '¥#,##0.00;¥-#,##0.00' },
    ]);
  });
});
