/**
 * After --merge removes rows, whatever pointed at a customer's row still points at that customer, as
 * when Excel deletes rows: another sheet's links to a row (跟进记录's "→ 孙强" to 客户!A5), its
 * drop-down and conditional format reading the customers' companies, and the pictures anchored
 * beside the rows (a 名片 beside each customer). A link or a picture of a row the merge moved to the
 * archive goes with it there, and the summary says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { loadWorkbook } from '../../cli/io/read-xlsx';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

/** A one-pixel PNG: a scanned card stands in for it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * 客户: 张伟 typed twice (row 4 merges into row 2), 陈静 typed twice (row 6 into row 3); 孙强 in
 * row 5, 周杰 in row 7. 跟进记录 picks the company from a drop-down of 客户!$C$2:$C$7, flags one
 * not in that list, and links to the customer's row, as Excel writes such links (location only).
 * A 名片 picture sits beside rows 5, 6 and 7 (widths 41, 42, 43 px tell them apart).
 */
async function followUps(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '姓名', '公司', '手机', '邮箱', '负责人']);
  ws.addRow(['00123', '张伟', '上海嘉禾贸易有限公司', '13800138000', 'zhangwei@jiahe.com.cn', '李娜']);
  ws.addRow(['00124', '陈静', '杭州云帆科技有限公司', '13912345678', 'chenjing@yunfan.cn', '李娜']);
  ws.addRow(['00125', '张伟', '上海嘉禾贸易有限公司', '138-0013-8000', 'zhangwei@jiahe.com.cn', '王磊']);
  ws.addRow(['00126', '孙强', '宁波海曙五金厂', '13712345678', 'sunqiang@nbhs.com', '李娜']);
  ws.addRow(['00127', '陈静', '杭州云帆科技有限公司', '139 1234 5678', 'chenjing@yunfan.cn', '李娜']);
  ws.addRow(['00128', '周杰', '无锡新创电子有限公司', '17712345678', 'zhoujie@xinchuang-e.com', '赵丽']);
  [5, 6, 7].forEach((row, i) => {
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, { tl: { col: 9, row: row - 1 }, ext: { width: 41 + i, height: 16 }, editAs: 'oneCell' });
  });
  const log = wb.addWorksheet('跟进记录');
  log.addRow(['客户（从下拉选）', '跟进日期', '内容', '跳转到客户行']);
  log.addRow(['无锡新创电子有限公司', '2026-11-01', '电话回访', '→ 周杰']);
  log.addRow(['宁波海曙五金厂', '2026-11-05', '寄样品', '→ 孙强']);
  log.addRow(['上海嘉禾贸易有限公司', '2026-11-06', '展会名片', '→ 张伟（展会）']);
  for (let r = 2; r <= 20; r++) log.getCell(`A${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['客户!$C$2:$C$7'] };
  log.addConditionalFormatting({ ref: 'A2:A20', rules: [{ type: 'expression', priority: 1, formulae: ['COUNTIF(客户!$C$2:$C$7,A2)=0'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet2.xml';
  const links = '<hyperlinks><hyperlink ref="D2" location="\'客户\'!A7" display="→ 周杰"/><hyperlink ref="D3" location="客户!A5" display="→ 孙强"/><hyperlink ref="D4" location="客户!A4" display="→ 张伟（展会）"/></hyperlinks>';
  zip.file(part, (await zip.file(part)!.async('string')).replace(/(<\/conditionalFormatting>(?:<dataValidations[\s\S]*?<\/dataValidations>)?)/, `$1${links}`));
  const file = path.join(dir, '客户.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function merge(lang: 'zh-CN' | 'en'): Promise<{ out: string; summary: string }> {
  const input = await followUps();
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const out = `out-${lang}.xlsx`;
  const code = await main(['clean', input, '--sheet', '客户', '--out', out, '--merge', '--today', '2026-12-02', '--lang', lang, '--quiet'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return { out: path.join(dir, out), summary: io.out };
}

/** The week's merge, run once in each language for all the specs below. */
const runs = new Map<string, Promise<{ out: string; summary: string }>>();
const merged = (lang: 'zh-CN' | 'en' = 'zh-CN') => {
  if (!runs.has(lang)) runs.set(lang, merge(lang));
  return runs.get(lang)!;
};
beforeAll(async () => {
  await merged('zh-CN');
  await merged('en');
}, 60000);

const linkOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellHyperlinkValue).hyperlink;

describe('--merge and what points at the customers\' rows', () => {
  it('removes 张伟\'s and 陈静\'s second rows: 孙强 moves up to row 4, 周杰 to row 5', async () => {
    const { out } = await merged();
    const ws = (await loadWorkbook(out)).getWorksheet('客户')!;
    expect(ws.getCell('B4').value).toBe('孙强');
    expect(ws.getCell('B5').value).toBe('周杰');
  });

  it('跟进记录\'s links still lead to 周杰 and 孙强', async () => {
    const log = (await loadWorkbook((await merged()).out)).getWorksheet('跟进记录')!;
    expect(linkOf(log.getCell('D2'))).toBe("#'客户'!A5");
    expect(linkOf(log.getCell('D3'))).toBe('#客户!A4');
  });

  it('a link to 张伟\'s archived row leads to that row in 已合并重复', async () => {
    const { out, summary } = await merged();
    const wb = await loadWorkbook(out);
    expect(linkOf(wb.getWorksheet('跟进记录')!.getCell('D4'))).toBe("#'已合并重复'!A2");
    expect(wb.getWorksheet('已合并重复')!.getCell('A2').value).toBe('00125');
    expect(summary).toContain('有 1 个链接指向合并时移到归档工作表的行：现指向工作表“已合并重复”中的那一行');
  });

  it('跟进记录\'s drop-down and its conditional format read the four companies left', async () => {
    const xml = await (await JSZip.loadAsync(readFileSync((await merged()).out))).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toContain('<formula1>客户!$C$2:$C$5</formula1>');
    expect(xml).toContain('COUNTIF(客户!$C$2:$C$5,A2)=0');
    expect(xml).not.toContain('$C$7');
  });

  it('孙强\'s and 周杰\'s pictures move up with their rows; 陈静\'s archived row takes hers to 已合并重复', async () => {
    const { out, summary } = await merged();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rowsOf = (sheet: string) => wb.getWorksheet(sheet)!.getImages().map((image) => `${(image.range as unknown as { ext?: { width: number } }).ext?.width}@${image.range.tl.nativeRow + 1}`).sort();
    expect(rowsOf('客户')).toEqual(['41@4', '43@5']);
    const archive = wb.getWorksheet('已合并重复')!;
    expect(rowsOf('已合并重复')).toEqual(['42@3']);
    expect(archive.getCell('A3').value).toBe('00127');
    expect(summary).toContain('有 1 张图片在合并时移到归档工作表的行旁：已随该行放到工作表“已合并重复”');
  });

  it('says so in English too', async () => {
    const { summary } = await merged('en');
    expect(summary).toContain('1 link(s) pointed at rows the merge moved to the archive sheet: they now point at those rows in the sheet "Merged duplicates"');
    expect(summary).toContain('1 picture(s) sat beside rows the merge moved to the archive sheet: they went with those rows to the sheet "Merged duplicates"');
  });
});
