/** The command line's duplicates, merge, reminders and report (issue #3), end to end on DUPLICATES_CSV. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellText, t, type Cell, type Grid } from '../../shared';
import { main } from '../../cli/main';
import { readCsv } from '../../cli/io/read-csv';
import { readXlsx } from '../../cli/io/read-xlsx';
import { captureIo, DUPLICATES_CSV, tempDir, type Captured } from './helpers';

const SHEET = DUPLICATES_CSV;
const MAIN = 'customers';
const ARCHIVE = t('zh-CN', 'dedupe.sheet.archive');
const TODAY = ['--today', '2024-06-01', '--lang', 'zh-CN', '--quiet'];

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'customers.csv'), SHEET);
});
afterEach(() => cleanup());

async function cli(argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(argv, io);
  return { code, io };
}

async function clean(out: string, ...flags: string[]): Promise<Captured> {
  const { code, io } = await cli(['clean', 'customers.csv', '--out', out, ...TODAY, ...flags]);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return io;
}

const columnLetterOf = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetterOf(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb;
}

/** A sheet of the written file as rows of the texts a person sees ('' for empty), row 1 first. */
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

const noteOf = (cell: ExcelJS.Cell): string => {
  const n = cell.note as unknown;
  return typeof n === 'string' ? n : ((n as ExcelJS.Comment | undefined)?.texts ?? []).map((x) => x.text).join('');
};

const input = (): string[][] => readCsv(new TextEncoder().encode(SHEET), 'customers.csv').cells.map((r) => r.map((c) => cellText(c)));
const WIDTH = 11;
const tableOf = (rows: string[][]) => rows.map((r) => Array.from({ length: WIDTH }, (_, c) => r[c] ?? ''));

describe('--merge on an .xlsx output', () => {
  it('without --merge keeps every row and shows the groups in the added columns', async () => {
    const io = await clean('plain.xlsx');
    const main = await texts('plain.xlsx', MAIN);
    expect(main).toHaveLength(7);
    const groupCol = main[0].indexOf(t('zh-CN', 'column.duplicateGroup'));
    expect(main.map((r) => r[groupCol] ?? '')).toEqual([
      '重复组', 'G1 · 很可能重复', '', 'G1 · 很可能重复', 'G2 · 疑似重复，请人工确认', '', 'G2 · 疑似重复，请人工确认',
    ]);
    expect((await workbook('plain.xlsx')).getWorksheet(ARCHIVE)).toBeUndefined();
    expect(io.out).toContain('重复：2 组，共 4 行（完全重复 0，很可能重复 1，待确认 1）\n');
    // 刘洋 / 刘阳 of one company under two reps is only a review pair: a possible 撞单, never a sure one.
    expect(io.out).toContain('  其中 1 组待核实的分属不同负责人（可能撞单）\n');
    expect(io.out).not.toContain('（撞单）');
    expect(io.out).toContain('请先在“重复组”列核对这 2 组，再加 --merge 重新运行以合并。\n');
  });

  it('archives the merged-away row with all its original values and a pointer to the row it was merged into', async () => {
    const io = await clean('merged.xlsx', '--merge');
    const archive = await texts('merged.xlsx', ARCHIVE);
    expect(archive[0]).toEqual([...input()[0], '原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(archive).toHaveLength(2);
    expect(archive[1]).toEqual([...input()[3], '4', '2', 'G1', '已合并到第 2 行（G1，很可能重复）', '2024-06-01T12:00']);
    expect(io.out).toContain('已合并：1 组中的 1 行移到工作表“已合并重复”；从重复行补全了 1 个空单元格\n');
    expect(io.out).toContain('有 1 组需要人工确认，未合并；加 --merge-review 可一并合并。\n');
    expect(io.out).toContain('写入的工作表：“问题清单”，“已合并重复”，“提醒”，“报告”\n');
  });

  it('removes exactly that row, fills the survivor and leaves the review pair alone', async () => {
    await clean('plain.xlsx');
    await clean('merged.xlsx', '--merge');
    const before = tableOf(await texts('plain.xlsx', MAIN));
    const after = tableOf(await texts('merged.xlsx', MAIN));
    // Row 2 took the city from row 4 (its only empty cell that row 4 fills); nothing else changed.
    const expected = before.filter((_, i) => i !== 3);
    expected[1] = [...expected[1]];
    expected[1][5] = '北京';
    expect(after).toEqual(expected);
    expect(after.filter((r) => r[1] === '刘洋' || r[1] === '刘阳')).toHaveLength(2);
    const ws = (await workbook('merged.xlsx')).getWorksheet(MAIN)!;
    // 北京 needs no Text format to stay text (needsTextFormat): the cell keeps its own, none.
    expect(ws.getCell('F2').numFmt).toBeUndefined();
    expect(noteOf(ws.getCell('F2'))).toBe(`${t('zh-CN', 'dedupe.fix.fill')}\n原值：（空）`);
  });

  it('merges the review pair too with --merge-review', async () => {
    await clean('all.xlsx', '--merge-review');
    const archive = await texts('all.xlsx', ARCHIVE);
    expect(archive.slice(1).map((r) => r.slice(WIDTH))).toEqual([
      ['4', '2', 'G1', '已合并到第 2 行（G1，很可能重复）', '2024-06-01T12:00'],
      // 刘洋 was row 5; row 4 left the sheet above it, so it is row 4 of the output.
      ['7', '4', 'G2', '已合并到第 4 行（G2，疑似重复，请人工确认）', '2024-06-01T12:00'],
    ]);
    const main = tableOf(await texts('all.xlsx', MAIN));
    expect(main.map((r) => r[1])).toEqual(['姓名', '张伟', '李娜', '刘洋', '陈静']);
    // 刘洋 kept his own values and took the note only 刘阳 had.
    expect(main[3]).toEqual(['KH004', '刘洋', '13700001111', 'liuyang@126.com', '广州南方物流有限公司', '广州', '1988-11-30', '2024-03-02', '3000', '赵磊', '电话里认识']);
  });

  it.each([['--merge'], ['--merge-review']])('keeps every original non-empty value in the main sheet or the archive (%s)', async (flag) => {
    await clean('plain.xlsx');
    await clean('merged.xlsx', flag);
    const original = input();
    const cleaned = tableOf(await texts('plain.xlsx', MAIN));
    const main = tableOf(await texts('merged.xlsx', MAIN));
    const archive = await texts('merged.xlsx', ARCHIVE);
    const archivedAt = new Map(archive.slice(1).map((r) => [Number(r[WIDTH]), r]));
    let outRow = 0;
    for (let r = 1; r < original.length; r++) {
      const sheetRow = r + 1;
      const archived = archivedAt.get(sheetRow);
      if (!archived) outRow++;
      for (let c = 0; c < WIDTH; c++) {
        const value = original[r][c] ?? '';
        if (value === '') continue;
        // An archived row keeps the value as typed; a kept row keeps its cleaned value (the note holds the old one).
        if (archived) expect([sheetRow, c, archived[c]]).toEqual([sheetRow, c, value]);
        else expect([sheetRow, c, main[outRow][c]]).toEqual([sheetRow, c, cleaned[r][c]]);
      }
    }
  });
});

describe('the reminders and report sheets', () => {
  it('lists the reminders by owner, with the row as it is in the output', async () => {
    await clean('merged.xlsx', '--merge');
    const reminders = await texts('merged.xlsx', '提醒');
    expect(reminders[0]).toEqual(['负责人', '类型', '客户', '行号', '日期', '剩余天数', '说明']);
    expect(reminders.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['王芳', '生日', '李娜 · 上海蓝海贸易有限公司', '3', '2024-06-05', '4'],
      // 陈静 was row 6 of the input; the merge moved row 4 out, so she is row 5.
      ['赵磊', '生日', '陈静 · 深圳华创电子有限公司', '5', '2024-06-07', '6'],
    ]);
    expect(reminders[1][6]).toContain('2024-06-05');
    const ws = (await workbook('merged.xlsx')).getWorksheet('提醒')!;
    expect(ws.getCell('E2').numFmt).toBe('yyyy-mm-dd');
  });

  it('writes a "no reminders" line when none is due', async () => {
    await clean('later.xlsx', '--today', '2024-06-20');
    const reminders = await texts('later.xlsx', '提醒');
    expect(reminders.slice(1)).toEqual([['目前没有到期的提醒。']]);
  });

  it('writes each report table under a bold title, a blank row between them, and no what-if for a sheet that states no classes', async () => {
    await clean('merged.xlsx', '--merge');
    const wb = await workbook('merged.xlsx');
    const ws = wb.getWorksheet('报告')!;
    const rows = await texts('merged.xlsx', '报告');
    expect(rows[0]).toEqual(['客户表管家报告']);
    expect(rows[2]).toEqual(['截至 2024-06-01']);
    // The sheet had 6 rows; the merge left 5, one customer each: the heading says both.
    expect(rows[1]).toEqual(['工作表“customers”，读取 6 行，合并重复后 5 位客户']);
    const at = (title: string) => rows.findIndex((r) => r[0] === title);
    const duplicates = at('重复客户');
    expect(rows.slice(duplicates, duplicates + 7)).toEqual([['重复客户'], ['发现的重复组', '2'], ['重复组中的行', '4'], ['已合并的行', '1'], ['撞单（分属不同负责人）的组', '0'], ['可能撞单（待核实）的组', '1'], []]);
    expect(ws.getCell(duplicates + 1, 1).font?.bold).toBe(true);
    expect(ws.getCell(duplicates + 2, 2).value).toBe(2);
    const lifecycle = at('按客户类型');
    expect(lifecycle).toBeGreaterThan(0);
    expect(rows[lifecycle - 1]).toEqual([]);
    // Counts are numbers shown with a thousands separator.
    expect(ws.getCell(duplicates + 2, 2).numFmt).toBe('#,##0');
    // The sheet states no classes of its own (no 客户类型, 客户等级 or 是否VIP): no table of zeros to compare.
    expect(at('分类与表中已有类别对比')).toBe(-1);
  });
});

describe('reruns on the cleaned workbook', () => {
  it('replaces its own reminders, report and issues sheets and appends to its archive', async () => {
    await clean('run1.xlsx', '--merge');
    const { code, io } = await cli(['clean', 'run1.xlsx', '--out', 'run2.xlsx', ...TODAY, '--merge-review']);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const wb = await workbook('run2.xlsx');
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name).sort()).toEqual([MAIN, '已合并重复', '提醒', '报告', '问题清单'].sort());
    const archive = await texts('run2.xlsx', ARCHIVE);
    expect(archive).toHaveLength(3);
    // The first run's row stays as it was, the second run's row is added below it.
    expect(archive[1].slice(0, WIDTH + 3)).toEqual([...input()[3], '4', '2', 'G1']);
    expect(archive[2].slice(0, 2)).toEqual(['KH006', '刘阳']);
    // The second run's sheet has the first run's added columns (整理问题, 重复组 …): none of them is the
    // user's, so the archive takes the user's columns only, as the first time.
    const header = archive[0];
    expect(header).toEqual([...input()[0], '原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(archive[2][header.indexOf('原行号')]).toBe('6');
    expect(tableOf(await texts('run2.xlsx', MAIN)).map((r) => r[1])).toEqual(['姓名', '张伟', '李娜', '刘洋', '陈静']);
  });

  it('reads a column the user typed right of last week\'s added columns as his: merged, archived and noted like any other', async () => {
    await clean('week1.xlsx');
    const wb = await workbook('week1.xlsx');
    const ws = wb.getWorksheet(MAIN)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(-1)).toEqual(['分类依据']);
    // The reps write this week's call results in a column of their own, after 分类依据.
    const col = header.length + 1;
    ws.getCell(1, col).value = '本周跟进结果';
    ws.getCell(2, col).value = '约了周五见面';
    ws.getCell(4, col).value = '已报价，等回复';
    ws.getCell(5, col).value = '下周再打';
    await wb.xlsx.writeFile(path.join(dir, 'week2.xlsx'));
    const { code, io } = await cli(['clean', 'week2.xlsx', '--out', 'week2.out.xlsx', ...TODAY, '--merge']);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const main = await texts('week2.out.xlsx', MAIN);
    // Every added column once, the user's where he put it, its values kept.
    const added = ['整理问题', '重复组', '重复依据', '分类依据'];
    for (const h of added) expect(main[0].filter((x) => x === h)).toHaveLength(1);
    const mine = main[0].indexOf('本周跟进结果');
    expect(mine).toBe(col - 1);
    expect(main.slice(1).map((r) => r[mine] ?? '')).toEqual(['约了周五见面', '', '下周再打', '', '']);
    // Row 4 (张伟 typed again) went to the archive with its call result, and the kept row notes it.
    const archive = await texts('week2.out.xlsx', ARCHIVE);
    expect(archive[0]).toEqual([...input()[0], '本周跟进结果', '原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(archive[1].slice(0, WIDTH + 2)).toEqual([...input()[3], '已报价，等回复', '4']);
    expect(main[1][main[0].indexOf('合并记录')]).toContain('已报价，等回复');
  });

  it('in the other language, writes over last week\'s columns and sheets and appends to its archive, each once', async () => {
    const first = await cli(['clean', 'customers.csv', '--out', 'week1.xlsx', '--today', '2024-06-01', '--lang', 'en', '--quiet', '--merge']);
    expect(first.code).toBe(0);
    const { code, io } = await cli(['clean', 'week1.xlsx', '--out', 'week2.xlsx', ...TODAY, '--merge-review']);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const wb = await workbook('week2.xlsx');
    // No stale Issues, Reminders or Report beside 问题清单, 提醒, 报告; one archive.
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name).sort()).toEqual([MAIN, 'Merged duplicates', '提醒', '报告', '问题清单'].sort());
    const main = await texts('week2.xlsx', MAIN);
    expect(main[0].slice(0, WIDTH)).toEqual(input()[0]);
    expect(main[0].filter((h) => h === '合并记录' || h === 'Merged values').length).toBeLessThanOrEqual(1);
    expect(main[0].slice(WIDTH).filter((h) => h !== '合并记录' && h !== 'Merged values')).toEqual(['整理问题', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '分类依据']);
    // Last week's merged row, then this week's (the review pair), under last week's headers.
    const archive = await texts('week2.xlsx', 'Merged duplicates');
    expect(archive[0]).toEqual([...input()[0], 'Original row', 'Kept row', 'Duplicate group', 'Reason', 'Merged on']);
    expect(archive.slice(1).map((r) => r[WIDTH])).toEqual(['4', '6']);
  });

  it('in the other language, leaves last week\'s Reminders where the user typed beside them: what he typed is his', async () => {
    expect((await cli(['clean', 'customers.csv', '--out', 'typed1.xlsx', '--today', '2024-06-01', '--lang', 'en', '--quiet'])).code).toBe(0);
    const wb = await workbook('typed1.xlsx');
    const reminders = wb.getWorksheet('Reminders')!;
    const beside = reminders.getRow(1).cellCount + 1;
    reminders.getCell(2, beside).value = '12/3 called, visiting next week';
    await wb.xlsx.writeFile(path.join(dir, 'typed1.xlsx'));
    expect((await cli(['clean', 'typed1.xlsx', '--out', 'typed2.xlsx', ...TODAY, '--quiet'])).code).toBe(0);
    const out = await workbook('typed2.xlsx');
    expect(out.getWorksheet('Reminders')?.getCell(2, beside).value).toBe('12/3 called, visiting next week');
    expect(out.getWorksheet('Report')).toBeUndefined();
  });

  it('archives the notes of a merged-away row\'s cells with it, beside its values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(MAIN);
    for (const line of SHEET.split('\r\n')) ws.addRow(line.split(','));
    // Row 4 is 张伟 typed again: a rep noted on it where his invoices go.
    ws.getCell('D4').note = '发票寄到这个邮箱';
    ws.getCell('B2').note = '老板亲戚';
    await wb.xlsx.writeFile(path.join(dir, 'noted.xlsx'));
    const { code } = await cli(['clean', 'noted.xlsx', '--out', 'noted.out.xlsx', ...TODAY, '--merge']);
    expect(code).toBe(0);
    const out = await workbook('noted.out.xlsx');
    const archive = out.getWorksheet(ARCHIVE)!;
    expect(archive.getCell('A2').value).toBe('KH001');
    expect(archive.getCell('D2').note).toBe('发票寄到这个邮箱');
    expect(out.getWorksheet(MAIN)!.getCell('B2').note).toBe('老板亲戚');
    // And on the kept row's cell of that column, with the row it came from (h71 6): nothing lost from view.
    expect(out.getWorksheet(MAIN)!.getCell('D2').note).toBe('发票寄到这个邮箱（原第 4 行的批注，该行已合并到本行）');
  });

  it('puts a merged-away row\'s note after the kept cell\'s own, in English too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(MAIN);
    for (const line of SHEET.split('\r\n')) ws.addRow(line.split(','));
    ws.getCell('C2').note = 'office line after 6pm';
    ws.getCell('C4').note = 'prefers text over call';
    await wb.xlsx.writeFile(path.join(dir, 'noted-en.xlsx'));
    expect((await cli(['clean', 'noted-en.xlsx', '--out', 'noted-en.out.xlsx', '--today', '2024-06-01', '--lang', 'en', '--quiet', '--merge'])).code).toBe(0);
    const main = (await workbook('noted-en.out.xlsx')).getWorksheet(MAIN)!;
    expect(String(main.getCell('C2').note)).toBe('office line after 6pm\nprefers text over call (note from row 4, merged into this one)');
  });

  it('keeps a filter and a table (ListObject) on the table: the added columns inside both, the archived row out of both', async () => {
    const rows = SHEET.split('\r\n').map((line) => line.split(','));
    const wb = new ExcelJS.Workbook();
    const filtered = wb.addWorksheet(MAIN);
    for (const r of rows) filtered.addRow(r);
    filtered.autoFilter = 'A1:K7';
    await wb.xlsx.writeFile(path.join(dir, 'filtered.xlsx'));
    expect((await cli(['clean', 'filtered.xlsx', '--out', 'filtered.out.xlsx', ...TODAY, '--merge'])).code).toBe(0);
    const out = (await workbook('filtered.out.xlsx')).getWorksheet(MAIN)!;
    // Six customers, one archived: five rows under the header; the run's columns start at L.
    expect(out.getCell('L1').value).toBe(t('zh-CN', 'column.issues'));
    const last = columnLetterOf(out.getRow(1).cellCount);
    expect(out.autoFilter).toBe(`A1:${last}6`);

    const tabled = new ExcelJS.Workbook();
    const ws = tabled.addWorksheet(MAIN);
    ws.addTable({ name: 'Customers', ref: 'A1', headerRow: true, columns: rows[0].map((name) => ({ name, filterButton: true })), rows: rows.slice(1) });
    await tabled.xlsx.writeFile(path.join(dir, 'tabled.xlsx'));
    expect((await cli(['clean', 'tabled.xlsx', '--out', 'tabled.out.xlsx', ...TODAY, '--merge'])).code).toBe(0);
    const tabledOut = (await workbook('tabled.out.xlsx')).getWorksheet(MAIN)!;
    const [table] = tabledOut.getTables() as unknown as [{ table: { tableRef: string; columns: { name: string }[] } }];
    // The run's columns are the table's own too, named as their headers.
    expect(table.table.tableRef).toBe(`A1:${columnLetterOf(tabledOut.getRow(1).cellCount)}6`);
    expect(table.table.columns.map((c) => c.name)).toEqual((tabledOut.getRow(1).values as unknown[]).slice(1));

    // Next week in English: the table's columns the run writes over take their English headers as names.
    expect((await cli(['clean', 'tabled.out.xlsx', '--out', 'tabled.en.xlsx', '--today', '2024-06-08', '--lang', 'en', '--quiet'])).code).toBe(0);
    const english = (await workbook('tabled.en.xlsx')).getWorksheet(MAIN)!;
    const [again] = english.getTables() as unknown as [{ table: { columns: { name: string }[] } }];
    const header = (english.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Sheet Keeper issues');
    expect(header).not.toContain('整理问题');
    expect(again.table.columns.map((c) => c.name)).toEqual(header);
  });

  it('never touches a user sheet that happens to have the name of one of ours', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(MAIN);
    for (const line of SHEET.split('\r\n')) ws.addRow(line.split(','));
    wb.addWorksheet('提醒').addRow(['下周给张总打电话']);
    wb.addWorksheet(ARCHIVE).addRow(['我自己的归档']);
    await wb.xlsx.writeFile(path.join(dir, 'mine.xlsx'));
    const { code } = await cli(['clean', 'mine.xlsx', '--out', 'mine.out.xlsx', ...TODAY, '--merge']);
    expect(code).toBe(0);
    const out = await workbook('mine.out.xlsx');
    expect(out.getWorksheet('提醒')!.getCell('A1').value).toBe('下周给张总打电话');
    expect(out.getWorksheet(ARCHIVE)!.getCell('A1').value).toBe('我自己的归档');
    expect(out.getWorksheet(ARCHIVE)!.rowCount).toBe(1);
    expect(out.getWorksheet('提醒 (2)')!.getCell('A1').value).toBe('负责人');
    expect(out.getWorksheet(`${ARCHIVE} (2)`)!.getCell('K2').value).toBe('@王芳 展会名片');
  });
});

describe('--merge on a CSV output', () => {
  it('writes the main table without the archived row, and the archive and reminders next to it', async () => {
    const io = await clean('out/clean.csv', '--merge');
    const main = readCsv(readFileSync(path.join(dir, 'out/clean.csv')), 'clean.csv').cells;
    expect(main.map((r) => cellText(r[1]))).toEqual(['姓名', '张伟', '李娜', '刘洋', '陈静', '刘阳']);
    expect(cellText(main[1][5])).toBe('北京');

    const archiveBytes = readFileSync(path.join(dir, 'out/clean.archive.csv'));
    expect(archiveBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const archive = readCsv(archiveBytes, 'clean.archive.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(archive[0].slice(WIDTH)).toEqual(['原行号', '保留行', '重复组', '原因', '合并日期']);
    // The note that starts with @ is neutralised in the file (PITFALLS C1), and reads back as typed.
    expect(archiveBytes.toString('utf8')).toContain(`"'@王芳 展会名片"`);
    expect(archive[1]).toEqual([...input()[3], '4', '2', 'G1', '已合并到第 2 行（G1，很可能重复）', '2024-06-01 12:00:00']);

    const reminders = readCsv(readFileSync(path.join(dir, 'out/clean.reminders.csv')), 'r.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(reminders.map((r) => r[3])).toEqual(['行号', '3', '5']);
    expect(io.out).toContain('已合并：1 组中的 1 行移到 out/clean.archive.csv；');
    expect(io.out).toContain('另外写出：out/clean.archive.csv，out/clean.reminders.csv\n');
  });

  it('writes no archive without --merge, and no reminders file when none is due', async () => {
    const io = await clean('out/clean.csv', '--today', '2024-06-20');
    expect(existsSync(path.join(dir, 'out/clean.archive.csv'))).toBe(false);
    expect(existsSync(path.join(dir, 'out/clean.reminders.csv'))).toBe(false);
    expect(io.out).not.toContain('另外写出');
  });
});

describe('companion files an earlier run left next to a CSV output', () => {
  const rows = (file: string) => readCsv(readFileSync(path.join(dir, file)), file).cells.map((r) => r.map((c) => cellText(c)));

  it('a reminders file is emptied to its header when this run has no reminder due, and the summary says so', async () => {
    await clean('out/clean.csv', '--merge');
    const [header, ...due] = rows('out/clean.reminders.csv');
    expect(due).toHaveLength(2);
    // Three weeks later the birthdays are past: last run's reminders must not look like today's.
    const io = await clean('out/clean.csv', '--today', '2024-06-20');
    expect(rows('out/clean.reminders.csv')).toEqual([header]);
    expect(io.out).toContain('out/clean.reminders.csv');
    expect(io.out).toContain('上次运行');
  });

  it('an archive is never emptied or removed by a run that merges nothing', async () => {
    await clean('out/clean.csv', '--merge');
    const archive = readFileSync(path.join(dir, 'out/clean.archive.csv'));
    await clean('out/clean.csv', '--today', '2024-06-20');
    expect(readFileSync(path.join(dir, 'out/clean.archive.csv'))).toEqual(archive);
  });

  it('a cleaned file that cannot be written leaves the archive and reminders as they were, and no temporary file', async () => {
    await clean('out/clean.csv', '--merge');
    const archive = readFileSync(path.join(dir, 'out/clean.archive.csv'));
    const reminders = readFileSync(path.join(dir, 'out/clean.reminders.csv'));
    // Where the cleaned file goes there is now a folder (as good as a file locked by Excel or chattr +i).
    rmSync(path.join(dir, 'out/clean.csv'));
    mkdirSync(path.join(dir, 'out/clean.csv'));
    const { code, io } = await cli(['clean', 'customers.csv', '--out', 'out/clean.csv', '--merge', '--today', '2024-06-04', '--lang', 'zh-CN', '--quiet']);
    expect(code).toBe(1);
    expect(io.err).toContain('无法写入“out/clean.csv”');
    expect(readFileSync(path.join(dir, 'out/clean.archive.csv'))).toEqual(archive);
    expect(readFileSync(path.join(dir, 'out/clean.reminders.csv'))).toEqual(reminders);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['clean.archive.csv', 'clean.csv', 'clean.reminders.csv']);
  });

  it('a first run whose cleaned file cannot be written leaves no archive or reminders behind', async () => {
    mkdirSync(path.join(dir, 'out/clean.csv'), { recursive: true });
    const { code } = await cli(['clean', 'customers.csv', '--out', 'out/clean.csv', '--merge', ...TODAY]);
    expect(code).toBe(1);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['clean.csv']);
  });

  it('the same merge run again archives each row once: rows the archive holds are not added twice', async () => {
    await clean('out/clean.csv', '--merge');
    await clean('out/clean.csv', '--merge');
    const [, ...archived] = rows('out/clean.archive.csv');
    expect(archived.map((r) => `${r[0]} ${r[1]} 第 ${r[WIDTH]} 行`)).toEqual(['KH001 张伟 第 4 行']);
  });

  it('a file of that name that is not our reminders list is left alone', async () => {
    mkdirSync(path.join(dir, 'out'));
    const mine = '日期,事项\r\n2024-06-03,给张总回电话\r\n';
    writeFileSync(path.join(dir, 'out/clean.reminders.csv'), mine);
    await clean('out/clean.csv', '--today', '2024-06-20');
    expect(readFileSync(path.join(dir, 'out/clean.reminders.csv'), 'utf8')).toBe(mine);
  });
});

describe('a CSV archive from an earlier run', () => {
  const rows = (file: string) => readCsv(readFileSync(path.join(dir, file)), file).cells.map((r) => r.map((c) => cellText(c)));

  it('is appended to by the next week\'s merge: the earlier merged rows stay, the new ones go below them under the same headers (PITFALLS D2)', async () => {
    await clean('out/clean.csv', '--merge');
    // Next week: the cleaned file, with 李娜 typed in again by a colleague.
    const week2 = readFileSync(path.join(dir, 'out/clean.csv'), 'utf8').replace(/\r\n$/, '') + '\r\nKH002,李娜,13912345678,lina@163.com,上海蓝海贸易有限公司,上海,1990-06-05,2024-04-11,5600,王芳,\r\n';
    writeFileSync(path.join(dir, 'week2.csv'), week2);
    const { code, io } = await cli(['clean', 'week2.csv', '--out', 'out/clean.csv', ...TODAY, '--merge']);
    expect(io.err).toBe('');
    expect(code).toBe(0);

    const archive = rows('out/clean.archive.csv');
    expect(archive).toHaveLength(3);
    const header = archive[0];
    // The first run's columns and the tool's four keep their places; week 2's sheet holds week 1's added
    // columns (整理问题 …), which are none of the user's: the archive's columns stay the same.
    expect(header).toEqual([...input()[0], '原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(archive[1].slice(0, WIDTH + 3)).toEqual([...input()[3], '4', '2', 'G1']);
    expect(archive[2].slice(0, WIDTH)).toEqual(input()[2]);
    expect(archive[2][header.indexOf('原行号')]).toBe('7');
    expect(rows('out/clean.csv').map((r) => r[1])).toEqual(['姓名', '张伟', '李娜', '刘洋', '陈静', '刘阳']);
  });

  it('that is not one of ours is never overwritten: the run stops before writing anything, saying why', async () => {
    const mine = '\uFEFF日期,客户,说明\r\n2024-05-02,张伟,我自己记的合并\r\n';
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/clean.archive.csv'), mine);
    const { code, io } = await cli(['clean', 'customers.csv', '--out', 'out/clean.csv', ...TODAY, '--merge']);
    expect(code).toBe(1);
    expect(io.err).toContain('out/clean.archive.csv');
    expect(io.err).toContain('原行号');
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(dir, 'out/clean.archive.csv'), 'utf8')).toBe(mine);
    expect(existsSync(path.join(dir, 'out/clean.csv'))).toBe(false);
  });
});

describe('the JSON report', () => {
  it('has the groups, the merge, the reminders, the report and each row’s group and labels', async () => {
    await clean('merged.xlsx', '--merge', '--json', 'r.json');
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.rows.map((r: { row: number; group: string | null }) => [r.row, r.group])).toEqual([
      [2, 'G1'], [3, null], [4, 'G1'], [5, 'G2'], [6, null], [7, 'G2'],
    ]);
    const row4 = report.rows.find((r: { row: number }) => r.row === 4);
    expect(row4).toMatchObject({ merged: true, survivor: 2 });
    expect(report.rows.find((r: { row: number }) => r.row === 2).merged).toBeUndefined();
    // Classes describe the sheet after the merge: the archived row has none, its survivor has them.
    expect(row4.labels).toBeNull();
    const row2 = report.rows.find((r: { row: number }) => r.row === 2);
    expect(Object.keys(row2.labels)).toEqual(['lifecycle', 'activity', 'tier', 'vip', 'custom']);
    expect(row2.labels.lifecycle).toBe('existing');

    expect(report.groups).toEqual([
      {
        id: 'G1', rows: [2, 4], score: 1, confidence: 'likely', survivor: 2, conflicts: expect.any(Array),
        fingerprints: [expect.stringMatching(/^fp[0-9a-f]{14}$/), expect.stringMatching(/^fp[0-9a-f]{14}$/)],
        reasons: expect.arrayContaining([t('zh-CN', 'dedupe.reason.mobile.same'), t('zh-CN', 'dedupe.reason.email.same')]),
      },
      {
        id: 'G2', rows: [5, 7], score: expect.any(Number), confidence: 'review', survivor: 5, possibleOwnerConflict: ['赵磊', '孙丽'],
        conflicts: expect.any(Array), reasons: expect.arrayContaining([t('zh-CN', 'dedupe.reason.company.same')]),
        fingerprints: [expect.any(String), expect.any(String)],
      },
    ]);
    expect(report.merge).toEqual({
      archiveSheet: ARCHIVE,
      // When this merge was applied: the value its lines have in the archive's 合并日期 column.
      mergedAt: '2024-06-01 12:00:00',
      archived: [{ row: 4, survivor: 2, keptRow: 2, group: 'G1' }],
      removedRows: [4],
      filled: [{ row: 2, column: 'F', header: '城市', field: 'city', value: '北京', reason: 'fill', before: null }],
      stats: { groupsMerged: 1, rowsArchived: 1, cellsFilled: 1, notesTruncated: 0, groupsSkipped: 0 },
      // The sheet holds no formula: the merge rewrote none.
      formulasRewritten: [],
    });
    // Row numbers in the JSON are the input's, also after a merge; outputRow is the cleaned file's (the 提醒 sheet's 行号).
    expect(report.reminders).toEqual([
      { owner: '王芳', kind: 'birthday', row: 3, outputRow: 3, customer: '李娜 · 上海蓝海贸易有限公司', due: '2024-06-05', daysLeft: 4, message: expect.stringContaining('2024-06-05') },
      { owner: '赵磊', kind: 'birthday', row: 6, outputRow: 5, customer: '陈静 · 深圳华创电子有限公司', due: '2024-06-07', daysLeft: 6, message: expect.stringContaining('2024-06-07') },
    ]);
    const duplicates = report.report.sections.find((s: { id: string }) => s.id === 'duplicates');
    expect(duplicates.title).toBe('重复客户');
    // groups, rows, merged, 撞单 (none: the one pair of two reps is only review), possible 撞单.
    expect(duplicates.series.map((s: { count: number }) => s.count)).toEqual([2, 4, 1, 0, 1]);
    expect(Object.keys(report.classification.whatIf)).toEqual(['dimensions', 'rowsCompared', 'rowsChanged']);
  });

  it('has merge null and no merged rows without --merge', async () => {
    await clean('plain.xlsx', '--json', 'r.json');
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.merge).toBeNull();
    expect(report.rows.filter((r: { merged?: boolean }) => r.merged)).toEqual([]);
  });
});

describe('--merge over formulas', () => {
  it('refuses to merge in an .xlsx whose formula reads a cell of the archived row, before writing anything (Excel would make it #REF!)', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    // Row 4 (张伟 typed again) is the one archived; a 提成 worked out from its amount has nothing left to read.
    wb.getWorksheet(MAIN)!.getCell('K6').value = { formula: 'I4*0.1', result: 1280 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge']);
    expect(code).toBe(1);
    expect(io.err).toContain('未合并：工作表“customers”中有 1 个公式');
    expect(existsSync(path.join(dir, 'merged.xlsx'))).toBe(false);
  });

  it.each<[number, string]>([
    [1, '未合并：工作表“customers”中有 1 个公式，另有 2 个公式在其他工作表中引用了它，'],
    [0, '未合并：其他工作表中有 2 个公式引用了工作表“customers”，'],
  ])('counts the sheet\'s own formulas (%i) apart from those of a 汇总 pointing at it', async (own, said) => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    if (own > 0) wb.getWorksheet(MAIN)!.getCell('K6').value = { formula: 'I4*0.1', result: 1280 } as ExcelJS.CellFormulaValue;
    const sum = wb.addWorksheet('汇总');
    sum.getCell('A1').value = { formula: 'customers!B4', result: '' } as ExcelJS.CellFormulaValue;
    sum.getCell('A2').value = { formula: 'customers!I4', result: '' } as ExcelJS.CellFormulaValue;
    // Rewritten, not counted: it reads rows that stay (2) and move (5).
    sum.getCell('A3').value = { formula: 'customers!I2+customers!I5', result: 15800 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(code).toBe(1);
    expect(io.err).toContain(said);
  });

  it('merges when the other sheets\' formulas only name the sheet in their texts or read a sheet whose name holds its name', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    const sales = wb.addWorksheet('业绩');
    sales.addRow(['月份', '新增客户数', '说明']);
    sales.addRow(['2026-10', 3, { formula: 'IF(B2>2,"新增customers达标","新增customers未达标")', result: '新增customers达标' }]);
    sales.addRow(['合计', { formula: 'SUM(B2:B2)', result: 3 }, { formula: 'old_customers!A1', result: '' }]);
    wb.addWorksheet('old_customers').getCell('A1').value = '去年的客户';
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect((await workbook('merged.xlsx')).getWorksheet(ARCHIVE)).toBeDefined();
  });

  it('merges a sheet whose formulas read no row that moves: a sum typed by hand, a count over a whole column, another sheet\'s total of one', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    const sheet = wb.getWorksheet(MAIN)!;
    // The shop adds up a purchase in the cell: 刘洋 (row 5, moves up to row 4) and the 张伟 typed again (row 4, archived).
    sheet.getCell('I5').value = { formula: '2000+1000', result: 3000 } as ExcelJS.CellFormulaValue;
    sheet.getCell('I4').value = { formula: '10000+2800', result: 12800 } as ExcelJS.CellFormulaValue;
    sheet.getCell('K6').value = { formula: 'COUNTIF(J:J,"赵磊")', result: 2 } as ExcelJS.CellFormulaValue;
    wb.addWorksheet('汇总').getCell('A1').value = { formula: 'SUM(customers!I:I)', result: 79200 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const out = await workbook('merged.xlsx');
    const main = out.getWorksheet(MAIN)!;
    expect([main.getCell('B4').value, main.getCell('I4').formula, main.getCell('K5').formula]).toEqual(['刘洋', '2000+1000', 'COUNTIF(J:J,"赵磊")']);
    expect(out.getWorksheet('汇总')!.getCell('A1').formula).toBe('SUM(customers!I:I)');
    const archive = out.getWorksheet(ARCHIVE)!;
    expect(archive.getCell('I2').value).toBe(12800);
    expect(noteOf(archive.getCell('I2'))).toBe('原行中的公式：=10000+2800');
  });

  it('merges a sheet whose formulas read only rows above the first one removed, wherever they stand (a 小计 over the rows above)', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    // Row 4 (张伟 typed again) is archived: rows 2 and 3 stay where they are.
    wb.getWorksheet(MAIN)!.getCell('K6').value = { formula: 'SUM(I2:I3)', result: 0 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect((await workbook('merged.xlsx')).getWorksheet(MAIN)!.getCell('K5').formula).toBe('SUM(I2:I3)');
  });

  it('rewrites the formulas reading rows that move as Excel does on a row delete: the sheet\'s own, a 汇总\'s, the 合计 row\'s', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    const sheet = wb.getWorksheet(MAIN)!;
    // Row 4 (张伟 typed again) is archived: 刘洋 moves from row 5 to 4, 陈静 from 6 to 5, the 合计 (its label under 姓名) from 8 to 7.
    sheet.getCell('K5').value = { formula: 'HYPERLINK("mailto:"&D5,"写信给 D5")', result: '写信给 D5' } as ExcelJS.CellFormulaValue;
    sheet.getRow(8).values = [undefined, '合计'];
    sheet.getCell('I8').value = { formula: 'SUM(I2:I7)', result: 79200 } as ExcelJS.CellFormulaValue;
    sheet.getCell('K8').value = { formula: 'SUBTOTAL(103,$B$2:$B$7)', result: 6 } as ExcelJS.CellFormulaValue;
    wb.addWorksheet('汇总').getCell('A1').value = { formula: "AVERAGE('customers'!I2:I7)+customers!I6", result: 58200 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const out = await workbook('merged.xlsx');
    const main = out.getWorksheet(MAIN)!;
    expect([main.getCell('B4').value, main.getCell('K4').formula]).toEqual(['刘洋', 'HYPERLINK("mailto:"&D4,"写信给 D5")']);
    expect([main.getCell('B7').value, main.getCell('I7').formula, main.getCell('K7').formula]).toEqual(['合计', 'SUM(I2:I6)', 'SUBTOTAL(103,$B$2:$B$6)']);
    expect(out.getWorksheet('汇总')!.getCell('A1').formula).toBe("AVERAGE('customers'!I2:I6)+customers!I5");
    // Their cached results counted the archived row: Excel computes them anew on open.
    const book = await (await JSZip.loadAsync(readFileSync(path.join(dir, 'merged.xlsx')))).file('xl/workbook.xml')!.async('string');
    expect(book).toMatch(/<calcPr\b[^>]*\sfullCalcOnLoad="(?:1|true)"/);
  });

  it.each<[string, string, string]>([
    ['zh-CN', '合计', '合并从工作表中移走了 1 行，公式已按 Excel 删除行时的方式改写：2 个公式的范围包含被移走的行，已相应缩小（如 =SUM(I2:I7) → =SUM(I2:I6)）；Excel 打开“merged.xlsx”时会重新计算。'],
    ['en', 'Total', 'The merge took 1 row out of the sheet, and formulas were rewritten as Excel rewrites them when rows are deleted: 2 formulas whose ranges held the row now leave it out (such as =SUM(I2:I7) → =SUM(I2:I6)); Excel computes them anew when it opens "merged.xlsx".'],
  ])('says which formulas it rewrote (%s)', async (lang, label, said) => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    const sheet = wb.getWorksheet(MAIN)!;
    sheet.getRow(8).values = [undefined, label];
    sheet.getCell('I8').value = { formula: 'SUM(I2:I7)', result: 79200 } as ExcelJS.CellFormulaValue;
    sheet.getCell('K8').value = { formula: 'AVERAGE(I2:I7)', result: 13200 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', '--today', '2024-06-01', '--quiet', '--merge', '--sheet', MAIN, '--lang', lang]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toContain(said);
  });

  it('still refuses a formula that reads the archived row, wherever it stands', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    wb.getWorksheet(MAIN)!.getCell('I5').value = { formula: 'I4+1000', result: 13800 } as ExcelJS.CellFormulaValue;
    wb.addWorksheet('汇总').getCell('A1').value = { formula: 'customers!I4', result: 12800 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
    expect(code).toBe(1);
    expect(io.err).toContain('未合并：工作表“customers”中有 1 个公式，另有 1 个公式在其他工作表中引用了它，');
  });

  it('rewrites a 汇总\'s formula that reads the sheet and says its name as a word in a text, and refuses one that reads it through a text address', async () => {
    for (const [formula, code] of [['IF(customers!I5>2000,"customers达标","")', 0], ['HYPERLINK("#customers!B5","刘洋")&customers!B2', 1]] as const) {
      await clean('with-formula.xlsx');
      const wb = await workbook('with-formula.xlsx');
      wb.addWorksheet('汇总').getCell('A1').value = { formula, result: '' } as ExcelJS.CellFormulaValue;
      await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
      const run = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
      expect([formula, run.code]).toEqual([formula, code]);
      if (code === 0) expect((await workbook('merged.xlsx')).getWorksheet('汇总')!.getCell('A1').formula).toBe('IF(customers!I4>2000,"customers达标","")');
    }
  });

  it('refuses a formula that reads a row through a text, which neither Excel nor the rewrite moves: an INDIRECT, a link into the sheet', async () => {
    for (const formula of ['SUM(INDIRECT("I2:I7"))', 'HYPERLINK("#customers!B5","刘洋")']) {
      await clean('with-formula.xlsx');
      const wb = await workbook('with-formula.xlsx');
      wb.getWorksheet(MAIN)!.getCell('K6').value = { formula, result: 0 } as ExcelJS.CellFormulaValue;
      await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
      const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN]);
      expect([formula, code]).toEqual([formula, 1]);
      expect(io.err).toContain('未合并：工作表“customers”中有 1 个公式');
    }
  });

  it.each<[string, string[], string]>([
    ['zh-CN', ['合计', '', '', '', '', '', '', ''], '未合并：工作表“customers”第 8 行是合计行或统计行（合计、平均、最高等），其中有 1 个公式（如 =SUM(I2:I7)-I4），'],
    ['en', ['Total', '', '', '', '', '', '', ''], 'Not merged: the sheet "customers" has 1 formula(s) (such as =SUM(I2:I7)-I4) in the totals or statistics row(s) 8 (Total, Average, Max …), and'],
  ])('names the totals row whose formula blocks the merge, and says how to go on (%s)', async (lang, label, said) => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    const sheet = wb.getWorksheet(MAIN)!;
    sheet.getRow(8).values = [undefined, ...label];
    // The shop took the row typed again out of the total by hand: once that row is archived, Excel would write #REF!.
    sheet.getCell('I8').value = { formula: 'SUM(I2:I7)-I4', result: 66400 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.xlsx', ...TODAY, '--merge', '--sheet', MAIN, '--lang', lang]);
    expect(code).toBe(1);
    expect(io.err).toContain(said);
    expect(io.err).toContain(lang === 'en' ? 'Paste Special › Values' : '选择性粘贴 → 数值');
    expect(existsSync(path.join(dir, 'merged.xlsx'))).toBe(false);
  });

  it('still merges that workbook into a CSV, where no formula can be misplaced', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    wb.getWorksheet(MAIN)!.getCell('K2').value = { formula: 'HYPERLINK("mailto:"&C2)', result: '' } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code } = await cli(['clean', 'input.xlsx', '--out', 'merged.csv', ...TODAY, '--merge']);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'merged.archive.csv'))).toBe(true);
  });
});

describe('a formula in a merged-away row, archived to CSV', () => {
  it('keeps its value in the cell and its formula in the line\'s reason, which a CSV has no note for', async () => {
    await clean('with-formula.xlsx');
    const wb = await workbook('with-formula.xlsx');
    wb.getWorksheet(MAIN)!.getCell('I4').value = { formula: '10000+2800', result: 12800 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
    const { code, io } = await cli(['clean', 'input.xlsx', '--out', 'merged.csv', ...TODAY, '--merge']);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const [header, line] = readCsv(readFileSync(path.join(dir, 'merged.archive.csv')), 'merged.archive.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(line[header.indexOf('成交金额')]).toBe('12800');
    expect(line[header.indexOf('原因')]).toBe('已合并到第 2 行（G1，很可能重复）；成交金额：原行中的公式：=10000+2800');
  });
});

describe('"not duplicates", remembered across runs', () => {
  // Two 李静 of one company and landline, marked as two people; a re-typed copy of the second (a new
  // 客户编号, its 省份) is appended, and this week's --merge keeps the copy and archives KH0101.
  const LI_JING = [
    '客户编号,姓名,手机,电话,邮箱,公司,地址,生日,负责人,省份',
    'KH0051,李静,15988050390,0571-86001234,lijing@yunfan.cn,杭州云帆贸易有限公司,杭州市西湖区文三路90号,1988-04-12,吴倩,',
    'KH0052,王芳,13700000000,,wangfang@163.com,上海蓝海贸易有限公司,,,吴倩,',
    'KH0101,李静,13655550123,0571-86001234,lijing@yunfan.cn,杭州云帆贸易有限公司,杭州市西湖区文三路90号,1988-04-12,马骏,',
  ];
  const COPY = 'KH0999,李静,13655550123,0571-86001234,lijing@yunfan.cn,杭州云帆贸易有限公司,杭州市西湖区文三路90号,1988-04-12,马骏,浙江';
  const cleanOk = async (...argv: string[]) => {
    const { code, io } = await cli(['clean', ...argv, ...TODAY]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
  };
  const report = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  /** Marks the two 李静, then merges the week with the copy appended; the week's JSON report. */
  async function weekOne() {
    writeFileSync(path.join(dir, 'week0.csv'), LI_JING.join('\r\n'));
    await cleanOk('week0.csv', '--out', 'week0.out.csv', '--json', 'week0.json');
    const marked = report('week0.json').groups[0];
    expect(marked.rows).toEqual([2, 4]);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ notDuplicates: [marked.fingerprints] }));
    writeFileSync(path.join(dir, 'week1.csv'), [...LI_JING, COPY].join('\r\n'));
    await cleanOk('week1.csv', '--config', 'settings.json', '--merge', '--out', 'week1.out.csv', '--json', 'week1.json');
    const week1 = report('week1.json');
    expect(week1.merge.archived.map((a: { row: number }) => a.row)).toEqual([4]);
    return { marked: marked.fingerprints as string[], week1 };
  }

  it('week after week: a --merge that archives one of the marked rows does not let next week\'s --merge fold the other into the row that replaced it', async () => {
    await weekOne();
    await cleanOk('week1.out.csv', '--config', 'settings.json', '--merge', '--out', 'week2.out.csv', '--json', 'week2.json');
    const week2 = report('week2.json');
    const [group] = week2.groups;
    expect(group.rows).toEqual([2, 4]);
    expect(group.confidence).toBe('review');
    expect(group.reasons.join(' ')).toContain('第2行曾被标记为与另一行“不是重复”');
    expect(week2.merge.archived).toEqual([]);
    const kept = readFileSync(path.join(dir, 'week2.out.csv'), 'utf8');
    expect(kept).toContain('KH0051');
    expect(kept).toContain('KH0999');
  });

  it('the merge that archives a marked row names the fingerprint to put in its place, and with it the mark holds next week', async () => {
    const { marked, week1 } = await weekOne();
    const said = week1.problems.find((p: { code: string }) => p.code === 'dedupe.markMerged');
    const now = /合并后其指纹为 (fp[0-9a-f]{14})/.exec(said?.message ?? '')?.[1];
    expect(said.message).toContain(`第4行（${marked[1]}）并入第5行`);
    expect(said.message).toContain(`把该标记里的 ${marked[1]} 换成 ${now}`);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ notDuplicates: [[marked[0], now]] }));
    await cleanOk('week1.out.csv', '--config', 'settings.json', '--merge', '--out', 'week2.out.csv', '--json', 'week2.json');
    const week2 = report('week2.json');
    expect(week2.groups).toEqual([]);
    expect(week2.problems.map((p: { code: string }) => p.code)).not.toContain('dedupe.notDuplicatesStale');
  });

  it('keeps apart the rows whose fingerprints the settings list, on the next run and after the rows move', async () => {
    await clean('first.xlsx', '--json', 'first.json');
    const first = JSON.parse(readFileSync(path.join(dir, 'first.json'), 'utf8'));
    const group = first.groups.find((g: { rows: number[] }) => g.rows.includes(2));
    expect(group.rows).toEqual([2, 4]);
    expect(group.fingerprints).toHaveLength(2);
    expect(new Set(group.fingerprints).size).toBe(2);

    // The user says G1 is two customers, and sorts the sheet so the rows move.
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ notDuplicates: [group.fingerprints] }));
    const lines = SHEET.split('\r\n');
    writeFileSync(path.join(dir, 'customers.csv'), [lines[0], ...lines.slice(1).reverse()].join('\r\n'));
    await clean('second.xlsx', '--json', 'second.json', '--config', 'settings.json');
    const second = JSON.parse(readFileSync(path.join(dir, 'second.json'), 'utf8'));
    const zhang = second.rows.filter((r: { row: number }) => [7, 5].includes(r.row));
    expect(zhang.map((r: { group: string | null }) => r.group)).toEqual([null, null]);
    expect(second.groups.flatMap((g: { fingerprints: string[] }) => g.fingerprints)).not.toContain(group.fingerprints[0]);
    // Without the mark the same sorted sheet still groups them: the settings, not the move, kept them apart.
    await clean('third.xlsx', '--json', 'third.json');
    const third = JSON.parse(readFileSync(path.join(dir, 'third.json'), 'utf8'));
    expect(third.groups.some((g: { rows: number[] }) => g.rows.join() === '5,7')).toBe(true);
  });
});
