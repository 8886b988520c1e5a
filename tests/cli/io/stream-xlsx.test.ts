/**
 * The streaming writer (for workbooks built from a CSV) must write what exceljs's in-memory writer
 * writes: both files of the same workbook are read back and compared sheet by sheet, cell by cell.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { generateCustomers, sheetRows } from '../../../examples/generator';
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { applyToWorkbook, writeXlsx } from '../../../cli/io/write-xlsx';
import { writeWorkbookStreaming } from '../../../cli/io/stream-xlsx';
import { gridOf, tempDir } from '../helpers';

// Whole workbooks written twice and read back: seconds on a busy machine, not the default five.
jest.setTimeout(30_000);

async function reopen(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const noteText = (cell: ExcelJS.Cell): string | undefined => {
  const n = cell.note as unknown;
  if (n === undefined) return undefined;
  return typeof n === 'string' ? n : ((n as ExcelJS.Comment).texts ?? []).map((x) => x.text).join('');
};

/** Everything a person or a program sees of a sheet, as plain data. */
function sheetPicture(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[`${r}:${c}`] = {
        value: cell.value,
        numFmt: cell.numFmt,
        fill: cell.fill,
        font: cell.font,
        alignment: cell.alignment,
        note: noteText(cell),
      };
    });
  });
  const widths: (number | undefined)[] = [];
  // Sized columns may lie beyond the last one holding a value.
  for (let c = 1; c <= Math.max(ws.columnCount, ws.columns?.length ?? 0); c++) widths.push(ws.getColumn(c).width);
  const rows: Record<number, { hidden: boolean; height?: number }> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden || row.height !== undefined) rows[r] = { hidden: row.hidden, height: row.height };
  });
  return {
    name: ws.name,
    state: ws.state,
    frozen: (ws.views ?? []).map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit, xSplit: (v as { xSplit?: number }).xSplit })),
    autoFilter: ws.autoFilter,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths,
    rows,
    cells,
  };
}

function planOf(rows: string[][], merge: boolean): { grid: ReturnType<typeof gridOf>; plan: Plan } {
  const grid = gridOf(rows, '客户');
  const out = run(grid, { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: merge ? ['exact', 'likely'] : undefined });
  if (!out.ok) throw new Error(out.problem.code);
  return { grid, plan: out.plan };
}

describe('writeWorkbookStreaming', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it.each([
    ['a messy Chinese sheet, nothing merged', false],
    ['the same sheet with its duplicates merged (archive sheet, rows removed)', true],
  ])('writes %s exactly as the in-memory writer does', async (_, merge) => {
    const rows = sheetRows(generateCustomers({ seed: 31, rows: 120, lang: 'zh', duplicateRate: 0.25, messRate: 0.6 }));
    const { grid, plan } = planOf(rows, merge);
    const built = () => applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', noteLimit: 40, today: '2024-12-01' }).workbook;

    const inMemory = path.join(dir, 'memory.xlsx');
    writeFileSync(inMemory, new Uint8Array((await built().xlsx.writeBuffer()) as ArrayBuffer));
    const streamed = path.join(dir, 'streamed.xlsx');
    await writeWorkbookStreaming(built(), streamed);

    // What the command line writes: the main sheet made row by row, never whole in memory.
    const direct = path.join(dir, 'direct.xlsx');
    const written = await writeXlsx(direct, { grid, plan, dateSystem: '1900', lang: 'zh-CN', noteLimit: 40, today: '2024-12-01' });
    const applied = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', noteLimit: 40, today: '2024-12-01' });
    expect(written.notesOmitted).toBe(applied.notesOmitted);
    expect(written.notesOmitted).toBeGreaterThan(0);

    const [a, b, c] = await Promise.all([reopen(inMemory), reopen(streamed), reopen(direct)]);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(c.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    if (merge) expect(a.worksheets.length).toBeGreaterThanOrEqual(5);
    for (const ws of a.worksheets) {
      expect(sheetPicture(b.getWorksheet(ws.name)!)).toEqual(sheetPicture(ws));
      expect(sheetPicture(c.getWorksheet(ws.name)!)).toEqual(sheetPicture(ws));
    }
  });

  it('leaves a CSV mobile whose digits Excel dropped (1.38E+10) as typed, in no Text cell, as the in-memory writer does', async () => {
    const { grid, plan } = planOf([
      ['姓名', '手机', '公司', '负责人'],
      ['张伟', '13812345678', '上海华强贸易有限公司', '李娜'],
      ['王芳', '1.38E+10', '杭州绿源科技', '李娜'],
      ['Tom Baker', '+86 139 0000 1234', 'Acme Trading Ltd.', 'Lucy'],
    ], false);
    expect(plan.issues.some((i) => i.sheetRow === 3 && i.code === 'phone.precisionLost')).toBe(true);
    const direct = path.join(dir, 'direct.xlsx');
    await writeXlsx(direct, { grid, plan, dateSystem: '1900', lang: 'zh-CN', today: '2024-12-01' });
    const inMemory = path.join(dir, 'memory.xlsx');
    const applied = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', today: '2024-12-01' }).workbook;
    writeFileSync(inMemory, new Uint8Array((await applied.xlsx.writeBuffer()) as ArrayBuffer));
    const [streamed, memory] = await Promise.all([reopen(direct), reopen(inMemory)]);
    const rounded = streamed.worksheets[0]!.getCell('B3');
    // A Text cell would make the next run read a real-looking mobile and lose the flag (lost-digit-cells.ts).
    expect(rounded.numFmt).not.toBe('@');
    expect(rounded.numFmt).toBe(memory.worksheets[0]!.getCell('B3').numFmt);
    expect(rounded.value).toBe(memory.worksheets[0]!.getCell('B3').value);
    // The whole mobile beside it stays text in a Text cell.
    expect(streamed.worksheets[0]!.getCell('B2').numFmt).toBe('@');
  });

  it('carries merged areas, hidden rows and columns, heights, rich text, formulas and hyperlinks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('样表', { views: [{ state: 'frozen', ySplit: 1 }], properties: { tabColor: { argb: 'FFFF0000' } } });
    ws.columns = [{ width: 12 }, { width: 30, hidden: true }, { width: 8, style: { numFmt: '@' } }, { width: 5 }, { width: 40 }];
    ws.getCell('A1').value = '标题';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = { richText: [{ text: '张', font: { bold: true } }, { text: '伟' }] };
    ws.getCell('B2').value = { formula: 'LEN(A2)', result: 2 };
    ws.getCell('C2').value = { text: '官网', hyperlink: 'https://example.com' };
    ws.getCell('A3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('B3').value = true;
    ws.getCell('C3').value = 45000.5;
    ws.getCell('C3').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getRow(3).height = 30;
    ws.getRow(4).hidden = true;
    ws.getCell('A4').value = '隐藏行';
    ws.getCell('A4').note = '备注：隐藏的行也要写';

    const inMemory = path.join(dir, 'memory.xlsx');
    writeFileSync(inMemory, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const streamed = path.join(dir, 'streamed.xlsx');
    await writeWorkbookStreaming(wb, streamed);
    const [a, b] = await Promise.all([reopen(inMemory), reopen(streamed)]);
    expect(sheetPicture(b.getWorksheet('样表')!)).toEqual(sheetPicture(a.getWorksheet('样表')!));
    expect(b.getWorksheet('样表')!.properties.tabColor).toEqual({ argb: 'FFFF0000' });
  });

  it('keeps a formula’s saved result of 0 or FALSE (exceljs leaves a falsy result out of a formula’s value)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '欠款', '已回访']);
    ws.addRow(['张伟', { formula: '500-500', result: 0 }, { formula: 'B2>0', result: false }]);
    const streamed = path.join(dir, 'streamed.xlsx');
    await writeWorkbookStreaming(wb, streamed);
    const back = (await reopen(streamed)).getWorksheet('客户')!;
    expect([back.getCell('B2').result, back.getCell('C2').result]).toEqual([0, false]);
  });

  it('leaves no file behind when writing fails', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = 1;
    await expect(writeWorkbookStreaming(wb, path.join(dir, 'no-such-folder', 'out.xlsx'))).rejects.toThrow();
  });
});
