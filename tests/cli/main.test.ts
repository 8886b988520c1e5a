import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cellText, t } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { main } from '../../cli/main';
import { say } from '../../cli/messages';
import { captureIo, fixture, tempDir, type Captured } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(fixture('customers-utf8.csv'), path.join(dir, 'customers.csv'));
});
afterEach(() => cleanup());

const TODAY = ['--today', '2024-06-01'];

async function cli(argv: string[], env?: Record<string, string>): Promise<{ code: number; io: Captured }> {
  const io = captureIo(dir, env);
  const code = await main(argv, io);
  return { code, io };
}

/** Expected failures are one message (plus usage for exit 2), never a stack trace. */
function expectNoStack(io: Captured) {
  expect(io.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(io.err).not.toMatch(/Error:/);
}

describe('main: usage errors exit 2', () => {
  it.each([
    [[], 'cli.missingInput', {}],
    [['fix', 'customers.csv'], 'cli.unknownCommand', { command: 'fix' }],
    [['clean'], 'cli.missingInput', {}],
    [['clean', 'a.csv', 'b.csv'], 'cli.extraArgs', { extra: 'b.csv' }],
    [['clean', 'customers.csv', '--lang', 'fr'], 'cli.badLang', { value: 'fr' }],
    [['clean', 'customers.csv', '--today', '2024-13-01'], 'cli.badToday', { value: '2024-13-01' }],
    [['clean', 'customers.csv', '--today', '2024/06/01'], 'cli.badToday', { value: '2024/06/01' }],
    [['clean', 'customers.csv', '--out', 'cleaned.txt'], 'cli.badOut', { value: 'cleaned.txt' }],
    [['clean', 'customers.csv', '--out', 'customers.csv'], 'cli.outIsInput', { path: 'customers.csv' }],
    [['clean', 'customers.csv', '--out', './sub/../customers.csv'], 'cli.outIsInput', { path: './sub/../customers.csv' }],
    [['clean', 'customers.csv', '--json', 'customers.csv'], 'cli.jsonIsInput', { path: 'customers.csv' }],
    [['clean', 'customers.csv', '--out', 'out.xlsx', '--json', 'out.xlsx'], 'cli.jsonIsOutput', { path: 'out.xlsx' }],
    [['clean', 'customers.csv', '--out', 'out.csv', '--json', 'out.archive.csv', '--merge'], 'cli.jsonIsCompanion.archive', { path: 'out.archive.csv', out: 'out.csv' }],
    [['clean', 'customers.csv', '--out', 'out.csv', '--json', 'out.reminders.csv'], 'cli.jsonIsCompanion.reminders', { path: 'out.reminders.csv', out: 'out.csv' }],
  ])('%j → %s', async (argv, key, params) => {
    const before = readFileSync(path.join(dir, 'customers.csv'));
    const { code, io } = await cli(argv);
    expect(code).toBe(2);
    expect(io.err.startsWith(say('en', key, params) + '\n')).toBe(true);
    expect(io.err).toContain('Usage: sheet-keeper clean');
    expect(io.out).toBe('');
    expectNoStack(io);
    expect(readFileSync(path.join(dir, 'customers.csv')).equals(before)).toBe(true);
  });

  it('refuses a CSV output whose companion file would be the input', async () => {
    copyFileSync(path.join(dir, 'customers.csv'), path.join(dir, 'c.archive.csv'));
    const before = readFileSync(path.join(dir, 'c.archive.csv'));
    const { code, io } = await cli(['clean', 'c.archive.csv', '--out', 'c.csv', '--merge']);
    expect(code).toBe(2);
    expect(io.err.startsWith(say('en', 'cli.companionIsInput', { path: 'c.archive.csv' }) + '\n')).toBe(true);
    expect(readFileSync(path.join(dir, 'c.archive.csv')).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'c.csv'))).toBe(false);
  });

  it('rejects an unknown option by name', async () => {
    const { code, io } = await cli(['clean', 'customers.csv', '--fast']);
    expect(code).toBe(2);
    expect(io.err.startsWith('Unknown option --fast. The options are listed below.\n')).toBe(true);
    expectNoStack(io);
  });

  it.each([
    [['--bogus'], '未知选项 --bogus。可用的选项见下面的说明。'],
    [['--ouput', 'x.xlsx'], '未知选项 --ouput。您是想用 --out 吗？'],
    [['--out'], '选项 --out 后面需要给出值'],
    [['--merge=yes'], '选项 --merge 是开关，不带值（收到“yes”）'],
  ])('speaks zh-CN for %j under --lang zh-CN, one line, no Node text', async (extra, expected) => {
    const { code, io } = await cli(['clean', 'customers.csv', '--lang', 'zh-CN', ...extra]);
    expect(code).toBe(2);
    expect(io.err.startsWith(expected)).toBe(true);
    expect(io.err).toContain('用法：sheet-keeper clean');
    // Node's parser says "Unknown option '--bogus'", "ambiguous" with a \x0a, "does not take an argument".
    expect(io.err).not.toMatch(/Unknown option '|ambiguous|does not take an argument|\\x0a/);
    expect(io.out).toBe('');
  });

  // A script's `--json=$REPORT` with the variable unset: no value, said as for `--json` alone, and
  // nothing read or written (not a run that cleans the sheet and then fails on a path of "").
  it.each(['--json=', '--out=', '--today=', '--sheet=', '--config=', '--lang='])(
    '%s (an empty value after "=") is a usage error as the option alone is, in en and zh-CN',
    async (arg) => {
      const option = arg.slice(0, -1);
      for (const lang of ['en', 'zh-CN'] as const) {
        const { code, io } = await cli(['clean', 'customers.csv', arg, '--lang', lang]);
        expect(code).toBe(2);
        expect(io.err.startsWith(say(lang, 'cli.missingValue', { option }) + '\n')).toBe(true);
        expect(io.out).toBe('');
        expectNoStack(io);
      }
      expect(readdirSync(dir)).toEqual(['customers.csv']);
    },
  );

  it.each([
    ['en', ['-dash'], 'Unknown option -dash (an option of several letters starts with two dashes; they are listed below). If it is a file, write ./-dash or put -- before it: sheet-keeper clean -- -dash'],
    ['zh-CN', ['-dash'], '未知选项 -dash（多个字母的选项以两个短横线开头，见下面的说明）。如果这是文件名，请写成 ./-dash，或在它前面加上 --：sheet-keeper clean -- -dash'],
    ['en', ['-o=x.csv'], '"-o=x.csv": a short option takes its value after a space, so this would name the file "=x.csv". Write -o x.csv or --out=x.csv.'],
    ['zh-CN', ['-o=x.csv'], '“-o=x.csv”：短选项的值要用空格隔开，这样写会把文件命名为“=x.csv”。请写成 -o x.csv 或 --out=x.csv。'],
  ])('says what was typed and what to type instead (%s, %j), writing nothing', async (lang, extra, expected) => {
    const { code, io } = await cli(['clean', 'customers.csv', '--lang', lang, ...TODAY, ...extra]);
    expect(code).toBe(2);
    expect(io.err.startsWith(expected + '\n')).toBe(true);
    expect(io.err).not.toContain('-d.');
    expectNoStack(io);
    expect(readdirSync(dir)).toEqual(['customers.csv']);
  });

  it('speaks the last --lang given twice (an alias\'s --lang zh-CN, then --lang en typed after it), its usage errors too', async () => {
    const usage = await cli(['clean', 'customers.csv', '--lang', 'en', '--lang', 'zh-CN', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.io.err.startsWith('未知选项 --bogus。')).toBe(true);
    expect(usage.io.err).toContain('用法：sheet-keeper clean');
    const run = await cli(['clean', 'customers.csv', '--lang', 'zh-CN', '--lang', 'en', '-q', ...TODAY]);
    expect(run.code).toBe(0);
    expect(run.io.out).toContain('Cleaned "customers.csv"');
  });

  it('prints help on stdout and exits 0', async () => {
    const { code, io } = await cli(['--help']);
    expect(code).toBe(0);
    expect(io.out).toBe(say('en', 'cli.usage') + '\n');
    const zh = await cli(['-h'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.io.out).toContain('用法：sheet-keeper clean');
  });
});

describe('a sheet whose file name starts with a dash (-客户.csv, exported as "-" plus the list\'s name)', () => {
  beforeEach(() => {
    copyFileSync(path.join(dir, 'customers.csv'), path.join(dir, '-客户.csv'));
    copyFileSync(path.join(dir, 'customers.csv'), path.join(dir, '-old.csv'));
  });

  it.each([
    [['--', '-客户.csv'], '-客户.cleaned.xlsx', 'after --, the end of options (POSIX)'],
    [['--quiet', '--', '-客户.csv'], '-客户.cleaned.xlsx', 'options before --'],
    [['./-客户.csv'], '-客户.cleaned.xlsx', 'written as a path'],
    [['--', '-old.csv'], '-old.cleaned.xlsx', 'a name that reads as -o and a value'],
  ])('is cleaned when given as %j (%s)', async (args, output) => {
    const { code, io } = await cli(['clean', ...TODAY, ...args]);
    expect(code).toBe(0);
    expectNoStack(io);
    expect(existsSync(path.join(dir, output))).toBe(true);
  });

  it.each([
    ['en', 'Unknown option -客户.csv; if it is a file, write ./-客户.csv or put -- before it: sheet-keeper clean -- -客户.csv'],
    ['zh-CN', '未知选项 -客户.csv；如果这是文件名，请写成 ./-客户.csv，或在它前面加上 --：sheet-keeper clean -- -客户.csv'],
  ])('given bare, is refused naming the file and the two ways to give it, not as "unknown option -客" (%s)', async (lang, message) => {
    const { code, io } = await cli(['clean', '-客户.csv', '--lang', lang, ...TODAY]);
    expect(code).toBe(2);
    expect(io.err.startsWith(message + '\n')).toBe(true);
    expectNoStack(io);
    expect(readdirSync(dir).sort()).toEqual(['-old.csv', '-客户.csv', 'customers.csv']);
  });

  it('named like a sheet but not there (a typo), is still said to be maybe a file', async () => {
    const { code, io } = await cli(['clean', '-dash.csv', ...TODAY]);
    expect(code).toBe(2);
    expect(io.err.startsWith(say('en', 'cli.unknownOptionFile', { option: '-dash.csv' }) + '\n')).toBe(true);
  });

  it.each(['en', 'zh-CN'] as const)('whose name reads as real options (-old.csv: -o and "ld.csv"), is refused when the file is here, not taken as --out (%s)', async (lang) => {
    const { code, io } = await cli(['clean', '-old.csv', '--lang', lang, ...TODAY]);
    expect(code).toBe(2);
    expect(io.err.startsWith(say(lang, 'cli.optionsLikeFile', { option: '-old.csv', name: '--out' }) + '\n')).toBe(true);
    expect(io.err).toContain('./-old.csv');
    expect(readdirSync(dir).sort()).toEqual(['-old.csv', '-客户.csv', 'customers.csv']);
  });

  it('leaves -ob.csv an output when no file is so named (the short option and its value)', async () => {
    const { code } = await cli(['clean', 'customers.csv', '-ob.csv', '-q', ...TODAY]);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'b.csv'))).toBe(true);
  });
});

describe('main: unusable input exits 1 with a clear, localized message', () => {
  async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(path.join(dir, name));
  }

  it.each([
    ['en', 'The file "nope.csv" does not exist'],
    ['zh-CN', '文件“nope.csv”不存在'],
  ] as const)('a missing file (%s)', async (lang, message) => {
    const { code, io } = await cli(['clean', 'nope.csv', '--lang', lang]);
    expect(code).toBe(1);
    expect(io.err).toContain(message);
    expectNoStack(io);
  });

  it('a folder instead of a file', async () => {
    const { code, io } = await cli(['clean', '.', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain(say('en', 'cli.isDirectory', { path: '.' }));
  });

  it('an old .xls workbook', async () => {
    writeFileSync(path.join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const { code, io } = await cli(['clean', 'old.xls']);
    expect(code).toBe(1);
    expect(io.err).toContain(say('en', 'cli.xlsOld', { path: 'old.xls' }));
  });

  it('a password-protected .xlsx (Excel stores it as an OLE2 compound file)', async () => {
    writeFileSync(path.join(dir, 'secret.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const { code, io } = await cli(['clean', 'secret.xlsx', '--quiet']);
    expect(code).toBe(1);
    expect(io.err).toBe(say('en', 'cli.encrypted', { path: 'secret.xlsx' }) + '\n');
  });

  it('a damaged .xlsx (a zip that stops before its directory)', async () => {
    writeFileSync(path.join(dir, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    const { code, io } = await cli(['clean', 'broken.xlsx', '--quiet']);
    expect(code).toBe(1);
    expect(io.err).toBe(say('en', 'cli.truncatedXlsx', { path: 'broken.xlsx' }) + '\n');
    expectNoStack(io);
  });

  it('a CSV whose stray quote would fold the rest of the file into one cell, naming the line and field, not the customer, and writing nothing', async () => {
    writeFileSync(path.join(dir, '客户.csv'), '姓名,手机,备注\r\n张三,13812345678,"VIP"老客户\r\n李四,13912345678,普通\r\n王五,13712345678,新客户\r\n');
    const { code, io } = await cli(['clean', '客户.csv', '--out', 'out.csv', '--lang', 'zh-CN', '--quiet', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('“客户.csv”第 2 行第 3 个值（“备注”列）中有一个没有正确闭合的引号（"）。');
    expect(io.err).not.toContain('张三');
    expect(io.out).toBe('');
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
    expectNoStack(io);
  });

  it('a CSV cell longer than an Excel cell takes, for an .xlsx output: refused naming the cell, nothing cut; a CSV output takes it whole', async () => {
    const notes = '跟进记录：'.padEnd(40000, '。');
    writeFileSync(path.join(dir, '长备注.csv'), `姓名,手机,备注\r\n张三,13812345678,${notes}\r\n`);
    const { code, io } = await cli(['clean', '长备注.csv', '--out', 'long.xlsx', '--lang', 'en', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('cell C2 holds 40000 characters, more than the 32767');
    // Refused before the progress says anything is being written.
    expect(io.err).not.toContain('Writing');
    expect(existsSync(path.join(dir, 'long.xlsx'))).toBe(false);
    expectNoStack(io);
    const csv = await cli(['clean', '长备注.csv', '--out', 'long.csv', '--quiet', ...TODAY]);
    expect(csv.code).toBe(0);
    expect(readFileSync(path.join(dir, 'long.csv'), 'utf8')).toContain(notes);
  });

  it('a sheet of many over-long cells: refused before the cleaning starts, naming the first ten and counting them all', async () => {
    // A CRM export whose 跟进记录 column holds years of notes: twelve members' run past Excel's limit.
    const rows = Array.from({ length: 14 }, (_, i) => `会员${i + 1},138123456${String(i).padStart(2, '0')},${i < 12 ? '跟进记录：'.padEnd(33000 + i, '。') : '新会员'}`);
    writeFileSync(path.join(dir, '会员.csv'), ['会员姓名,手机号,跟进记录', ...rows].join('\r\n') + '\r\n');
    const { code, io } = await cli(['clean', '会员.csv', '--out', '会员.xlsx', '--lang', 'en', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('Not written: 12 cells hold more than the 32767 characters an Excel cell can take');
    expect(io.err).toContain(': C2 (33000), C3 (33001), C4 (33002), C5 (33003), C6 (33004), C7 (33005), C8 (33006), C9 (33007), C10 (33008), C11 (33009), … (each with its length)');
    expect(io.err).not.toContain('C12 (');
    expect(io.err).not.toContain('Cleaning');
    expect(existsSync(path.join(dir, '会员.xlsx'))).toBe(false);
    expectNoStack(io);
  });

  it('a file type it does not read', async () => {
    writeFileSync(path.join(dir, 'customers.pdf'), '%PDF-1.4');
    const { code, io } = await cli(['clean', 'customers.pdf']);
    expect(code).toBe(1);
    expect(io.err).toContain(say('en', 'cli.unsupportedType', { path: 'customers.pdf' }));
  });

  it('an unknown sheet, listing the sheets there are', async () => {
    copyFileSync(fixture('customers-lo.xlsx'), path.join(dir, 'lo.xlsx'));
    const { code, io } = await cli(['clean', 'lo.xlsx', '--sheet', 'Sheet9', '--lang', 'zh-CN', '--quiet']);
    expect(code).toBe(1);
    expect(io.err).toBe('工作簿中没有名为“Sheet9”的工作表。现有工作表：“客户”, “说明”。\n');
  });

  it('an unknown sheet of a Chinese workbook in Chinese, under a locale that names no language', async () => {
    copyFileSync(fixture('customers-lo.xlsx'), path.join(dir, 'lo.xlsx'));
    const zh = await cli(['clean', 'lo.xlsx', '--sheet', '王五', '--quiet'], { LANG: 'C.UTF-8' });
    expect(zh.code).toBe(1);
    expect(zh.io.err).toBe('工作簿中没有名为“王五”的工作表。现有工作表：“客户”, “说明”。\n');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Customers').addRows([['Name', 'Mobile'], ['Ann Lee', '+1 415 555 0100']]);
    await wb.xlsx.writeFile(path.join(dir, 'en.xlsx'));
    const en = await cli(['clean', 'en.xlsx', '--sheet', 'West', '--quiet'], { LANG: 'C.UTF-8' });
    expect(en.io.err).toBe(say('en', 'cli.unknownSheet', { sheet: 'West', sheets: '“Customers”' }) + '\n');
  });

  it('an empty sheet', async () => {
    writeFileSync(path.join(dir, 'empty.csv'), '');
    const { code, io } = await cli(['clean', 'empty.csv', '--quiet', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toBe(t('en', 'sheet.empty', { sheet: 'empty' }) + '\n');
  });

  it('a sheet without a header row', async () => {
    writeFileSync(path.join(dir, 'numbers.csv'), '1,2,3\n4,5,6\n7,8,9\n');
    const { code, io } = await cli(['clean', 'numbers.csv', '--quiet', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err.split('\n')).toHaveLength(2);
    expect(io.err).not.toMatch(/sheet\.\w+/);
    expectNoStack(io);
  });

  it('merged cells in the table', async () => {
    await workbook('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('客户');
      ws.addRow(['姓名', '手机', '城市']);
      ws.addRow(['张伟', '13812345678', '北京']);
      ws.addRow(['李娜', '13912345678', '']);
      ws.mergeCells('C2:C3');
    });
    const { code, io } = await cli(['clean', 'merged.xlsx', '--quiet', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('C2:C3');
    expect(existsSync(path.join(dir, 'merged.cleaned.xlsx'))).toBe(false);
  });

  it.each([
    ['{"phone": {"format": "fancy"}}', 'settings.invalid'],
    ['{"headers": {"row": 0}}', 'settings.invalid'],
    ['{"colour": "blue"}', 'settings.invalid'],
  ])('invalid settings %s', async (json) => {
    writeFileSync(path.join(dir, 'settings.json'), json);
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'settings.json', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).not.toContain('settings.invalid');
    expect(io.err.trim().length).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'customers.cleaned.xlsx'))).toBe(false);
    expectNoStack(io);
  });

  it('settings that are not JSON', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '{ language: zh-CN }');
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'settings.json']);
    expect(code).toBe(1);
    expect(io.err).toMatch(/^The settings file "settings.json" is not valid JSON at line 1, column 3 \(.+\)\. JSON takes no comments/);
  });

  it('settings with a comment and a trailing comma: where, on which line', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '{\n  "phone": { "format": "e164" },\n  // our region\n  "language": "en",\n}');
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'settings.json']);
    expect(code).toBe(1);
    expect(io.err).toMatch(/^The settings file "settings.json" is not valid JSON at line 3, column 3 /);
  });

  it('settings whose first line is a comment: where, and that JSON takes none, as for a trailing comma', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '// 华东区客户表的设置\n{ "language": "en" }');
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'settings.json']);
    expect(code).toBe(1);
    expect(io.err).toMatch(/^The settings file "settings.json" is not valid JSON at line 1, column 1 \(.+\)\. JSON takes no comments \(\/\/\)/s);
    // A comment after a colon, a URL's // before it: the comment's place, not the URL's.
    writeFileSync(path.join(dir, 'settings.json'), '{\n  "notes": "see https://example.com",\n  "language": /* en or zh-CN */ "en"\n}');
    const second = await cli(['clean', 'customers.csv', '--config', 'settings.json']);
    expect(second.io.err).toMatch(/^The settings file "settings.json" is not valid JSON at line 3, column 15 /);
  });

  it('a settings file that writes one section twice: refused, since JSON would drop the first', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '{\n  "remind": { "birthday": { "daysAhead": 3 } },\n  "remind": { "stale": { "days": 90 } }\n}');
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'settings.json']);
    expect(code).toBe(1);
    expect(io.err).toBe('The settings file "settings.json" writes remind twice: JSON keeps only the last, so the first would do nothing. Put the two together.\n');
  });

  it('a settings file that is a folder', async () => {
    mkdirSync(path.join(dir, 'conf'));
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'conf']);
    expect(code).toBe(1);
    expect(io.err).toBe('"conf" (--config) is a folder, not a settings file (.json).\n');
  });

  it('a settings file that does not exist', async () => {
    const { code, io } = await cli(['clean', 'customers.csv', '--config', 'missing.json']);
    expect(code).toBe(1);
    expect(io.err).toBe('The settings file "missing.json" (--config) does not exist.\n');
  });

  it('an output that cannot be written', async () => {
    writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
    const { code, io } = await cli(['clean', 'customers.csv', '--out', 'taken/out.xlsx', '--quiet', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toMatch(/^Cannot write "taken\/out.xlsx": E\w+: .+\.\n$/);
    expectNoStack(io);
  });

  describe('a JSON report that cannot be written: nothing is written, so a script can fix the path and run again', () => {
    // A month's sheet with 张伟 typed twice: --merge moves one row to the archive beside the cleaned CSV.
    const sheet = ['姓名,手机,公司,最近联系', '张伟,13800138000,湘旺商贸,2024-05-10', '张伟,138 0013 8000,湘旺商贸,2024-05-10', '李娜,13900139000,华南物流,2024-04-02'].join('\n');
    beforeEach(() => writeFileSync(path.join(dir, '客户.csv'), sheet));

    it.each([
      ['.csv', ['out.csv', 'out.archive.csv']],
      ['.xlsx', ['out.xlsx']],
    ])('its folder cannot be made (a file stands there): exit 1, the reason, and no %s output', async (ext, outputs) => {
      writeFileSync(path.join(dir, 'reports'), 'a file, not a folder');
      const { code, io } = await cli(['clean', '客户.csv', '--out', `out${ext}`, '--json', 'reports/report.json', '--merge', '--quiet', ...TODAY]);
      expect(code).toBe(1);
      expect(io.err).toMatch(/^Cannot write "reports\/report.json": E\w+: .+\.\n$/);
      expectNoStack(io);
      for (const file of outputs) expect(existsSync(path.join(dir, file))).toBe(false);
      expect(readdirSync(dir).sort()).toEqual(['customers.csv', 'reports', '客户.csv']);
    });

    it('a folder stands in its place: the cleaned files of an earlier run stay as they were', async () => {
      expect((await cli(['clean', '客户.csv', '--out', 'out.csv', '--merge', '--quiet', ...TODAY])).code).toBe(0);
      const before = ['out.csv', 'out.archive.csv'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
      writeFileSync(path.join(dir, '客户.csv'), sheet + '\n王芳,13700137000,湘旺商贸,2024-05-20');
      mkdirSync(path.join(dir, 'report.json'));
      const { code, io } = await cli(['clean', '客户.csv', '--out', 'out.csv', '--json', 'report.json', '--merge', '--quiet', ...TODAY]);
      expect(code).toBe(1);
      expect(io.err).toMatch(/^Cannot write "report.json": E\w+: .+\.\n$/);
      expect(['out.csv', 'out.archive.csv'].map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
      expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    });
  });

  it('an unexpected failure is one line and exit 1', async () => {
    const io = captureIo(dir);
    io.now = () => {
      throw new Error('clock stopped\n    at somewhere (file.ts:1:1)');
    };
    const code = await main(['clean', 'customers.csv'], io);
    expect(code).toBe(1);
    expect(io.err.split('\n').filter((l) => l.startsWith('Unexpected'))).toEqual([
      'Unexpected error: clock stopped. Nothing was written over your input; please report this.',
    ]);
    expectNoStack(io);
  });
});

describe('main: a successful run', () => {
  it('writes <input>.cleaned.xlsx next to the input and prints a summary', async () => {
    const before = readFileSync(path.join(dir, 'customers.csv'));
    const { code, io } = await cli(['clean', 'customers.csv', ...TODAY]);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'customers.cleaned.xlsx'))).toBe(true);
    expect(io.out).toMatch(/^Cleaned "customers.csv" \(sheet "customers", header in row 1\)\.\n/);
    expect(io.out).toContain('Rows: 8');
    expect(io.out).toMatch(/Values fixed: \d+/);
    expect(io.out).toContain('Output: customers.cleaned.xlsx\n');
    expect(io.err).toContain('Reading customers.csv');
    expect(io.err).toContain('Writing 8 rows to customers.cleaned.xlsx');
    expect(readFileSync(path.join(dir, 'customers.csv')).equals(before)).toBe(true);
  });

  it('writes a CSV and a JSON report where asked, creating folders, and stays quiet with --quiet', async () => {
    const { code, io } = await cli(['clean', 'customers.csv', '--out', 'out/clean.csv', '--json', 'out/report.json', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    expect(io.err).toBe('');
    const csv = readFileSync(path.join(dir, 'out/clean.csv'));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, input: 'customers.csv', output: 'out/clean.csv', today: '2024-06-01', language: 'en' });
    expect(report.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(io.out).toContain('Report (JSON): out/report.json');
    // 00123 … in the customer-ID column and the 18-digit ID in the notes column.
    expect(io.out).toMatch(/Careful: \d+ values .* lose digits/);
  });

  it.each([
    ['en', '2 values starting with = + - or @ (2 in "Phone") are written with a leading apostrophe'],
    ['zh-CN', '有 2 个以 = + - 或 @ 开头的值（“Phone”列 2 个）前加了一个撇号'],
  ] as const)('says how many values a CSV output carries with the formula guard\'s apostrophe (%s)', async (lang, said) => {
    writeFileSync(path.join(dir, 'uk.csv'), 'Name,Phone,Notes\r\nOliver Smith,+44 20 7946 0958,VIP\r\nAmelia Jones,+44 161 496 0000,\r\nJack Brown,,call back\r\n');
    const { code, io } = await cli(['clean', 'uk.csv', '--out', 'uk.cleaned.csv', '--lang', lang, ...TODAY]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'uk.cleaned.csv'), 'utf8')).toContain("'+44 20 7946 0958");
    expect(io.out).toContain(said);
  });

  it('cleans an .xlsx, keeping its formulas', async () => {
    copyFileSync(fixture('customers-lo.xlsx'), path.join(dir, 'lo.xlsx'));
    const { code } = await cli(['clean', 'lo.xlsx', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'lo.cleaned.xlsx'));
    const ws = wb.getWorksheet('客户')!;
    expect(ws.getCell('F3').value).toEqual({ formula: 'F2*2', result: 25600 });
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(wb.getWorksheet('Issues')).toBeDefined();
  });

  it('leaves the numbers of a column it does not read numbers, so the sheet\'s own 合计 still adds them up', async () => {
    // The tester's key-account list: 信用额度, 账期(天) and 年度采购额 are no field of ours.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['公司名称', '联系人', '手机', '信用额度', '账期(天)', '年度采购额']);
    ws.addRow(['深圳甲公司', '张三', '13800138000', 0.5, 30, 1200000]);
    ws.addRow(['深圳乙公司', '李四', '13900139000', 0.8, 60, 2500000]);
    ws.addRow(['合计', '', '', '', '', { formula: 'SUM(F2:F3)', result: 3700000 }]);
    await wb.xlsx.writeFile(path.join(dir, 'accounts.xlsx'));
    const { code } = await cli(['clean', 'accounts.xlsx', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'accounts.cleaned.xlsx'));
    const sheet = out.getWorksheet('客户')!;
    expect([2, 3].map((r) => ['D', 'E', 'F'].map((c) => sheet.getCell(`${c}${r}`).value))).toEqual([[0.5, 30, 1200000], [0.8, 60, 2500000]]);
    expect(sheet.getCell('F2').numFmt ?? 'General').not.toBe('@');
    expect(sheet.getCell('F4').value).toEqual({ formula: 'SUM(F2:F3)', result: 3700000 });
  });

  it('writes a CSV\'s plain numbers in columns it does not read as numbers, as Excel would open them, and its codes as text', async () => {
    // A wedding studio's orders: 定金 and 尾款 are no field of ours; 卡号 and 邮编 are codes.
    writeFileSync(path.join(dir, 'studio.csv'), [
      '订单号,新郎,手机,合同金额,定金,尾款,邮编,卡号,备用电话',
      'HS20260301,刘强,13811112222,12800,3000,9800,010020,6222021234567890123,13911112222',
      'HS20260302,孙浩,18633334444,26800,"5,000",21800.5,518000,6222029876543210987,+86 139 2222 3333',
      ',,,合计,"8,000",31600.5,,,',
    ].join('\n'));
    expect((await cli(['clean', 'studio.csv', '--out', 'studio.xlsx', '--quiet', ...TODAY])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'studio.xlsx'));
    const ws = wb.worksheets[0];
    const at = (a: string) => ws.getCell(a).value;
    expect([at('E2'), at('F2'), at('E3'), at('F3')]).toEqual([3000, 9800, 5000, 21800.5]);
    // Its 合计 row too, so a SUM beside it agrees.
    expect([at('E4'), at('F4')]).toEqual([8000, 31600.5]);
    // A leading zero, a 19-digit card and a phone stay as typed.
    expect([at('G2'), at('H2'), at('I2'), at('I3')]).toEqual(['010020', '6222021234567890123', '13911112222', '13922223333']);
  });

  it('keeps a CSV column of codes it does not read as text whole when one of them has a leading zero', async () => {
    // A gym's members: the locker column is no field of ours; its numbers 10001 and 02134 are one kind of value.
    writeFileSync(path.join(dir, 'zips.csv'), [
      'First Name,Last Name,E-mail Address,Locker,Spouse',
      'Ann,Lee,ann@example.com,10001,',
      'Bob,Ray,bob@example.com,02134,',
      'Cy,Fox,cy@example.com,94105,',
    ].join('\n'));
    expect((await cli(['clean', 'zips.csv', '--out', 'zips.xlsx', '--quiet', ...TODAY])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'zips.xlsx'));
    const ws = wb.worksheets[0];
    expect(['D2', 'D3', 'D4'].map((a) => ws.getCell(a).value)).toEqual(['10001', '02134', '94105']);
  });

  it('cleans its own output again without adding a second issues column or sheet', async () => {
    expect((await cli(['clean', 'customers.csv', '--quiet', ...TODAY])).code).toBe(0);
    const again = await cli(['clean', 'customers.cleaned.xlsx', '--quiet', ...TODAY]);
    expect(again.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'customers.cleaned (2).xlsx'));
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name)).toEqual(['customers', 'Issues', 'Reminders', 'Report']);
    const headers = (wb.getWorksheet('customers')!.getRow(1).values as unknown[]).filter((v) => v === t('en', 'column.issues'));
    expect(headers).toHaveLength(1);
    expect(again.io.out).toContain('Values fixed: 0');
  });

  it('never writes over last week\'s workbook by default: a CSV saved from it, a browser\'s copy of it and the numbered output each write the next number', async () => {
    expect((await cli(['clean', 'customers.csv', '--quiet', ...TODAY])).code).toBe(0);
    const kept = path.join(dir, 'customers.cleaned.xlsx');
    // The workbook the user keeps, his notes on Reminders in it; he saves its first sheet as CSV for the shop system.
    const before = readFileSync(kept);
    copyFileSync(path.join(dir, 'customers.csv'), path.join(dir, 'customers.cleaned.csv'));
    expect((await cli(['clean', 'customers.cleaned.csv', '--quiet', ...TODAY])).code).toBe(0);
    // The browser's second download of the workbook.
    copyFileSync(kept, path.join(dir, 'customers.cleaned (1).xlsx'));
    expect((await cli(['clean', 'customers.cleaned (1).xlsx', '--quiet', ...TODAY])).code).toBe(0);
    expect((await cli(['clean', 'customers.cleaned (2).xlsx', '--quiet', ...TODAY])).code).toBe(0);
    expect(readFileSync(kept).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('customers.cleaned')).sort()).toEqual([
      'customers.cleaned (1).xlsx', 'customers.cleaned (2).xlsx', 'customers.cleaned (3).xlsx', 'customers.cleaned.csv', 'customers.cleaned.xlsx',
    ]);
  });

  it('cleans its own CSV again without touching a value: the apostrophe it put before +86 or -note is its own, not the user\'s', async () => {
    // A team that writes every phone in international form (+86 …), for its New York customers.
    writeFileSync(path.join(dir, 'intl.json'), '{"phone":{"format":"international"}}');
    writeFileSync(path.join(dir, 'intl.csv'), [
      '姓名,手机,备注,公司',
      '王芳,13912345678,-重要客户,杭州海纳科技有限公司',
      '李雷,+1 646 743 7902,=先打电话,杭州海纳科技有限公司',
      '韩梅,13812345678,\'老客户,杭州海纳科技有限公司',
    ].join('\n'));
    expect((await cli(['clean', 'intl.csv', '--out', 'intl.out.csv', '--config', 'intl.json', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'intl.out.csv'), 'utf8')).toContain(`"'+86 139 1234 5678"`);
    const rerun = await cli(['clean', 'intl.out.csv', '--out', 'intl.again.xlsx', '--config', 'intl.json', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(rerun.code).toBe(0);
    expect(rerun.io.out).toContain('修正的值：0 个');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'intl.again.xlsx'));
    const ws = wb.getWorksheet('intl.out')!;
    expect([2, 3, 4].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 3).value])).toEqual([
      ['+86 139 1234 5678', '-重要客户'],
      ['+1 646 743 7902', '=先打电话'],
      ['+86 138 1234 5678', "'老客户"],
    ]);
  });

  it('keeps a user\'s own 客户类型 and VIP columns: the computed ones are named apart, and a rerun writes over them only', async () => {
    writeFileSync(path.join(dir, 'own.csv'), [
      '姓名,手机,客户类型,VIP,累计金额,最近购买',
      '张伟,13812345678,意向客户,是,0,',
      '李娜,13912345678,老客户,否,50000,2024-05-01',
    ].join('\n'));
    expect((await cli(['clean', 'own.csv', '--out', 'own.out.csv', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' })).code).toBe(0);
    const first = readCsv(readFileSync(path.join(dir, 'own.out.csv')), 'own.out.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(first[0]).toEqual(['姓名', '手机', '客户类型', 'VIP', '累计金额', '最近购买', '整理问题', '重复组', '重复依据', '客户类型（计算）', '活跃度', '价值等级', 'VIP（计算）', '分类依据']);
    expect(first.slice(1).map((r) => [r[2], r[3]])).toEqual([['意向客户', '是'], ['老客户', '否']]);
    expect((await cli(['clean', 'own.out.csv', '--out', 'own.again.csv', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' })).code).toBe(0);
    const again = readCsv(readFileSync(path.join(dir, 'own.again.csv')), 'own.again.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(again).toEqual(first);
  });

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, [], '已整理“customers.csv”'],
    [{ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, [], '已整理'],
    [{ LANG: 'zh_CN.UTF-8' }, ['--lang', 'en'], 'Cleaned "customers.csv"'],
    [{ LANG: 'de_DE.UTF-8' }, [], 'Cleaned'],
  ])('speaks the language of %j with %j', async (env, extra, start) => {
    const { code, io } = await cli(['clean', 'customers.csv', '--quiet', ...TODAY, ...extra], env);
    expect(code).toBe(0);
    expect(io.out.startsWith(start)).toBe(true);
  });

  it('reads a "CSV UTF-8" file with one bad byte as UTF-8 and says how many characters it could not read', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名,手机,备注\r\n张三,13812345678,Caf'), Buffer.from([0xe9]), Buffer.from('\r\n李四,13912345678,老客户 VIP\r\n')]);
    writeFileSync(path.join(dir, 'bom.csv'), bytes);
    const { code, io } = await cli(['clean', 'bom.csv', '--out', 'bom.out.csv', '--lang', 'zh-CN', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    const rows = readCsv(readFileSync(path.join(dir, 'bom.out.csv')), 'bom.out.csv').cells.map((r) => r.slice(0, 3).map((c) => cellText(c)));
    expect(rows).toEqual([['姓名', '手机', '备注'], ['张三', '13812345678', 'Caf\uFFFD'], ['李四', '13912345678', '老客户 VIP']]);
    expect(io.out).toContain(say('zh-CN', 'cli.summary.problem', { message: say('zh-CN', 'cli.note.undecodable', { path: 'bom.csv', count: 1, line: 2 }) }));
  });

  it('reads a US sheet as one when the settings name no region or currency, and keeps them when they do', async () => {
    writeFileSync(
      path.join(dir, 'us.csv'),
      'First Name,Last Name,Phone,Lifetime value\nChristina,Davis,(646) 743-7902,"$1,200"\nMichael,Johnson,917.549.4928,$730\nPriya,Shah,212-555-0147,$98\n',
    );
    const phones = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('\r\n').slice(1, 4).map((l) => l.split(',')[2]);
    const guessed = await cli(['clean', 'us.csv', '--out', 'guessed.csv', '--lang', 'en', '--quiet', ...TODAY]);
    expect(guessed.code).toBe(0);
    expect(phones('guessed.csv')).toEqual(['(646) 743-7902', '(917) 549-4928', '(212) 555-0147']);
    expect(guessed.io.out).toContain(t('en', 'locale.region', { region: 'US', numbers: 3 }));
    expect(guessed.io.out).toContain(t('en', 'locale.currency', { currency: 'USD' }));

    writeFileSync(path.join(dir, 'cn.json'), JSON.stringify({ phone: { defaultRegion: 'CN' }, amount: { currency: 'CNY' } }));
    const kept = await cli(['clean', 'us.csv', '--out', 'kept.csv', '--config', 'cn.json', '--lang', 'en', '--quiet', ...TODAY]);
    expect(kept.io.out).not.toContain(t('en', 'locale.region', { region: 'US', numbers: 3 }));
    expect(phones('kept.csv')).not.toEqual(phones('guessed.csv'));
  });

  it('speaks the sheet\'s language under a locale that names none (a server\'s C locale)', async () => {
    const c = await cli(['clean', 'customers.csv', '--quiet', ...TODAY], { LANG: 'C.UTF-8' });
    expect(c.io.out.startsWith('已整理')).toBe(true);
    const en = await cli(['clean', 'customers.csv', '--quiet', ...TODAY], { LANG: 'en_US.UTF-8' });
    expect(en.io.out.startsWith('Cleaned')).toBe(true);
    // Before the sheet is read, its language is unknown: the first progress line is said in both.
    const loud = await cli(['clean', 'customers.csv', ...TODAY], { LANG: 'C.UTF-8' });
    expect(loud.io.err.split('\n')[0]).toBe('正在读取 customers.csv … / Reading customers.csv …');
  });

  it('says which other sheets of the workbook hold customers (a sheet per sales rep), never its own sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('张三的客户').addRows([['姓名', '手机'], ['张伟', '13812345678'], ['李娜', '13912345678']]);
    wb.addWorksheet('说明').addRows([['本表记录每位销售的客户']]);
    wb.addWorksheet('李四的客户').addRows([['姓名', '手机'], ['王芳', '13712345678']]);
    await wb.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
    const first = await cli(['clean', 'reps.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(first.code).toBe(0);
    const note = (sheets: string) => say('zh-CN', 'cli.summary.otherTables', { sheets, sheet: '张三的客户' });
    expect(first.io.out).toContain(note('“李四的客户”'));
    // Its own output: the issues, reminders and report sheets are no customer tables of the user's.
    const again = await cli(['clean', 'reps.cleaned.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(again.io.out).toContain(note('“李四的客户”'));
    // A sheet the user names is checked against the others as well (李四 cleaning his own tab).
    const named = await cli(['clean', 'reps.xlsx', '--sheet', '李四的客户', '--out', 'li.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(named.io.out).toContain(say('zh-CN', 'cli.summary.otherTables', { sheets: '“张三的客户”', sheet: '李四的客户' }));
    expect(named.io.out).toContain(say('zh-CN', 'cli.summary.acrossNone', {}));
    expect(first.io.out).toContain(say('zh-CN', 'cli.summary.acrossNone', {}));
  });

  it('finds the customers two reps both hold in their own sheets (撞单), in the summary and the JSON report, changing no other sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('张三的客户').addRows([['姓名', '手机', '报备日期'], ['张伟', '13812345678', '2024-03-12'], ['李娜', '13912345678', '2024-02-01']]);
    wb.addWorksheet('李四的客户').addRows([['客户', '联系电话', '录入日期'], ['王芳', '13712345678', '2024-01-20'], ['张伟', '138 1234 5678', '2024-01-05']]);
    await wb.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
    const r = await cli(['clean', 'reps.xlsx', '--json', 'reps.json', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    const lines = r.io.out.split('\n');
    expect(lines).toContain(say('zh-CN', 'cli.summary.across', { count: 1 }));
    expect(lines.find((l) => l.startsWith('  X1'))).toBe('  X1（很可能重复）“张三的客户”第 2 行 / “李四的客户”第 3 行：手机号相同；姓名相同；撞单：同一客户分属 李四 / 张三；按先录入归 李四（2024-01-05 创建）');
    const report = JSON.parse(readFileSync(path.join(dir, 'reps.json'), 'utf8'));
    expect(report.acrossSheets).toEqual({
      groups: [{
        id: 'X1', rows: [{ sheet: '张三的客户', row: 2 }, { sheet: '李四的客户', row: 3 }], score: 1, confidence: 'likely',
        reasons: ['手机号相同', '姓名相同'], owners: ['李四', '张三'],
        ownerClaim: { owner: '李四', rule: 'first-touch', field: 'createdAt', date: '2024-01-05' },
      }],
      rollUps: [],
    });
    // The other sheet is as it was; the groups have a sheet of their own, a row per row.
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'reps.cleaned.xlsx'));
    expect(out.getWorksheet('李四的客户')!.getRow(3).getCell(2).value).toBe('138 1234 5678');
    const rowsOf = (ws: ExcelJS.Worksheet) => [1, 2, 3].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rowsOf(out.getWorksheet('跨表重复')!)).toEqual([
      ['组', '工作表', '行', '客户', '负责人', '重复依据'],
      // Each line's own owner (the rep its tab stands for); the 撞单 is why the line is here, with the reasons.
      ['X1 · 很可能重复', '张三的客户', 2, '张伟', '张三', '手机号相同；姓名相同；撞单：同一客户分属 李四 / 张三；按先录入归 李四（2024-01-05 创建）'],
      ['X1 · 很可能重复', '李四的客户', 3, '张伟', '李四', '手机号相同；姓名相同；撞单：同一客户分属 李四 / 张三；按先录入归 李四（2024-01-05 创建）'],
    ]);
    // A rerun on the output replaces that sheet and does not take it for a customer table.
    const again = await cli(['clean', 'reps.cleaned.xlsx', '--out', 'again.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(again.io.out).toContain(say('zh-CN', 'cli.summary.otherTables', { sheets: '“李四的客户”', sheet: '张三的客户' }));
    const twice = new ExcelJS.Workbook();
    await twice.xlsx.readFile(path.join(dir, 'again.xlsx'));
    expect(twice.worksheets.map((w) => w.name).filter((n) => n.startsWith('跨表重复'))).toEqual(['跨表重复']);
    // 李四 cleaning his own tab by name learns of the customer 张三 holds too.
    const named = await cli(['clean', 'reps.xlsx', '--sheet', '李四的客户', '--out', 'li.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(named.io.out.split('\n')).toContain(say('zh-CN', 'cli.summary.across', { count: 1 }));
    expect(named.io.out).toContain('“李四的客户”第 3 行');
  });

  it('one settings file for every rep\'s tab: marks of 李四\'s tab are his, not 张三\'s marks broken; a sheet none of whose rows they name is warned of', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('张三的客户').addRows([['姓名', '手机', '公司'], ['张伟', '13812345678', '北京星辰科技有限公司'], ['张伟', '138 1234 5678', '星辰科技']]);
    wb.addWorksheet('李四的客户').addRows([['姓名', '电话', '邮箱', '公司'], ['王芳', '010-87654321', 'info@lanhai.com', '上海蓝海贸易有限公司'], ['王芳', '010-87654321', 'info@lanhai.com', '上海蓝海贸易有限公司'], ['刘洋', '13900001111', '', '南方物流']]);
    await wb.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
    const li = await cli(['clean', 'reps.xlsx', '--sheet', '李四的客户', '--out', 'li.xlsx', '--json', 'li.json', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(li.code).toBe(0);
    const wangFang = JSON.parse(readFileSync(path.join(dir, 'li.json'), 'utf8')).groups[0];
    expect(wangFang.rows).toEqual([2, 3]);
    writeFileSync(path.join(dir, 'marks.json'), JSON.stringify({ notDuplicates: [wangFang.fingerprints] }));
    const noneHere = say('zh-CN', 'dedupe.notDuplicatesNoneHere', { count: 1, groups: 1 });
    const zhang = await cli(['clean', 'reps.xlsx', '--sheet', '张三的客户', '-c', 'marks.json', '--out', 'zhang.xlsx', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(zhang.code).toBe(0);
    expect(zhang.io.out).not.toContain(noneHere);
    // The same tab on its own (a CSV of it): nothing tells the marks are another's, and the run says they match no row.
    writeFileSync(path.join(dir, 'zhang.csv'), '姓名,手机,公司\r\n张伟,13812345678,北京星辰科技有限公司\r\n张伟,138 1234 5678,星辰科技\r\n');
    const alone = await cli(['clean', 'zhang.csv', '-c', 'marks.json', '--out', 'alone.csv', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(alone.code).toBe(0);
    expect(alone.io.out).toContain(noneHere);
  });

  it('cleans each rep\'s tab in turn into one workbook and keeps every tab\'s issues, reminders and report, named by tab', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('张三的客户').addRows([['姓名', '手机', '生日'], ['张伟', '13812345678', '1985-06-05'], ['李娜', '1391234', '']]);
    wb.addWorksheet('李四的客户').addRows([['姓名', '手机', '生日'], ['王芳', '13712345678', '1990-06-03'], ['赵磊', '1361234', '']]);
    await wb.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
    const run = async (input: string, sheet: string, out: string) => {
      const r = await cli(['clean', input, '--sheet', sheet, '--out', out, '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
      expect(r.io.err).toBe('');
      expect(r.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, out));
      return book;
    };
    await run('reps.xlsx', '张三的客户', 'chain1.xlsx');
    const chain2 = await run('chain1.xlsx', '李四的客户', 'chain2.xlsx');
    const runSheets = ['问题清单', '提醒', '报告'].flatMap((s) => [`${s}（张三的客户）`, `${s}（李四的客户）`]);
    expect(chain2.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(runSheets));
    expect(chain2.getWorksheet('提醒（张三的客户）')!.getCell('C2').value).toBe('张伟');
    expect(chain2.getWorksheet('提醒（李四的客户）')!.getCell('C2').value).toBe('王芳');
    expect(chain2.getWorksheet('问题清单（张三的客户）')!.getCell('D2').value).toBe('1391234');
    // Cleaning 张三's tab again replaces his sheets, and only his.
    const chain3 = await run('chain2.xlsx', '张三的客户', 'chain3.xlsx');
    expect(chain3.worksheets.map((w) => w.name).sort()).toEqual(chain2.worksheets.map((w) => w.name).sort());
    expect(chain3.getWorksheet('提醒（李四的客户）')!.getCell('C2').value).toBe('王芳');
  });

  it('archives each rep\'s merged rows in his tab\'s own archive: a row number there is a row of that tab', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('张三的客户').addRows([['姓名', '手机'], ['张伟', '13812345678'], ['张伟', '138 1234 5678']]);
    wb.addWorksheet('李四的客户').addRows([['姓名', '手机'], ['赵磊', '13612345678'], ['王芳', '13712345678'], ['王芳', '137-1234-5678']]);
    await wb.xlsx.writeFile(path.join(dir, 'reps-merge.xlsx'));
    for (const [input, sheet, out] of [['reps-merge.xlsx', '张三的客户', 'm1.xlsx'], ['m1.xlsx', '李四的客户', 'm2.xlsx']]) {
      const r = await cli(['clean', input, '--sheet', sheet, '--merge', '--out', out, '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
      expect(r.io.err).toBe('');
      expect(r.code).toBe(0);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'm2.xlsx'));
    const archived = (name: string) => {
      const ws = book.getWorksheet(name)!;
      const head = (ws.getRow(1).values as unknown[]).slice(1);
      return [ws.getCell(2, 1).value, ws.getCell(2, head.indexOf('原行号') + 1).value, ws.rowCount];
    };
    expect(archived('已合并重复（张三的客户）')).toEqual(['张伟', 3, 2]);
    expect(archived('已合并重复（李四的客户）')).toEqual(['王芳', 4, 2]);
  });

  it('reports a failure after reading in the sheet\'s language under a C locale', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addRows([['姓名', '手机', '金额'], ['张伟', '13812345678', { formula: 'C3-3', result: 2 }], ['张伟', '13812345678', 5]]);
    await wb.xlsx.writeFile(path.join(dir, 'f.xlsx'));
    const r = await cli(['clean', 'f.xlsx', '--merge', '--quiet', ...TODAY], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.io.err).toContain('未合并');
  });

  it('takes the language from the settings file unless --lang says otherwise', async () => {
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ language: 'en' }));
    const en = await cli(['clean', 'customers.csv', '--config', 'settings.json', '--quiet', ...TODAY], { LANG: 'zh_CN.UTF-8' });
    expect(en.io.out.startsWith('Cleaned')).toBe(true);
    const zh = await cli(['clean', 'customers.csv', '--config', 'settings.json', '--lang', 'zh-CN', '--quiet', ...TODAY]);
    expect(zh.io.out.startsWith('已整理')).toBe(true);
  });
});

describe('the warning that a big sheet may need more memory than Node has', () => {
  const members = ['会员姓名,手机号,会员等级', '王芳,13812345678,金卡', '李娜,13912345678,银卡'].join('\r\n') + '\r\n';
  async function run(env: Record<string, string>, ...flags: string[]): Promise<{ code: number; io: Captured }> {
    writeFileSync(path.join(dir, '会员.csv'), members);
    const io = captureIo(dir, env);
    io.heapTight = { needMb: 5200, haveMb: 4144 };
    const code = await main(['clean', '会员.csv', '--out', 'out.csv', ...TODAY, ...flags], io);
    return { code, io };
  }

  it('a server\'s C locale: said in both languages, as the reading line is, before the Chinese sheet chooses Chinese', async () => {
    const { code, io } = await run({ LANG: 'C.UTF-8' });
    expect(code).toBe(0);
    const [zh, en] = io.err.split('\n');
    expect(zh).toBe('这张表较大：本次运行约需 5200 MB 内存，而 Node 在这台电脑上最多可用 4144 MB。如果中途停止并提示“heap out of memory”，请改为输出 CSV（--out 文件名.csv），或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size=5200。');
    expect(en).toContain('This sheet is big: the run may need about 5200 MB of memory');
  });

  it('a Chinese locale or --lang: said in that language only', async () => {
    const { io } = await run({ LANG: 'zh_CN.UTF-8' });
    expect(io.err).toContain('这张表较大');
    expect(io.err).not.toContain('This sheet is big');
  });

  it('--quiet: not said, as no progress line is (a cron job logs nothing on success)', async () => {
    const { code, io } = await run({ LANG: 'C.UTF-8' }, '--quiet');
    expect(code).toBe(0);
    expect(io.err).toBe('');
  });
});
