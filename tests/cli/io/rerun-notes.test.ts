/** A rerun on a cleaned workbook: the notes the run wrote before are not written a second time. */
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers';
import { cleanIn, workbookBytes } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function noteOf(bytes: Uint8Array, address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const note = wb.getWorksheet('客户')!.getCell(address).note as unknown;
  if (typeof note === 'string') return note;
  return ((note as ExcelJS.Comment | undefined)?.texts ?? []).map((t) => t.text).join('');
}

describe('a cell whose issue stays from run to run (two e-mail addresses in one cell)', () => {
  it('keeps one copy of the run\'s note and the user\'s own note, however often the file is cleaned again', async () => {
    const input = await workbookBytes({}, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.getCell('F1').value = '邮箱';
      ws.getCell('F2').value = 'zhangwei@163.com,zw@qq.com';
      ws.getCell('F2').note = '小王：两个都常用';
    });
    const first = await cleanIn(dir, input);
    expect(first.code).toBe(0);
    const once = await noteOf(first.out, 'F2');
    expect(once).toContain('小王：两个都常用');
    const second = await cleanIn(dir, first.out);
    const third = await cleanIn(dir, second.out);
    expect(await noteOf(second.out, 'F2')).toBe(once);
    expect(await noteOf(third.out, 'F2')).toBe(once);
  }, 30_000);
});
