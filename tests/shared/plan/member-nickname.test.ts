/**
 * A shop's member list (有赞, 微盟 会员导出) knows some members only by the 昵称 they gave the shop: such a
 * member is no row missing its name, and his reminders say who he is by it.
 */
import { planOf } from './helpers';

// 有赞 会员列表 (today 2024-12-01): Leo never filled his 姓名; birthdays in the coming days.
const YOUZAN = [
  ['会员卡号', '手机号', '昵称', '姓名', '性别', '生日', '累计消费金额', '最近消费时间', '导购员'],
  ['8800012345678901', '13800138000', '小猪佩奇🐷', '张丽', '女', '1992-12-04', '1200', '2024-11-29 20:15:33', '小王'],
  ['8800012345678903', '13912345678', 'Leo', '', '男', '1995/12/07', '12000', '2024-10-05', '小王'],
  ['8800012345678905', '15000002222', '', '', '男', '1988-12-05', '0', '', '小李'],
];

describe('a member known by his 昵称', () => {
  const plan = planOf(YOUZAN);

  it('reads 昵称 as the nickname, beside the 姓名', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['customerId', 'mobile', 'nickname', 'name', 'gender', 'birthday', 'amount', 'lastPurchase', 'owner']);
  });

  it('his reminder names him by it where the 姓名 is blank; the 姓名 goes first where there is one; a member with neither by his phone', () => {
    const said = plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => [r.sheetRow, r.customer]);
    expect(said.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [2, '张丽'],
      [3, 'Leo'],
      [4, '15000002222'],
    ]);
  });

  it('a 昵称 meets the required name; a member with neither is still flagged (a warning: his 手机 reaches him)', () => {
    expect(plan.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.code])).toEqual([[4, 'required.nameless']]);
  });

  it('a member list with only a 昵称 column needs no 姓名 column', () => {
    const only = planOf(YOUZAN.map((r) => r.filter((_, i) => i !== 3)));
    expect(only.problems.filter((p) => p.code.startsWith('required.noColumn'))).toEqual([]);
    expect(only.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.code])).toEqual([[4, 'required.nameless']]);
    expect(only.reminders.reminders.find((r) => r.sheetRow === 3)?.customer).toBe('Leo');
  });
});
