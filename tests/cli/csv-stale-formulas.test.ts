/**
 * A CSV holds values, not formulas: what it writes for a formula is the result the workbook saved,
 * computed before the run. When the run changed a cell the formula reads (amounts typed ¥12,800 or
 * 12800元 that are numbers now), that result is wrong: a 合计 of 5000 over amounts that now sum to
 * 750,600. The CSV must not write that number silently, nor the formula (it would run on open, OWASP
 * CSV injection), and the terminal and the JSON report say which cells, and that the .xlsx output
 * recomputes them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

/** The tester's zh-yen.xlsx: amounts typed as text, a 小计 column =D*E over typed numbers, a 合计 row. */
async function yenSheet(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '累计消费', '单价', '数量', '小计', '最近购买', '销售']);
  const rows: [string, string, string | number, number, number, string, string][] = [
    ['赵敏', '13811112222', '¥12,800', 100, 3, '2026-02-01', '周杰'],
    ['孙丽', '13822223333', '12800元', 200, 2, '2026-08-01', '周杰'],
    ['周明', '13833334444', '¥120,000', 50, 10, '2026-01-05', '吴昊'],
    ['吴刚', '13844445555', 5000, 30, 1, '2026-02-20', '吴昊'],
    ['钱芳', '13855556666', '¥600,000', 10, 1, '2026-02-15', '吴昊'],
  ].map(([n, p, a, u, q, d, s]) => [n, p, a, u, q, '', d, s] as never);
  rows.forEach((r, i) => {
    const row = ws.addRow(r);
    const at = i + 2;
    row.getCell(6).value = { formula: `D${at}*E${at}`, result: (r[3] as number) * (r[4] as number) };
  });
  ws.addRow([]);
  const total = ws.addRow(['', '合计']);
  // Saved before the run: SUM skips the amounts typed as text, so only 吴刚's 5000 counted.
  total.getCell(3).value = { formula: 'SUM(C2:C6)', result: 5000 };
  await wb.xlsx.writeFile(file);
}

const csvRows = (file: string): string[][] => Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',' }).data;

describe('a CSV output never writes a formula result the run made stale', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('the 合计 over the cleaned amounts is marked, not 5000, and the 小计 over untouched cells keeps its result', async () => {
    await yenSheet(path.join(dir, '客户.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    const code = await main(['clean', '客户.xlsx', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-03', '--quiet'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const rows = csvRows(path.join(dir, 'out.csv'));
    const totalCell = rows[7][2];
    // Not the stale number, not a live formula: a text that says what it is, with the formula and the old result.
    expect(totalCell).not.toBe('5000');
    expect(totalCell).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(totalCell).toBe('[未重算] =SUM(C2:C6)（整理前的结果 5000）');
    // 小计 reads 单价 and 数量, which the run did not touch: its results hold.
    expect(rows.slice(1, 6).map((r) => r[5])).toEqual(['300', '400', '500', '30', '10']);

    // The terminal names the cell, the column it reads and what to do.
    expect(io.out).toContain('C8');
    expect(io.out).toContain('=SUM(C2:C6)');
    expect(io.out).toContain('“累计消费”');
    expect(io.out).toContain('.xlsx');
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    const stale = report.problems.find((p: { code: string }) => p.code === 'csv.staleFormulas');
    expect(stale).toMatchObject({ severity: 'warning' });
    expect(stale.message).toContain('C8');
    expect(stale.message).toContain('.xlsx');
  });

  it('says it in English too', async () => {
    await yenSheet(path.join(dir, 'customers.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    const code = await main(['clean', 'customers.xlsx', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-03', '--lang', 'en', '--quiet'], io);
    expect(code).toBe(0);
    expect(csvRows(path.join(dir, 'out.csv'))[7][2]).toBe('[not recalculated] =SUM(C2:C6) (result before the run: 5000)');
    expect(io.out).toMatch(/C8 =SUM\(C2:C6\).*"累计消费"/);
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(report.problems.find((p: { code: string }) => p.code === 'csv.staleFormulas').message).toMatch(/recalculate|\.xlsx/);
  });

  it('a formula reading a stale formula is stale too; the .xlsx output, which recomputes on open, says nothing of it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '累计消费']);
    ws.addRow(['赵敏', '13811112222', '1.28万']);
    ws.addRow(['孙丽', '13822223333', 3000]);
    ws.addRow(['', '合计', { formula: 'SUM(C2:C3)', result: 3000 }]);
    ws.addRow(['', '含税', { formula: 'C4*1.13', result: 3390 }]);
    await wb.xlsx.writeFile(path.join(dir, '客户.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-03', '--quiet'], io)).toBe(0);
    const rows = csvRows(path.join(dir, 'out.csv'));
    expect(rows[3][2]).toBe('[未重算] =SUM(C2:C3)（整理前的结果 3000）');
    expect(rows[4][2]).toBe('[未重算] =C4*1.13（整理前的结果 3390）');

    const xio = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--out', 'out.xlsx', '--json', 'x.json', '--today', '2026-12-03', '--quiet'], xio)).toBe(0);
    expect(xio.out).not.toContain('=SUM(C2:C3)');
    const report = JSON.parse(readFileSync(path.join(dir, 'x.json'), 'utf8'));
    expect(report.problems.map((p: { code: string }) => p.code)).not.toContain('csv.staleFormulas');
  });

  /** A 合计 row over a customer typed twice, which --merge moves to the archive. */
  async function twiceSheet(file: string, headers = ['姓名', '手机', '城市', '累计金额'], label = '合计', amount: string | number = 8000): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(headers);
    ws.addRow(['黄磊', '13911112222', '成都', 30000]);
    ws.addRow(['黄磊', '13911112222', '成都', 30000]);
    ws.addRow(['何敏', '13922223333', '重庆', amount]);
    ws.addRow(['', '', label, { formula: 'SUM(D2:D4)', result: 68000 }]);
    await wb.xlsx.writeFile(file);
  }

  it('a 合计 row over a row --merge moved to the archive keeps its figure as plain data, and the summary says it is out of date (h63)', async () => {
    await twiceSheet(path.join(dir, '客户.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--merge', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-03', '--quiet'], io)).toBe(0);
    const rows = csvRows(path.join(dir, 'out.csv'));
    const total = rows.find((r) => r[2] === '合计')!;
    // The value the sheet showed, never lost; no formula-looking text whose range no longer fits the rows.
    expect(total[3]).toBe('68000');
    expect(rows.flat().some((v) => v.includes('未重算') || v.includes('=SUM'))).toBe(false);
    expect(io.out).toContain('注意：CSV 中“客户”的合计行照整理前的样子写出，但合并把其范围内的 1 行移到了归档，这些合计已过时：第 5 行（D5 =SUM(D2:D4)，写的是整理前的结果 68000）。请在表格软件中重新求和');
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(report.problems.map((p: { code: string }) => p.code)).toContain('csv.staleTotals');
    expect(report.problems.map((p: { code: string }) => p.code)).not.toContain('csv.staleFormulas');
  });

  it('a 平均 or Average row a merge made stale is called a statistics row, not a total (统计行, sheet.statisticRows)', async () => {
    const sheet = async (file: string, headers: string[], label: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('客户');
      ws.addRow(headers);
      ws.addRow(['黄磊', '13911112222', '成都', 30000]);
      ws.addRow(['黄磊', '13911112222', '成都', 30000]);
      ws.addRow(['何敏', '13922223333', '重庆', 8000]);
      ws.addRow(['', '', label, { formula: 'AVERAGE(D2:D4)', result: 22666.67 }]);
      await wb.xlsx.writeFile(path.join(dir, file));
    };
    await sheet('客户.xlsx', ['姓名', '手机', '城市', '累计金额'], '平均');
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--merge', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-03', '--quiet'], io)).toBe(0);
    expect(io.out).toContain('注意：CSV 中“客户”的统计行照整理前的样子写出，但合并把其范围内的 1 行移到了归档，这些统计结果已过时：第 5 行（D5 =AVERAGE(D2:D4)，写的是整理前的结果 22666.67）。请在表格软件中重新计算');
    expect(io.out).not.toContain('合计');
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(report.problems.map((p: { code: string }) => p.code)).toContain('csv.staleStatistics');

    await sheet('customers.xlsx', ['Name', 'Mobile', 'City', 'Total Spent'], 'Average');
    const en = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', 'customers.xlsx', '--merge', '--out', 'en.csv', '--today', '2026-12-03', '--lang', 'en', '--quiet'], en)).toBe(0);
    expect(en.out).toContain('The statistics row of "客户" is written in the CSV as the sheet showed it before the run, but the merge moved 1 row of its range to the archive, so that figure is out of date: row 5 (D5 =AVERAGE(D2:D4), written as its result before the run, 22666.67).');
    expect(en.out).not.toMatch(/totals? row/);
  });

  it('says so in English too, and a total that also reads amounts the cleaning changed is still marked', async () => {
    await twiceSheet(path.join(dir, 'customers.xlsx'), ['Name', 'Mobile', 'City', 'Total Spent'], 'Total');
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', 'customers.xlsx', '--merge', '--out', 'out.csv', '--today', '2026-12-03', '--lang', 'en', '--quiet'], io)).toBe(0);
    expect(csvRows(path.join(dir, 'out.csv')).find((r) => r[2] === 'Total')![3]).toBe('68000');
    expect(io.out).toContain('The totals row of "客户" is written in the CSV as the sheet showed it before the run, but the merge moved 1 row of its range to the archive, so that total is out of date: row 5 (D5 =SUM(D2:D4), written as its result before the run, 68000).');

    await twiceSheet(path.join(dir, '客户.xlsx'), undefined, '合计', '¥8,000');
    const cio = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--merge', '--out', 'c.csv', '--today', '2026-12-03', '--quiet'], cio)).toBe(0);
    expect(csvRows(path.join(dir, 'c.csv')).find((r) => r[2] === '合计')![3]).toBe('[未重算] =SUM(D2:D4)（整理前的结果 68000）');
  });

  it('a workbook whose formulas read nothing the run changed is written as before, with no word of it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '累计消费']);
    ws.addRow(['赵敏', '13811112222', 12800]);
    ws.addRow(['孙丽', '13822223333', 3000]);
    ws.addRow(['', '合计', { formula: 'SUM(C2:C3)', result: 15800 }]);
    await wb.xlsx.writeFile(path.join(dir, '客户.xlsx'));
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '客户.xlsx', '--out', 'out.csv', '--today', '2026-12-03', '--quiet'], io)).toBe(0);
    expect(csvRows(path.join(dir, 'out.csv'))[3][2]).toBe('15800');
    expect(io.out).not.toContain('=SUM');
  });
});
