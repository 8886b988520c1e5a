import ExcelJS from 'exceljs';
import { ownSheet, startsWith, tabSheetName } from '../../../cli/io/own-sheet';

describe('ownSheet: our sheet or a user\'s', () => {
  const ours = (s: ExcelJS.Worksheet) => startsWith(s, ['负责人', '类型']);

  it('replaces our own sheet, skips a user\'s of the same name (whatever the case)', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('REMINDERS').addRow(['my list']);
    wb.addWorksheet('Reminders (2)').addRow(['负责人', '类型']);
    expect(ownSheet(wb, 'Reminders', ours, 'replace')).toEqual({ name: 'Reminders (2)' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['REMINDERS']);
  });

  it('hands back our own sheet to append to', () => {
    const wb = new ExcelJS.Workbook();
    const mine = wb.addWorksheet('提醒');
    mine.addRow(['负责人', '类型']);
    expect(ownSheet(wb, '提醒', ours, 'append')).toEqual({ name: '提醒', existing: mine });
    expect(ownSheet(new ExcelJS.Workbook(), '提醒', ours, 'append')).toEqual({ name: '提醒' });
  });

  it('never takes the sheet being cleaned for ours (clean --sheet 提醒 on a cleaned workbook)', () => {
    const wb = new ExcelJS.Workbook();
    const cleaned = wb.addWorksheet('提醒');
    cleaned.addRow(['负责人', '类型']);
    expect(ownSheet(wb, '提醒', ours, 'replace', cleaned)).toEqual({ name: '提醒 (2)' });
    expect(wb.worksheets).toEqual([cleaned]);
  });
});

describe('tabSheetName: each customer tab\'s own run sheets', () => {
  it.each([
    ['提醒', '张三的客户', false, 'zh-CN', '提醒', 'one customer tab: the plain name, as before'],
    ['提醒', '李四的客户', true, 'zh-CN', '提醒（李四的客户）', 'a tab per rep: the tab in the name'],
    ['Reminders', 'West region', true, 'en', 'Reminders - West region', 'in English'],
    ['Issues', 'Customers of the Shanghai office, 2024', true, 'en', 'Issues - Customers of the Shang', 'a long tab is shortened to Excel\'s 31 characters'],
  ] as const)('%s + %s (%s) → %s: %s', (base, tab, several, lang, expected, _why) => {
    expect(tabSheetName(base, tab, several, lang)).toBe(expected);
    expect(expected.length).toBeLessThanOrEqual(31);
  });
});
