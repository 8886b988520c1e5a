/**
 * Two merges on one day: a rep merges the morning's list, types in more rows and merges the output
 * again after lunch. Each archive line says when its run moved it (the day and the time), so the
 * afternoon's rows are found, and put back, by one filter, and the JSON report says the same time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const LIST = [
  '客户编号,姓名,手机,城市,负责人',
  'KH001,张伟,13812345678,杭州,王芳',
  'KH002,李娜,13912345678,上海,王芳',
  'KH001,张伟,13812345678,杭州,王芳',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), LIST);
});
afterEach(() => cleanup());

async function merge(input: string, out: string, now: Date, json: string): Promise<void> {
  const io = { ...captureIo(dir, { LANG: 'zh_CN.UTF-8' }), now: () => now };
  const code = await main(['clean', input, '--out', out, '--json', json, '--today', '2026-12-02', '--quiet', '--merge'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
}

/** The archive's 姓名 and 合并日期 cells as Excel shows them (value and number format). */
async function archive(file: string): Promise<{ name: string; at: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const ws = wb.getWorksheet('已合并重复')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const name = header.indexOf('姓名');
  const at = header.indexOf('合并日期');
  const lines: { name: string; at: string }[] = [];
  for (let r = 2; r <= ws.actualRowCount; r++) {
    const cell = ws.getCell(r, at);
    const v = cell.value;
    const shown = v instanceof Date ? v.toISOString().replace('T', ' ').slice(0, 19) : String(v);
    lines.push({ name: String(ws.getCell(r, name).value), at: `${shown} [${cell.numFmt}]` });
  }
  return lines;
}

describe('two --merge runs on one day', () => {
  it('each archive line carries its run\'s day and time, shown as a date-time Excel sorts and filters', async () => {
    await merge('客户.csv', '上午.xlsx', new Date(2026, 11, 2, 9, 30, 5), '上午.json');
    // After lunch: 李娜 typed in again at the bottom of the morning's output, which is merged again.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '上午.xlsx'));
    const ws = wb.getWorksheet('客户')!;
    ws.getRow(ws.actualRowCount + 1).values = ['KH002', '李娜', '13912345678', '上海', '王芳'];
    await wb.xlsx.writeFile(path.join(dir, '下午入.xlsx'));
    await merge('下午入.xlsx', '下午.xlsx', new Date(2026, 11, 2, 14, 35, 7), '下午.json');

    expect(await archive('下午.xlsx')).toEqual([
      { name: '张伟', at: '2026-12-02 09:30:05 [yyyy-mm-dd hh:mm:ss]' },
      { name: '李娜', at: '2026-12-02 14:35:07 [yyyy-mm-dd hh:mm:ss]' },
    ]);
    // The report of each run says its own time: the value its lines have in the archive.
    expect(JSON.parse(readFileSync(path.join(dir, '上午.json'), 'utf8')).merge.mergedAt).toBe('2026-12-02 09:30:05');
    expect(JSON.parse(readFileSync(path.join(dir, '下午.json'), 'utf8')).merge.mergedAt).toBe('2026-12-02 14:35:07');
  });

  it('a CSV output\'s archive file carries the same day and time as text', async () => {
    await merge('客户.csv', '整理后.csv', new Date(2026, 11, 2, 9, 30, 5), '整理后.json');
    const lines = readFileSync(path.join(dir, '整理后.archive.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0].split(',').slice(-1)).toEqual(['合并日期']);
    expect(lines[1].split(',').slice(-1)).toEqual(['2026-12-02 09:30:05']);
  });

  it('the time is the team\'s (dates.timeZone), as the day is: 01:30 UTC is 09:30 in Shanghai', async () => {
    writeFileSync(path.join(dir, '设置.json'), JSON.stringify({ dates: { timeZone: 'Asia/Shanghai' } }));
    const io = { ...captureIo(dir, { LANG: 'zh_CN.UTF-8' }), now: () => new Date(Date.UTC(2026, 11, 2, 1, 30, 5)) };
    expect(await main(['clean', '客户.csv', '--out', '整理后.xlsx', '--json', 'r.json', '-c', '设置.json', '--quiet', '--merge'], io)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).merge.mergedAt).toBe('2026-12-02 09:30:05');
  });
});
