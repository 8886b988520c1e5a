/**
 * A customer the ERP disabled (金蝶's 禁用状态 是, 精斗云's or 金蝶's 状态 禁用 / 停用, 用友 U8's 停用日期 filled)
 * is a relationship that has ended: no contract renewal, no 长期未联系, no high-value-dormant push, as
 * 已流失 or a 流失日期 get none; the rep's own follow-up and a birthday greeting still come. Of two
 * records of one customer, the one still in use is the one a merge keeps, and it never takes the
 * other's 停用 from it.
 */
import { cellText, DEFAULT_SETTINGS, run } from '../../../shared';
import { gridOf, planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const kindsOf = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();

// 金蝶云星空 客户 list (today 2024-12-01): each customer's follow-up is due, his contract ends in 19
// days, and 常州龙城化工 was last contacted two years ago.
const header = ['客户编码', '客户名称', '联系人', '手机', '业务员', '下次跟进日期', '最近联系日期', '合同到期日'];
const rows = [
  ['CUST0001', '南京金陵纺织有限公司', '秦淮', '13770001111', '李娜', '2024-12-01', '2024-11-01', '2024-12-20'],
  ['CUST0002', '无锡太湖电机有限公司', '钱塘', '13770002222', '李娜', '2024-12-01', '2024-11-01', '2024-12-20'],
  ['CUST0003', '常州龙城化工有限公司', '龙腾', '13770003333', '王磊', '2024-12-01', '2024-03-01', '2024-12-20'],
  ['CUST0004', '扬州瘦西湖旅游有限公司', '杨柳', '13770004444', '王磊', '2024-12-01', '2024-11-01', '2024-12-20'],
];
const withColumn = (title: string, values: string[]) => [[...header, title], ...rows.map((r, i) => [...r, values[i]])];

describe('a customer the ERP disabled gets no renewal or stale reminder', () => {
  it('a yes/no 禁用状态 column (金蝶 K/3 Cloud): 是, 已禁用, 禁用 are disabled, 否 is not', () => {
    const plan = planOf(withColumn('禁用状态', ['否', '是', '已禁用', '禁用']));
    expect(plan.columns.find((c) => c.header === '禁用状态')!.field).toBe('disabled');
    expect(kindsOf(plan, 2)).toEqual(['contract', 'followUp']);
    expect(kindsOf(plan, 3)).toEqual(['followUp']);
    expect(kindsOf(plan, 4)).toEqual(['followUp']);
    expect(kindsOf(plan, 5)).toEqual(['followUp']);
    // The cells stay as the ERP wrote them.
    expect(plan.edits.filter((e) => e.col === 9)).toEqual([]);
  });

  it('a 是否停用 column, and an English Disabled one of TRUE / FALSE', () => {
    expect(kindsOf(planOf(withColumn('是否停用', ['', 'Y', '否', '√'])), 3)).toEqual(['followUp']);
    const en = planOf([
      ['Customer', 'Phone', 'Account Manager', 'Next Follow-up', 'Last Contacted', 'Contract End', 'Disabled'],
      ['Harbor Foods Ltd', '(617) 555-0142', 'Jane Cooper', '2024-12-01', '2024-11-01', '2024-12-20', 'FALSE'],
      ['Pioneer Tools Inc', '(617) 555-0199', 'Jane Cooper', '2024-12-01', '2024-11-01', '2024-12-20', 'TRUE'],
    ]);
    expect(kindsOf(en, 2)).toEqual(['contract', 'followUp']);
    expect(kindsOf(en, 3)).toEqual(['followUp']);
  });

  it('a 状态 of 禁用 or 停用 (精斗云, 金蝶) is ended; 启用 is not, nor 冻结 (a B2B account\'s 冻结 is often its credit)', () => {
    const plan = planOf(withColumn('状态', ['启用', '禁用', '停用', '冻结']));
    expect(kindsOf(plan, 2)).toEqual(['contract', 'followUp']);
    expect(kindsOf(plan, 3)).toEqual(['followUp']);
    expect(kindsOf(plan, 4)).toEqual(['followUp']);
    expect(kindsOf(plan, 5)).toEqual(['contract', 'followUp']);
  });

  it('用友 U8\'s 停用日期, filled, is the day the relationship ended; blank, it says nothing', () => {
    const plan = planOf(withColumn('停用日期', ['', '2024-06-30', '', '']));
    expect(plan.columns.find((c) => c.header === '停用日期')!.field).toBe('disabledAt');
    expect(kindsOf(plan, 2)).toEqual(['contract', 'followUp']);
    expect(kindsOf(plan, 3)).toEqual(['followUp']);
    // 常州龙城化工, silent since March, is called about its contract and its follow-up: that call is
    // the contact a stale reminder would ask for (remind/one-silence.ts).
    expect(kindsOf(plan, 4)).toEqual(['contract', 'followUp']);
  });
});

describe('of one customer\'s two records, the one still in use is kept', () => {
  // 用友 U8 客户档案: 白云山医药 was entered twice; the older record was stopped (停用日期) when 赵磊
  // took the customer over and entered him again. The stopped record is the more complete one.
  const U8 = [
    ['客户编码', '客户名称', '税号', '地址', '联系人', '电话', '手机', '专管业务员', '专管部门', '信用等级', '停用日期'],
    ['0201001', '广州白云山医药销售有限公司', '91440101MA59XYZQ1K', '广州市白云区同和街道云祥路88号', '李明', '020-87651234', '13802201234', '陈静', '销售二部', 'A', '2024-06-30'],
    ['0201002', '白云山医药销售(广州)有限公司', '91440101MA59XYZQ1K', '广州市白云区云祥路88号', '李明', '020-87651234', '13802201234', '赵磊', '', '', ''],
  ];

  it('the record in use survives, whatever is more complete', () => {
    const plan = planOf(U8);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.survivor])).toEqual([[[2, 3], 3]]);
  });

  it('a merge keeps it in use: the stopped record\'s 停用日期 goes to the merged values, not into its cell', () => {
    const out = run(gridOf(U8), { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: ['likely', 'review'] });
    if (!out.ok) throw new Error(out.problem.code);
    const plan = out.plan;
    expect(plan.merge?.removeRows).toEqual([2]);
    const stopCol = 10;
    expect(plan.merge!.edits.filter((e) => e.sheetRow === 3 && e.col === stopCol)).toEqual([]);
    // Other blanks are filled as ever (专管部门 销售二部).
    expect(plan.merge!.edits.map((e) => [e.col, cellText(e.after)])).toContainEqual([8, '销售二部']);
    expect(cellText(plan.merge!.mergedColumn!.values[1])).toContain('2024-06-30');
  });
});
