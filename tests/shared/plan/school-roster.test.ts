/**
 * A training school's roster as schools keep it: the parent the school calls (联系人) often comes
 * first, the student after (学员姓名, 孩子姓名). The student is the customer: his package, his
 * birthday, and two siblings of one parent are two customers.
 */
import { planOf } from './helpers';

const CONTACT_FIRST = [
  ['联系人', '学员姓名', '联系电话', '报读课程', '课程到期', '课程顾问', '状态'],
  ['胡磊', '胡嘉怡', '17768161301', '少儿英语L1', '2024-12-09', '陈晓', '在读'],
  ['胡磊', '胡嘉乐', '17768161301', '乐高机器人', '2024-12-20', '陈晓', '在读'],
  ['高志强', '高欣怡', '17740721828', '少儿英语L1', '2025-03-18', '刘佳', '在读'],
];

describe('a roster whose first column is the parent (联系人)', () => {
  const plan = planOf(CONTACT_FIRST);

  it('names each reminder by the student, then the parent to call', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer).sort()).toEqual(['胡嘉乐（家长 胡磊 17768161301）', '胡嘉怡（家长 胡磊 17768161301）']);
  });

  it('keeps the parent\'s column as typed, read as the parent to call (guardian), no one\'s name', () => {
    expect(plan.columns.find((c) => c.header === '联系人')?.field ?? null).toBe('guardian');
    expect(plan.edits.filter((e) => e.col === 0)).toEqual([]);
    expect(plan.columns.find((c) => c.header === '学员姓名')?.field).toBe('name');
  });

  it('does not take two siblings of one parent for one student typed twice', () => {
    expect(plan.duplicates.groups.filter((g) => !g.records && g.confidence !== 'review')).toEqual([]);
  });
});

// Today is 2024-12-01 (helpers' TODAY).
const ROSTER = [
  ['学号', '学员姓名', '家长电话', '学管师', '报名日期', '课包到期', '剩余课时', '累计缴费', '最近上课', '状态'],
  ['XS1001', '曹书瑶', '13915349195', '周敏', '2023-12-10', '2025-06-22', '15', '10800', '2024-11-18', '在读'],
  ['XS1002', '冯铭泽', '19896854841', '刘佳', '2023-05-17', '2025-05-05', '25', '5600', '2024-03-21', '在读'],
  ['XS1003', '邓书瑶', '17764234650', '周敏', '2024-06-21', '2025-08-09', '44', '3600', '', '在读'],
];

describe('a roster\'s money, classes and advisor', () => {
  const plan = planOf(ROSTER);
  const labels = (row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;

  it('classes the students by what their families paid (累计缴费) and when they last came (最近上课), not as unknown', () => {
    expect([2, 3, 4].map((row) => labels(row).lifecycle)).toEqual(['existing', 'existing', 'existing']);
    expect([2, 3, 4].map((row) => labels(row).activity)).toEqual(['active', 'dormant', 'unknown']);
    expect([2, 3, 4].map((row) => labels(row).tier)).toEqual(['medium', 'low', 'low']);
  });

  it('reads the lessons left (剩余课时) as the count left, never as money', () => {
    expect(plan.columns.find((c) => c.header === '剩余课时')?.field ?? null).toBe('remaining');
  });

  it('gives the 学管师 the family\'s reminders', () => {
    const owners = new Set(plan.reminders.reminders.map((r) => r.owner));
    expect(owners.size).toBeGreaterThan(0);
    for (const o of owners) expect(['周敏', '刘佳']).toContain(o);
  });
});
