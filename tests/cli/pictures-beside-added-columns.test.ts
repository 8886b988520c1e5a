/**
 * A picture pasted right of the customer table (the shop's QR code, a logo) and the columns a run adds
 * there: the columns go in between, and the picture moves right of them, as Excel moves a picture
 * when columns are inserted left of it, so no label or reason is hidden under it. A picture over the
 * user's own columns stays where he put it, and a rerun, writing over its earlier columns, moves
 * nothing again.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A one-pixel PNG: a QR code stands in for it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * 客户 in A:F, 张伟 typed twice and 李娜's phone too short (so 整理问题, 重复组, 重复依据 … are added
 * from G); the shop's QR code at H1 (one column of gap, 120 px wide, over H and I), and a stamp over 城市 (D8).
 */
async function sheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '姓名', '手机', '城市', '负责人', '最近联系日期']);
  ws.addRow(['KH001', '张伟', '13812345678', '杭州', '王芳', '2026-11-01']);
  ws.addRow(['KH002', '李娜', '139123', '上海', '王芳', '2026-11-03']);
  ws.addRow(['KH001', '张伟', '13812345678', '杭州', '王芳', '2026-11-01']);
  const qr = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(qr, { tl: { col: 7, row: 0 }, ext: { width: 120, height: 60 } });
  const stamp = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(stamp, { tl: { col: 3, row: 7 }, ext: { width: 41, height: 41 } });
  const file = path.join(dir, '客户.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function clean(input: string, out: string): Promise<{ headers: string[]; pictures: { width: number; col: number }[] }> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', input, '--out', out, '--today', '2026-12-02', '--quiet'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, out));
  const ws = wb.getWorksheet('客户')!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const pictures = ws.getImages().map((image) => ({ width: (image.range as unknown as { ext: { width: number } }).ext.width, col: image.range.tl.nativeCol + 1 }));
  return { headers, pictures: pictures.sort((a, b) => a.width - b.width) };
}

describe('a picture right of the table and the columns a run adds', () => {
  it('moves right of the added columns, keeping its gap; a picture over the user\'s columns stays', async () => {
    const { headers, pictures } = await clean(await sheet(), '整理后.xlsx');
    const lastAdded = headers.length;
    expect(headers.slice(6)).toContain('整理问题');
    expect(headers.slice(6)).toContain('重复组');
    // H (8) had one empty column between it and the table: now that column is right of the last added one.
    expect(pictures).toEqual([{ width: 41, col: 4 }, { width: 120, col: 8 + (lastAdded - 6) }]);
    expect(pictures[1].col).toBeGreaterThan(lastAdded);
  });

  it('a rerun on the cleaned file writes over its own columns and leaves the picture where the first run put it', async () => {
    const first = await clean(await sheet(), '整理后.xlsx');
    const again = await clean(path.join(dir, '整理后.xlsx'), '再次整理.xlsx');
    expect(again.headers).toEqual(first.headers);
    expect(again.pictures).toEqual(first.pictures);
  });
});
