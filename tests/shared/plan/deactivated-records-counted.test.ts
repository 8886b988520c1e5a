/**
 * A customer the ERP deactivated (金蝶's or 用友's 客户档案 with its 停用日期 on or before today, a 是否停用
 * 是, a 状态 停用 as 销售易 writes it) is no customer the team deals with: no renewal or stale reminder
 * (disabled-record.test.ts), his 分类依据 says he is deactivated and the report counts him apart. A
 * 停用日期 still to come is a record in use until then. The row stays as it is.
 */
import { reasonText } from '../../../shared/classify/reason';
import { planOf } from './helpers';

type Plan = ReturnType<typeof planOf>;
const reasonsOf = (plan: Plan, row: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.classification.rows.find((r) => r.sheetRow === row)!.reasons.map((r) => reasonText(lang, r));
const customersSeries = (plan: Plan) =>
  plan.report.sections.find((s) => s.id === 'customers')!.series.map((s) => [s.id, s.count]);
const kindsOf = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();

// 金蝶 客户档案 (today 2024-12-01), as the tester's sheet h56/04: 宏达塑胶 was stopped on 2024-06-30, 顺达建材
// is to be stopped at the year's end; each contract ends in 19 days.
const KINGDEE = [
  ['客户编码', '客户名称', '联系人', '联系电话', '专管业务员', '发展日期', '合同到期日', '停用日期'],
  ['01.001', '广州市天河区恒丰五金经营部', '何志强', '020-38881234', '邓超', '2019-03-15', '2024-12-20', ''],
  ['01.003', '东莞市长安镇宏达塑胶制品厂', '陈国华', '0769-85331234', '林峰', '2018-11-20', '2024-12-20', '2024-06-30'],
  ['01.005', '佛山市南海区顺达建材有限公司', '梁美玲', '13500291234', '林峰', '2020-07-01', '2024-12-20', '2024-12-31'],
];

describe('a deactivated customer is said and counted apart', () => {
  const plan = planOf(KINGDEE);

  it('reads 停用日期 as the day the record was stopped', () => {
    expect(plan.columns.find((c) => c.header === '停用日期')!.field).toBe('disabledAt');
  });

  it('says so first in his reasons, in both languages', () => {
    expect(reasonsOf(plan, 3)[0]).toBe('客户已停用（停用日期为“2024-06-30”）：不再提醒续约和长期未联系，报告中单独计数');
    expect(reasonsOf(plan, 3, 'en')[0]).toBe('the customer is deactivated (Deactivated on: "2024-06-30"): no renewal or stale-record reminders, counted apart in the report');
  });

  it('counts him apart in the report; the one stopped only at the year\'s end is not yet', () => {
    expect(customersSeries(plan)).toContainEqual(['deactivated', 1]);
    expect(reasonsOf(plan, 4).join('；')).not.toContain('停用');
  });

  it('reminds no renewal of the stopped record, and the one still in use until the 31st as ever', () => {
    expect(kindsOf(plan, 3)).toEqual([]);
    expect(kindsOf(plan, 2)).toEqual(['contract']);
    expect(kindsOf(plan, 4)).toEqual(['contract']);
  });

  it('销售易\'s 状态 停用 and a 是否停用 of 是 are deactivated too', () => {
    const xsy = planOf([
      ['客户名称', '客户所有人', '电话', '状态'],
      ['上海启明星信息技术有限公司', '王磊', '021-62345678', '停用'],
      ['杭州云杉网络科技有限公司', '陈晓', '0571-88776655', '启用'],
    ]);
    expect(customersSeries(xsy)).toContainEqual(['deactivated', 1]);
    const yes = planOf([
      ['客户名称', '业务员', '电话', '是否停用'],
      ['南京金陵纺织有限公司', '李娜', '025-84561234', '是'],
      ['无锡太湖电机有限公司', '李娜', '0510-82345678', '否'],
    ]);
    expect(customersSeries(yes)).toContainEqual(['deactivated', 1]);
  });
});
