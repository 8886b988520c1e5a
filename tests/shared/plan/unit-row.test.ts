/**
 * A row of units under the header (万元 | 万元 | 天 | yyyy-mm-dd under 累计采购额 | 信用额度 | 账期 | 最近下单)
 * is part of the header, as `累计采购额（万元）` is: no customer, and its 万元 applies to the column
 * (h59 finding 2: read as a customer with four errors, and 52 万元 classed as ¥52).
 */
import { planOf } from './helpers';

const DEALERS = [
  ['客户名称', '联系人', '手机', '累计采购额', '信用额度', '账期', '最近下单', '合同到期日', '负责人'],
  ['', '', '', '万元', '万元', '天', 'yyyy-mm-dd', 'yyyy-mm-dd', ''],
  ['上海蓝海贸易有限公司', '张建国', '13812345678', '26.8', '50', '30', '2024-11-20', '2024-12-08', '王磊'],
  ['苏州恒达机电', '王伟', '13962101111', '5.6', '20', '60', '2024-06-02', '2025-05-01', '王磊'],
  ['北京京华科技', '赵敏', '13501011234', '52', '100', '90', '2024-11-01', '2025-01-15', '刘洋'],
];

const CONTROL = [
  ['客户名称', '联系人', '手机', '累计采购额（万元）', '信用额度（万元）', '账期（天）', '最近下单', '合同到期日', '负责人'],
  ...DEALERS.slice(2),
];

describe('a unit row under the header', () => {
  const plan = planOf(DEALERS);

  it('is no customer: no issue, no edit, not counted', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 2)).toEqual([]);
    expect(plan.edits.filter((e) => e.sheetRow === 2)).toEqual([]);
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([3, 4, 5]);
  });

  it('says so, naming the row and its units', () => {
    const said = plan.problems.find((p) => p.code === 'sheet.unitRow');
    expect(said?.params).toEqual(expect.objectContaining({ row: 2, units: expect.stringContaining('万元') }));
  });

  it('reads 52 under 累计采购额 as 52 万元, classed as the header form 累计采购额（万元） classes it', () => {
    const control = planOf(CONTROL);
    const classes = (p: typeof plan) => p.classification.rows.map((r) => JSON.stringify(r.labels));
    expect(classes(plan)).toEqual(classes(control));
    // 北京京华科技's 52 万元 is a high-value VIP, as under 累计采购额（万元）.
    expect(plan.classification.rows[2].labels).toMatchObject({ tier: 'high', vip: 'vip' });
  });

  it('a first customer whose cells are only numbers is still a customer', () => {
    const numbers = planOf([DEALERS[0], ['', '', '', '12', '30', '', '', '', ''], ...DEALERS.slice(2)]);
    expect(numbers.problems.find((p) => p.code === 'sheet.unitRow')).toBeUndefined();
  });
});
