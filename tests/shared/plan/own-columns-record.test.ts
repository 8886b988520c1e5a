/**
 * The record of a run's rule columns every host keeps the same way (the CLI and, to come, the Excel
 * add-in in a very hidden sheet, Apps Script in a hidden one): its layout and its reading are the core's.
 */
import { OWN_COLUMNS_HEAD, OWN_COLUMNS_SHEET, isOwnColumnsRecord, recordAfter, recordedFor, toRecord, type Plan } from '../../../shared';

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
