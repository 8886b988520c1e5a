/**
 * A rep types into the run's own columns of last week's output: 已核实 in 整理问题 beside a flagged cell,
 * a class corrected by hand in 价值等级 and 客户类型. The next run writes its own result there, as the
 * README says, but what he typed is never lost: it is kept in a note on that cell, and the summary and
 * the JSON report say how many cells and which. What the run wrote itself (its labels, its issue
 * messages, its reasons, in either language) is no one's text and is written over without a word.
 * Modelled on tester h61's 01_w3_用户编辑.xlsx (钱芳 and 吴刚).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { loadInput } from '../../cli/load-input';
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
].join('\r\n');

async function clean(input: string, out: string, ...more: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', '2026-12-15', '--json', `${out}.json`, '--quiet', ...more], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return io.out;
}

/** The customer sheet as the CLI reads it: with the notes of empty cells, which exceljs alone drops on reading. */
async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  return (await loadInput(path.join(dir, file))).base!.worksheet;
}

const noteOf = (cell: ExcelJS.Cell): string => {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((x) => x.text).join('');
};

/** Column number of each header of the sheet's first row. */
function headersOf(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => out.set(String(cell.value), col));
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === name) return ws.getRow(r);
  throw new Error(`no row for ${name}`);
}

/** Week 2's output as the reps left it in week 3: texts typed into three of the run's cells. */
async function typedWeek(): Promise<void> {
  writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
  await clean('ledger.csv', 'week2.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'week2.xlsx'));
  const ws = wb.worksheets[0];
  const h = headersOf(ws);
  rowOf(ws, '钱芳').getCell(h.get('整理问题')!).value = '已核实：客户暂停采购到明年3月';
  rowOf(ws, '钱芳').getCell(h.get('价值等级')!).value = '高价值（老板指定重点）';
  rowOf(ws, '吴刚').getCell(h.get('客户类型')!).value = '现有客户（已恢复合作）';
  await wb.xlsx.writeFile(path.join(dir, 'week3.xlsx'));
}

describe('text typed into the run\'s own columns', () => {
  it('is kept in a note on its cell when the rerun writes its own result there, and the summary names each cell (not what was typed)', async () => {
    await typedWeek();
    const out = await clean('week3.xlsx', 'week3.out.xlsx');
    const ws = await sheetOf('week3.out.xlsx');
    const h = headersOf(ws);
    const qian = rowOf(ws, '钱芳');
    const wu = rowOf(ws, '吴刚');
    // The run's own result is back in the cell …
    expect(qian.getCell(h.get('价值等级')!).value).toBe('高价值');
    expect(wu.getCell(h.get('客户类型')!).value).toBe('现有客户');
    // … and what the rep typed is in its note.
    expect(noteOf(qian.getCell(h.get('价值等级')!))).toContain('高价值（老板指定重点）');
    expect(noteOf(qian.getCell(h.get('整理问题')!))).toContain('已核实：客户暂停采购到明年3月');
    expect(noteOf(wu.getCell(h.get('客户类型')!))).toContain('现有客户（已恢复合作）');
    // The run's own texts it wrote over (the other rows' classes, 刘德明's issue) got no note.
    expect(noteOf(rowOf(ws, '黄磊').getCell(h.get('价值等级')!))).toBe('');
    expect(noteOf(rowOf(ws, '刘德明').getCell(h.get('整理问题')!))).toBe('');
    expect(out).toContain('本工具添加的列（整理问题，客户类型，价值等级）有 3 个单元格写着你手写的内容');
    // Named by its cell alone: the summary prints no customer's data, and the text is in the cell's note.
    const qianIssues = qian.getCell(h.get('整理问题')!).address;
    expect(out).toContain(qianIssues);
    expect(out).not.toContain('已核实：客户暂停采购到明年3月');
    const report = JSON.parse(readFileSync(path.join(dir, 'week3.out.xlsx.json'), 'utf8')) as { problems: { code: string; message: string }[] };
    const kept = report.problems.find((p) => p.code === 'cli.typed.overNotes');
    expect(kept?.message).toContain('有 3 个单元格');
    expect(kept?.message).toContain(qian.getCell(h.get('价值等级')!).address);
  });

  it('every original non-empty value survives a rerun in the output\'s cells or notes, typed into the run\'s columns too', async () => {
    await typedWeek();
    await clean('week3.xlsx', 'week3.out.xlsx');
    const before = await sheetOf('week3.xlsx');
    const after = await sheetOf('week3.out.xlsx');
    const found: string[] = [];
    after.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => found.push(String(cell.text), noteOf(cell))));
    const all = found.join('\n');
    const lost: string[] = [];
    before.eachRow((row) => row.eachCell((cell) => {
      const value = String(cell.text).trim();
      if (value !== '' && !all.includes(value)) lost.push(`${cell.address} ${value}`);
    }));
    expect(lost).toEqual([]);
  });

  it('a rerun on its own output keeps the notes as they are and finds nothing new typed', async () => {
    await typedWeek();
    await clean('week3.xlsx', 'week3.out.xlsx');
    const out = await clean('week3.out.xlsx', 'week3.again.xlsx');
    expect(out).not.toContain('手写的内容');
    const ws = await sheetOf('week3.again.xlsx');
    const note = noteOf(rowOf(ws, '钱芳').getCell(headersOf(ws).get('价值等级')!));
    expect(note.split('高价值（老板指定重点）')).toHaveLength(2);
  });

  it('reads its own reasons as its own on the rerun a week later, whose days it counts anew (最近互动 26 天前, 累计金额 12000 ≥ 10000): no note, nothing said', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week2.xlsx');
    const out = await clean('week2.xlsx', 'week3.xlsx', '--today', '2026-12-22');
    expect(out).not.toContain('手写的内容');
  });

  it('reads last week\'s English run\'s words as the run\'s own (a rerun in the other language keeps no note)', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'en.xlsx', '--lang', 'en');
    const out = await clean('en.xlsx', 'zh.xlsx', '--lang', 'zh-CN');
    expect(out).not.toContain('手写的内容');
  });
});
