/**
 * Control characters in a text cell survive the .xlsx as Excel stores them (`_x0001_`, ECMA-376
 * ST_Xstring), and a text that itself reads `_x0041_` stays that text: exceljs dropped the first and
 * wrote the second so that Excel showed `A`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cellText } from '../../../shared';
import { main } from '../../../cli/main';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { escapeXstring, xlsxTextAsXstring } from '../../../cli/io/xstring';
import { writeWorkbookStreaming } from '../../../cli/io/stream-xlsx';
import { captureIo, tempDir } from '../helpers';
import { SHEET, cleanIn, partOf, workbookBytes } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('escapeXstring', () => {
  it.each([
    ['c\x01d', 'c_x0001_d'],
    ['\x08z', '_x0008_z'],
    ['ok\x00k', 'ok_x0000_k'],
    ['x\x1fy\x7f', 'x_x001F_y_x007F_'],
    ['_x0041_', '_x005F_x0041_'],
    ['_\x0b', '__x000B_'],
    ['张伟 138\t0013\n8000\r', '张伟 138\t0013\n8000\r'],
    ['snake_x_case', 'snake_x_case'],
  ])('%j is stored as %j', (text, stored) => {
    expect(escapeXstring(text)).toBe(stored);
  });
});

const texts = async (file: Uint8Array | string, col: number) => (await readXlsx(file)).grid.cells.slice(1).map((row) => cellText(row[col - 1] ?? { kind: 'empty' }));

describe('a CSV cleaned into .xlsx', () => {
  it('keeps the control characters its cells held, written as Excel writes them', async () => {
    // An ERP export: codes with a stray control byte from a barcode scanner, in a column the run does not
    // read (a column it cleans loses them, the change said: tests/shared/plan/control-chars.test.ts).
    const codes = ['PO\x01-2024-001', '\x08补发', 'A\x00B', 'x\x1fy'];
    writeFileSync(path.join(dir, '客户.csv'), ['姓名,手机,附件', ...codes.map((c, i) => `客户${i + 1},1380013800${i},${c}`)].join('\n'));
    const io = captureIo(dir);
    expect(await main(['clean', '客户.csv', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-02', '--quiet'], io)).toBe(0);
    const out = readFileSync(path.join(dir, 'out.xlsx'));
    expect(await texts(out, 3)).toEqual(codes);
    expect(await partOf(out, SHEET)).toContain('PO_x0001_-2024-001');
    // Nothing changed, and the report says so.
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(report.rows.flatMap((r: { changes: unknown[] }) => r.changes)).toEqual([]);
    // Cleaned again, the workbook keeps them too (shared strings this time).
    const again = await cleanIn(dir, out);
    expect(again.code).toBe(0);
    expect(await texts(again.out, 3)).toEqual(codes);
  });
});

describe('a workbook Excel saved', () => {
  it('keeps a vertical tab and a text that reads _x0041_ in a column the run does not read', async () => {
    const bytes = await workbookBytes({
      'xl/sharedStrings.xml': (xml) => xml.replace('<t>回访1</t>', '<t>已报价_x000B_待回访</t>').replace('<t>回访2</t>', '<t>文件名 _x005F_x0041_.pdf</t>'),
    }, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.getCell('F1').value = '附件';
      ws.getCell('F2').value = '回访1';
      ws.getCell('F3').value = '回访2';
    });
    const before = await texts(bytes, 6);
    expect(before).toEqual(['已报价\x0B待回访', '文件名 _x0041_.pdf', '']);
    const { code, out } = await cleanIn(dir, bytes);
    expect(code).toBe(0);
    expect(await texts(out, 6)).toEqual(before);
    const strings = await partOf(out, 'xl/sharedStrings.xml');
    expect(strings).toContain('已报价_x000B_待回访');
    expect(strings).toContain('文件名 _x005F_x0041_.pdf');
  });
});

describe('a hyperlink’s text and a formula’s cached text', () => {
  // A CRM export pasted into a sheet: the link's caption and the order code a formula builds from it
  // both carry the scanner's \x01. These texts go into a cell's <v>, not a shared string.
  const link = { text: '官网\x01主页', hyperlink: 'https://zhangwei.example.cn' };
  const code = 'PO\x01-2024-001';
  function workbook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '官网', '订单号']);
    ws.addRow(['张伟', '13800138000', link, { formula: 'LEFT(E2,15)', result: code }]);
    return wb;
  }
  const shown = async (file: Uint8Array | string) => {
    const row = (await readXlsx(file)).grid.cells[1];
    return [row[2], cellText(row[3])];
  };

  it('keep their control characters through the streaming writer (a CSV’s workbook)', async () => {
    const file = path.join(dir, 'streamed.xlsx');
    await writeWorkbookStreaming(workbook(), file);
    const xml = await partOf(readFileSync(file), SHEET);
    expect(xml).toContain('<v>官网_x0001_主页</v>');
    expect(xml).toContain('<v>PO_x0001_-2024-001</v>');
    expect(await shown(file)).toEqual([{ kind: 'text', value: link.text, link: link.hyperlink }, code]);
  });

  it('keep them through the in-memory writer (a workbook’s own formulas)', async () => {
    xlsxTextAsXstring();
    const bytes = new Uint8Array((await workbook().xlsx.writeBuffer()) as ArrayBuffer);
    expect(await partOf(bytes, SHEET)).toContain('<v>PO_x0001_-2024-001</v>');
    expect(await shown(bytes)).toEqual([{ kind: 'text', value: link.text, link: link.hyperlink }, code]);
  });

  it('are read from a workbook Excel saved as Excel shows them, and written back so', async () => {
    // Excel writes a formula's text result escaped, in <v> of a t="str" cell; a text that itself reads
    // _x0041_ has its underscore escaped there too.
    const bytes = await workbookBytes({
      [SHEET]: (xml) => xml.replace('<v>结果1</v>', '<v>PO_x0001_-2024-001</v>').replace('<v>结果2</v>', '<v>报价_x005F_x0041_.pdf</v>'),
    }, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.getCell('F1').value = '订单号';
      ws.getCell('F2').value = { formula: 'LEFT(G2,15)', result: '结果1' };
      ws.getCell('F3').value = { formula: 'LEFT(G3,15)', result: '结果2' };
    });
    expect((await texts(bytes, 6)).slice(0, 2)).toEqual([code, '报价_x0041_.pdf']);
    const { code: exit, out } = await cleanIn(dir, bytes);
    expect(exit).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml).toContain('<v>PO_x0001_-2024-001</v>');
    expect(xml).toContain('<v>报价_x005F_x0041_.pdf</v>');
    expect((await texts(out, 6)).slice(0, 2)).toEqual([code, '报价_x0041_.pdf']);
  });
});
