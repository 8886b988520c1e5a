/**
 * A policy list's reminders say which policy (tester h64 finding 9): 陈建国 holds three policies ending in
 * December, and each of their reminders names its 险种 and 保单号 beside him, so the agent knows which to renew
 * without opening the row. A customer with one policy is named alone. The list is said to hold policies.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from '../plan/helpers';

function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const out = run(gridOf(rows, '续保'), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

// The tester's 保险 renewal list (h64, insurance_renewals.xlsx), 陈建国's car policy and 孙倩's copy left out.
const HEADER = ['投保人', '被保人', '手机', '身份证号', '险种', '保单号', '生效日期', '到期日期', '保费', '缴费年限', '跟进记录'];
const POLICIES = [
  HEADER,
  ['陈建国', '陈建国', '13812345678', '110101196503074517', '重疾险', 'P2021000123', '2021-12-10', '2026-12-09', '12,800.00', '20年', '11/20 电话约了下周见面'],
  ['陈建国', '陈小雨', '13812345678', '110101201012064529', '少儿医疗', 'P2022000456', '2022-12-20', '2026-12-19', '1,200', '1年', '续保意向强'],
  ['陈建国', '李秀兰', '13812345678', '110101196809153023', '百万医疗', 'P2023000789', '2023-12-15', '2026-12-14', '￥680', '1年', ''],
  ['王美华', '王美华', '13900002222', '310104197212052845', '年金险', 'P2019000333', '2019-06-01', '2039-05-31', '50000', '10年', '已缴8期'],
  ['王美华', '王美华', '13900002222', '310104197212052845', '意外险', 'P2025111111', '2025-12-06', '2026-12-05', '298', '1年', '到期前提醒'],
  ['孙倩', '孙倩', '18600004444', '320102198812126020', '百万医疗', 'P2025120001', '2025-12-25', '2026-12-24', '520', '1年', '12/20前联系'],
];
const contracts = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.customer, r.due]);

describe('陈建国\'s three policies ending in December', () => {
  // A policy on another person (被保人 李秀兰, 陈小雨) names her too; his own (被保人 陈建国) does not repeat him.
  it('each reminder names its 险种 and 保单号, and the insured where not himself', () => {
    expect(contracts(planOf(POLICIES))).toEqual([
      [6, '王美华（意外险 P2025111111）', '2026-12-05'],
      [2, '陈建国（重疾险 P2021000123）', '2026-12-09'],
      [4, '陈建国（百万医疗 P2023000789 被保险人 李秀兰）', '2026-12-14'],
      [3, '陈建国（少儿医疗 P2022000456 被保险人 陈小雨）', '2026-12-19'],
      [7, '孙倩', '2026-12-24'],
    ]);
  });

  it('in English too', () => {
    expect(contracts(planOf(POLICIES, 'en'))[1]).toEqual([2, '陈建国 (重疾险 P2021000123)', '2026-12-09']);
  });

  it('leaves his birthday reminder naming him alone', () => {
    const plan = planOf(POLICIES);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday').every((r) => !r.customer.includes('P20'))).toBe(true);
  });

  it('says the list holds policies, by its 保单号 column', () => {
    expect(planOf(POLICIES).orderList).toEqual({ rows: 6, orders: 6, customers: 3, policies: true });
  });
});

describe('孙倩\'s one policy typed twice', () => {
  it('is one contract: she is named alone', () => {
    const plan = planOf([...POLICIES, POLICIES[6]]);
    expect(contracts(plan).filter(([, customer]) => String(customer).startsWith('孙倩')).map(([, customer]) => customer)).toEqual(['孙倩']);
  });
});

describe('an order list whose number is an order\'s', () => {
  it('is no policy list', () => {
    const orders = POLICIES.map((r, i) => (i === 0 ? r.map((h) => (h === '保单号' ? '订单号' : h)) : r));
    expect(planOf(orders).orderList?.policies).toBeUndefined();
  });
});
