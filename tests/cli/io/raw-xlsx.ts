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

/**
 * What Excel checks before it opens a package, and repairs when wrong: every relationship of every
 * part has a unique Id and a target that is in the archive; every part in the archive has a content
 * type (an Override, or a Default for its extension) and every Override names a part that is there;
 * the workbook's sheets have unique names, sheetIds and relationships. The problems found, none when clean.
 */
export async function packageProblems(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const names = new Set(Object.keys(zip.files).filter((n) => !zip.files[n].dir));
  const problems: string[] = [];
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  const overrides = [...types.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]));
  for (const part of overrides) if (!names.has(part)) problems.push(`content type for missing part ${part}`);
  if (new Set(overrides).size !== overrides.length) problems.push('a part named twice in [Content_Types].xml');
  for (const name of names) {
    if (name === '[Content_Types].xml') continue;
    if (!overrides.includes(name) && !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) problems.push(`no content type for ${name}`);
  }
  for (const relsName of [...names].filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n))) {
    const rels = await zip.file(relsName)!.async('string');
    const base = relsName.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1');
    const ids = [...rels.matchAll(/<Relationship\b[^>]*\sId="([^"]+)"/g)].map((m) => m[1]);
    if (new Set(ids).size !== ids.length) problems.push(`duplicate relationship Id in ${relsName}`);
    for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(rel)) continue;
      const target = /\sTarget="([^"]+)"/.exec(rel)?.[1] ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
      if (!names.has(decodeURIComponent(resolved))) problems.push(`${relsName} points at missing ${resolved}`);
    }
  }
  const book = (await zip.file(BOOK)?.async('string')) ?? '';
  const sheets = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  for (const attr of ['name', 'sheetId', 'r:id']) {
    const values = sheets.map((s) => new RegExp(`\\s${attr}="([^"]*)"`).exec(s)?.[1]?.toLowerCase());
    if (new Set(values).size !== values.length) problems.push(`workbook sheets share a ${attr}`);
  }
  return problems;
}
