/**
 * Control characters in a text cell survive the .xlsx as Excel stores them (`_x0001_`, ECMA-376
 * ST_Xstring), and a text that itself reads `_x0041_` stays that text: exceljs dropped the first and
 * wrote the second so that Excel showed `A`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellText } from '../../../shared';
import { main } from '../../../cli/main';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { escapeXstring } from '../../../cli/io/xstring';
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
