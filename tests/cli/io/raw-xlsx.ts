/** Workbooks as other programs write them: saved by exceljs, then parts of the archive changed by hand. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../../cli/main';
import { captureIo } from '../helpers';

export const SHEET = 'xl/worksheets/sheet1.xml';
export const BOOK = 'xl/workbook.xml';

/** Sheets 客户 (four customers) and 明细, saved by exceljs; `edit` then changes the archive's parts by path. */
export async function workbookBytes(edit: Record<string, (xml: string) => string> = {}, build?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '生日', '最近联系', '状态']);
  ws.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
  ws.addRow(['李娜', '13900139000', 'x', 'x', '跟进中']);
  ws.addRow(['王芳', '13700137000', 'x', 'x', '已成交']);
  wb.addWorksheet('明细').addRow(['订单', '金额']);
  build?.(wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [name, change] of Object.entries(edit)) zip.file(name, change((await zip.file(name)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array' });
}

/** Cleans the bytes in `dir` with the command line; the output file's bytes when it succeeded. */
export async function cleanIn(dir: string, bytes: Uint8Array, ...args: string[]): Promise<{ code: number; out: Uint8Array; stdout: string; err: string }> {
  writeFileSync(path.join(dir, 'in.xlsx'), bytes);
  const io = captureIo(dir);
  const code = await main(['clean', 'in.xlsx', '--out', 'out.xlsx', '--lang', 'en', '--quiet', '--today', '2026-12-01', ...args], io);
  return { code, out: code === 0 ? readFileSync(path.join(dir, 'out.xlsx')) : new Uint8Array(), stdout: io.out, err: io.err };
}

export async function partOf(xlsx: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(xlsx)).file(name)?.async('string')) ?? '';
}
