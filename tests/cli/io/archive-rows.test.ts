import { alignColumns, toolBlock } from '../../../cli/io/archive-rows';

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
