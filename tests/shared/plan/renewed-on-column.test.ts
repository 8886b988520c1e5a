/**
 * A column of the day the renewal was done (续保完成日期, Renewed On) beside a policy's or a contract's
 * end: a 4S 续保 rep fills it the day the new policy is issued and seldom types over the old end.
 */
import { planOf } from './helpers';

const contractRows = (plan: ReturnType<typeof planOf>) =>
  plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired').map((r) => r.sheetRow).sort((a, b) => a - b);

describe('a 4S 续保 sheet with 续保完成日期 (today 2024-12-01)', () => {
  const plan = planOf([
    ['客户姓名', '手机', '车牌号', '保险到期日', '续保完成日期', '负责人'],
    // Renewed on 11-20 for the policy ending 12-15: the old end was not typed over.
    ['张伟', '13812345678', '粤B12345', '2024-12-15', '2024-11-20', '李娜'],
    ['王芳', '13912345678', '粤B22345', '2024-12-10', '', '李娜'],
    // Last year's renewal: this year's policy is still to renew.
    ['刘洋', '13712345678', '粤B32345', '2024-12-20', '2023-12-01', '李娜'],
    // Lapsed on 11-25, renewed late on 11-28.
    ['陈静', '13612345678', '粤B42345', '2024-11-25', '2024-11-28', '李娜'],
  ]);

  it('reads the column as the day the renewal was done', () => {
    expect(plan.columns.find((c) => c.header === '续保完成日期')?.field).toBe('renewedOn');
  });

  it('reminds only of the policies not renewed this term, and counts the renewed ones apart', () => {
    expect(contractRows(plan)).toEqual([3, 4]);
    expect(plan.reminders.renewed).toBe(2);
  });
});

describe('an agency\'s policy list with Renewed On (today 2024-12-01)', () => {
  const plan = planOf([
    ['Name', 'Phone', 'Policy End', 'Renewed On', 'Owner'],
    ['John Smith', '(646) 743-7902', '12/15/2024', '11/20/2024', 'Amy'],
    ['Mary Jones', '(646) 743-7903', '12/10/2024', '', 'Amy'],
  ], { phone: { defaultRegion: 'US' } });

  it('raises no reminder for the policy renewed on Nov 20, one for the other', () => {
    expect(plan.columns.find((c) => c.header === 'Renewed On')?.field).toBe('renewedOn');
    expect(contractRows(plan)).toEqual([3]);
    expect(plan.reminders.renewed).toBe(1);
  });
});

describe('a contract list whose 续约日期 is the day the renewal falls due', () => {
  const plan = planOf([
    ['客户名称', '联系人', '手机', '合同到期日', '续约日期', '负责人'],
    ['深圳市华强科技有限公司', '赵磊', '13512345678', '2024-12-15', '2024-12-16', '王磊'],
  ]);

  it('stays a due day, never a renewal done', () => {
    expect(plan.columns.find((c) => c.header === '续约日期')?.field).toBe('contractEnd');
    expect(contractRows(plan)).toEqual([2]);
  });
});
