/**
 * A Chinese system's 客户类型 or 客户分类 is not always the customer's class: 企业微信's 客户类型 says
 * which app added him (微信 / 企业微信), 金蝶's 客户分类 is a sales channel (01 零售, 02 批发). A column
 * whose values name no class of any kind stays the user's own, as typed: no class read from it, no
 * advice to define its values as levels. A shop's member ladder (钻石卡 > 金卡 > 银卡 > 普通会员) is
 * what its owner means by a tier, and is read as one.
 */
import { planOf } from './helpers';
import { mapHeaders } from '../../../shared/schema/header-map';
import { resolveSettings, type Cell } from '../../../shared';
import { unrecognizedTexts } from '../../../shared/classify/what-if';

const settings = (input: object = {}) => {
  const s = resolveSettings(input);
  if (!s.ok) throw new Error('settings');
  return s.settings;
};
const column = (values: string[]): Cell[] => values.map((value) => ({ kind: 'text', value }));
const dimension = (plan: ReturnType<typeof planOf>, d: string) => plan.classification.whatIf.dimensions.find((x) => x.dimension === d)!;

describe('企业微信 客户联系 export: 客户类型 微信 / 企业微信 is the kind of account', () => {
  const plan = planOf([
    ['客户名称', '备注名', '客户类型', '性别', '添加人', '添加时间', '企业标签', '备注手机号'],
    ['Lily🌸', '林莉', '微信', '女', '黄婷', '2024-09-01 10:22:31', '意向客户,美容', '13760001234'],
    ['A阳光明媚', '周阳', '微信', '男', '黄婷', '2024-10-12 19:02:11', '已成交', '13988887777'],
    ['张总', '张海涛', '企业微信', '男', '孙浩', '2024-03-03 09:00:00', '', ''],
    ['晓雯', '陈晓雯', '微信', '女', '孙浩', '2024-11-20 14:00:00', '已成交,VIP', '13566665555'],
  ]);

  it('leaves 客户类型 unread, as typed', () => {
    expect(plan.columns.find((c) => c.header === '客户类型')?.field).toBeNull();
    expect(plan.edits.filter((e) => e.col === 2)).toEqual([]);
  });

  it('says nothing of labels it could not read; the tags are still compared', () => {
    const lifecycle = dimension(plan, 'lifecycle');
    expect(lifecycle.unrecognized).toBe(0);
    expect(lifecycle.unreadLabels).toBeUndefined();
    expect(unrecognizedTexts('zh-CN', plan.classification.whatIf, (d) => d)).toEqual([]);
    expect(lifecycle.compared).toBe(3);
  });
});

describe('金蝶 客户档案: 客户分类 01 零售 / 02 批发 is a channel', () => {
  it('is left unread, and the what-if does not ask to define 02 批发 as a lifecycle', () => {
    const plan = planOf([
      ['客户编码', '客户名称', '客户分类', '联系人', '联系电话', '专管业务员'],
      ['01.001', '广州市天河区恒丰五金经营部', '01 零售', '何志强', '020-38881234', '邓超'],
      ['01.002', '佛山市南海区顺达建材有限公司', '02 批发', '梁美玲', '13500291234', '邓超'],
      ['01.003', '东莞市长安镇宏达塑胶制品厂', '02 批发', '陈国华', '0769-85331234', '林峰'],
      ['01.004', '中山市小榄镇永发灯饰厂', '02 批发', '黄永发', '13702231234', '林峰'],
    ]);
    expect(plan.columns.find((c) => c.header === '客户分类')?.field).toBeNull();
    expect(dimension(plan, 'lifecycle').unreadLabels).toBeUndefined();
    expect(unrecognizedTexts('en', plan.classification.whatIf, (d) => d)).toEqual([]);
  });
});

describe('a 客户类型 that names classes is still read', () => {
  const types = (values: string[], input: object = {}) =>
    mapHeaders(['客户名称', '手机', '客户类型'], settings(input), [[], [], column(values)])[2].field;

  it('when some of its values are classes and some not (潜在客户, 老客户 beside 代理商): the unknown ones are still named', () => {
    expect(types(['潜在客户', '老客户', '代理商', '代理商'])).toBe('customerType');
    const plan = planOf([
      ['客户名称', '手机', '客户类型', '累计消费', '最近购买'],
      ['恒丰五金', '13500291234', '老客户', '50000', '2024-11-01'],
      ['顺达建材', '13500291235', '代理商', '20000', '2024-10-01'],
      ['宏达塑胶', '13500291236', '代理商', '30000', '2024-09-01'],
    ]);
    expect(dimension(plan, 'lifecycle').unreadLabels).toEqual({ count: 2, example: '代理商' });
  });

  it('when the settings name its values as levels of their own (微信 / 企业微信 defined by the team)', () => {
    const lifecycle = [
      { id: 'wx', label: { 'zh-CN': '微信', en: 'WeChat' }, when: { field: 'amount', op: 'notEmpty' } },
      { id: 'wecom', label: { 'zh-CN': '企业微信', en: 'WeCom' } },
    ];
    expect(types(['微信', '微信', '企业微信'], { classify: { lifecycle } })).toBe('customerType');
  });

  it('when the header is all there is to read', () => {
    expect(mapHeaders(['客户名称', '手机', '客户类型'], settings())[2].field).toBe('customerType');
  });

  it('a stage header (Lifecycle Stage) keeps its column, whatever it holds', () => {
    expect(mapHeaders(['Name', 'Phone', 'Lifecycle Stage'], settings(), [[], [], column(['Onboarding', 'Renewal', 'Onboarding'])])[2].field).toBe('customerType');
  });
});

describe('a shop\'s 会员等级: 钻石卡 > 金卡 > 银卡 > 普通会员', () => {
  const plan = planOf([
    ['会员卡号', '会员姓名', '手机号', '会员等级', '累计消费', '最近消费'],
    ['000123', '王秀英', '13800138001', '金卡', '28,650.00', '2024-11-28'],
    ['000456', '刘建华', '13900139002', '普通会员', '1,200.00', '2024-10-01'],
    ['001789', '赵丽', '13700137003', '银卡', '8,900.00', '2024-06-10'],
    ['003333', '陈默', '13600136004', '钻石卡', '520,000.00', '2024-09-01'],
    ['003334', '林晓', '13600136005', '铂金卡会员', '120,000.00', '2024-09-02'],
  ]);

  it('keeps the card as the shop\'s own ladder: compared with no value tier, no level to define (tester h70)', () => {
    const tier = dimension(plan, 'tier');
    expect(tier.unrecognized).toBe(0);
    expect(tier.unreadLabels).toBeUndefined();
    expect(tier.compared).toBe(0);
    expect(tier.transitions).toEqual([]);
  });

  it('names no tier column apart: the run\'s own 价值等级 keeps its plain name', () => {
    expect(plan.addedColumns.map((a) => a.header)).toContain('价值等级');
  });
});
