/**
 * A user's rule columns (大区 from settings.classify.custom) are the run's own on the next run without
 * `-c`: the run records their headers beside the sheet (a hidden sheet of the workbook, `<base>.columns.csv`
 * next to a CSV), reads them back, and keeps the columns as they were, saying so, instead of reading them
 * as customer data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cellText, type Grid } from '../../shared';
import { main } from '../../cli/main';
import { readXlsx } from '../../cli/io/read-xlsx';
import { readCsv } from '../../cli/io/read-csv';
import { loadInput } from '../../cli/load-input';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TODAY = '2026-12-03';
const SHEET = [
  '姓名,手机,省份,公司,负责人,最近联系,消费金额',
  '张伟,13812345678,上海,上海蓝海贸易有限公司,王芳,2026-11-20,12000',
  '李娜,13987654321,江苏,南京远航科技有限公司,赵磊,2026-10-02,3000',
  '刘洋,13700001111,广东,广州万通实业有限公司,王芳,2026-06-15,150000',
].join('\r\n');
const SETTINGS = {
  classify: {
    custom: [{
      id: 'region',
      label: { 'zh-CN': '大区', en: 'Region' },
      levels: [
        { id: 'east', label: { 'zh-CN': '华东', en: 'East' }, when: { field: 'province', op: 'in', value: ['上海', '江苏', '浙江'] } },
        { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
      ],
    }],
  },
};

async function clean(input: string, out: string, ...more: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', TODAY, '--json', `${out}.json`, ...more], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return io.out;
}

async function gridOf(file: string): Promise<Grid> {
  return file.endsWith('.csv') ? readCsv(readFileSync(path.join(dir, file)), file) : (await readXlsx(path.join(dir, file))).grid;
}

/** The texts of the column headed `header`, one per row below the header. */
async function column(file: string, header: string): Promise<string[]> {
  const rows = (await gridOf(file)).cells.map((r) => r.map((c) => cellText(c)));
  return rows.slice(1).map((r) => r[rows[0].indexOf(header)] ?? '');
}

const report = (out: string) => JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) as {
  columns: { header: string; field: string | null }[];
  problems: { code: string; message: string }[];
};

describe.each([
  ['xlsx', 'xlsx'],
  ['csv', 'csv'],
  ['xlsx', 'csv'],
  ['csv', 'xlsx'],
] as const)('大区 added by a run with -c, the file written as %s, cleaned again without -c into %s', (first, second) => {
  it('is the run\'s own: not an unrecognised column of the user\'s, kept as it was, with a note saying why and how to update it', async () => {
    writeFileSync(path.join(dir, '客户.csv'), SHEET);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    await clean('客户.csv', `run1.${first}`, '-c', 'settings.json');
    expect(await column(`run1.${first}`, '大区')).toEqual(['华东', '华东', '其他']);

    const out = await clean(`run1.${first}`, `run2.${second}`);
    expect(out).not.toContain('未识别的列');
    // A CSV's sheet is named after its file (run1), a workbook's is 客户.
    expect(out).toMatch(/“(客户|run1)”中的 大区 列是之前一次运行按设置中的自定义分类规则（classify.custom）添加的；这次的设置里没有写出这些列的规则，所以它们按原样保留，没有重新计算/);
    expect(report(`run2.${second}`).problems.map((p) => p.code)).toContain('run.keptRuleColumns');
    expect(await column(`run2.${second}`, '大区')).toEqual(['华东', '华东', '其他']);

    // And the run after that still knows it: recorded again by the run that kept it.
    const third = await clean(`run2.${second}`, `run3.${first}`);
    expect(third).toMatch(/”中的 大区 列是之前一次运行/);
    expect(third).not.toContain('未识别的列');
  });
});

/**
 * The record's lines of column titles: [sheet, title]. The lines below them, with no title, hold the
 * classes the run wrote in its rows (tests/cli/hand-set-classes.test.ts).
 */
const titleLines = (sheet: ExcelJS.Worksheet | undefined) =>
  sheet?.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1)).filter((line) => line[1] !== undefined && line[1] !== '');

describe('where the record is kept', () => {
  it('in an .xlsx, a very hidden sheet that survives the workbook being saved again, naming the sheet and the column', async () => {
    writeFileSync(path.join(dir, '客户.csv'), SHEET);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    await clean('客户.csv', 'run1.xlsx', '-c', 'settings.json');
    // The user opens it and saves it (here exceljs, which Excel's save resembles for a hidden sheet: kept).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'run1.xlsx'));
    const record = book.worksheets.find((w) => w.state === 'veryHidden');
    expect(titleLines(record)).toEqual([
      ['工作表 / Sheet', '运行添加的列 / Column a run added'],
      ['客户', '大区'],
    ]);
    // Not one of the sheets the summary or a user sees, and never cleaned in the customers' place.
    expect((await readXlsx(path.join(dir, 'run1.xlsx'))).worksheet.name).toBe('客户');
    await book.xlsx.writeFile(path.join(dir, 'saved.xlsx'));
    expect(await clean('saved.xlsx', 'run2.xlsx')).toContain('“客户”中的 大区 列是之前一次运行');
    // Each rerun rewrites the sheet's lines, never adds a second copy of them; in English its rule's title is Region.
    await clean('run2.xlsx', 'run3.xlsx', '-c', 'settings.json', '--lang', 'en');
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(path.join(dir, 'run3.xlsx'));
    expect(titleLines(again.getWorksheet('_SheetKeeper'))).toEqual([
      ['工作表 / Sheet', '运行添加的列 / Column a run added'],
      ['客户', 'Region'],
    ]);
  });

  it('next to a CSV, <base>.columns.csv; a run with no rule column to record writes none', async () => {
    writeFileSync(path.join(dir, '客户.csv'), SHEET);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    await clean('客户.csv', 'plain.csv');
    expect(existsSync(path.join(dir, 'plain.columns.csv'))).toBe(false);
    const out = await clean('客户.csv', 'run1.csv', '-c', 'settings.json');
    expect(out).toContain('run1.columns.csv');
    expect(readFileSync(path.join(dir, 'run1.columns.csv'), 'utf8')).toBe('\uFEFF运行添加的列 / Column a run added\r\n大区\r\n');
  });

  it('in a workbook of one tab per rep, each tab\'s lines, known for the other tabs too when they are compared with the one cleaned', async () => {
    const book = new ExcelJS.Workbook();
    const rows = SHEET.split('\r\n').map((line) => line.split(','));
    for (const [name, from, to] of [['张三', 1, 3], ['李四', 3, 4]] as const) book.addWorksheet(name).addRows([rows[0], ...rows.slice(from, to)]);
    await book.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    await clean('reps.xlsx', 'run1.xlsx', '--sheet', '张三', '-c', 'settings.json');
    await clean('run1.xlsx', 'run2.xlsx', '--sheet', '李四', '-c', 'settings.json');
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path.join(dir, 'run2.xlsx'));
    expect(titleLines(written.getWorksheet('_SheetKeeper'))?.slice(1)).toEqual([['张三', '大区'], ['李四', '大区']]);
    const loaded = await loadInput(path.join(dir, 'run2.xlsx'), '张三');
    expect(loaded.grid.ownColumns).toEqual(['大区']);
    expect(loaded.otherGrids?.().map((g) => [g.sheetName, g.ownColumns])).toEqual([['李四', ['大区']]]);
  });

  it('a 大区 the user typed into a sheet no run recorded stays his', async () => {
    // A sheet that has the run's columns (整理问题 …) from runs without rules, and his own 大区 typed after them.
    writeFileSync(path.join(dir, '客户.csv'), SHEET);
    await clean('客户.csv', 'run1.csv');
    const typed = readFileSync(path.join(dir, 'run1.csv'), 'utf8').split('\r\n').map((line, i) => (line === '' ? line : `${line},${i === 0 ? '大区' : '沪一区'}`)).join('\r\n');
    writeFileSync(path.join(dir, 'typed.csv'), typed);
    await clean('typed.csv', 'run2.csv');
    expect(report('run2.csv').problems.map((p) => p.code)).not.toContain('run.keptRuleColumns');
    expect(await column('run2.csv', '大区')).toEqual(['沪一区', '沪一区', '沪一区']);
  });
});

describe('a sheet or file of the user\'s under the record\'s name is never read or written over', () => {
  const TODO = [['日期', '事项', '负责人'], ['2026-11-01', '盘点客户表', '王芳'], ['2026-11-15', '年底回访名单', '赵磊']];
  const valuesOf = (sheet: ExcelJS.Worksheet | undefined) => sheet?.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

  it('his own sheet _SheetKeeper (a to-do list) stays as it was; the record goes to a hidden sheet of a free name, said in the summary, and the rerun knows 大区', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('客户').addRows(SHEET.split('\r\n').map((line) => line.split(',')));
    book.addWorksheet('_SheetKeeper').addRows(TODO);
    await book.xlsx.writeFile(path.join(dir, 'mine.xlsx'));
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    const out = await clean('mine.xlsx', 'run1.xlsx', '-c', 'settings.json');
    expect(out).toContain('工作簿中已有一张名为“_SheetKeeper”的工作表，不是本工具的记录：它原样保留；本工具把它添加的列记在隐藏的工作表“_SheetKeeper2”中。');

    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path.join(dir, 'run1.xlsx'));
    expect(valuesOf(written.getWorksheet('_SheetKeeper'))).toEqual(TODO);
    expect(written.getWorksheet('_SheetKeeper')?.state).toBe('visible');
    expect(written.getWorksheet('_SheetKeeper2')?.state).toBe('veryHidden');
    expect(titleLines(written.getWorksheet('_SheetKeeper2'))).toEqual([['工作表 / Sheet', '运行添加的列 / Column a run added'], ['客户', '大区']]);

    // The rerun without -c reads the record where it is, leaves his sheet alone again, and adds no third sheet.
    const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
    expect(await main(['clean', 'run1.xlsx', '--out', 'run2.xlsx', '--today', TODAY, '--lang', 'en'], io)).toBe(0);
    expect(io.out).not.toContain('Not read');
    expect(io.out).toContain('A sheet named "_SheetKeeper" is already in the workbook and is not this tool\'s record: it is left as it was; the columns this tool added are recorded in the hidden sheet "_SheetKeeper2" instead.');
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(path.join(dir, 'run2.xlsx'));
    expect(valuesOf(again.getWorksheet('_SheetKeeper'))).toEqual(TODO);
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('_SheetKeeper'))).toEqual(['_SheetKeeper', '_SheetKeeper2']);
    expect(await column('run2.xlsx', '大区')).toEqual(['华东', '华东', '其他']);
  });

  it('his own <out>.columns.csv (a list of column notes): refused before anything is written, naming it, in both languages', async () => {
    writeFileSync(path.join(dir, '客户.csv'), SHEET);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(SETTINGS));
    const his = '列名,说明\r\n姓名,客户姓名\r\n手机,11位手机号\r\n';
    writeFileSync(path.join(dir, 'run1.columns.csv'), his);
    for (const [env, said] of [
      [{ LANG: 'zh_CN.UTF-8' }, '文件“run1.columns.csv”已存在，但不是本工具写出的列记录（第一行不是“运行添加的列 / Column a run added”），无法把本次添加的列记进去。为免其中内容丢失，本次没有写出任何文件：请移走或改名该文件，或换一个 --out，然后再运行。'],
      [{ LANG: 'en_US.UTF-8' }, 'The file "run1.columns.csv" is already there, but it is not a record of added columns this tool wrote (its first line is not "运行添加的列 / Column a run added"), so the columns this run added cannot be recorded there. Nothing was written, so that nothing in it is lost. Move or rename that file, or choose another --out, and run again.'],
    ] as const) {
      const io = captureIo(dir, env);
      expect(await main(['clean', '客户.csv', '--out', 'run1.csv', '--today', TODAY, '-c', 'settings.json'], io)).toBe(1);
      expect(io.err).toContain(said);
    }
    expect(readFileSync(path.join(dir, 'run1.columns.csv'), 'utf8')).toBe(his);
    expect(existsSync(path.join(dir, 'run1.csv'))).toBe(false);
    expect(existsSync(path.join(dir, 'run1.reminders.csv'))).toBe(false);
  });
});
