/** The sheets a run wrote, told from a user's, so a rerun does not read them as customer tabs. */
import ExcelJS from 'exceljs';
import { isRunSheet } from '../../../cli/io/run-sheets';
import { readXlsx } from '../../../cli/io/read-xlsx';

const ZH_TOOL = ['原行号', '保留行', '重复组', '原因'];
const EN_TOOL = ['Original row', 'Kept row', 'Duplicate group', 'Reason'];

function sheetOf(name: string, header: string[]): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet(name);
  sheet.addRow(header);
  sheet.addRow(['张伟', '13812345678', 5, 2, 'G1', '手机号相同']);
  return sheet;
}

describe('isRunSheet: the merged-duplicates archive, by its name and its first row', () => {
  it.each<[string, string[], boolean, string]>([
    ['已合并重复', ['姓名', '手机', ...ZH_TOOL], true, 'the plain archive'],
    ['已合并重复（1月）', ['姓名', '手机', ...ZH_TOOL], true, "one tab's archive"],
    ['Merged duplicates - West region', ['Name', 'Mobile', ...EN_TOOL], true, "one tab's archive in English"],
    ['已合并重复 (2)', ['姓名', '手机', ...ZH_TOOL], true, 'ours beside a user\'s sheet of the name'],
    ['已合并重复（1月）', ['姓名', '手机', '邮箱'], false, "a user's sheet of the name: its first row is a customer table"],
    ['已合并重复', ['姓名', '手机', '邮箱'], false, "a user's sheet of the plain name"],
    ['1月', ['姓名', '手机', ...ZH_TOOL], false, 'a customer tab'],
  ])('%s, row 1 %j: %s (%s)', (name, header, expected) => {
    expect(isRunSheet(sheetOf(name, header))).toBe(expected);
  });
});

describe('readXlsx on a merged multi-tab workbook: the tab\'s archive is no other customer sheet', () => {
  it('names 2月 only, not 已合并重复（1月）', async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ['1月', '2月']) {
      const tab = wb.addWorksheet(name);
      tab.addRow(['姓名', '手机号', '邮箱']);
      tab.addRow(['张伟', '13812345678', 'zw@qq.com']);
    }
    const archive = wb.addWorksheet('已合并重复（1月）');
    archive.addRow(['姓名', '手机号', '邮箱', ...ZH_TOOL]);
    archive.addRow(['张伟', '13812345678', 'zw@qq.com', 3, 2, 'G1', '手机号相同']);
    const { grid, otherTables } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheetName).toBe('1月');
    expect(otherTables).toEqual(['2月']);
  });
});
