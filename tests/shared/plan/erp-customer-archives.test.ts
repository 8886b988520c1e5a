/**
 * Customer archives exported from Chinese ERPs: 用友 U8's 客户档案 (客户编码, 客户名称, 客户简称,
 * 发展日期, 信用等级, 应收余额) and 精斗云's customer list (客户编码, 客户名称, 销售人员). The code is
 * the customer's number, never a phone; 发展日期 is when the customer was won; 信用等级 is the grade
 * the ERP gives him (A/B/C, 甲/乙/丙); what he still owes (应收余额, 余额) is no purchase.
 */
import { planOf, after } from './helpers';

const fieldsOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
const whatIf = (plan: ReturnType<typeof planOf>, dimension: string) => plan.classification.whatIf.dimensions.find((d) => d.dimension === dimension)!;

describe('用友 U8 客户档案', () => {
  const U8 = [
    ['客户编码', '客户名称', '客户简称', '发展日期', '信用等级', '应收余额', '联系人', '电话'],
    ['0001', '北京星辰科技有限公司', '星辰科技', '2019-03-15', 'A', '520000.00', '王磊', '010-62345678'],
    ['0002', '上海蓝海贸易有限公司', '蓝海贸易', '2021-07-01', 'C', '880000.00', '李娜', '021-55556666'],
    ['0003', '深圳华盛电子有限公司', '华盛电子', '2023-11-20', 'B', '3000.00', '赵强', '13700001111'],
  ];
  const plan = planOf(U8);

  it('reads each column for what it holds, and leaves 应收余额 (money owed) unread', () => {
    expect(fieldsOf(plan)).toEqual({
      客户编码: 'customerId', 客户名称: 'company', 客户简称: 'shortName', 发展日期: 'createdAt',
      信用等级: 'tier', 应收余额: null, 联系人: 'name', 电话: 'phone',
    });
  });

  it('reads 发展日期 as the day the customer was won (a date, like 建档日期)', () => {
    expect(after(plan, 2, '发展日期')).toMatchObject({ kind: 'date' });
  });

  it('keeps the code 0001 as typed: a number, never a phone to clean', () => {
    expect(after(plan, 2, '客户编码')).toBeNull();
    expect(plan.issues.filter((i) => i.sheetRow === 2 && plan.columns.find((c) => c.col === i.col)?.header === '客户编码')).toEqual([]);
  });

  it('never makes a customer high-value by what he owes: ¥880,000 应收余额 is no spending', () => {
    expect(plan.classification.rows.map((r) => r.labels.tier)).not.toContain('high');
  });

  it('with a 余额 column beside a sales total, the balance is still not read as spending', () => {
    const withSales = planOf([
      ['客户编码', '客户名称', '联系人', '销售额', '余额'],
      ['0001', '北京星辰科技有限公司', '王磊', '8000', '900000'],
    ]);
    expect(fieldsOf(withSales)).toMatchObject({ 销售额: 'amount', 余额: null });
    expect(withSales.classification.rows[0].labels.tier).not.toBe('high');
  });

  it.each([
    ['甲', 'high'], ['乙', 'medium'], ['丙', 'low'], ['甲级', 'high'], ['丁类', 'low'],
  ])('compares a 信用等级 of %s with the tier its sales give (%s)', (grade, tier) => {
    const amounts: Record<string, string> = { high: '150000', medium: '30000', low: '2000' };
    const p = planOf([
      ['客户编码', '客户名称', '联系人', '信用等级', '销售额'],
      ['0001', '北京星辰科技有限公司', '王磊', grade, amounts[tier]],
    ]);
    expect([whatIf(p, 'tier').unrecognized, whatIf(p, 'tier').unchanged]).toEqual([0, 1]);
  });
});

describe('a 信用等级 written as a credit rating (AAA, AA, A, BBB … C)', () => {
  // A credit ladder of three tiers: AAA and AA high, A and BBB medium (investment grade's lower
  // rungs), BB and below low. Each row's sales give the tier its grade says.
  const LADDER: [string, string][] = [
    ['AAA', '150000'], ['AA+', '150000'], ['AA', '150000'], ['A', '30000'], ['A-', '30000'], ['BBB', '30000'],
    ['BB', '2000'], ['B', '2000'], ['CCC', '2000'], ['C', '2000'], ['AAA级', '150000'], ['bbb', '30000'],
  ];

  it.each<[string, string[]]>([
    ['用友 U8\'s 客户档案', ['客户编码', '客户名称', '联系人', '信用等级', '销售额']],
    ['a Chinese sheet\'s 信用评级', ['客户编码', '客户名称', '联系人', '信用评级', '销售额']],
    ['an English ledger\'s Credit Rating', ['Account No', 'Company', 'Contact', 'Credit Rating', 'Sales']],
  ])('%s: every grade of the ladder is read, each the tier its sales give', (_, head) => {
    const english = head[1] === 'Company';
    const rows = LADDER.map(([grade, sales], i) => (english
      ? [`ACC-${10 + i}`, `Harbour Supplies ${i} Ltd`, `Emma Lewis ${i}`, grade, sales]
      : [`00${10 + i}`, `星辰${i}号科技有限公司`, `王磊${i}`, grade, sales]));
    const p = planOf([head, ...rows], english ? { language: 'en' } : {});
    expect(p.columns.find((c) => c.header === head[3])?.field).toBe('tier');
    expect([whatIf(p, 'tier').unrecognized, whatIf(p, 'tier').changed, whatIf(p, 'tier').unchanged]).toEqual([0, 0, LADDER.length]);
  });

  it('keeps an A/B/C grade column as it was: A is the top grade there', () => {
    const p = planOf([
      ['客户编码', '客户名称', '联系人', '信用等级', '销售额'],
      ['0001', '北京星辰科技有限公司', '王磊', 'A', '150000'],
      ['0002', '上海蓝海贸易有限公司', '李娜', 'B', '30000'],
      ['0003', '深圳华盛电子有限公司', '赵强', 'C', '2000'],
    ]);
    expect([whatIf(p, 'tier').unrecognized, whatIf(p, 'tier').unchanged]).toEqual([0, 3]);
  });
});

describe('精斗云 customer list', () => {
  const plan = planOf([
    ['客户编码', '客户名称', '联系人', '联系电话', '销售人员'],
    ['0100123', '北京星辰科技有限公司', '王磊', '13812345678', '张伟'],
    ['0100124', '上海蓝海贸易有限公司', '李娜', '021-55556666', '刘洋'],
    ['KH-0125', '深圳华盛电子有限公司', '赵强', '13700001111', '张伟'],
  ]);

  it('reads 客户编码 as the customer\'s number, 客户名称 as the company, 销售人员 as the owner', () => {
    expect(fieldsOf(plan)).toEqual({ 客户编码: 'customerId', 客户名称: 'company', 联系人: 'name', 联系电话: 'phone', 销售人员: 'owner' });
  });

  it('leaves a seven-digit code as typed, never read or flagged as a phone', () => {
    expect(after(plan, 2, '客户编码')).toBeNull();
    expect(plan.issues.filter((i) => plan.columns.find((c) => c.col === i.col)?.header === '客户编码')).toEqual([]);
  });
});
