/** A customer typed twice (not merged yet) in a whole run: reminded once, counted once in the report. */
import { planOf } from './helpers';

const SHEET = [
  ['客户名称', '手机', '负责人', '生日'],
  ['张伟', '13812345678', '李四', '1990-12-05'],
  ['王芳', '13912345678', '李四', '1988-12-06'],
  ['张伟', '138 1234 5678', '李四', '12月5日'],
];

describe('reminders of duplicate rows', () => {
  it('one birthday reminder for 张伟 typed twice, on the row a merge keeps, naming the other', () => {
    const plan = planOf(SHEET);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.survivor])).toEqual([[[2, 4], 2]]);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.alsoRows ?? null])).toEqual([[2, [4]], [3, null]]);
    expect(plan.reminders.counts.birthday).toBe(2);
  });
});

describe('the report of a sheet with duplicate rows', () => {
  it('counts 张伟 typed twice as one customer, and says how many rows the sheet has', () => {
    const plan = planOf(SHEET);
    expect(plan.report.sections.find((s) => s.id === 'customers')!.series).toEqual([
      { id: 'total', label: '客户数', count: 2 },
      { id: 'rows', label: '表格行数（重复录入、尚未合并的客户在上面只算一位）', count: 3 },
    ]);
    expect(plan.report.sections.find((s) => s.id === 'owner')!.series).toEqual([{ id: '李四', label: '李四', count: 2 }]);
  });
});
