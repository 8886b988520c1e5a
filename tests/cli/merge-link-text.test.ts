/**
 * A link to a customer's row whose text names that row (见第6行, "row 6", A6) keeps saying where it
 * leads after --merge moves the row up: the target follows the row (merge-pointers.test.ts), and the
 * text's row number, where it names the target's row, follows it too. The rest of the user's words,
 * and any number naming another row, stay as typed.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { loadWorkbook } from '../../cli/io/read-xlsx';
import { movedLinkText } from '../../cli/io/link-text';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * 客户: 张伟 typed twice (row 4 merges into row 2), so 陈静 (row 6) and 周杰 (row 7) move up a row.
 * 备注 links to other customers' rows, as Excel writes such links (location only), with the texts a
 * rep types: 见第6行, row 7, A6, 客户!A7, and one naming a row the link does not lead to.
 */
async function sheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '姓名', '手机', '城市', '负责人', '备注']);
  ws.addRow(['KH001', '张伟', '13812345678', '杭州', '王芳', '见第6行']);
  ws.addRow(['KH002', '李娜', '13912345678', '上海', '王芳', 'row 7']);
  ws.addRow(['KH001', '张伟', '13812345678', '杭州', '王芳', '']);
  ws.addRow(['KH003', '刘洋', '13700001111', '广州', '赵磊', 'A6']);
  ws.addRow(['KH004', '陈静', '13600002222', '深圳', '赵磊', '客户!A7']);
  ws.addRow(['KH005', '周杰', '13500003333', '北京', '赵磊', '介绍人见第 6 行（第3行的朋友）']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet1.xml';
  const links = ['<hyperlinks>', '<hyperlink ref="F2" location="客户!A6"/>', '<hyperlink ref="F3" location="\'客户\'!A7"/>', '<hyperlink ref="F5" location="客户!A6"/>', '<hyperlink ref="F6" location="客户!A7"/>', '<hyperlink ref="F7" location="客户!A6"/>', '</hyperlinks>'].join('');
  zip.file(part, (await zip.file(part)!.async('string')).replace('</sheetData>', `</sheetData>${links}`));
  const file = path.join(dir, '客户.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('--merge and a link whose text names the row it leads to', () => {
  it('the text names the row the link now leads to; the user\'s other words stay', async () => {
    const input = await sheet();
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', input, '--out', '整理后.xlsx', '--merge', '--today', '2026-12-02', '--quiet'], io)).toBe(0);
    const ws = (await loadWorkbook(path.join(dir, '整理后.xlsx'))).getWorksheet('客户')!;
    const link = (ref: string) => {
      const v = ws.getCell(ref).value as ExcelJS.CellHyperlinkValue;
      return `${v.text} → ${v.hyperlink}`;
    };
    expect(ws.getCell('B5').value).toBe('陈静');
    expect(ws.getCell('B6').value).toBe('周杰');
    expect(link('F2')).toBe('见第5行 → #客户!A5');
    expect(link('F3')).toBe("row 6 → #'客户'!A6");
    expect(link('F4')).toBe('A5 → #客户!A5');
    expect(link('F5')).toBe('客户!A6 → #客户!A6');
    // 第3行 names another row (李娜's, which stayed): it stays as typed.
    expect(link('F6')).toBe('介绍人见第 5 行（第3行的朋友） → #客户!A5');
  });
});

describe('movedLinkText', () => {
  it.each([
    ['见第12行', '#客户!A12', '#客户!A11', '见第11行'],
    ['See row 12', '#Customers!A12', '#Customers!A11', 'See row 11'],
    ['A12', '#客户!A12', '#客户!A11', 'A11'],
    ['$A$12', '#客户!A12', '#客户!A11', '$A$11'],
    ["'客户'!A12:F12", "#'客户'!A12:F12", "#'客户'!A11:F11", "'客户'!A11:F11"],
    ['12号客户', '#客户!A12', '#客户!A11', '12号客户'],
    ['见第13行', '#客户!A12', '#客户!A11', '见第13行'],
  ])('%s, its link moved from %s to %s, reads %s', (text, before, after, expected) => {
    expect(movedLinkText(text, before, after, false)).toBe(expected);
  });

  it('a link moved to the archive sheet: an address text follows it there, a row phrase stays (a row number alone would point into the customer sheet)', () => {
    expect(movedLinkText('客户!A4', '#客户!A4', "#'已合并重复'!A2", true)).toBe("'已合并重复'!A2");
    expect(movedLinkText('见第4行', '#客户!A4', "#'已合并重复'!A2", true)).toBe('见第4行');
  });
});
