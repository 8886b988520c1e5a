/**
 * A workbook kept as one tab per sales rep with no owner column (使用说明, 王磊, 刘洋, 汇总 of formulas;
 * tester h56's 13_按销售分表.xlsx): the cleaned tab's reminders and report are its rep's, as its 撞单
 * already names him, in the terminal, the JSON report and the 提醒 sheet; the run says once where the
 * owner came from, and writes no owner into the sheet.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { say } from '../../cli/messages';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HEAD = ['客户姓名', '手机', '公司', '最近联系', '合同到期', '成交金额'];

async function repsWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('使用说明').addRows([['本表按销售分 sheet，每人一张；汇总表自动统计。']]);
  wb.addWorksheet('王磊').addRows([HEAD, ['吴海燕', '13510001000', '深圳前海云图科技', '2026-11-25', '2026-12-08', 86000], ['邱建平', '13620002000', '东莞利达五金', '2026-05-01', '', 12000]]);
  wb.addWorksheet('刘洋').addRows([HEAD, ['吴海燕', '135-1000-1000', '深圳前海云图', '2026-11-28', '', 5000], ['叶倩', '13730003000', '惠州碧海旅游', '2026-11-01', '2026-12-02', 30000]]);
  wb.addWorksheet('汇总').addRows([
    ['销售', '客户数', '成交金额'],
    ['王磊', { formula: 'COUNTA(王磊!A:A)-1', result: 2 }, { formula: 'SUM(王磊!F:F)', result: 98000 }],
    ['刘洋', { formula: 'COUNTA(刘洋!A:A)-1', result: 2 }, { formula: 'SUM(刘洋!F:F)', result: 35000 }],
  ]);
  await wb.xlsx.writeFile(path.join(dir, '按销售分表.xlsx'));
  return '按销售分表.xlsx';
}

async function clean(file: string, ...flags: string[]) {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', file, '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-01', '--quiet', ...flags], io)).toBe(0);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  return { out: io.out, json, wb };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("a rep's tab of a workbook of reps' tabs, with no owner column", () => {
  it("puts 王磊's reminders under 王磊, counts his customers as his, and says once why", async () => {
    const { out, json, wb } = await clean(await repsWorkbook());
    const said = say('zh-CN', 'sheet.tabOwner', { sheet: '王磊', owner: '王磊' });
    expect(occurrences(out, said)).toBe(1);
    expect(out).toMatch(/按负责人：王磊 2\n/);
    expect(out).not.toContain('未分配');
    expect(json.reminders.map((r: { owner: string }) => r.owner)).toEqual(['王磊', '王磊']);
    expect(json.problems.filter((p: { code: string }) => p.code === 'sheet.tabOwner')).toEqual([{ code: 'sheet.tabOwner', severity: 'info', message: said }]);
    const owner = json.report.sections.find((s: { id: string }) => s.id === 'owner');
    expect(owner.series.map((e: { label: string; count: number }) => [e.label, e.count])).toEqual([['王磊', 2]]);
    // The 提醒 sheet's 负责人 column.
    const reminders = wb.worksheets.find((ws) => ws.name.startsWith('提醒'))!;
    expect([2, 3].map((r) => reminders.getRow(r).getCell(1).value)).toEqual(['王磊', '王磊']);
    // The 撞单 names the same two reps.
    expect(json.acrossSheets.groups[0].owners).toEqual(['王磊', '刘洋']);
    // Nothing of the tab's name is written into the rep's sheet.
    const sheet = wb.getWorksheet('王磊')!;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).not.toContain('王磊');
  });

  it('with --sheet 刘洋: 刘洋 is the owner', async () => {
    const { out, json } = await clean(await repsWorkbook(), '--sheet', '刘洋');
    expect(occurrences(out, say('zh-CN', 'sheet.tabOwner', { sheet: '刘洋', owner: '刘洋' }))).toBe(1);
    expect(out).toMatch(/按负责人：刘洋 1\n/);
    expect(json.reminders.map((r: { owner: string }) => r.owner)).toEqual(['刘洋']);
  });

  it('says it in English too', async () => {
    const { out } = await clean(await repsWorkbook(), '--lang', 'en');
    expect(occurrences(out, say('en', 'sheet.tabOwner', { sheet: '王磊', owner: '王磊' }))).toBe(1);
    expect(out).toContain('"王磊" has no owner column: its customers are read as 王磊\'s');
  });
});

describe('the 跨表重复 sheet names each line\'s own owner', () => {
  const sheetRows = (wb: ExcelJS.Workbook, name = '跨表重复') => {
    const ws = wb.getWorksheet(name)!;
    return Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as unknown[]).slice(1));
  };

  it("the rep each tab stands for under 负责人, the 撞单 with the reasons; a rerun still knows the sheet's lines", async () => {
    const { wb } = await clean(await repsWorkbook());
    expect(sheetRows(wb)).toEqual([
      ['组', '工作表', '行', '客户', '负责人', '重复依据'],
      ['X1 · 很可能重复', '王磊', 2, '吴海燕', '王磊', '手机号相同；姓名相同；公司名称相近；撞单：同一客户分属 王磊 / 刘洋'],
      ['X1 · 很可能重复', '刘洋', 2, '吴海燕', '刘洋', '手机号相同；姓名相同；公司名称相近；撞单：同一客户分属 王磊 / 刘洋'],
    ]);
    // A rerun on the output replaces its own sheet (its lines recognised by sheet, row and customer), not a second one.
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', 'out.xlsx', '--out', 'again.xlsx', '--today', '2026-12-01', '--quiet'], io)).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(path.join(dir, 'again.xlsx'));
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('跨表重复'))).toEqual(['跨表重复']);
    expect(sheetRows(again)).toEqual(sheetRows(wb));
  });

  it("each line's 负责人 cell as its sheet writes it, in English too", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('East').addRows([['Name', 'Email', 'Owner'], ['Amy Lee', 'amy.lee@gmail.com', 'Tom Reed'], ['Ben Chan', 'ben.chan@outlook.com', 'Tom Reed']]);
    wb.addWorksheet('West').addRows([['Name', 'Email', 'Owner'], ['Amy Lee', 'Amy.Lee@gmail.com', 'Sara Kim']]);
    await wb.xlsx.writeFile(path.join(dir, 'regions.xlsx'));
    const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
    expect(await main(['clean', 'regions.xlsx', '--out', 'out.xlsx', '--today', '2026-12-01', '--quiet'], io)).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const rows = sheetRows(out, 'Across sheets');
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([['East', 'Tom Reed'], ['West', 'Sara Kim']]);
    for (const r of rows.slice(1)) expect(r[5]).toMatch(/owner conflict.*Tom Reed.*Sara Kim|owner conflict.*Sara Kim.*Tom Reed/i);
  });
});
