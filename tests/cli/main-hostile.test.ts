/**
 * What a hostile or careless sheet must not get through the command line: text past a cell's limit,
 * one rep's customers in another's reminders, customer data in the summary, terminal controls, a
 * zip bomb, a user's file written over, a world-readable output, a label turned formula.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

describe('an owner’s reminders hold only that owner’s customers', () => {
  it('“Lee, Amy” is one rep (titled Amy Lee), teams stay whole, a customer 李四/王五 share is in each one’s block', async () => {
    csv('owners.csv', [
      '姓名,手机,生日,负责人',
      '客户A,13812340000,1990-12-03,"Lee, Amy"',
      '客户B,13812340001,1990-12-03,Amy',
      '客户C,13812340002,1990-12-03,Lee',
      '客户D,13812340003,1990-12-03,Sales and Marketing',
      '客户E,13812340004,1990-12-03,Tom + Jerry',
      '客户F,13812340005,1990-12-03,李四/王五',
    ]);
    const { code } = await cli(['clean', 'owners.csv', '--out', 'out.csv', '--lang', 'en', '--quiet', ...TODAY]);
    expect(code).toBe(0);
    const lines = readFileSync(path.join(dir, 'out.reminders.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const byOwner = lines.map((l) => { const [owner, , customer] = l.match(/("[^"]*"|[^,]*)/g)!.filter((_, i) => i % 2 === 0); return `${owner.replace(/"/g, '')}: ${customer.split(' ')[0]}`; }).sort();
    expect(byOwner).toEqual([
      'Amy Lee: 客户A', 'Amy: 客户B', 'Lee: 客户C', 'Sales and Marketing: 客户D', 'Tom + Jerry: 客户E', '李四: 客户F', '王五: 客户F',
    ]);
  });
});

describe('the summary prints no customer data from the rows around the table', () => {
  it('a note, a total and a heading row are named by their word and row numbers only', async () => {
    csv('pii.csv', [
      '姓名,手机,身份证号,负责人',
      '一、陈静13600001111,,,',
      '张伟,13812345678,110101199003078515,王五',
      '李娜,13912345678,,王五',
      '合计：张伟 李娜,,,',
      '',
      '备注：刘洋 身份证 440301199202021234 电话 13600001111 已退款,,,',
    ]);
    const { code, io } = await cli(['clean', 'pii.csv', '--out', 'pii.xlsx', '--json', 'pii.json', '--lang', 'zh-CN', ...TODAY]);
    expect(code).toBe(0);
    for (const said of [io.out, io.err]) {
      expect(said).not.toMatch(/陈静|刘洋|李娜|张伟|4403|1360000/);
    }
    expect(io.out).toContain('第 7 行是表格下方的说明（备注）');
    expect(io.out).toContain('第 5 行是合计行（合计）');
    expect(io.out).toContain('第 2 行只有分组标题（一、）');
  });
});

describe('no terminal control from a cell reaches the terminal', () => {
  it('an owner holding ESC and OSC sequences is cleaned of their controls, a header holding them is printed escaped', async () => {
    csv('esc.csv', [
      '姓名,手机,生日,负责人,a\u001b[31mb\u202e',
      '张伟,13812345678,1990-12-05,"\u001b[2K\u001b[1A王五\u202e",x',
      '李娜,13912345678,1990-12-05,"\u001b]0;pwned\u0007\u001b[31mRED\u001b[0m",x',
    ]);
    const { code, io } = await cli(['clean', 'esc.csv', '--out', 'esc.xlsx', '--lang', 'zh-CN', ...TODAY]);
    expect(code).toBe(0);
    for (const said of [io.out, io.err]) expect(said).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    // The cleaning removes an owner's ESC and BEL (control characters no one types) and the name's bidi override:
    // what is left is plain text. The header, which is not cleaned, is printed escaped.
    expect(io.out).toContain('按负责人：[2K[1A王五 1，');
    expect(io.out).not.toContain('\\x1b[2K');
    expect(io.out).toContain('“a\\x1b[31mb\\u202e”');
  });
});

describe('a zip bomb is refused before it is unpacked', () => {
  it('a workbook whose sheet declares 1.5 GB from a few KB: a clear refusal, exit 1, nothing written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addRows([['姓名', '手机'], ['张伟', '13812345678']]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    for (let p = 0; p + 46 <= bytes.length; p++) {
      if (bytes.readUInt32LE(p) !== 0x02014b50) continue;
      const name = bytes.toString('utf8', p + 46, p + 46 + bytes.readUInt16LE(p + 28));
      if (name === 'xl/worksheets/sheet1.xml') bytes.writeUInt32LE(1_572_866_784, p + 24);
    }
    writeFileSync(path.join(dir, 'bomb.xlsx'), bytes);
    const { code, io } = await cli(['clean', 'bomb.xlsx', '--out', 'out.xlsx', '--lang', 'zh-CN', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('“bomb.xlsx”中的 xl/worksheets/sheet1.xml 解压后有 1500 MB');
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });
});

describe('a user’s own file next to a CSV output is never written over', () => {
  const sheet = ['姓名,手机,生日,负责人', '张伟,13812345678,1990-12-05,王五'];

  it('a <out>.reminders.csv that is not ours: refused, naming it, and no file written', async () => {
    csv('c.csv', sheet);
    writeFileSync(path.join(dir, 'out.reminders.csv'), '我的提醒,备注\r\n给妈妈打电话,周日\r\n');
    const { code, io } = await cli(['clean', 'c.csv', '--out', 'out.csv', '--lang', 'en', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('The file "out.reminders.csv" is already there, but it is not a reminders list this tool wrote');
    expect(readFileSync(path.join(dir, 'out.reminders.csv'), 'utf8')).toBe('我的提醒,备注\r\n给妈妈打电话,周日\r\n');
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
  });

  it('our own reminders list from an earlier run is replaced', async () => {
    csv('c.csv', sheet);
    expect((await cli(['clean', 'c.csv', '--out', 'out.csv', '--lang', 'en', '--quiet', ...TODAY])).code).toBe(0);
    expect((await cli(['clean', 'c.csv', '--out', 'out.csv', '--lang', 'en', '--quiet', '--today', '2026-12-03'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out.reminders.csv'), 'utf8')).toContain('2026-12-05');
  });
});

describe('outputs are no more readable than the sheet they come from', () => {
  const modeOf = (name: string) => statSync(path.join(dir, name)).mode & 0o777;

  it('an input only its owner reads (chmod 600) gives outputs only he reads', async () => {
    csv('private.csv', ['姓名,手机,身份证号,生日,负责人', '张伟,13812345678,110101199003078515,1990-12-05,王五']);
    chmodSync(path.join(dir, 'private.csv'), 0o600);
    expect((await cli(['clean', 'private.csv', '--out', 'p.xlsx', '--json', 'p.json', '--quiet', ...TODAY])).code).toBe(0);
    expect((await cli(['clean', 'private.csv', '--out', 'p.csv', '--quiet', ...TODAY])).code).toBe(0);
    expect(['p.xlsx', 'p.json', 'p.csv', 'p.reminders.csv'].map((f) => [f, modeOf(f)])).toEqual(
      ['p.xlsx', 'p.json', 'p.csv', 'p.reminders.csv'].map((f) => [f, 0o600]));
  });

  it('a rerun keeps the permissions the user gave the output since', async () => {
    csv('c.csv', ['姓名,手机,生日', '张伟,13812345678,1990-12-05']);
    expect((await cli(['clean', 'c.csv', '--out', 'c.xlsx', '--quiet', ...TODAY])).code).toBe(0);
    chmodSync(path.join(dir, 'c.xlsx'), 0o640);
    expect((await cli(['clean', 'c.csv', '--out', 'c.xlsx', '--quiet', ...TODAY])).code).toBe(0);
    expect(modeOf('c.xlsx')).toBe(0o640);
  });
});

describe('no value of the user’s becomes a formula in the report sheet', () => {
  it('labels taken from the sheet (an owner typed =1+1 …) are Text-format strings; counts stay numbers', async () => {
    csv('f.csv', ['姓名,手机,行业,负责人', '张伟,13812345678,@SUM(1+1),=1+1', '李娜,13912345678,-2+3,+A1']);
    expect((await cli(['clean', 'f.csv', '--out', 'f.xlsx', '--lang', 'en', '--quiet', ...TODAY])).code).toBe(0);
    const report = (await workbook('f.xlsx')).getWorksheet('Report')!;
    const cells: ExcelJS.Cell[] = [];
    report.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    const labels = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(labels.map((c) => c.value)).toEqual(expect.arrayContaining(['=1+1', '+A1', '@SUM(1+1)', '-2+3']));
    for (const cell of cells) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') expect([cell.address, cell.numFmt]).toEqual([cell.address, '@']);
      else expect(typeof cell.value).toBe('number');
    }
  });
});

describe('clear refusals instead of a crash or a silent default', () => {
  it('a CSV wider than an Excel sheet, for an .xlsx output: refused naming the limit; a CSV output takes it', async () => {
    const width = 16390;
    const header = ['姓名', '手机', ...Array.from({ length: width - 2 }, (_, i) => `c${i}`)];
    csv('wide.csv', [header.join(','), ['张伟', '13812345678', ...Array.from({ length: width - 2 }, () => '')].join(',')]);
    const { code, io } = await cli(['clean', 'wide.csv', '--out', 'wide.xlsx', '--lang', 'en', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toMatch(/the cleaned sheet would reach column 1639\d .*past the 16,384 an Excel sheet holds\. Nothing was written\. Write the result as CSV/);
    expect(io.err).not.toContain('Unexpected error');
    expect(existsSync(path.join(dir, 'wide.xlsx'))).toBe(false);
    expect((await cli(['clean', 'wide.csv', '--out', 'wide.csv.csv', '--quiet', ...TODAY])).code).toBe(0);
    // Two runs over 16,390 columns: more than jest's 5 s on a loaded 2-core machine.
  }, 60_000);

  it('a settings file holding null is said to be no settings object', async () => {
    csv('c.csv', ['姓名,手机', '张伟,13812345678']);
    writeFileSync(path.join(dir, 'null.json'), 'null\n');
    const { code, io } = await cli(['clean', 'c.csv', '--config', 'null.json', '--lang', 'en', ...TODAY]);
    expect(code).toBe(1);
    expect(io.err).toContain('The settings file "null.json" holds null, not a settings object');
    expect(existsSync(path.join(dir, 'c.cleaned.xlsx'))).toBe(false);
  });
});
