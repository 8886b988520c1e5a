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

/**
 * A rep drags 提醒 (or 问题清单, 报告, 已合并重复) to the front of last week's output, to open the
 * workbook on it. Next week's run must still clean the customer sheet: the run's own sheets hold
 * names and phones too, and cleaning the reminders in the customers' place rewrote them and said no
 * reminder was due.
 */
describe('readXlsx: a sheet the run wrote is never the sheet cleaned by default', () => {
  const ZH_REMINDERS = ['负责人', '类型', '客户', '行号', '日期', '剩余天数', '说明'];
  const EN_REMINDERS = ['Owner', 'Kind', 'Customer', 'Row', 'Due', 'Days left', 'Reason'];

  function lastWeek(front: (wb: ExcelJS.Workbook) => void, customers = true): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    front(wb);
    if (customers) {
      const tab = wb.addWorksheet('客户');
      tab.addRow(['客户名称', '联系人', '手机号', '负责人', '下次跟进', '整理问题']);
      tab.addRow(['星辰科技', '王建国', '13812345678', '陈晓明', '2026-12-08', '']);
      tab.addRow(['蓝海贸易', '李秀丽', '13998765432', '孙悦', '2026-12-10', '']);
    }
    return wb;
  }
  const bytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

  it.each<[string, (wb: ExcelJS.Workbook) => void]>([
    ['提醒 dragged first', (wb) => {
      const s = wb.addWorksheet('提醒');
      s.addRow(ZH_REMINDERS);
      s.addRow(['陈晓明', '待跟进', '王建国（星辰科技）', 2, '2026-12-08', -1, '下次跟进日期已到']);
      s.addRow(['孙悦', '待跟进', '李秀丽（蓝海贸易）', 3, '2026-12-10', 1, '下次跟进日期将到']);
    }],
    ['问题清单 dragged first', (wb) => {
      const s = wb.addWorksheet('问题清单');
      s.addRow(['行号', '列', '表头', '值', '级别', '说明', '建议']);
      s.addRow([2, 'C', '手机号', '1381234567', '错误', '手机号少一位', '']);
    }],
    ['Reminders (an English run) dragged first', (wb) => {
      const s = wb.addWorksheet('Reminders');
      s.addRow(EN_REMINDERS);
      s.addRow(['Chen Xiaoming', 'Follow-up', 'Wang Jianguo', 2, '2026-12-08', -1, 'Follow-up date reached']);
    }],
    ['已合并重复 dragged first', (wb) => {
      const s = wb.addWorksheet('已合并重复');
      s.addRow(['客户名称', '联系人', '手机号', '负责人', ...ZH_TOOL]);
      s.addRow(['星辰科技', '王建国', '13812345678', '陈晓明', 4, 2, 'G1', '已合并到第 2 行（G1，确定重复）']);
    }],
  ])('%s: the customer sheet is cleaned', async (_, front) => {
    const { grid, otherTables } = await readXlsx(await bytes(lastWeek(front)));
    expect(grid.sheetName).toBe('客户');
    expect(otherTables).toEqual([]);
  });

  it('a workbook holding only the run\'s sheets is refused, naming them, not cleaned', async () => {
    const wb = lastWeek((w) => {
      w.addWorksheet('提醒').addRow(ZH_REMINDERS);
      w.getWorksheet('提醒')!.addRow(['陈晓明', '待跟进', '王建国（星辰科技）', 2, '2026-12-08', -1, '下次跟进日期已到']);
      w.addWorksheet('报告').addRow(['客户表管家报告']);
    }, false);
    const err = await readXlsx(await bytes(wb)).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'cli.onlyRunSheets', params: { sheets: '“提醒”, “报告”' } });
  });

  it('--sheet 提醒 still cleans the sheet the user named', async () => {
    const wb = lastWeek((w) => {
      w.addWorksheet('提醒').addRow(ZH_REMINDERS);
    });
    expect((await readXlsx(await bytes(wb), '提醒')).grid.sheetName).toBe('提醒');
  });
});
