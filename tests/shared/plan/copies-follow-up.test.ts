/**
 * A customer typed twice and not merged yet is reminded as the customer the merge would make: the
 * latest contact on either row answers a follow-up planned on either, a copy typed without an owner
 * is his rep's, and the reminders are the same before and after --merge.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

function plans(rows: string[][]): { before: Plan; after: Plan } {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const go = (merge?: ('exact' | 'likely')[]) => {
    const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge ? { merge } : {}) });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };
  return { before: go(), after: go(['exact', 'likely']) };
}

/** What a rep reads: whose list, which kind, which customer, which day. */
const said = (plan: Plan) => plan.reminders.reminders.map((r) => `${r.owner}|${r.kind}|${r.customer}|${r.due}`).sort();

const HEADER = ['客户名称', '手机号', '跟进人', '最近联系', '下次跟进', '生日'];

describe('follow-ups of a customer typed twice (today 2024-12-01)', () => {
  it('a copy’s overdue 下次跟进 is no reminder once the kept row records a later 最近联系 (copy without an owner)', () => {
    const { before, after } = plans([
      HEADER,
      ['司马光', '18600000002', '陈刚', '2024-11-28', '2024-12-20', '1986-05-04'],
      ['司马光', '186 0000 0002', '', '2024-11-20', '2024-11-25', '1986-05-04'],
      ['东方明', '18600000004', '陈刚', '2024-11-01', '2024-11-30', ''],
    ]);
    expect(before.duplicates.groups).toMatchObject([{ rows: [2, 3], confidence: 'likely' }]);
    expect(before.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => r.sheetRow)).toEqual([4]);
    expect(said(before)).toEqual(said(after));
  });

  it('the same rep’s copies: his later call on one row answers the plan on the other', () => {
    const { before, after } = plans([
      [...HEADER, '邮箱'],
      ['欧阳娜', '13900000001', '李娜', '2024-11-29', '', '1982-12-03', 'ouyangna@huaxin.cn'],
      ['欧阳娜', '13900000001', '李娜', '2024-11-10', '2024-11-18', '1982-12-03', ''],
    ]);
    expect(before.duplicates.groups).toMatchObject([{ rows: [2, 3], survivor: 2 }]);
    expect(before.reminders.reminders.filter((r) => r.kind === 'followUp')).toEqual([]);
    // One birthday, not one per row.
    expect(before.reminders.reminders.filter((r) => r.kind === 'birthday')).toHaveLength(1);
    expect(said(before)).toEqual(said(after));
  });

  it('a plan after every contact of the customer is still due, once, for his rep', () => {
    const { before, after } = plans([
      HEADER,
      ['上官婉', '13700000005', '王磊', '2024-11-05', '', ''],
      ['上官婉', '13700000005', '', '2024-11-01', '2024-11-28', ''],
    ]);
    expect(before.reminders.reminders.filter((r) => r.kind === 'followUp')).toMatchObject([{ owner: '王磊', due: '2024-11-28', daysLeft: -3 }]);
    expect(said(before)).toEqual(said(after));
  });
});

describe('a reminder of a customer typed twice names his other row', () => {
  it('the kept row’s contract reminder says the customer is also in the copy’s row, before the merge', () => {
    const { before, after } = plans([
      [...HEADER, '合同到期日'],
      ['欧阳娜', '13900000001', '李娜', '2024-11-29', '', '1982-02-24', '2024-12-05'],
      ['欧阳娜', '139 0000 0001', '', '2024-11-10', '', '1982-02-24', ''],
    ]);
    const [contract] = before.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(contract).toMatchObject({ sheetRow: 2, owner: '李娜', alsoRows: [3] });
    expect(said(before)).toEqual(said(after));
  });
});
