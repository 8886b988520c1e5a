/**
 * A customer a 飞书 sheet tags 黑名单 and whose status says 已流失 is a customer gone (流失客户): the
 * blacklist silences his reminders, it says nothing of whether he still buys.
 */
import { planOf } from './helpers';

const labelsOf = (plan: ReturnType<typeof planOf>, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;

describe('黑名单 beside 已流失', () => {
  // Contracts end on 2024-12-05 and birthdays fall on 2024-12-03, days after the run.
  const plan = planOf([
    ['客户名称', '手机号', '标签', '客户状态', '合同金额', '合同到期日', '生日'],
    ['浦发贸易', '13901234567', '黑名单', '已流失', '30000', '2024-12-05', '1979-12-03'],
    ['星辰科技', '13812345678', '老客户,VIP', '合作中', '120000', '2024-12-05', '1980-12-03'],
    ['云帆贸易', '13912345678', '黑名单', '合作中', '50000', '2024-12-05', '1985-12-03'],
    ['海川电子', '13712345678', '', '已流失', '8000', '2024-12-05', '1990-12-03'],
  ]);

  it('is a churned customer, as 已流失 alone is; 黑名单 alone does not make one', () => {
    expect(labelsOf(plan, 2).lifecycle).toBe('churned');
    expect(labelsOf(plan, 5).lifecycle).toBe('churned');
    expect(labelsOf(plan, 3).lifecycle).toBe('existing');
    expect(labelsOf(plan, 4).lifecycle).toBe('existing');
    expect(labelsOf(plan, 2).activity).toBe(labelsOf(plan, 5).activity);
  });

  it('still gets no reminder: not to be contacted', () => {
    const reminded = plan.reminders.reminders.filter((r) => r.sheetRow === 2 || r.sheetRow === 4);
    expect(reminded).toEqual([]);
    expect(plan.reminders.reminders.some((r) => r.sheetRow === 3 && r.kind === 'birthday')).toBe(true);
  });
});
