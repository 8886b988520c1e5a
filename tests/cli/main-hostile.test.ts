/**
 * What a hostile or careless sheet must not get through the command line: text past a cell's limit,
 * one rep's customers in another's reminders, customer data in the summary, terminal controls, a
 * zip bomb, a user's file written over, a world-readable output, a label turned formula.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir, type Captured } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TODAY = ['--today', '2026-12-02'];

async function cli(argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = captureIo(dir);
  const code = await main(argv, io);
  return { code, io };
}

function csv(name: string, lines: string[]): string {
  writeFileSync(path.join(dir, name), lines.join('\r\n') + '\r\n');
  return name;
}

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, name));
  return wb;
}

/** Every string cell of the workbook, with where it is. */
function strings(wb: ExcelJS.Workbook): { at: string; value: string; numFmt: string }[] {
  const found: { at: string; value: string; numFmt: string }[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string') found.push({ at: `${ws.name}!${cell.address}`, value: cell.value, numFmt: cell.numFmt });
  })));
  return found;
}

describe('text the run composes stays within Excel’s 32,767 characters a cell', () => {
  it('a company just under the limit: the reminder’s “name · company” is cut with …, the company cell kept whole', async () => {
    const company = '公'.repeat(32765);
    csv('long.csv', ['姓名,手机,公司,生日,负责人', `赵六,13700001111,${company},1980-12-04,王五`]);
    const { code } = await cli(['clean', 'long.csv', '--out', 'long.xlsx', '--lang', 'zh-CN', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    const all = strings(await workbook('long.xlsx'));
    expect(all.filter((s) => s.value.length > 32767)).toEqual([]);
    expect(all.some((s) => s.value === company)).toBe(true);
    const reminder = all.find((s) => s.at.startsWith('提醒') && s.value.startsWith('赵六 · '));
    expect(reminder?.value).toHaveLength(32767);
    expect(reminder?.value.endsWith('…')).toBe(true);
  });
});
