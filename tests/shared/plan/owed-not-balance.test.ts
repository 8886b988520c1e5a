/**
 * Money the customer owes (金蝶's 应收余额, 应收账款, a 欠款余额, QuickBooks' Balance Due) is no balance held
 * for him: a merge that archives a copy holding one is not said to leave "money on account" (账户余额,
 * as a stored-value card's 储值余额 is), nor is it his spending or any field of the run.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2026-12-03';

function mergedPlan(rows: string[][]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const balanceWarnings = (plan: Plan) =>
  plan.problems.filter((p) => p.code === 'dedupe.balanceElsewhere').map((p) => String(p.params?.header));

describe('money owed is no stored balance', () => {
  // A 金蝶 客户档案 exported with its receivables (应收余额) and a 储值余额 beside it; 恒丰五金 was entered
  // twice, the copy (row 3) with an older receivable and a card balance the kept row does not show.
  const KINGDEE = [
    ['客户名称', '联系人', '手机', '地址', '累计消费', '应收余额', '应收账款', '欠款余额', '储值余额', '专管业务员'],
    ['广州市天河区恒丰五金经营部', '何志强', '13800138000', '广州市天河区天河路385号', '5000', '3000', '3000', '100', '100', '邓超'],
    ['广州市天河区恒丰五金经营部', '何志强', '13800138000', '', '5000', '12000', '12000', '800', '300', '邓超'],
  ];

  it('says the archived card balance, not the receivables', () => {
    const plan = mergedPlan(KINGDEE);
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(balanceWarnings(plan)).toEqual(['储值余额']);
  });

  it('reads none of the owed columns as a field', () => {
    const plan = mergedPlan(KINGDEE);
    const fieldOf = (h: string) => plan.columns.find((c) => c.header === h)!.field;
    expect(['应收余额', '应收账款', '欠款余额'].map(fieldOf)).toEqual([null, null, null]);
    expect(fieldOf('累计消费')).toBe('amount');
  });

  it('an English ledger\'s Balance Due and Outstanding Balance are owed, its Store Credit Balance is held', () => {
    const plan = mergedPlan([
      ['Customer', 'Email', 'Phone', 'Address', 'Balance Due', 'Outstanding Balance', 'Store Credit Balance'],
      ['Harbor Foods Ltd', 'ap@harborfoods.com', '(617) 555-0142', '12 Harbor St, Boston, MA 02110', '50.00', '50.00', '10.00'],
      ['Harbor Foods Ltd', 'ap@harborfoods.com', '(617) 555-0142', '', '700.00', '700.00', '25.00'],
    ]);
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(balanceWarnings(plan)).toEqual(['Store Credit Balance']);
    const message = plan.problems.find((p) => p.code === 'dedupe.balanceElsewhere')!;
    expect(t('en', message.code, message.params)).toContain('"Store Credit Balance" of 25.00');
  });
});
