/**
 * The report's line of contracts and fees long ended (the Report sheet and the JSON report render it)
 * says "nothing owed" (没有欠费) only of a sheet with a column of money owed (欠费, Balance Due) to read,
 * as the summary's line does: a sheet without one is not told its customers owe nothing, only that
 * with such a column the rows that owe stay listed.
 */
import { DEFAULT_SETTINGS, resolveSettings, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'zh-CN' | 'en'): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.ok ? settings.settings : DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The label of the report's count of contracts long ended. */
const expiredLabel = (plan: Plan): string | undefined =>
  plan.report.sections.find((s) => s.id === 'reminders.silenced')?.series.find((s) => s.id === 'notListed.expired')?.label;

// A 软件代理商's renewals: two contracts long ended, one ending soon; no 欠费 column.
const RENEWALS = [
  ['客户名称', '联系人', '手机', '合同到期', '负责人'],
  ['星辰科技有限公司', '王建国', '13812345678', '2026-09-30', '陈晓明'],
  ['海纳商贸有限公司', '李秀英', '13987654321', '2026-08-15', '吴倩'],
  ['远航物流有限公司', '陈志强', '13711112222', '2026-12-10', '陈晓明'],
];

// The same with a 欠费 column: the row that owes stays listed, the other is counted as owing nothing.
const WITH_DEBT = [
  ['客户名称', '联系人', '手机', '合同到期', '欠费', '负责人'],
  ['星辰科技有限公司', '王建国', '13812345678', '2026-09-30', '', '陈晓明'],
  ['海纳商贸有限公司', '李秀英', '13987654321', '2026-08-15', '3200', '吴倩'],
  ['远航物流有限公司', '陈志强', '13711112222', '2026-12-10', '', '陈晓明'],
];

const RENEWALS_EN = [
  ['Account', 'Contact', 'Mobile', 'Contract End', 'Owner'],
  ['Northwind Traders', 'Maria Garcia', '(415) 555-0132', '2026-09-30', 'Alex Rivera'],
  ['Contoso Ltd', 'John Smith', '(212) 555-0199', '2026-08-15', 'Sam Lee'],
];

const WITH_BALANCE_EN = [
  ['Account', 'Contact', 'Mobile', 'Contract End', 'Balance Due', 'Owner'],
  ['Northwind Traders', 'Maria Garcia', '(415) 555-0132', '2026-09-30', '', 'Alex Rivera'],
  ['Contoso Ltd', 'John Smith', '(212) 555-0199', '2026-08-15', '$1,250.00', 'Sam Lee'],
];

describe('the report\'s count of contracts long ended', () => {
  it('a sheet with no column of money owed is not told they owe nothing', () => {
    const label = expiredLabel(planOf(RENEWALS, 'zh-CN'));
    expect(label).toBe('未逐条列出：已过期超过 30 天的合同或费用（表中有欠费列时，有欠费的行照常提醒）');
    expect(label).not.toContain('没有欠费');
  });

  it('a sheet with a 欠费 column: those that owe nothing', () => {
    expect(expiredLabel(planOf(WITH_DEBT, 'zh-CN'))).toBe('未逐条列出：已过期超过 30 天、没有欠费的合同或费用');
  });

  it('in English too', () => {
    const label = expiredLabel(planOf(RENEWALS_EN, 'en'));
    expect(label).toBe('Not listed one by one: contracts and fees ended more than 30 days ago (with a column of money owed, the rows that owe stay listed)');
    expect(expiredLabel(planOf(WITH_BALANCE_EN, 'en'))).toBe('Not listed one by one: contracts and fees ended more than 30 days ago, nothing owed');
  });
});
