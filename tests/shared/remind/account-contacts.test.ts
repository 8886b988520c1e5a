/**
 * A company address book lists each contact of an account on a row of his own, often with no account
 * number at all: the company, its switchboard, the owner and the contract's end are what the rows
 * share. The account's renewal is one reminder to its rep, naming the company and its contacts;
 * each contact's birthday stays his own.
 */
import { reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const contracts = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.owner, r.customer, r.alsoRows ?? null]);

// TODAY is 2024-12-01: each contract ends within 30 days.
const BOOK = [
  ['公司名称', '联系人', '职务', '座机', '手机', '生日', '负责人', '合同到期日'],
  ['上海申达精工机械有限公司', '周立新', '总经理', '021-58881234', '13901110001', '', '王磊', '2024-12-28'],
  ['上海申达精工机械有限公司', '何莉', '采购经理', '021-58881234', '', '1986-12-06', '王磊', '2024-12-28'],
  ['上海申达精工机械有限公司', '唐军', '财务', '021-58881234', '', '', '王磊', '2024-12-28'],
  ['上海申达精工机械有限公司', '郭敏', '前台', '021-58881234转0', '', '', '王磊', ''],
  ['苏州恒泰电子有限公司', '彭飞', '技术总监', '0512-66001234', '13601110002', '', '王磊', '2024-12-28'],
];

describe('one account of a company address book, with no account number', () => {
  it('reminds its rep once of the contract, naming the company and its contacts (周立新, 何莉, 唐军 of 申达精工)', () => {
    const plan = planOf(BOOK);
    expect(contracts(plan)).toEqual([
      [2, '王磊', '上海申达精工机械有限公司 · 周立新、何莉、唐军', [3, 4]],
      [6, '王磊', '彭飞 · 苏州恒泰电子有限公司', null],
    ]);
    expect(plan.reminders.counts.contract).toBe(2);
    const [account] = plan.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(reminderText('zh-CN', account)).toBe('合同 2024-12-28 到期，还有 27 天（提前 30 天提醒）（同一单位的其他联系人在第 3、4 行）');
    expect(reminderText('en', account)).toBe('Contract ends on 2024-12-28, in 27 days (30-day reminder) (the account\'s other contacts are in row 3, 4)');
  });

  it('gives the rep\'s digest the account once, and keeps 何莉\'s birthday her own', () => {
    const plan = planOf(BOOK);
    expect(plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => `${r.kind}:${r.sheetRow}`)])).toEqual([
      ['王磊', ['birthday:3', 'contract:2', 'contract:6']],
    ]);
    expect(plan.reminders.reminders.find((r) => r.kind === 'birthday')?.customer).toBe('何莉 · 上海申达精工机械有限公司');
  });

  it('reads a UK account list the same way: Brightwater\'s three contacts, one renewal for Tom Hughes', () => {
    const plan = planOf([
      ['Company', 'Contact Name', 'Switchboard', 'Mobile', 'Account Owner', 'Contract End'],
      ['Brightwater Utilities Ltd', 'Sarah Collins', '020 7946 0000', '07700 900123', 'Tom Hughes', '2024-12-20'],
      ['Brightwater Utilities Ltd', 'Mark Evans', '020 7946 0000', '', 'Tom Hughes', '2024-12-20'],
      ['Brightwater Utilities Ltd', 'Priya Shah', '020 7946 0000', '07700 900456', 'Tom Hughes', '2024-12-20'],
      ['Northgate Legal LLP', 'Emma Clarke', '0161 496 0000', '07700 900321', 'Jess Patel', '2024-12-07'],
      ['Northgate Legal LLP', 'James Clarke', '0161 496 0000', '07700 900654', 'Jess Patel', '2024-12-07'],
    ], { language: 'en' });
    expect(contracts(plan)).toEqual([
      [5, 'Jess Patel', 'Northgate Legal LLP · Emma Clarke, James Clarke', [6]],
      [2, 'Tom Hughes', 'Brightwater Utilities Ltd · Sarah Collins, Mark Evans, Priya Shah', [3, 4]],
    ]);
  });
});

describe('rows that are not one account stay apart', () => {
  it.each<[string, string[][], number[]]>([
    ['two account numbers of one company name (two sites signed apart)', [
      ['客户编码', '公司名称', '联系人', '手机', '负责人', '合同到期日'],
      ['KH001', '上海申达精工机械有限公司', '周立新', '13901110001', '王磊', '2024-12-28'],
      ['KH002', '上海申达精工机械有限公司', '何莉', '13901110002', '王磊', '2024-12-28'],
    ], [2, 3]],
    ['two reps of one company: each his own reminder', [
      ['公司名称', '联系人', '座机', '负责人', '合同到期日'],
      ['上海申达精工机械有限公司', '周立新', '021-58881234', '王磊', '2024-12-28'],
      ['上海申达精工机械有限公司', '何莉', '021-58881234', '李娜', '2024-12-28'],
    ], [2, 3]],
    ['one company, two contract days', [
      ['公司名称', '联系人', '座机', '负责人', '合同到期日'],
      ['上海申达精工机械有限公司', '周立新', '021-58881234', '王磊', '2024-12-28'],
      ['上海申达精工机械有限公司', '何莉', '021-58881234', '王磊', '2024-12-20'],
    ], [2, 3]],
    ['个人 in the company cell is no company', [
      ['姓名', '单位', '手机', '负责人', '合同到期日'],
      ['王芳', '个人', '13901110001', '王磊', '2024-12-28'],
      ['李强', '个人', '13901110002', '王磊', '2024-12-28'],
    ], [2, 3]],
    ['a branch is its own account', [
      ['公司名称', '联系人', '手机', '负责人', '合同到期日'],
      ['星辰科技有限公司', '周立新', '13901110001', '王磊', '2024-12-28'],
      ['星辰科技有限公司上海分公司', '何莉', '13901110002', '王磊', '2024-12-28'],
    ], [2, 3]],
  ])('%s', (_what, sheet, rows) => {
    const plan = planOf(sheet);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.sheetRow).sort()).toEqual(rows);
  });
});
