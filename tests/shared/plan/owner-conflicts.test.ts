/** 撞单 in a whole run: the sheet says which rep keeps the customer and why; the report counts them. */
import { cellText } from '../../../shared';
import { planOf } from './helpers';

// Two reps each 报备'd 张伟; 李四 first (2024年1月5日), 王五 later but with more of his details.
const SHEET = [
  ['客户名称', '手机', '邮箱', '负责人', '报备日期', '最近联系'],
  ['张伟', '13812345678', 'zw@xingchen.com', '王五', '2024/3/12', '2024-05-20'],
  ['刘洋', '13900001111', '', '王五', '2024/2/1', ''],
  ['张伟', '138 1234 5678', '', '李四', '2024年1月5日', '2024-02-01'],
];

describe('owner conflicts (撞单) in a run', () => {
  it('keeps the customer in the row of the rep who 报备’d it first, and says so on both rows', () => {
    const plan = planOf(SHEET);
    expect(plan.columns.find((c) => c.header === '报备日期')?.field).toBe('createdAt');
    const [g] = plan.duplicates.groups;
    expect(g).toMatchObject({ rows: [2, 4], survivor: 4 });
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toMatch(/；合并时并入第 4 行；撞单：同一客户分属 李四 \/ 王五；按先录入归 李四（2024-01-05 创建）$/);
    expect(reasons[2]).toContain('撞单：同一客户分属 李四 / 王五；按先录入归 李四（2024-01-05 创建）');
    const duplicates = plan.report.sections.find((s) => s.id === 'duplicates')!;
    expect(duplicates.series.find((s) => s.id === 'ownerConflicts')).toEqual({ id: 'ownerConflicts', label: '撞单（分属不同负责人）的组', count: 1 });
  });

  it('in English, and by the latest contact when the settings say so', () => {
    const en = [['Name', 'Mobile', 'E-mail', 'Owner', 'Created', 'Last contact'], ...SHEET.slice(1).map((r) => r.map((v) => v.replace('李四', 'Li Si').replace('王五', 'Wang Wu')))];
    const plan = planOf(en, { language: 'en', dedupe: { ownerRule: 'last-contact' } });
    expect(plan.duplicates.groups[0].survivor).toBe(2);
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[2]).toContain('owner conflict: the same customer is held by Wang Wu / Li Si; latest contact: kept for Wang Wu (contacted 2024-05-20)');
  });
});
