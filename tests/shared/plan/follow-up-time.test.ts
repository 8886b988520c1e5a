/**
 * A follow-up planned for an hour of the day (下次跟进 2024-12-01 15:30) beside the last contact's
 * date and time (h45 zh_tz.xlsx): a call in the morning is not the follow-up planned for the afternoon.
 */
import { planOf, TODAY } from './helpers';

describe('a follow-up planned for later today, the customer contacted earlier today', () => {
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '下次跟进', '最近联系'],
    ['孙玉兰', '13811110004', '张三', `${TODAY} 15:30`, `${TODAY} 10:00`],
    ['钱志强', '13811110005', '张三', `${TODAY} 09:00`, `${TODAY} 10:00`],
    ['周建华', '13811110006', '张三', `${TODAY} 15:30`, TODAY],
    ['吴海燕', '13811110007', '张三', TODAY, `${TODAY} 10:00`],
    ['郑晓东', '13811110008', '张三', `${TODAY} 15:30`, `${TODAY} 15:30`],
  ]);
  const due = plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]);

  it('is still due: the 10:00 call was before the 15:30 follow-up', () => {
    expect(due).toContainEqual([2, TODAY]);
  });

  it('is done by a contact at or after its hour, or by one on a day that gives no hour (either cell a date alone)', () => {
    expect(due).toEqual([[2, TODAY]]);
  });
});
