/**
 * A customer the sheet marks VIP by hand (是否VIP 是) who goes quiet is a high-value customer going
 * dormant, whatever the VIP rule makes of his spending: the rep marked him to be kept.
 */
import { planOf } from './helpers';

describe('a hand-marked VIP going quiet', () => {
  // The run is on 2024-12-01: 91 days since 2024-09-01, dormant by the default 90 days.
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '最后购买日期', '最近联系', '累计消费金额', '是否VIP'],
    ['李大客户', '13888880003', '张三', '2024-09-01', '2024-08-27', '5000', '是'],
    ['周大客户', '13888880004', '张三', '2024-09-01', '2024-08-27', '5000', ''],
    ['吴大客户', '13888880005', '张三', '2024-09-01', '2024-08-27', '5000', '否'],
    ['郑大客户', '13888880006', '张三', '2024-11-20', '2024-11-20', '5000', '是'],
  ]);
  const dormantRows = plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant').map((r) => r.sheetRow);

  it('gets the high-value dormant reminder', () => {
    expect(dormantRows).toEqual([2]);
  });

  it('but a customer the sheet does not mark, or marks 否, does not; nor a VIP still active', () => {
    expect(dormantRows).not.toContain(3);
    expect(dormantRows).not.toContain(4);
    expect(dormantRows).not.toContain(5);
  });
});
