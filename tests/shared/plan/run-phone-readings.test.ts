/**
 * A run reads each phone text once: the duplicate finder reads the numbers through the readings the
 * cleaner made (CleanedSheet.phones → DedupeOptions.phones), so a number the cleaner could not read
 * (kept as typed, flagged) is not parsed a second time; a finder run alone keeps readings of its own.
 * Same groups either way.
 */
import { cleanSheet, resolveSettings, run, type CleanedSheet } from '../../../shared';
import * as mergeModule from '../../../shared/dedupe/merge';
import { planMerge } from '../../../shared/dedupe/merge';
import { findDuplicates } from '../../../shared/dedupe';
import { PhoneReadings } from '../../../shared/normalize/phone';
import { toRecords } from '../../../shared/table/records';
import { gridOf, TODAY } from './helpers';

const settings = () => {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  return s.settings;
};

/** A rep's list: two customers typed twice, one of them with a number a digit short (no valid number anywhere). */
const ROWS = [
  ['客户名称', '联系人', '手机', '备用电话', '负责人'],
  ['上海蓝海贸易有限公司', '李娜', '138-1234-5678', '021-6438 1234', '王芳'],
  ['上海蓝海贸易有限公司', '李娜', '+86 138 1234 5678', '', '王芳'],
  ['杭州西湖茶业', '陈静', '1391234567', '0571 8765 4321', '赵磊'],
  ['杭州西湖茶业', '陈静', '1391234567', '0571-87654321', '赵磊'],
  ['深圳南山电子', '周杰', '15987654321', '', '刘洋'],
];

function cleaned(): CleanedSheet {
  const out = cleanSheet(gridOf(ROWS, '客户'), { settings: settings(), today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.sheet;
}

const groupsOf = (sheet: CleanedSheet, phones?: PhoneReadings) =>
  findDuplicates(toRecords(sheet.table, sheet.fieldCols, sheet.extraCols), sheet.settings.dedupe, { defaultRegion: sheet.settings.phone.defaultRegion, ...(phones ? { phones } : {}) })
    .groups.map((g) => [g.rows, g.confidence]);

describe('the duplicate finder reads phones through the run\'s readings', () => {
  it('hands the cleaner\'s readings on with the cleaned sheet', () => {
    const sheet = cleaned();
    expect(sheet.phones).toBeInstanceOf(PhoneReadings);
    // The cleaner read the short number 1391234567 and found none in it.
    expect(sheet.phones.size).toBeGreaterThan(0);
    expect(sheet.issues.some((i) => i.sheetRow === 4 && i.code === 'phone.invalid')).toBe(true);
  });

  it('finds in the cleaner\'s readings the number the cleaner kept as typed, parsing nothing again', () => {
    const sheet = cleaned();
    const before = sheet.phones.size;
    const read = jest.spyOn(sheet.phones, 'read');
    const shared = groupsOf(sheet, sheet.phones);
    // The finder asks the cleaner's readings for the number kept as typed, and finds it there: every
    // text it parses through libphonenumber the cleaner read already.
    expect(read).toHaveBeenCalledWith('1391234567', 'CN');
    expect(sheet.phones.size).toBe(before);
    // A finder run alone reads it afresh, into readings of its own, and finds the same groups.
    const own = new PhoneReadings();
    expect(groupsOf(sheet, own)).toEqual(shared);
    expect(own.size).toBeGreaterThan(0);
    expect(groupsOf(sheet)).toEqual(shared);
    expect(shared).toEqual([[[2, 3], expect.any(String)], [[4, 5], expect.any(String)]]);
  });
});

describe('the merge reads phones through the run\'s readings too', () => {
  // 陈静's short number typed twice, spaced differently: the merge compares the two by their numbers.
  const MERGED = ROWS.map((r, i) => (i === 4 ? [r[0], r[1], '139 1234 567', r[3], r[4]] : r));
  const cleanedMerged = (): CleanedSheet => {
    const out = cleanSheet(gridOf(MERGED, '客户'), { settings: settings(), today: TODAY });
    if (!out.ok) throw new Error(out.problem.code);
    return out.sheet;
  };
  const groupsFound = (sheet: CleanedSheet) => findDuplicates(toRecords(sheet.table, sheet.fieldCols, sheet.extraCols), sheet.settings.dedupe, { defaultRegion: 'CN', phones: sheet.phones }).groups;
  const mergeOf = (sheet: CleanedSheet, groups: ReturnType<typeof groupsFound>, phones?: PhoneReadings) =>
    planMerge(sheet.table, sheet.fieldCols, groups, { language: 'zh-CN', defaultRegion: 'CN', today: '2026-12-01', ...(phones ? { phones } : {}) });

  it('finds 陈静\'s short number, kept as typed, in the readings, parsing nothing again, and merges as it would alone', () => {
    const sheet = cleanedMerged();
    const groups = groupsFound(sheet);
    const before = sheet.phones.size;
    const read = jest.spyOn(sheet.phones, 'read');
    const shared = mergeOf(sheet, groups, sheet.phones);
    // The merge compares the group's phones (1391234567 and 139 1234 567) by their numbers, asked of the run's readings.
    expect(read).toHaveBeenCalledWith('1391234567', 'CN');
    expect(read).toHaveBeenCalledWith('139 1234 567', 'CN');
    expect(sheet.phones.size).toBe(before);
    expect(shared.removeRows).toHaveLength(2);
    // Merged alone, each text read afresh: the same plan.
    expect(mergeOf(sheet, groups)).toEqual(shared);
  });

  it('is handed the cleaner\'s readings by a whole run, merged or not', () => {
    // A run without --merge asks only for the fills of the merge it proposes (proposedFills), with the same readings.
    for (const merge of [['exact', 'likely'] as const, undefined]) {
      const planned = jest.spyOn(mergeModule, merge ? 'planMerge' : 'proposedFills');
      const out = run(gridOf(MERGED, '客户'), { settings: settings(), today: TODAY, ...(merge ? { merge: [...merge] } : {}) });
      expect(out.ok).toBe(true);
      expect(planned).toHaveBeenCalled();
      for (const [, , , options] of planned.mock.calls) expect(options.phones).toBeInstanceOf(PhoneReadings);
      planned.mockRestore();
    }
  });
});
