/**
 * A training school's (教培) roster: the customer is the student (学员姓名), his parent (家长姓名) the
 * contact, and what runs out is the course (课程到期, 结课日期, or a bare 到期日期 beside 剩余课时).
 * The reminder names the course, never a 合同 the school never signed; the parent's name is never the
 * student's, and two siblings of one parent stay two customers.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

// TODAY is 2024-12-01: the course ends in a week.
const rosterWith = (endHeader: string) => [
  ['学员姓名', '家长姓名', '手机', '课程顾问', '剩余课时', endHeader],
  ['王小明', '王建国', '13812345678', '陈老师', '4', '2024-12-08'],
];
const zhOf = (plan: ReturnType<typeof planOf>) => plan.reminders.reminders.map((r) => t('zh-CN', r.reason.code, r.reason.params));

describe('a school\'s course end is reminded as the course\'s, not a contract\'s', () => {
  it.each([['课程到期'], ['结课日期'], ['结课时间'], ['到期日期'], ['到期日'], ['有效期至']])('%s beside 剩余课时: 课程 … 到期', (header) => {
    const plan = planOf(rosterWith(header));
    expect(plan.columns.find((c) => c.header === header)?.field).toBe('contractEnd');
    expect(zhOf(plan)).toEqual(['课程 2024-12-08 到期，还有 7 天（提前 7 天提醒）']);
  });

  it('a bare 到期日期 in a sheet of adults with no course is still a contract\'s', () => {
    const plan = planOf([
      ['客户名称', '联系人', '手机', '负责人', '到期日期'],
      ['北京星辰科技有限公司', '王磊', '13812345678', '张伟', '2024-12-08'],
    ]);
    expect(zhOf(plan)).toEqual(['合同 2024-12-08 到期，还有 7 天（提前 7 天提醒）']);
  });

  it('a school\'s 合同到期 keeps its contract wording', () => {
    expect(zhOf(planOf(rosterWith('合同到期日')))).toEqual(['合同 2024-12-08 到期，还有 7 天（提前 7 天提醒）']);
  });
});

describe('家长姓名 and 剩余课时', () => {
  const plan = planOf([
    ['学员姓名', '家长姓名', '手机', '课程顾问', '剩余课时', '课程到期', '累计缴费'],
    ['王小明', '王建国', '13812345678', '陈老师', '4', '2024-12-08', '12800'],
    ['王小红', '王建国', '13812345678', '陈老师', '20', '2025-03-01', '9800'],
    ['李想', '李梅', '13911112222', '周老师', '2', '2024-12-04', '6800'],
  ]);

  it('names the student as the customer, never the parent, and reads the lessons left as a count, never as money', () => {
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    // 家长姓名 is the parent to call (guardian), never the customer's name: the reminder names the
    // student first, then the parent and the number (remind/call-whom.ts).
    expect(fields).toMatchObject({ 学员姓名: 'name', 家长姓名: 'guardian', 剩余课时: 'remaining', 累计缴费: 'amount' });
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer).sort()).toEqual(['李想（家长 李梅 13911112222）', '王小明（家长 王建国 13812345678）']);
    // 李想 has 2 lessons left: the renewal is due before his course ends (lessons-left.test.ts).
    expect(plan.reminders.reminders.filter((r) => r.kind === 'remaining').map((r) => r.customer)).toEqual(['李想（家长 李梅 13911112222）']);
  });

  it('keeps two siblings of one parent and one phone as two customers', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2));
    expect(g === undefined || (g.confidence === 'review' && g.family === true)).toBe(true);
  });
});
