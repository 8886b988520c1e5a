import { alignColumns, reasonWithKeptRow, toolBlock } from '../../../cli/io/archive-rows';

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

describe('alignColumns: the day merged, a column later than the other four', () => {
  const WITH_DAY = [...TOOL, '合并日期'];
  it.each([
    [
      ['姓名', ...WITH_DAY], ['姓名', ...WITH_DAY], 1,
      { cols: [1, 2, 3, 4, 5, 6], added: [] }, 'an archive that has it: its own column',
    ],
    [
      ['姓名', ...TOOL], ['姓名', ...WITH_DAY], 1,
      { cols: [1, 2, 3, 4, 5, 6], added: [{ col: 6, header: '合并日期' }] }, 'an archive from before: added at its right, the earlier lines without a day',
    ],
    [
      ['合并日期', '姓名', ...TOOL, '合并日期'], ['合并日期', '姓名', ...WITH_DAY], 2,
      { cols: [1, 2, 3, 4, 5, 6, 7], added: [] }, 'a column of the user\'s of that name stays his, ours is right of the four',
    ],
  ])('%j ← %j', (existing, wanted, width, expected) => {
    expect(alignColumns(existing, wanted, width)).toEqual(expected);
  });
});

describe('reasonWithKeptRow: an earlier line\'s reason follows its kept row', () => {
  it.each([
    ['已合并到第 188 行（G3，很可能重复）', 188, 187, '已合并到第 187 行（G3，很可能重复）', 'merged'],
    ['第 12 行的副本（G2，同一客户的多条记录之一）', 12, 9, '第 9 行的副本（G2，同一客户的多条记录之一）', 'a copy'],
    ['merged into row 40 (group G1, likely duplicate)', 40, 38, 'merged into row 38 (group G1, likely duplicate)', 'in English'],
    ['已合并到第 188 行（G3，很可能重复）', 18, 17, '已合并到第 188 行（G3，很可能重复）', 'naming another row: left'],
    ['客户说是同一人，已合并到第 188 行', 188, 187, '客户说是同一人，已合并到第 188 行', 'words of the user\'s: left'],
  ])('%s, %i → %i: %s (%s)', (reason, from, to, expected) => {
    expect(reasonWithKeptRow(reason, from, to)).toBe(expected);
  });
});
