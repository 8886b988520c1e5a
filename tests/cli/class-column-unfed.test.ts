/**
 * An agency renames its amount column after a run (Monthly Fee → Monthly Retainer), so the next run
 * reads no amount. The run's own class columns must not keep last week's labels (Medium value, High
 * value) beside a report that says Unknown: they say this run's Unknown, and the run warns, in the
 * user's language, that the column an earlier class was read from is not read any more, naming the
 * headers.overrides entry to write. Modelled on tester h61's 02_agency_clients.xlsx (e2m).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const CLIENTS = [
  'Client,Contact,Email,Phone,Account Manager,Last Contact,Monthly Fee',
  'Tallgrass Coffee,Dana Whitfield,dana@tallgrass.coffee,(312) 555-0142,Priya Shah,11/20/2026,45000',
  'Ironclad Fitness,Marcus Bell,marcus@ironcladfit.com,(312) 555-0177,Tom Reyes,11/02/2026,4500',
  'Bluebird Dental,Ana Ruiz,ana@bluebirddental.com,(773) 555-0190,Priya Shah,10/15/2026,12500',
].join('\r\n');

async function clean(input: string, out: string, ...more: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', '2026-12-08', '--json', `${out}.json`, '--quiet', ...more], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return io.out;
}

async function columnOf(file: string, header: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const ws = wb.worksheets[0];
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => { if (cell.value === header) col = c; });
  expect(col).toBeGreaterThan(0);
  const out: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(String(ws.getRow(r).getCell(col).text));
  return out;
}

async function renamed(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, from));
  const ws = wb.worksheets[0];
  ws.getRow(1).eachCell((cell) => { if (cell.value === 'Monthly Fee') cell.value = 'Monthly Retainer'; });
  await wb.xlsx.writeFile(path.join(dir, to));
}

describe('a class column whose amount column is no longer read', () => {
  it('says this run\'s Unknown, not last week\'s labels, and the run names the override to write', async () => {
    writeFileSync(path.join(dir, 'clients.csv'), CLIENTS);
    await clean('clients.csv', 'week1.xlsx');
    expect(await columnOf('week1.xlsx', 'Value tier')).toEqual(expect.arrayContaining(['High value']));
    await renamed('week1.xlsx', 'week2.xlsx');
    const out = await clean('week2.xlsx', 'week2.out.xlsx');
    expect(await columnOf('week2.out.xlsx', 'Value tier')).toEqual(['Unknown', 'Unknown', 'Unknown']);
    expect(out).toContain('The column "Value tier" was filled by an earlier run');
    expect(out).toContain('{"headers":{"overrides":{"Monthly Retainer":"amount"}}}');
    const report = JSON.parse(readFileSync(path.join(dir, 'week2.out.xlsx.json'), 'utf8')) as { problems: { code: string; message: string }[] };
    expect(report.problems.map((p) => p.code)).toContain('classify.columnNoLongerFed');
  });

  it('is said in Chinese too, and with the override the classes come back', async () => {
    writeFileSync(path.join(dir, 'clients.csv'), CLIENTS);
    await clean('clients.csv', 'week1.xlsx');
    await renamed('week1.xlsx', 'week2.xlsx');
    const zh = await clean('week2.xlsx', 'week2.zh.xlsx', '--lang', 'zh-CN');
    expect(zh).toContain('列是上次运行填写的');
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ headers: { overrides: { 'Monthly Retainer': 'amount' } } }));
    const fixed = await clean('week2.xlsx', 'week2.fixed.xlsx', '-c', 'settings.json');
    expect(fixed).not.toContain('was filled by an earlier run');
    expect(await columnOf('week2.fixed.xlsx', 'Value tier')).toEqual(expect.arrayContaining(['High value']));
  });
});
