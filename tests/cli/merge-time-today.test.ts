/**
 * The 合并日期 / Merged on of a --merge run for another day than the clock's (--today 2026-12-01 run
 * on the 3rd, to redo that day's list) is that day alone: the clock's time of day written on it
 * (2026-12-01 09:30:05) would be a moment at which nothing was merged. A run for the clock's own day
 * keeps the time, so two runs of one afternoon stay apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const LIST = ['客户编号,姓名,手机,城市,负责人', 'KH001,张伟,13812345678,杭州,王芳', 'KH002,李娜,13912345678,上海,王芳', 'KH001,张伟,13812345678,杭州,王芳'].join('\r\n');
/** The clock: 2026-12-03 09:30:05 on this machine. */
const NOW = new Date(2026, 11, 3, 9, 30, 5);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), LIST);
});
afterEach(() => cleanup());

async function merge(out: string, now: Date, ...more: string[]): Promise<{ csvLine: string | null; json: string }> {
  const io = { ...captureIo(dir, { LANG: 'zh_CN.UTF-8' }), now: () => now };
  const code = await main(['clean', '客户.csv', '--out', out, '--json', 'r.json', '--quiet', '--merge', ...more], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const archive = path.join(dir, out.replace(/\.csv$/, '.archive.csv'));
  const csvLine = out.endsWith('.csv') ? readFileSync(archive, 'utf8').trim().split(/\r?\n/)[1].split(',').slice(-1)[0] : null;
  return { csvLine, json: JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).merge.mergedAt };
}

describe('the merge time of a run for another day', () => {
  it.each([
    ['--today another day than the clock\'s: the day alone', ['--today', '2026-12-01'], '2026-12-01'],
    ['--today the clock\'s own day: the day and the time', ['--today', '2026-12-03'], '2026-12-03 09:30:05'],
    ['no --today: the clock\'s day and time', [], '2026-12-03 09:30:05'],
  ])('%s', async (_why, today, expected) => {
    expect(await merge('整理后.csv', NOW, ...today)).toEqual({ csvLine: expected, json: expected });
  });

  it('the day is compared in the team\'s time zone: 17:30 UTC on the 2nd is the 3rd in Shanghai', async () => {
    writeFileSync(path.join(dir, '设置.json'), JSON.stringify({ dates: { timeZone: 'Asia/Shanghai' } }));
    const evening = new Date(Date.UTC(2026, 11, 2, 17, 30, 5));
    expect(await merge('整理后.csv', evening, '-c', '设置.json', '--today', '2026-12-03')).toEqual({ csvLine: '2026-12-03 01:30:05', json: '2026-12-03 01:30:05' });
    expect(await merge('另一份.csv', evening, '-c', '设置.json', '--today', '2026-12-02')).toEqual({ csvLine: '2026-12-02', json: '2026-12-02' });
  });

  it('an .xlsx archive shows the day as a date, not a date-time at a clock time', async () => {
    await merge('整理后.xlsx', NOW, '--today', '2026-12-01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '整理后.xlsx'));
    const ws = wb.getWorksheet('已合并重复')!;
    const at = (ws.getRow(1).values as unknown[]).map(String).indexOf('合并日期');
    const cell = ws.getCell(2, at);
    expect((cell.value as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(cell.numFmt).not.toMatch(/h/);
  });
});
