/**
 * The colours and fonts a user gave his cells are his data (a rep's yellow for 重点客户, written up
 * in the workbook's 说明 sheet): a run that cleans such a cell leaves its look as it was and says
 * what changed in its note, and a --merge archives each merged-away cell with its look (fill, font,
 * number format, rich text), as it archives its value, note and link.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { readXlsx } from '../../cli/io/read-xlsx';
import { applyToWorkbook } from '../../cli/io/write-xlsx';
import { captureIo, planFor, tempDir, text } from './helpers';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const YELLOW = 'FFFFFF00';
const GREEN = 'FF92D050';
/** The run's own faint green for a changed value. */
const CHANGED = 'FFE2EFDA';
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const fillOf = (cell: ExcelJS.Cell) => ((cell.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid' ? (cell.fill as ExcelJS.FillPattern).fgColor?.argb : undefined);
const noteOf = (cell: ExcelJS.Cell): string => {
  const n = cell.note as unknown;
  return typeof n === 'string' ? n : ((n as ExcelJS.Comment | undefined)?.texts ?? []).map((x) => x.text).join('');
};

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

async function clean(input: string, out: string, ...flags: string[]): Promise<ExcelJS.Workbook> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', '2026-12-02', '--lang', 'zh-CN', '--quiet', ...flags], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, out));
  return wb;
}

/**
 * A sales team's list: 说明 says yellow marks a key customer; 张伟's mobile and e-mail are yellow
 * (and get cleaned), 孙强's name is green with red bold text (and gets trimmed), 陈静's mobile has
 * no colour of its own (and gets cleaned).
 */
async function keyCustomers(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '黄色 = 重点客户；绿色 = 本月新客户';
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '姓名', '手机', '邮箱', '公司', '负责人']);
  ws.addRow(['00123', '张伟', '+86 138 0013 8000', 'ZhangWei@JiaHe.com ', '上海嘉禾贸易有限公司', '李娜']);
  ws.addRow(['00124', '  孙 强 ', '13712345678', 'sunqiang@nbhs.com', '宁波海曙五金厂', '李娜']);
  ws.addRow(['00125', '陈静', '139-1234-5678', 'chenjing@yunfan.cn', '杭州云帆科技有限公司', '王磊']);
  ws.getCell('C2').fill = solid(YELLOW);
  ws.getCell('D2').fill = solid(YELLOW);
  ws.getCell('B3').style = { fill: solid(GREEN), font: { bold: true, color: { argb: 'FFFF0000' } } };
  return save(wb, '客户.xlsx');
}

describe('a cell the user coloured, cleaned by the run', () => {
  let cleaned: ExcelJS.Workbook;
  let again: ExcelJS.Workbook;
  beforeAll(async () => {
    cleaned = await clean(await keyCustomers(), 'out.xlsx');
    again = await clean('out.xlsx', 'again.xlsx');
  }, 60000);

  it('keeps the rep\'s yellow on a key customer\'s cleaned mobile and e-mail; the note says what they were', () => {
    const ws = cleaned.getWorksheet('客户')!;
    expect(ws.getCell('C2').value).toBe('13800138000');
    expect(fillOf(ws.getCell('C2'))).toBe(YELLOW);
    expect(noteOf(ws.getCell('C2'))).toBe('原值：+86 138 0013 8000');
    expect(fillOf(ws.getCell('D2'))).toBe(YELLOW);
    expect(noteOf(ws.getCell('D2'))).toBe('原值：ZhangWei@JiaHe.com ');
  });

  it('keeps a green name with red bold text green, red and bold once trimmed', () => {
    const b3 = cleaned.getWorksheet('客户')!.getCell('B3');
    expect(b3.value).toBe('孙强');
    expect(fillOf(b3)).toBe(GREEN);
    expect(b3.font).toMatchObject({ bold: true, color: { argb: 'FFFF0000' } });
    expect(noteOf(b3)).toBe('原值：  孙 强 ');
  });

  it('still gives a changed cell without a colour of its own the run\'s faint green', () => {
    const c4 = cleaned.getWorksheet('客户')!.getCell('C4');
    expect(c4.value).toBe('13912345678');
    expect(fillOf(c4)).toBe(CHANGED);
  });

  it('past the note limit, a cell keeping the user\'s colour gets its note before a cell the run fills: the note is its only mark', async () => {
    const read = await readXlsx(path.join(dir, '客户.xlsx'), '客户');
    const plan = planFor(read.grid, {
      fields: ['customerId', 'name', 'mobile', 'email', 'company', 'owner'],
      edits: [
        { sheetRow: 2, col: 1, field: 'name', before: text('张伟'), after: text('张 伟'), reason: 'fix.generic' },
        { sheetRow: 2, col: 2, field: 'mobile', before: text('+86 138 0013 8000'), after: text('13800138000'), reason: 'fix.generic' },
      ],
    });
    const ws = applyToWorkbook({ grid: read.grid, plan, dateSystem: read.dateSystem, lang: 'zh-CN', base: read, noteLimit: 1 }).workbook.getWorksheet('客户')!;
    expect(noteOf(ws.getCell('C2'))).toBe('原值：+86 138 0013 8000');
    // B2 comes first in the sheet, and keeps the run's green without a note.
    expect(fillOf(ws.getCell('B2'))).toBe(CHANGED);
    expect(ws.getCell('B2').note).toBeUndefined();
  });

  it('a rerun on the cleaned file keeps the yellow too', () => {
    const ws = again.getWorksheet('客户')!;
    expect(fillOf(ws.getCell('C2'))).toBe(YELLOW);
    expect(fillOf(ws.getCell('D2'))).toBe(YELLOW);
    expect(fillOf(ws.getCell('B3'))).toBe(GREEN);
    expect(noteOf(ws.getCell('C2'))).toBe('原值：+86 138 0013 8000');
  });
});

/**
 * A list where 张伟 was typed twice: row 4 (a trade-show card) is merged into row 2. Its company is
 * yellow, its 备注 rich text with a red bold 新手机号, its first deal a date shown as 2023年3月1日 and
 * its amount ¥#,##0.00.
 */
async function twiceTyped(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '姓名', '手机', '公司', '首次成交', '成交金额', '负责人', '备注']);
  ws.addRow(['00123', '张伟', '13800138000', '上海嘉禾贸易有限公司', new Date(Date.UTC(2023, 2, 1)), 12800, '李娜', '老客户']);
  ws.addRow(['00124', '陈静', '13912345678', '杭州云帆科技有限公司', new Date(Date.UTC(2024, 5, 18)), 5600, '李娜', null]);
  ws.addRow(['00125', '张伟', '138-0013-8000', '上海嘉禾贸易有限公司', new Date(Date.UTC(2023, 2, 1)), 12800, '王磊', null]);
  ws.getCell('D4').fill = solid(YELLOW);
  ws.getCell('H4').value = { richText: [{ font: { bold: true, color: { argb: 'FFFF0000' } }, text: '新手机号' }, { text: '已确认' }] };
  for (const r of [2, 3, 4]) {
    ws.getCell(`E${r}`).numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell(`F${r}`).numFmt = '¥#,##0.00';
  }
  return save(wb, '重复.xlsx');
}

describe('a --merge archives each merged-away cell with its look', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await clean(await twiceTyped(), 'merged.xlsx', '--merge');
  }, 60000);

  it('the 已合并重复 line of 张伟\'s second row keeps its yellow company, its red bold rich text, its date and money formats', () => {
    expect(wb.getWorksheet('客户')!.rowCount).toBe(3);
    const archive = wb.getWorksheet('已合并重复')!;
    const line = archive.getRow(2);
    const header = (archive.getRow(1).values as ExcelJS.CellValue[]).map((v) => (v === undefined ? '' : String(v)));
    const cell = (name: string) => line.getCell(header.indexOf(name));
    expect(cell('原行号').value).toBe(4);
    expect(cell('公司').value).toBe('上海嘉禾贸易有限公司');
    expect(fillOf(cell('公司'))).toBe(YELLOW);
    expect(cell('备注').value).toEqual({ richText: [{ font: { bold: true, color: { argb: 'FFFF0000' } }, text: '新手机号' }, { text: '已确认' }] });
    expect(cell('首次成交').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(cell('成交金额').value).toBe(12800);
    expect(cell('成交金额').numFmt).toBe('¥#,##0.00');
  });
});
