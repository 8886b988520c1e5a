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

  it('names each reminder by the student, not the parent', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer).sort()).toEqual(['胡嘉乐', '胡嘉怡']);
  });

  it('keeps the parent\'s column as typed, read as no one\'s name', () => {
    expect(plan.columns.find((c) => c.header === '联系人')?.field ?? null).toBeNull();
    expect(plan.columns.find((c) => c.header === '学员姓名')?.field).toBe('name');
  });

  it('does not take two siblings of one parent for one student typed twice', () => {
    expect(plan.duplicates.groups.filter((g) => !g.records && g.confidence !== 'review')).toEqual([]);
  });
});
