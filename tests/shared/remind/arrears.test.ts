/**
 * Money a current customer owes is chased while his account runs, not only once it has ended: a letting
 * agent's tenant 1,200 in arrears on a running tenancy (tester h73 #16: Chantelle Rhodes got nothing) and a
 * 二房东's 欠租 (tester h72 #13: 何晓东's lease ending never said the 2500 he owes). A column whose header
 * says the money is overdue (Arrears, 欠租, 欠款, 欠费, Overdue) and a cell above 0 is one reminder per
 * customer, with the amount as the sheet shows it; a 0, a credit or a blank is none. A Balance Due with no
 * due day says what is left to pay, not that it is late, and is no such reminder.
 */
import { DEFAULT_SETTINGS, reminderKindLabel, reminderText, run, type Cell, type Plan } from '../../../shared';

const TODAY = '2026-12-04';
const txt = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });

function planOf(sheetName: string, rows: string[][]): Plan {
  const out = run({ sheetName, firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(txt)) }, { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const owedOf = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row && r.kind === 'owed');

describe('a UK letting agent: arrears on a running tenancy are chased', () => {
  const plan = planOf('Tenants', [
    ['Tenant', 'Mobile', 'Email', 'Property', 'Negotiator', 'Tenancy Start', 'Tenancy End', 'Rent (£ pcm)', 'Arrears (£)'],
    ['Chantelle Rhodes', '07700 900412', 'chantelle.rhodes@gmail.com', '14 Albert Rd, Leeds', 'Priya Nair', '2026-03-01', '2027-02-28', '£950', '£1,200'],
    ['Owen Price', '07700 900511', 'owen.price@outlook.com', 'Flat 2, 9 Mill St', 'Sam Hughes', '2026-01-01', '2026-12-31', '£1,100', '£0'],
    ['Dev Malhotra', '07700 900633', 'dev.m@btinternet.com', '3 Kirkgate', 'Sam Hughes', '2025-09-01', '2027-08-31', '£875', '-£50'],
    ['Hannah Webb', '07700 900744', 'hannah.webb@gmail.com', '22 Park Lane', 'Priya Nair', '2026-05-01', '2027-04-30', '£1,250', ''],
  ]);

  it('reminds Chantelle Rhodes, 1,200 in arrears, to her negotiator, with the amount', () => {
    const hers = owedOf(plan, 2);
    expect(hers).toHaveLength(1);
    expect(hers[0].owner).toBe('Priya Nair');
    expect(reminderText('en', hers[0])).toMatch(/Arrears \(£\) £1,?200 still owed/);
    expect(reminderText('zh-CN', hers[0])).toMatch(/Arrears \(£\) £1,?200 未结清/);
    expect(reminderKindLabel('en', hers[0])).toContain('still owed');
  });

  it('chases no arrears of 0, of a credit (-£50) or of a blank cell', () => {
    for (const row of [3, 4, 5]) expect(owedOf(plan, row)).toEqual([]);
  });

  it('counts them as a kind of their own', () => {
    expect(plan.reminders.counts.owed).toBe(1);
  });
});

describe('arrears beside another due of the tenancy', () => {
  const plan = planOf('Tenants', [
    ['Tenant', 'Mobile', 'Negotiator', 'Tenancy End', 'Next Inspection', 'Arrears (£)'],
    ['Chantelle Rhodes', '07700 900412', 'Priya Nair', '2027-02-28', '2026-12-02', '£1,200'],
  ]);

  it('are their own reminder, not a tail of the inspection overdue', () => {
    const kinds = plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => [r.kind, r.reason.params.owedAmount]);
    expect(kinds).toContainEqual(['owed', undefined]);
    expect(kinds.filter(([k]) => k === 'contractExpired')).toEqual([['contractExpired', undefined]]);
  });
});

describe('a 二房东: 欠租 is said, once per tenant', () => {
  const plan = planOf('租客', [
    ['租客', '手机', '房号', '管家', '入住日期', '租约到期', '月租金', '欠租金额', '状态'],
    ['李娜', '13812345678', '3栋502', '阿坤', '2026-04-01', '2027-03-31', '2800', '1800', '在租'],
    ['何晓东', '13987654321', '5栋301', '阿坤', '2025-12-01', '2026-11-30', '2500', '2500', '在租'],
    ['王芳', '13511112222', '2栋101', '小刘管家', '2026-06-01', '2027-05-31', '2300', '0', '在租'],
    ['李娜', '138 1234 5678', '3栋502', '阿坤', '2026-04-01', '2027-03-31', '2800', '1800', '在租'],
  ]);

  it('reminds 李娜 of the 1800 she owes once, though she is typed twice', () => {
    const hers = plan.reminders.reminders.filter((r) => r.kind === 'owed' && (r.sheetRow === 2 || r.sheetRow === 5));
    expect(hers).toHaveLength(1);
    expect(reminderText('zh-CN', hers[0])).toContain('欠租金额 1800');
    expect(reminderText('zh-CN', hers[0])).toContain('未结清');
  });

  it('says 何晓东\'s 2500 on his lease that has ended, in one reminder, not two', () => {
    const his = plan.reminders.reminders.filter((r) => r.sheetRow === 3);
    expect(his).toHaveLength(1);
    expect(his[0].kind).toBe('contractExpired');
    expect(reminderText('zh-CN', his[0])).toContain('欠租金额 2500 未结清');
  });

  it('leaves 王芳, who owes 0, unchased', () => {
    expect(owedOf(plan, 4)).toEqual([]);
  });
});

describe('a balance with no day it fell due is not late', () => {
  const plan = planOf('Clients', [
    ['Client Name', 'Mobile', 'Email', 'Package Price', 'Balance Due'],
    ['Ava Lane', '07700 900000', 'aval@gmail.com', '1850', '1387'],
  ]);

  it('raises no money-owed reminder for a Balance Due alone', () => {
    expect(owedOf(plan, 2)).toEqual([]);
  });
});
