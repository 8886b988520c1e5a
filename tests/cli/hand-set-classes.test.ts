/**
 * Tester h62's finding #4: a rep retyped 客户类型 现有客户 → 流失客户 in last week's cleaned car-insurance
 * renewal sheet (and typed 已核实 in 整理问题, deleted a row, added a customer); the weekly rerun wrote 现有客户
 * back without a word. The run now records, in the very hidden _SheetKeeper sheet, the classes it wrote per
 * row, so the next run knows the retyped label for the user's: kept, said in the row's 分类依据, counted in the
 * summary by its cell (never its label) and listed in the JSON report, week after week, until he clears it.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// 黄秀英 typed twice (one customer, not merged yet), as in the h62 sheet.
const RENEWALS = [
  '车主姓名,手机,车牌号,车型,保险到期,上年保费,销售顾问,最近联系,下次跟进,备注',
  '黄秀英,13590373539,粤BN0277,雅阁,2026-12-20,3700,小周,2026-10-25,2026-12-08,嫌贵',
  '周建国,13812345678,粤B8H123,凯美瑞,2027-01-15,6800,小刘,2026-11-20,2026-12-18,',
  '林晓燕,13922223333,粤BX5521,轩逸,2026-12-28,15200,老陈,2026-09-02,,换车了？',
  '陈志强,13711112222,粤BK7788,卡罗拉,2026-12-12,4100,小周,2026-11-28,2026-12-05,',
  '黄秀英,13590373539,粤BN0277,雅阁,2026-12-20,3700,小周,2026-10-25,2026-12-08,嫌贵',
].join('\r\n');

const ACCOUNTS = [
  'Name,Company,Email,Phone,Account Owner,Last Contact,Total Spend',
  'Dana Whitfield,Harbor Freight Partners,dana@harborfp.com,(415) 555-0132,Megan,2026-11-30,48000',
  'Luis Ortega,Ortega Landscaping,luis@ortegaland.com,(512) 555-0199,Megan,2026-10-02,2400',
  'Priya Raman,Raman Dental,priya@ramandental.com,(206) 555-0147,Tom,2026-11-18,12500',
].join('\r\n');

async function clean(input: string, out: string, today: string, lang: 'zh_CN.UTF-8' | 'en_US.UTF-8' = 'zh_CN.UTF-8'): Promise<{ out: string; json: Record<string, unknown> }> {
  const io = captureIo(dir, { LANG: lang });
  const code = await main(['clean', input, '--out', out, '--today', today, '--json', `${out}.json`], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  const { readFileSync } = await import('node:fs');
  return { out: io.out, json: JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) };
}

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb;
}

const headersOf = (ws: ExcelJS.Worksheet): Map<string, number> => {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => out.set(String(cell.value), col));
  return out;
};

/** The text of each row's cell under `header`, by row number, for the rows whose first cell is `name`. */
function cellsOf(ws: ExcelJS.Worksheet, name: string, header: string): string[] {
  const col = headersOf(ws).get(header)!;
  const out: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === name) out.push(String(ws.getRow(r).getCell(col).value ?? ''));
  return out;
}

function rowOf(ws: ExcelJS.Worksheet, name: string): number {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === name) return r;
  throw new Error(`no row for ${name}`);
}

/** Last week's output as the rep left it: 黄秀英's first row retyped 流失客户, 已核实 typed, a row deleted, a customer added. */
async function editedWeek(): Promise<void> {
  writeFileSync(path.join(dir, 'car-ins.csv'), RENEWALS);
  await clean('car-ins.csv', 'week1.xlsx', '2026-12-03');
  const wb = await book('week1.xlsx');
  const ws = wb.getWorksheet('car-ins')!;
  const h = headersOf(ws);
  expect(ws.getRow(2).getCell(h.get('客户类型')!).value).toBe('现有客户');
  ws.getRow(2).getCell(h.get('客户类型')!).value = '流失客户';
  ws.getRow(3).getCell(h.get('整理问题')!).value = '已核实';
  ws.spliceRows(5, 1);
  ws.getRow(ws.rowCount + 1).values = ['新客户王大锤', '13700001234', '粤B12345', '凯美瑞', '2026-12-20', 5200, '小刘', '2026-12-04', '2026-12-09', '刚加的'];
  await wb.xlsx.writeFile(path.join(dir, 'week1-edited.xlsx'));
}

describe('a class the user retyped in the run\'s own column', () => {
  it('is kept on the weekly rerun, said in its 分类依据, counted by its cell in the summary and listed in the JSON report', async () => {
    await editedWeek();
    const { out, json } = await clean('week1-edited.xlsx', 'week2.xlsx', '2026-12-10');
    const ws = (await book('week2.xlsx')).getWorksheet('car-ins')!;
    expect(cellsOf(ws, '黄秀英', '客户类型')).toEqual(['流失客户', '现有客户']);
    expect(cellsOf(ws, '黄秀英', '分类依据')[0]).toMatch(/^客户类型“流失客户”是手动设定的，保留不改（按规则为“现有客户”）/);
    const col = ws.getRow(1).values as unknown[];
    const letter = String.fromCharCode(64 + (col as string[]).indexOf('客户类型'));
    expect(out).toContain(`有 1 个分类单元格（客户类型）是你手动改的类别，不是上次运行写入的：已按你写的保留，不会被改写，该行的分类依据写明按规则应为什么：${letter}2。`);
    // The summary names the cell, never the customer's label.
    expect(out.split('\n').filter((l) => l.includes('分类单元格')).join('')).not.toContain('流失客户');
    expect((json.classification as { handSet?: unknown }).handSet).toEqual([{ row: 2, column: letter, header: '客户类型', dimension: 'lifecycle', label: '流失客户', rules: '现有客户' }]);
    // 已核实, no class, is still kept in a note as before.
    expect(out).toContain('你手写的内容已作为批注保留在该单元格上');
    // The record holds level ids and fingerprints, no customer's data.
    const record = (await book('week2.xlsx')).getWorksheet('_SheetKeeper')!;
    expect(record.state).toBe('veryHidden');
    const lines: string[] = [];
    record.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(',')));
    expect(lines.some((l) => /^car-ins,,lifecycle=!churned activity=\S+ tier=\S+ vip=\S+,fp[0-9a-f]{14}(#2)?$/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/黄秀英|1359|流失客户/);
  });

  it('holds on the next weekly run too, after the rows were sorted, until the user clears the cell', async () => {
    await editedWeek();
    await clean('week1-edited.xlsx', 'week2.xlsx', '2026-12-10');
    // The rep sorts by 最近联系, newest first: 黄秀英's rows move.
    const wb = await book('week2.xlsx');
    const ws = wb.getWorksheet('car-ins')!;
    const h = headersOf(ws);
    const rows: unknown[][] = [];
    for (let r = 2; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
    const contact = h.get('最近联系')! - 1;
    rows.sort((a, b) => String(b[contact]).localeCompare(String(a[contact])));
    rows.forEach((values, i) => (ws.getRow(i + 2).values = values as ExcelJS.CellValue[]));
    await wb.xlsx.writeFile(path.join(dir, 'week2-sorted.xlsx'));
    const week3 = await clean('week2-sorted.xlsx', 'week3.xlsx', '2026-12-17');
    const ws3 = (await book('week3.xlsx')).getWorksheet('car-ins')!;
    expect(cellsOf(ws3, '黄秀英', '客户类型').sort()).toEqual(['流失客户', '现有客户'].sort());
    expect((week3.json.classification as { handSet?: { label: string }[] }).handSet?.map((x) => x.label)).toEqual(['流失客户']);

    // Cleared by the rep: the rules write the cell again, and go on writing it.
    const wb4 = await book('week3.xlsx');
    const ws4 = wb4.getWorksheet('car-ins')!;
    const col = headersOf(ws4).get('客户类型')!;
    for (let r = 2; r <= ws4.rowCount; r++) if (ws4.getRow(r).getCell(col).value === '流失客户') ws4.getRow(r).getCell(col).value = null;
    await wb4.xlsx.writeFile(path.join(dir, 'week3-cleared.xlsx'));
    const week4 = await clean('week3-cleared.xlsx', 'week4.xlsx', '2026-12-24');
    expect(cellsOf((await book('week4.xlsx')).getWorksheet('car-ins')!, '黄秀英', '客户类型')).toEqual(['现有客户', '现有客户']);
    expect((week4.json.classification as { handSet?: unknown }).handSet).toBeUndefined();
    expect(week4.out).not.toContain('分类单元格');
    const week5 = await clean('week4.xlsx', 'week5.xlsx', '2026-12-31');
    expect((week5.json.classification as { handSet?: unknown }).handSet).toBeUndefined();
  });

  it('is kept in an English sheet too, its reason and the summary in English', async () => {
    writeFileSync(path.join(dir, 'accounts.csv'), ACCOUNTS);
    await clean('accounts.csv', 'accounts.xlsx', '2026-12-03', 'en_US.UTF-8');
    const wb = await book('accounts.xlsx');
    const ws = wb.worksheets[0];
    const tier = headersOf(ws).get('Value tier')!;
    const luis = rowOf(ws, 'Luis Ortega');
    expect(ws.getRow(luis).getCell(tier).value).toBe('Low value');
    ws.getRow(luis).getCell(tier).value = 'High value';
    await wb.xlsx.writeFile(path.join(dir, 'accounts-edited.xlsx'));
    const { out, json } = await clean('accounts-edited.xlsx', 'accounts2.xlsx', '2026-12-10', 'en_US.UTF-8');
    const ws2 = (await book('accounts2.xlsx')).worksheets[0];
    expect(cellsOf(ws2, 'Luis Ortega', 'Value tier')).toEqual(['High value']);
    expect(cellsOf(ws2, 'Luis Ortega', 'Why this class')[0]).toMatch(/^Value tier "High value" was set by hand and is kept \(the rules give "Low value"\)/);
    expect(out).toMatch(/1 class cell of "accounts" \(Value tier\) holds a class you set by hand/);
    expect((json.classification as { handSet?: { rules: string }[] }).handSet?.map((x) => x.rules)).toEqual(['Low value']);
  });
});
