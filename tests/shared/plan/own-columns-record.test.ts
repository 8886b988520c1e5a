/**
 * The record of a run's rule columns every host keeps the same way (the CLI and, to come, the Excel
 * add-in in a very hidden sheet, Apps Script in a hidden one): its layout and its reading are the core's.
 */
import { OWN_COLUMNS_HEAD, OWN_COLUMNS_SHEET, isOwnColumnsRecord, recordAfter, recordedFor, recordSheet, toRecord, type Plan } from '../../../shared';

const HEAD = [...OWN_COLUMNS_HEAD];

describe('the record of the columns a run added', () => {
  it('is a sheet of one name in either language, told from a user\'s by its head row', () => {
    expect(OWN_COLUMNS_SHEET).toBe('_SheetKeeper');
    expect(isOwnColumnsRecord(HEAD)).toBe(true);
    expect(isOwnColumnsRecord(['工作表', '备注'])).toBe(false);
  });

  it('records the rule columns only: the headers every run writes are known by their text', () => {
    const plan = { ownColumns: ['整理问题', '重复组', '重复依据', '客户类型', 'VIP (computed)', '大区', ' 客户分级 ', '大区'] } as Plan;
    expect(toRecord(plan)).toEqual(['大区', '客户分级']);
    expect(toRecord({} as Plan)).toEqual([]);
  });

  it('gives each sheet its own lines, and a sheet renamed since its lines when the record names no other', () => {
    const rows = [HEAD, ['张三的客户', '大区'], ['李四的客户', '客户分级']];
    expect(recordedFor(rows, '张三的客户', ['张三的客户', '李四的客户'])).toEqual(['大区']);
    expect(recordedFor(rows, '王五的客户', ['王五的客户', '张三的客户', '李四的客户'])).toBeUndefined();
    // 客户 renamed 客户2026 in Excel: the one sheet the record names is gone, so its lines are this sheet's.
    expect(recordedFor([HEAD, ['客户', '大区']], '客户2026', ['客户2026', '提醒'])).toEqual(['大区']);
    expect(recordedFor([['工作表', '备注'], ['客户', '大区']], '客户', ['客户'])).toBeUndefined();
  });

  it('after a run: this sheet\'s lines replaced, other sheets\' kept, a deleted sheet\'s dropped', () => {
    const rows = [HEAD, ['张三的客户', '大区'], ['李四的客户', '客户分级'], ['已删除', '大区']];
    expect(recordAfter(rows, '张三的客户', ['Region'], ['张三的客户', '李四的客户'])).toEqual([HEAD, ['李四的客户', '客户分级'], ['张三的客户', 'Region']]);
    expect(recordAfter([], '客户', ['大区'], ['客户'])).toEqual([HEAD, ['客户', '大区']]);
    expect(recordAfter([HEAD, ['客户', '大区']], '客户', [], ['客户'])).toEqual([HEAD]);
  });
});

describe('where the record goes when the workbook has a sheet of the user\'s under its name', () => {
  const TODO = [['日期', '事项', '负责人'], ['2026-11-01', '盘点客户表', '王芳']];
  // Each sheet as a host reads it for this: its name and first row.
  const sheet = (name: string, rows: unknown[][] = []) => ({ name, firstRow: rows[0] });

  it.each([
    ['no such sheet: the plain name, to be added', [sheet('客户')], { name: '_SheetKeeper', exists: false }],
    ['our record: that sheet', [sheet('客户'), sheet('_SheetKeeper', [HEAD])], { name: '_SheetKeeper', exists: true }],
    ['his to-do list of that name: the next free name, his named', [sheet('客户'), sheet('_SheetKeeper', TODO)], { name: '_SheetKeeper2', exists: false, taken: '_SheetKeeper' }],
    // Excel tells sheet names apart without case: a second sheet _SheetKeeper beside his _sheetkeeper could not be added.
    ['his of the name in other case: not ours either', [sheet('客户'), sheet('_sheetkeeper', TODO)], { name: '_SheetKeeper2', exists: false, taken: '_sheetkeeper' }],
    ['his, and our record an earlier run put beside it: ours', [sheet('_SheetKeeper', TODO), sheet('客户'), sheet('_SheetKeeper2', [HEAD, ['客户', '大区']])], { name: '_SheetKeeper2', exists: true, taken: '_SheetKeeper' }],
    ['his, and his _SheetKeeper2 too: the one after', [sheet('_SheetKeeper', TODO), sheet('_SheetKeeper2', TODO)], { name: '_SheetKeeper3', exists: false, taken: '_SheetKeeper' }],
  ])('%s', (_, sheets, expected) => {
    expect(recordSheet(sheets)).toEqual(expected);
  });

  it('reads no line of his sheet as a recorded column', () => {
    expect(recordedFor(TODO, '客户', ['客户', '_SheetKeeper'])).toBeUndefined();
  });
});
