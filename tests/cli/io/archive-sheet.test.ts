import ExcelJS from 'exceljs';
import { alignColumns, toolBlock } from '../../../cli/io/archive-sheet';
import { ownSheet, startsWith } from '../../../cli/io/own-sheet';

const TOOL = ['原行号', '保留行', '重复组', '原因'];

describe('toolBlock: is this our archive?', () => {
  it.each([
    [['姓名', '手机', ...TOOL], 2, 'the first run: the tool columns after the table'],
    [['姓名', ...TOOL, '整理问题', '重复组'], 1, 'a rerun added columns at the right'],
    [['姓名', '原行号', '保留行', '重复组'], -1, 'only three of the four'],
    [['姓名', '原行号', '重复组', '保留行', '原因'], -1, 'not side by side in order'],
    [['我自己的归档'], -1, 'a user sheet'],
  ])('%j → %i (%s)', (headers, expected) => {
    expect(toolBlock(headers, TOOL)).toBe(expected);
  });
});

describe('alignColumns: appending to an earlier archive', () => {
  it.each([
    [
      ['姓名', '手机', ...TOOL], ['姓名', '手机', ...TOOL], 2,
      { cols: [1, 2, 3, 4, 5, 6], added: [] }, 'the same table: column for column',
    ],
    [
      ['姓名', '手机', ...TOOL], ['手机', '姓名', ...TOOL], 2,
      { cols: [2, 1, 3, 4, 5, 6], added: [] }, 'columns in another order are found by header',
    ],
    [
      ['姓名', '手机', ...TOOL], ['姓名', '手机', '整理问题', '重复组', ...TOOL], 4,
      { cols: [1, 2, 7, 8, 3, 4, 5, 6], added: [{ col: 7, header: '整理问题' }, { col: 8, header: '重复组' }] },
      'a rerun: the first run\'s added columns, one named like a tool column, go to new columns at the right',
    ],
    [
      ['备注', '备注', ...TOOL], ['备注', '备注', '备注', ...TOOL], 3,
      { cols: [1, 2, 7, 3, 4, 5, 6], added: [{ col: 7, header: '备注' }] }, 'a repeated header matches in order',
    ],
  ])('%j ← %j', (existing, wanted, width, expected) => {
    expect(alignColumns(existing, wanted, width)).toEqual(expected);
  });
});

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
