/**
 * A sheet with no words to choose a language by (an empty workbook, rows left blank, numbers alone),
 * run where nothing else chose one (no --lang, no settings, a server's C locale): what is said of it is
 * said in Chinese and in English, as the reading line is, not in English alone; a language the user
 * chose, or a sheet's own words, still decide.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir, type Captured } from './helpers';

const C_LOCALE = { LANG: 'C.UTF-8' };
const TODAY = ['--today', '2024-12-01'];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function cli(argv: string[], env: Record<string, string>): Promise<{ code: number; io: Captured }> {
  const io = captureIo(dir, env);
  const code = await main([...argv, ...TODAY], io);
  return { code, io };
}

/** A workbook as Excel saves a new one: one sheet, Sheet1, no cells. */
async function emptyWorkbook(name: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await wb.xlsx.writeFile(path.join(dir, name));
}

const EMPTY_ZH = '工作表“Sheet1”是空的，没有可整理的内容。';
const EMPTY_EN = 'The sheet "Sheet1" is empty: there is nothing to clean.';

describe('an empty workbook under a C locale, no --lang', () => {
  it('is refused in Chinese and in English, and its progress lines are said in both', async () => {
    await emptyWorkbook('客户名单.xlsx');
    const { code, io } = await cli(['clean', '客户名单.xlsx'], C_LOCALE);
    expect(code).toBe(1);
    expect(io.err).toContain(`${EMPTY_ZH}\n${EMPTY_EN}\n`);
    expect(io.err).toContain('已从工作表“Sheet1”读取 0 行。 / Read 0 rows from sheet "Sheet1".');
  });

  it('under --quiet, the refusal alone, in both', async () => {
    await emptyWorkbook('客户名单.xlsx');
    const { io } = await cli(['clean', '客户名单.xlsx', '--quiet'], C_LOCALE);
    expect(io.err).toBe(`${EMPTY_ZH}\n${EMPTY_EN}\n`);
  });

  it('speaks the language the user chose, --lang or a Chinese locale, and it alone', async () => {
    await emptyWorkbook('客户名单.xlsx');
    expect((await cli(['clean', '客户名单.xlsx', '--quiet', '--lang', 'zh-CN'], C_LOCALE)).io.err).toBe(`${EMPTY_ZH}\n`);
    expect((await cli(['clean', '客户名单.xlsx', '--quiet'], { LANG: 'zh_CN.UTF-8' })).io.err).toBe(`${EMPTY_ZH}\n`);
    expect((await cli(['clean', '客户名单.xlsx', '--quiet', '--lang', 'en'], C_LOCALE)).io.err).toBe(`${EMPTY_EN}\n`);
  });
});

describe('the other early refusals of a sheet, under a C locale', () => {
  it('a CSV of blank rows (,,) is empty, said in both', async () => {
    writeFileSync(path.join(dir, 'export.csv'), ',,\r\n,,\r\n');
    const { io } = await cli(['clean', 'export.csv', '--quiet'], C_LOCALE);
    expect(io.err).toBe('工作表“export”是空的，没有可整理的内容。\nThe sheet "export" is empty: there is nothing to clean.\n');
  });

  it('a sheet of numbers alone has no header, said in both', async () => {
    writeFileSync(path.join(dir, 'numbers.csv'), '13812345678,56000\r\n13912345678,12000\r\n');
    const { io } = await cli(['clean', 'numbers.csv', '--quiet'], C_LOCALE);
    const lines = io.err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^在“numbers”中没有找到表头/);
    expect(lines[1]).toMatch(/^No header row found in "numbers"/);
  });

  it('a Chinese title row alone is said in Chinese: the sheet\'s words choose', async () => {
    writeFileSync(path.join(dir, 'title.csv'), '2024年华东区客户名单,,\r\n');
    const { io } = await cli(['clean', 'title.csv', '--quiet'], C_LOCALE);
    expect(io.err).toMatch(/^在“title”中没有找到表头：[^\n]*\n$/);
  });

  it('an English title row alone is said in English', async () => {
    writeFileSync(path.join(dir, 'title.csv'), 'Customer list 2024,,\r\n');
    const { io } = await cli(['clean', 'title.csv', '--quiet'], C_LOCALE);
    expect(io.err).toMatch(/^No header row found in "title":[^\n]*\n$/);
  });

  it('a file that is no workbook is said in both, as before', async () => {
    writeFileSync(path.join(dir, '客户.xlsx'), 'not a zip');
    const { io } = await cli(['clean', '客户.xlsx', '--quiet'], C_LOCALE);
    const lines = io.err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^“客户.xlsx”不是 Excel 工作簿/);
    expect(lines[1]).toMatch(/^"客户.xlsx" is not an Excel workbook/);
  });
});
