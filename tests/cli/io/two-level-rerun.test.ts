/**
 * A workbook the run wrote can be cleaned again. Under a two-level header (姓名 merged down over two
 * rows, 联系方式 merged over 手机 | 邮箱) the run writes its own headers (整理问题 …) on the lower
 * header row with nothing above them; the next run refused the file for its merged cells.
 */
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers';
import { cleanIn } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function twoLevelSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.getCell('A1').value = '姓名';
  ws.mergeCells('A1:A2');
  ws.getCell('B1').value = '联系方式';
  ws.mergeCells('B1:C1');
  ws.getCell('B2').value = '手机';
  ws.getCell('C2').value = '邮箱';
  ws.getCell('D1').value = '备注';
  ws.mergeCells('D1:D2');
  [
    ['张伟', '13800138000', 'zw@qq.com', '老客户'],
    ['李娜', '+86 139 0013 9000', 'ln@163.com', ''],
    ['张伟', '138-0013-8000', 'ZW@QQ.COM', ''],
  ].forEach((row, i) => row.forEach((v, j) => (ws.getCell(3 + i, 1 + j).value = v === '' ? null : v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.getWorksheet('客户')!;
}

const rowTexts = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));

describe('a two-level header, cleaned, cleaned again, then merged', () => {
  it('every run reads the file the run before wrote, and writes over its own columns', async () => {
    const first = await cleanIn(dir, await twoLevelSheet());
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const second = await cleanIn(dir, first.out);
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    const merged = await cleanIn(dir, second.out, '--merge');
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);

    const once = await sheetOf(first.out);
    const twice = await sheetOf(second.out);
    // The run's headers beside the user's, on the lower header row, once: the second run wrote over them.
    expect(rowTexts(once, 2).slice(0, 5)).toEqual(['姓名', '手机', '邮箱', '备注', 'Sheet Keeper issues']);
    expect(rowTexts(twice, 2)).toEqual(rowTexts(once, 2));
    const last = await sheetOf(merged.out);
    // The header keeps its merges; the copy of 张伟 went to the archive sheet.
    expect(Object.keys((last as unknown as { _merges: object })._merges).sort()).toEqual(['A1', 'B1', 'D1']);
    expect(last.getCell('A3').value).toBe('张伟');
    expect(last.getCell('A4').value).toBe('李娜');
    expect(last.getCell('A5').value).toBeNull();
  }, 60_000);
});
