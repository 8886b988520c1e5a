/**
 * A rep's to-do list names each customer once for what is due of him this week: his reminders of one
 * owner due within the week (overdue and today included), or on one later day, are one line listing
 * every reason, in the owner's digest and on the Reminders sheet. The plan (and the JSON) keeps each
 * reminder on its own.
 */
import { ownerBlocks, reminderLineKind, reminderLineText, type Plan } from '../../../shared';
import { planOf } from '../plan/helpers';

const linesOf = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  ownerBlocks(plan.reminders.groups, plan.reminders.lost).flatMap((b) => b.lines.map((line) => [b.owner, line[0].sheetRow, reminderLineKind(lang, line), reminderLineText(lang, line)]));

// Today is 2024-12-01 (helpers.ts).
describe("a music school's pupil whose lessons run low and whose fee falls due this week", () => {
  const plan = planOf([
    ['学员姓名', '家长姓名', '家长电话', '乐器', '老师', '剩余课时', '下次缴费日', '生日'],
    ['王子涵', '王建国', '13800138000', '钢琴', '陈老师', '2', '2024-12-06', '2015-03-08'],
    ['李沐阳', '李娜', '13912345678', '古筝', 'Anna老师', '12', '2024-12-05', '2013-12-20'],
    ['周小雨', '周强', '13700001111', '小提琴', '刘老师', '1', '2025-02-01', '2014-06-02'],
  ]);

  it('keeps each reminder in the plan', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => r.kind).sort()).toEqual(['contract', 'remaining']);
  });

  it('lists 王子涵 once for 陈老师, with both reasons', () => {
    const lines = linesOf(plan);
    expect(lines.filter(([, row]) => row === 2)).toEqual([
      ['陈老师', 2, '即将用完、缴费日临近', '剩余课时 2，该续费了；缴费日 2024-12-06，还有 5 天（提前 7 天提醒）'],
    ]);
    // One line each for the others: 李沐阳's fee, 周小雨's lessons.
    expect(lines).toHaveLength(3);
  });

  it('says it in English too', () => {
    const line = linesOf(plan, 'en').find(([, row]) => row === 2)!;
    expect(line[2]).toBe('Running low, "缴费" due');
    expect(line[3]).toBe('"剩余课时" 2: time to renew; "缴费" due on 2024-12-06, in 5 days (7-day reminder)');
  });
});

describe("a garage's customer with his MOT and his service due", () => {
  const plan = planOf([
    ['Customer', 'Mobile', 'Service Due', 'MOT Due', 'Advisor'],
    ['Tom Hughes', '07700 900123', '2024-12-03', '2024-12-06', 'Gary'],
    // Due weeks apart: two calls, two lines.
    ['Priya Shah', '07700 900456', '2024-12-02', '2024-12-28', 'Gary'],
  ]);

  it('joins what is due of him this week, and keeps a due weeks later on its own line', () => {
    expect(linesOf(plan, 'en')).toEqual([
      ['Gary', 3, 'Service due', 'Service due on 2024-12-02, tomorrow (1-day reminder)'],
      ['Gary', 2, 'Service due, MOT due', 'Service due on 2024-12-03, in 2 days (7-day reminder); MOT due on 2024-12-06, in 5 days (7-day reminder)'],
      ['Gary', 3, 'MOT due', 'MOT due on 2024-12-28, in 27 days (30-day reminder)'],
    ]);
  });
});

describe('two customers due on one day stay two lines', () => {
  const plan = planOf([
    ['姓名', '手机', '生日', '合同到期日', '负责人'],
    ['张伟', '13812345678', '1985-12-03', '2024-12-03', '王磊'],
    ['李娜', '13912345678', '1990-12-03', '', '王磊'],
  ]);

  it('joins 张伟\'s birthday and contract, and lists 李娜 apart', () => {
    expect(linesOf(plan).map(([, row, kind]) => [row, kind])).toEqual([
      [2, '生日、合同即将到期'],
      [3, '生日'],
    ]);
  });
});
