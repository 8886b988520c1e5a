/**
 * Address books' labels in a whole run (TODAY 2024-12-01): Outlook's Chinese 类别 and Google's legacy
 * Group Membership are the contacts' tags, so a 黑名单 or Do Not Contact among them keeps the contact
 * from being greeted, and a VIP among them is the sheet's VIP mark.
 */
import { planOf } from './helpers';

const birthdaysOf = (plan: ReturnType<typeof planOf>) => plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => r.sheetRow).sort((a, b) => a - b);

describe('Outlook\'s Chinese contacts export: 类别 is Categories, the tags', () => {
  const plan = planOf([
    ['名', '姓', '单位', '移动电话', '生日', '类别', '电子邮件地址', '电子邮件显示名称', '附注'],
    ['芳', '王', '星辰科技有限公司', '138 1234 5678', '1988/12/3', 'VIP;老客户', 'wangfang@xingchen-tech.cn', '王芳 (wangfang@xingchen-tech.cn)', '年底续约'],
    ['强', '李', '浦发贸易', '13901234567', '1979/12/3', '黑名单', 'liqiang1979@163.com', '', '欠款未结，勿联系'],
    ['静', '陈', '蓝海国际物流', '13700001111', '1990/12/4', '', 'chenjing@lanhai.com.cn', '', ''],
  ]);

  it('reads 类别 as the tags', () => {
    expect(plan.columns.find((c) => c.header === '类别')?.field).toBe('tags');
  });

  it('greets no contact whose 类别 says 黑名单', () => {
    expect(birthdaysOf(plan)).toEqual([2, 4]);
  });
});

describe('a Chinese customer sheet of its own: 类别 may be the customer\'s category', () => {
  it('leaves a bare 类别 unread beside 姓名, and keeps 客户类别 the customer type', () => {
    const plan = planOf([
      ['姓名', '手机', '类别', '客户类别'],
      ['王芳', '13812345678', 'A类', '企业客户'],
      ['李强', '13901234567', 'B类', '个人客户'],
    ]);
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', null, 'customerType']);
  });
});

describe('Google Contacts\' legacy "Google CSV" export: Group Membership is the labels', () => {
  const plan = planOf([
    ['Name', 'Given Name', 'Family Name', 'Birthday', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value', 'Phone 1 - Type', 'Phone 1 - Value'],
    ['王芳', '芳', '王', '1988-12-05', '* myContacts ::: VIP', '* Work', 'wangfang@xingchen-tech.cn', 'Mobile', '+86 138 1234 5678'],
    ['李强', '强', '李', '--12-03', '* myContacts ::: 黑名单', '* Work', 'liqiang1979@163.com', 'Mobile', '13901234567'],
    ['Emily Johnson', 'Emily', 'Johnson', '1984-12-04', '* myContacts ::: Do Not Contact', '* Work', 'emily.johnson@acmecorp.com', 'Mobile', '+1 415-555-0132'],
    ['陈静', '静', '陈', '1990-12-04', '* myContacts ::: 老客户', '* Work', 'chenjing@lanhai.com.cn', 'Mobile', '13700001111'],
  ]);

  it('reads Group Membership as the tags', () => {
    expect(plan.columns.find((c) => c.header === 'Group Membership')?.field).toBe('tags');
  });

  it('greets neither the contact labelled 黑名单 nor the one labelled Do Not Contact', () => {
    expect(birthdaysOf(plan)).toEqual([2, 5]);
  });

  it('reads each label apart: 老客户 says an existing customer, and the VIP labels are the sheet\'s VIP marks the what-if weighs', () => {
    expect(plan.classification.rows.find((r) => r.sheetRow === 5)?.labels.lifecycle).toBe('existing');
    // No amount to judge VIP by: the class is the sheet's own mark (王芳's VIP label), weighed by the what-if and found the same.
    expect(plan.classification.rows.map((r) => r.labels.vip)).toEqual(['vip', 'regular', 'regular', 'regular']);
    const vip = plan.classification.whatIf.dimensions.find((d) => d.dimension === 'vip')!;
    expect([vip.compared, vip.changed, vip.undecided]).toEqual([4, 0, 0]);
  });
});
