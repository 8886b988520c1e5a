import { coOwners, ownerName, ownersClash, shareAnOwner } from '../../../shared/table/owner-name';
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

describe('owner cells compared as sets of reps', () => {
  it.each([
    ['王磊', '王磊/刘洋', true, 'both name 王磊'],
    ['王磊、刘洋', '刘洋 王磊', true, 'one pair written two ways'],
    ['王磊（组长）', '王磊/刘洋', true, 'a note beside the name is no other rep'],
    ['王磊', '刘洋', false, 'two reps'],
    ['王磊/刘洋', '张伟', false, 'no rep in common'],
    ['公海', '王磊', false, 'the pool is nobody'],
  ])('%j and %j share a rep: %p (%s)', (a, b, shared) => {
    expect(shareAnOwner(a, b)).toBe(shared);
    expect(ownersClash([a, b])).toBe(!shared && a !== '公海');
  });

  it.each<[string[], string | null, string]>([
    [['王磊', '王磊/刘洋'], '王磊/刘洋', 'the cell naming both, as typed'],
    [['王磊/刘洋', '王磊/张伟'], '王磊/刘洋/张伟', 'no cell names all three: joined'],
    [['王磊', '王磊（组长）'], null, 'one rep'],
    [['王磊', '刘洋'], null, '撞单'],
    [['王磊', '', '公海'], null, 'one rep and nobody'],
  ])('the co-owners of %j are %j (%s)', (owners, expected) => {
    expect(coOwners(owners)).toBe(expected);
  });
});
