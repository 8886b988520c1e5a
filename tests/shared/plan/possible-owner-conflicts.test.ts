/**
 * 撞单 offered for review: one name and one phone under two reps, with two birthdays (a slip, or two
 * people). The sheet and the report say it is a possible 撞单, to check; twins, whose names differ,
 * stay each one's customer and are no 撞单 of any kind.
 */
import { cellText } from '../../../shared';
import { planOf } from './helpers';

const SHEET = [
  ['客户名称', '手机号', '跟进人', '生日', '区域'],
  ['慕容复', '18600000006', '陈刚', '1976-10-10', '华东'],
  ['慕容复', '186 0000 0006', '王磊', '1984-05-05', '华南'],
  ['令狐冲', '18600000008', '王磊', '1980-03-01', '华北'],
];

describe('a review pair held by two reps (possible 撞单)', () => {
  const plan = planOf(SHEET);
  const [g] = plan.duplicates.groups;

  it('is offered for review, not called 撞单 outright, but a possible one with both reps', () => {
    expect([g.rows, g.confidence]).toEqual([[2, 3], 'review']);
    expect(g.ownerConflict).toBeUndefined();
    expect(g.possibleOwnerConflict).toEqual({ owners: ['陈刚', '王磊'] });
  });

  it('the sheet’s 重复原因 says so on both rows', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toContain('可能撞单：若为同一客户，则分属 陈刚 / 王磊，请核实');
    expect(reasons[1]).toContain('可能撞单：若为同一客户，则分属 陈刚 / 王磊，请核实');
    expect(reasons[2]).toBe('');
  });

  it('the report counts it beside the 撞单 groups', () => {
    const duplicates = plan.report.sections.find((s) => s.id === 'duplicates')!;
    expect(duplicates.series.find((s) => s.id === 'ownerConflicts')).toMatchObject({ count: 0 });
    expect(duplicates.series.find((s) => s.id === 'possibleOwnerConflicts')).toEqual({ id: 'possibleOwnerConflicts', label: '可能撞单（待核实）的组', count: 1 });
  });

  it('in English', () => {
    const en = planOf(SHEET, { language: 'en' });
    const reasons = en.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toContain('possible owner conflict: if one customer, held by 陈刚 / 王磊; check');
  });

  it('one rep’s review pair is no possible 撞单', () => {
    const one = planOf(SHEET.map((r, i) => (i === 2 ? [r[0], r[1], '陈刚', r[3], r[4]] : r)));
    expect(one.duplicates.groups[0].possibleOwnerConflict).toBeUndefined();
    expect(one.report.sections.find((s) => s.id === 'duplicates')!.series.some((s) => s.id === 'possibleOwnerConflicts')).toBe(false);
  });
});
