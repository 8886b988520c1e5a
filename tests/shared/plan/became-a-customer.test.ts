/**
 * 有赞's and 微盟's customer lists: 成为客户时间 / 成为客户日期 is the day the shop got his mobile number
 * (a member card, a coupon, an order), the record's start; what he bought is in the 消费 columns.
 */
import { planOf } from './helpers';

const lifecycleOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.classification.rows.map((r) => [r.sheetRow, r.labels.lifecycle]));

describe.each(['成为客户时间', '成为客户日期'])('a 有赞 customer list whose start column is %s', (header) => {
  const plan = planOf([
    ['客户姓名', '手机号', '性别', header, '成为会员时间', '累计消费金额', '累计消费次数', '最近消费时间'],
    // Took a member card at the counter, has not bought yet.
    ['张伟', '13812345678', '男', '2024-11-02 10:15:00', '2024-11-02 10:15:00', '0', '0', ''],
    ['王芳', '13912345678', '女', '2023-05-20 14:02:11', '2023-05-20 14:03:40', '1280', '3', '2024-10-18 19:20:05'],
  ]);

  it('reads it as the day the record was added, never as a first purchase', () => {
    expect(plan.columns.find((c) => c.header === header)?.field).toBe('createdAt');
  });

  it('calls the member who has bought nothing a potential customer, the buyer an existing one', () => {
    expect(lifecycleOf(plan)).toEqual({ 2: 'potential', 3: 'existing' });
  });
});
