/**
 * What a rep typed into the run's own columns is kept in that cell's note (typed-in-run-columns.test.ts).
 * Where no note can keep it, it is kept whole all the same, in a list the summary points to by cell:
 * - a note already near Excel's 32,767 characters (赵敏 pasted her whole 拜访记录 into the note of 钱芳's
 *   价值等级, then typed over the class): the list is the sheet 「<sheet>（旧备注）」;
 * - a row the merge moves to the archive, which keeps the user's columns, not the run's;
 * - a CSV output, whose cells have no notes: `<name>.typed.csv`, and the summary no longer prints
 *   the text itself (the README: the summary prints no customer's data).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { main } from '../../cli/main';
import { loadInput } from '../../cli/load-input';
import { readCsv } from '../../cli/io/read-csv';
import { cellText } from '../../shared';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const LEDGER = [
  '客户编号,客户姓名,公司名称,手机号码,负责人,最近联系,合同额（元）,状态,备注',
  'KH0009,吴刚,深圳前海贸易有限公司,13722223333,刘洋,2026-12-04,12000,正常,很久没联系',
  'KH0012,钱芳,武汉楚天医疗器械有限公司,13644445555,赵敏,2026-08-20,230000,正常,',
  'KH0013,刘德明,天津港源机电有限公司,1355555666,王磊,2026-11-25,18000,正常,',
  'KH0017,黄磊,厦门海纳贸易有限公司,13912340001,赵敏,2026-11-26,75000,正常,老黄总',
  'KH0017,黄磊,厦门海纳贸易有限公司,13912340001,赵敏,2026-10-02,75000,正常,',
].join('\r\n');

const LEADS = [
  'Customer ID,First Name,Last Name,Company,Phone,Email,Owner,Last Contact,Annual Spend',
  'C-101,John,Smith,Acme Tools,+1 415-555-0134,john@acmetools.com,Amy,2026-11-30,42000',
  'C-102,Maria,Garcia,Bay Bakery,(415) 555-0199,maria@baybakery.com,Ben,2026-06-02,2500',
  'C-103,Wei,Chen,Golden Gate Imports,415-555-0177,wei@ggimports.com,Amy,2026-11-12,9800',
].join('\r\n');

async function clean(input: string, out: string, lang: 'zh-CN' | 'en', ...more: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', '2026-12-15', '--json', `${out}.json`, '--quiet', '--lang', lang, ...more], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return io.out;
}

const noteOf = (cell: ExcelJS.Cell): string => {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((x) => x.text).join('');
};

function headersOf(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => out.set(String(cell.value), col));
  return out;
}

function rowsOf(ws: ExcelJS.Worksheet, col: number, value: string): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === value) out.push(ws.getRow(r));
  return out;
}

/** The lines of the list of typed texts (six columns), as texts. */
function linesOf(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => out.push(Array.from({ length: 6 }, (_, i) => row.getCell(i + 1).value).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

const report = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { problems: { code: string; message: string }[]; files?: unknown };

/** 赵敏's 拜访记录, pasted whole into a note: 32,740 characters, Excel's limit being 32,767. */
const VISITS = `2026-03-02 拜访钱总，谈明年采购计划。${'跟进记录：客户关注售后响应时间与账期，需再报价。'.repeat(1400)}`.slice(0, 32_740);
const TYPED = '高价值（老板指定重点，年底前必须回访，联系人改为采购部李经理 13800138000）';

/** Week 2's output with the reps' edits of week 3: the note and the class typed over, on 钱芳's row; a class typed on 黄磊's second row. */
async function week3(merge: boolean): Promise<void> {
  writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
  await clean('ledger.csv', 'week2.xlsx', 'zh-CN');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'week2.xlsx'));
  const ws = wb.worksheets[0];
  const h = headersOf(ws);
  const tier = rowsOf(ws, 2, '钱芳')[0].getCell(h.get('价值等级')!);
  tier.note = VISITS;
  tier.value = TYPED;
  if (merge) rowsOf(ws, 2, '黄磊')[1].getCell(h.get('价值等级')!).value = '中价值（老客户，10月那单是补录）';
  await wb.xlsx.writeFile(path.join(dir, 'week3.xlsx'));
}

describe('a typed text no note can keep, in an .xlsx', () => {
  it('goes whole to the sheet of earlier notes when the cell\'s own note is near Excel\'s limit; the note stays whole, the summary names the cell and the sheet, not the text', async () => {
    await week3(false);
    const out = await clean('week3.xlsx', 'week3.out.xlsx', 'zh-CN');
    const loaded = await loadInput(path.join(dir, 'week3.out.xlsx'));
    const ws = loaded.base!.worksheet;
    const h = headersOf(ws);
    const cell = rowsOf(ws, 2, '钱芳')[0].getCell(h.get('价值等级')!);
    expect(cell.value).toBe('高价值');
    // His note whole and first, within what Excel opens.
    const note = noteOf(cell);
    expect(note.startsWith(VISITS)).toBe(true);
    expect(note.length).toBeLessThanOrEqual(32_767);
    // The typed text, whole, in the list, beside its cell.
    const kept = loaded.base!.workbook.worksheets.find((s) => s.name === `${ws.name}（旧备注）`);
    expect(kept).toBeDefined();
    const lines = linesOf(kept!);
    expect(lines[0]).toEqual(['单元格', '列', '改写前手写的内容', '本次写入', '为何保存在这里', '运行日期']);
    expect(lines.slice(1)).toEqual([[cell.address, '价值等级', TYPED, '高价值', '该单元格的批注放不下：一条批注连同已有内容最多 32,767 个字符。', '2026-12-15']]);
    // The summary and the JSON report name the cell and the sheet; neither prints the text.
    expect(out).toContain(`工作表“${kept!.name}”中，每个单元格一行并注明原因：${cell.address}`);
    expect(out).not.toContain('老板指定重点');
    const problem = report('week3.out.xlsx.json').problems.find((p) => p.code === 'cli.typed.overSheet');
    expect(problem?.message).toContain(cell.address);
    expect(problem?.message).not.toContain('老板指定重点');
    // The sheet is no customer table: a rerun on the output reads the customer sheet alone, finds nothing typed, and keeps the list.
    const again = await clean('week3.out.xlsx', 'week4.xlsx', 'zh-CN');
    expect(again).not.toContain('手写的内容');
    const week4 = await loadInput(path.join(dir, 'week4.xlsx'));
    expect(linesOf(week4.base!.workbook.getWorksheet(kept!.name)!)).toEqual(lines);
  });

  it('goes to the same sheet from a row the merge moves to the archive, naming the row it was merged into', async () => {
    await week3(true);
    const out = await clean('week3.xlsx', 'week3.merged.xlsx', 'zh-CN', '--merge');
    const loaded = await loadInput(path.join(dir, 'week3.merged.xlsx'));
    const ws = loaded.base!.worksheet;
    const h = headersOf(ws);
    const [huang] = rowsOf(ws, 2, '黄磊');
    expect(rowsOf(ws, 2, '黄磊')).toHaveLength(1);
    const kept = loaded.base!.workbook.getWorksheet(`${ws.name}（旧备注）`)!;
    const lines = linesOf(kept).slice(1);
    // Its row is gone: the cell named is the one of the row it was merged into, where the run wrote nothing for it.
    const address = huang.getCell(h.get('价值等级')!).address;
    expect(lines).toContainEqual([address, '价值等级', '中价值（老客户，10月那单是补录）', '', `写在输入的第 6 行，该行已合并到第 ${huang.number} 行并移入归档。`, '2026-12-15']);
    // Only what was typed: the run's own 分类依据 on the row merged away is its own, no line.
    expect(lines.map((l) => l[2])).toEqual([TYPED, '中价值（老客户，10月那单是补录）']);
    expect(out).not.toContain('10月那单是补录');
  });
});

describe('a typed text too long for any note, from a CSV input to an .xlsx', () => {
  it('goes whole to the sheet of earlier notes, its note saying where', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week2.csv', 'zh-CN');
    const rows = Papa.parse<string[]>(readFileSync(path.join(dir, 'week2.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const at = rows[0].indexOf('整理问题');
    // 刘洋 pasted the customer's whole e-mail thread into 整理问题: 32,760 characters, as much as a cell takes.
    const thread = `已核实。客户邮件：${'您好，关于续约报价我们需要再内部讨论，预计下月初答复。'.repeat(1300)}`.slice(0, 32_760);
    rows[1][at] = thread;
    writeFileSync(path.join(dir, 'week3.csv'), Papa.unparse(rows, { newline: '\r\n' }));
    const out = await clean('week3.csv', 'week3.xlsx', 'zh-CN');
    const loaded = await loadInput(path.join(dir, 'week3.xlsx'));
    const kept = loaded.base!.workbook.worksheets.find((s) => s.name.endsWith('（旧备注）'))!;
    const cell = loaded.base!.worksheet.getCell(2, at + 1);
    expect(linesOf(kept).slice(1)).toEqual([[cell.address, '整理问题', thread, String(cell.value ?? ''), '该单元格的批注放不下：一条批注连同已有内容最多 32,767 个字符。', '2026-12-15']]);
    expect(noteOf(cell)).toBe(`本次运行改写此列之前，这里手写的内容较长，批注放不下，已完整保存在工作表“${kept.name}”中。`);
    expect(out).not.toContain('续约报价');
  });
});

describe('a typed text in a CSV output, whose cells have no notes', () => {
  it('goes whole to <name>.typed.csv, appended to by the next run; the summary names the cells and the file, never the text', async () => {
    writeFileSync(path.join(dir, 'leads.csv'), LEADS);
    await clean('leads.csv', 'week2.csv', 'en');
    /** The rep's edit of a CSV output: Maria's 'Activity' typed over; returns the cell. */
    const typedIn = (file: string, to: string, tier: string): string => {
      const rows = Papa.parse<string[]>(readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const at = rows[0].indexOf('Activity');
      const maria = rows.findIndex((r) => r.includes('Maria'));
      expect([at > 0, maria > 0]).toEqual([true, true]);
      rows[maria][at] = tier;
      writeFileSync(path.join(dir, to), Papa.unparse(rows, { newline: '\r\n' }));
      return `${String.fromCharCode(65 + at)}${maria + 1}`;
    };
    const cell = typedIn('week2.csv', 'week3.csv', 'Active again: ordered by phone 12/3, call =HYPERLINK before Friday');
    const out = await clean('week3.csv', 'week3.out.csv', 'en');
    expect(out).toContain(`so what you typed is kept whole in "week3.out.typed.csv", a line per cell: ${cell}.`);
    expect(out).not.toContain('ordered by phone');
    const problem = report('week3.out.csv.json').problems.find((p) => p.code === 'cli.typed.overCsv');
    expect(problem?.message).not.toContain('ordered by phone');
    const listed = () => readCsv(readFileSync(path.join(dir, 'week3.out.typed.csv')), 'week3.out.typed.csv').cells.map((r) => r.map(cellText));
    expect(listed()).toEqual([
      ['Cell', 'Column', 'Typed there before', 'Written by this run', 'Why kept here', 'Run on'],
      [cell, 'Activity', 'Active again: ordered by phone 12/3, call =HYPERLINK before Friday', 'Dormant', 'A CSV cell has no note.', '2026-12-15'],
    ]);
    // Next week's run into the same output: last week's line stays, this week's follows.
    typedIn('week3.out.csv', 'week4.csv', 'Active (paid the December invoice)');
    await clean('week4.csv', 'week3.out.csv', 'en');
    expect(listed().slice(1).map((r) => r[2])).toEqual(['Active again: ordered by phone 12/3, call =HYPERLINK before Friday', 'Active (paid the December invoice)']);
  });

  it('names the first ten cells in the summary, and keeps every text in the file', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week2.csv', 'zh-CN');
    const rows = Papa.parse<string[]>(readFileSync(path.join(dir, 'week2.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    // 刘洋 pasted his call notes over three of the run's columns of every row.
    const notes: string[] = [];
    for (const header of ['整理问题', '客户类型', '活跃度']) {
      const at = rows[0].indexOf(header);
      for (let r = 1; r < rows.length; r++) rows[r][at] = notes[notes.push(`电话回访 12月${r}日：${header}待定`) - 1];
    }
    writeFileSync(path.join(dir, 'week3.csv'), Papa.unparse(rows, { newline: '\r\n' }));
    const out = await clean('week3.csv', 'week3.out.csv', 'zh-CN');
    expect(out).toMatch(new RegExp(`有 ${notes.length} 个单元格.*每个单元格一行：([A-Z]+\\d+，){10}…。`));
    const listed = readCsv(readFileSync(path.join(dir, 'week3.out.typed.csv')), 'x.csv').cells.slice(1).map((r) => cellText(r[2]));
    expect(listed.sort()).toEqual([...notes].sort());
  });

  it('leaves a user\'s own file of that name alone: the run stops before writing anything', async () => {
    writeFileSync(path.join(dir, 'leads.csv'), LEADS);
    await clean('leads.csv', 'week2.csv', 'en');
    const text = readFileSync(path.join(dir, 'week2.csv'), 'utf8').replace(/Dormant/g, 'Dormant? ask Ben');
    writeFileSync(path.join(dir, 'week3.csv'), text);
    writeFileSync(path.join(dir, 'out.typed.csv'), 'my notes\r\ncall Maria\r\n');
    const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
    const code = await main(['clean', 'week3.csv', '--out', 'out.csv', '--today', '2026-12-15', '--quiet', '--lang', 'en'], io);
    expect(code).not.toBe(0);
    expect(io.err).toContain('"out.typed.csv" is already there, but it is not a list of typed texts this tool wrote');
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
    expect(readFileSync(path.join(dir, 'out.typed.csv'), 'utf8')).toBe('my notes\r\ncall Maria\r\n');
  });
});

describe('property: every original non-empty value survives a rerun, typed into the run\'s columns too', () => {
  // Texts a rep types over a class or an issue, and notes of every length up to Excel's limit already on the cell.
  const typed = fc.oneof(
    fc.constantFrom('已核实', '高价值（老板指定重点）', '+86 138 0013 8000', '0755-8888 0000', '=HYPERLINK("https://crm.example.com/c/12","档案")', 'Verified by phone 12/3'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    fc.integer({ min: 100, max: 32_700 }).map((n) => '跟进：'.padEnd(n, '客户说下周签约。')),
  );
  const note = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 32_000, max: 32_767 }));

  it('in its cell, its note, or the sheet of earlier notes, whole; no note longer than Excel opens', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week2.xlsx', 'zh-CN');
    await fc.assert(
      fc.asyncProperty(typed, note, fc.constantFrom('整理问题', '客户类型', '价值等级', '分类依据'), fc.integer({ min: 2, max: 6 }), async (text, noteLength, header, row) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(dir, 'week2.xlsx'));
        const ws = wb.worksheets[0];
        const cell = ws.getRow(row).getCell(headersOf(ws).get(header)!);
        cell.value = text;
        if (noteLength > 0) cell.note = '拜访记录'.repeat(Math.ceil(noteLength / 4)).slice(0, noteLength);
        await wb.xlsx.writeFile(path.join(dir, 'week3.xlsx'));
        await clean('week3.xlsx', 'week3.out.xlsx', 'zh-CN');
        const before = await loadInput(path.join(dir, 'week3.xlsx'));
        const after = await loadInput(path.join(dir, 'week3.out.xlsx'));
        const found: string[] = [];
        for (const sheet of after.base!.workbook.worksheets) {
          sheet.eachRow((r) => r.eachCell({ includeEmpty: true }, (c) => {
            found.push(String(c.text), noteOf(c));
            expect(noteOf(c).length).toBeLessThanOrEqual(32_767);
          }));
        }
        const all = found.join('\n');
        const lost: string[] = [];
        before.base!.worksheet.eachRow((r) => r.eachCell((c) => {
          for (const value of [String(c.text).trim(), noteOf(c)]) if (value !== '' && !all.includes(value)) lost.push(`${c.address} ${value.slice(0, 40)}`);
        }));
        expect(lost).toEqual([]);
      }),
      { numRuns: 8, seed: 20261215 },
    );
  });
});
