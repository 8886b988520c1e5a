import { ownerName } from '../../../shared/table/owner-name';
import type { Cell } from '../../../shared/table/cell';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('whom an owner cell names', () => {
  it.each([
    ['李四', '李四'],
    [' 李四 ', '李四'],
    ['Amy Lee', 'Amy Lee'],
    ['李四/王五', '李四/王五'],
    ['公海', ''],
    ['待分配', ''],
    ['未分配', ''],
    ['无', ''],
    ['N/A', ''],
    ['Unassigned', ''],
    ['李四（已离职）', ''],
    ['李四(离职)', ''],
    ['离职-李四', ''],
    ['李四 已离职', ''],
    ['Amy Lee (left)', ''],
    ['离职员工', ''],
    ['职离', '职离'],
    ['李四/王五（已离职）', '李四/王五(已离职)'],
    ['公海/待分配', ''],
    ['华南公海', ''],
    ['默认公海', ''],
    ['公海客户', ''],
    ['销售一部客户池', ''],
  ])('%j → %j', (cell, expected) => {
    expect(ownerName(text(cell))).toBe(expected);
  });

  it('a blank cell or none', () => {
    expect(ownerName({ kind: 'empty' })).toBe('');
    expect(ownerName(undefined)).toBe('');
  });
});
