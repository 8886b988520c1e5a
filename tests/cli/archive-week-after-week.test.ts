/**
 * The archive sheet of a workbook merged week after week: each line says on which day (and at what time) it was merged,
 * its 保留行 follows the kept customer as later merges move the rows (to the row that took him in
 * when his own row was merged away in turn), and the kept row's 合并记录 says which day's rows it cites.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cellText, type Cell, type Grid } from '../../shared';
import { main } from '../../cli/main';
import { readXlsx } from '../../cli/io/read-xlsx';
import { captureIo, tempDir } from './helpers';

/** A shop's list: 张伟 and 刘洋 each typed twice (刘洋's second time with a note, the fuller row). */
const WEEK1 = [
  '客户编号,姓名,手机,城市,累计消费金额,负责人,创建日期,备注',
  'KH001,张伟,13812345678,杭州,12800,王芳,2023-01-05,',
  'KH002,李娜,13912345678,上海,5600,王芳,2023-02-10,',
  'KH003,刘洋,13700001111,广州,3000,赵磊,2023-03-15,',
  'KH001,张伟,13812345678,杭州,12800,王芳,2023-01-05,',
  'KH003,刘洋,13700001111,广州,3000,赵磊,2023-03-15,展会名片',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), WEEK1);
});
afterEach(() => cleanup());

async function clean(input: string, out: string, today: string, lang = 'zh-CN'): Promise<void> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', today, '--lang', lang, '--quiet', '--merge'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
}

async function texts(file: string, sheet: string): Promise<string[][]> {
  const { grid } = await readXlsx(path.join(dir, file), sheet);
  return anchored(grid).map((row) => row.map((c) => cellText(c)));
}

function anchored(grid: Grid): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 1; r < grid.firstRow; r++) rows.push([]);
  for (const row of grid.cells) rows.push([...Array.from({ length: grid.firstCol - 1 }, (): Cell => ({ kind: 'empty' })), ...row]);
  return rows;
}

/** Next week's list: last week's cleaned workbook with one more row typed at the bottom of its customer sheet. */
async function addRow(from: string, to: string, values: (string | number | Date)[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, from));
  const ws = wb.getWorksheet('客户')!;
  ws.getRow(ws.actualRowCount + 1).values = values;
  await wb.xlsx.writeFile(path.join(dir, to));
}

/** Each archive line as 姓名 原行号→保留行 重复组 合并日期, and the customer its 保留行 names in the main sheet. */
async function archiveLines(file: string, archive = '已合并重复', heads = ['原行号', '保留行', '重复组', '合并日期']): Promise<{ lines: string[]; keptNames: string[] }> {
  const [header, ...lines] = await texts(file, archive);
  const mainSheet = await texts(file, '客户');
  const at = (h: string) => header.indexOf(h);
  const name = mainSheet[0].indexOf('姓名');
  return {
    lines: lines.map((r) => `${r[1]} ${r[at(heads[0])]}→${r[at(heads[1])]} ${r[at(heads[2])]} ${r[at(heads[3])]}`),
    keptNames: lines.map((r) => mainSheet[Number(r[at(heads[1])]) - 1]?.[name] ?? '(none)'),
  };
}

describe('the archive sheet, merged week after week', () => {
  it('each line carries the day it was merged, so week 1\'s G1 and week 2\'s G1 read as two merges', async () => {
    await clean('客户.csv', '第1周.xlsx', '2024-12-01');
    const week1 = await archiveLines('第1周.xlsx');
    expect(week1.lines).toEqual(['刘洋 4→4 G2 2024-12-01', '张伟 5→2 G1 2024-12-01']);
    expect((await texts('第1周.xlsx', '已合并重复'))[0].slice(-5)).toEqual(['原行号', '保留行', '重复组', '原因', '合并日期']);
  });

  it('when a later merge moves the rows up, the earlier lines\' 保留行 move with them, and one whose kept row is merged away points at the row that took it in', async () => {
    await clean('客户.csv', '第1周.xlsx', '2024-12-01');
    // Week 2: 张伟 typed again at the bottom (row 5), fuller than row 2 (a note, a larger total): row 5 is
    // kept and row 2 goes to the archive, so 李娜 and 刘洋 move up one row.
    await addRow('第1周.xlsx', '第2周入.xlsx', ['KH001', '张伟', '13812345678', '杭州', 15800, '王芳', new Date(Date.UTC(2023, 0, 5)), '老客户转介绍']);
    await clean('第2周入.xlsx', '第2周.xlsx', '2024-12-08');
    const week2 = await archiveLines('第2周.xlsx');
    expect(week2.lines).toEqual([
      '刘洋 4→3 G2 2024-12-01',
      '张伟 5→4 G1 2024-12-01',
      '张伟 2→4 G1 2024-12-08',
    ]);
    // Every line's 保留行 is its own customer's row.
    expect(week2.keptNames).toEqual(['刘洋', '张伟', '张伟']);
    const [header, ...lines] = await texts('第2周.xlsx', '已合并重复');
    const reason = header.indexOf('原因');
    // The reason names the kept row as the 保留行 column does.
    expect(lines.map((r) => r[reason])).toEqual([
      '已合并到第 3 行（G2，完全重复）',
      '已合并到第 4 行（G1，完全重复）',
      '已合并到第 4 行（G1，很可能重复）',
    ]);
  });

  it('the kept row\'s 合并记录 cites the rows of the input as it was on the day of the merge, which the archive lines carry', async () => {
    await clean('客户.csv', '第1周.xlsx', '2024-12-01');
    await addRow('第1周.xlsx', '第2周入.xlsx', ['KH001', '张伟', '13812345678', '杭州', 15800, '王芳', new Date(Date.UTC(2023, 0, 5)), '老客户转介绍']);
    await clean('第2周入.xlsx', '第2周.xlsx', '2024-12-08');
    const mainSheet = await texts('第2周.xlsx', '客户');
    const zhang = mainSheet.find((r) => r[1] === '张伟')!;
    // Row 2 of today's sheet is 李娜: the note says it was row 2 of the list merged on 2024-12-08.
    // The week-2 total (15800) is close to week 1's (12800): one running total grown, the larger kept and both named.
    expect(zhang[mainSheet[0].indexOf('合并记录')]).toBe('累计消费金额：15800 / 12800 相近，视为同一累计数录了两次，取较大的 15800，不相加；累计消费金额: 12800（2024-12-08 原第2行）');
  });

  it.each([
    ['without --merge', [] as string[]],
    ['with a --merge that finds nothing more to merge', ['--merge']],
  ])('cleaned again in English %s, the kept row\'s 合并记录 column is headed Merged values, its Chinese note kept as written', async (_, more) => {
    await clean('客户.csv', '第1周.xlsx', '2024-12-01');
    await addRow('第1周.xlsx', '第2周入.xlsx', ['KH001', '张伟', '13812345678', '杭州', 15800, '王芳', new Date(Date.UTC(2023, 0, 5)), '老客户转介绍']);
    await clean('第2周入.xlsx', '第2周.xlsx', '2024-12-08');
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '第2周.xlsx', '--out', '第3周.xlsx', '--today', '2024-12-15', '--lang', 'en', '--quiet', ...more], io)).toBe(0);
    const mainSheet = await texts('第3周.xlsx', '客户');
    // The run's own headers speak this run's language (Sheet Keeper issues, Customer type …), this one too, once.
    expect(mainSheet[0]).not.toContain('合并记录');
    expect(mainSheet[0].filter((h) => h === 'Merged values')).toHaveLength(1);
    const zhang = mainSheet.find((r) => r[1] === '张伟')!;
    expect(zhang[mainSheet[0].indexOf('Merged values')]).toBe('累计消费金额：15800 / 12800 相近，视为同一累计数录了两次，取较大的 15800，不相加；累计消费金额: 12800（2024-12-08 原第2行）');
    expect(mainSheet.slice(1).filter((r) => r[1] !== '张伟').map((r) => r[mainSheet[0].indexOf('Merged values')] ?? '')).toEqual(['', '']);
  });

  it('in English, the line of an earlier Chinese run keeps its place and moves its kept row too', async () => {
    await clean('客户.csv', '第1周.xlsx', '2024-12-01');
    await addRow('第1周.xlsx', '第2周入.xlsx', ['KH001', '张伟', '13812345678', '杭州', 15800, '王芳', new Date(Date.UTC(2023, 0, 5)), '老客户转介绍']);
    await clean('第2周入.xlsx', '第2周.xlsx', '2024-12-08', 'en');
    const [header, ...lines] = await texts('第2周.xlsx', '已合并重复');
    expect(header.slice(-5)).toEqual(['原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(lines.map((r) => r.slice(-5))).toEqual([
      ['4', '3', 'G2', '已合并到第 3 行（G2，完全重复）', '2024-12-01'],
      ['5', '4', 'G1', '已合并到第 4 行（G1，完全重复）', '2024-12-01'],
      ['2', '4', 'G1', 'merged into row 4 (group G1, likely duplicate)', '2024-12-08'],
    ]);
    const mainSheet = await texts('第2周.xlsx', '客户');
    const zhang = mainSheet.find((r) => r[1] === '张伟')!;
    expect(zhang[mainSheet[0].indexOf('Merged values')]).toBe('累计消费金额: 15800 / 12800 are close, taken as one running total typed twice: the larger, 15800, kept, not added; 累计消费金额: 12800 (row 2 as of 2024-12-08)');
  });
});
