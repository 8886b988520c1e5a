/**
 * A sheet that marks its VIPs (是否VIP 是, 客户等级 VIP, a tag VIP客户) but holds no amount the VIP rule
 * could read: the rule can judge no one, and the VIP class is the sheet's own mark, said to be so, as
 * the lifecycle takes the stage a sheet without purchases states. A customer the sheet does not mark,
 * on a sheet that marks VIPs, is regular; a sheet that never speaks of VIP leaves VIP unknown; a sheet
 * with amounts is classed by the rule, whatever it marks.
 */
import { messageText } from '../../../shared/classify/reason';
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const vipOf = (plan: Plan) => plan.classification.rows.map((r) => r.labels.vip);
const vipReason = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.reasons.find((r) => r.dimension === 'vip')!;
const said = (plan: Plan, row: number, lang: 'zh-CN' | 'en') => {
  const reason = vipReason(plan, row);
  return messageText(lang, reason.code, reason.params);
};
const section = (plan: Plan, id: string) => Object.fromEntries(plan.report.sections.find((s) => s.id === id)!.series.filter((s) => s.count > 0).map((s) => [s.label, s.count]));

describe('a trading company\'s 客户名单 with a 是否VIP column and no amounts', () => {
  const plan = planOf([
    ['客户名称', '联系人', '手机', '是否VIP', '负责人', '最近联系'],
    ['杭州明远纺织', '周明', '13857100001', '是', '王磊', '2024-11-20'],
    ['宁波海丰贸易', '孙丽', '13968002222', '否', '王磊', '2024-10-08'],
    ['绍兴平安印染', '何平', '13705713333', '', '刘洋', '2024-09-15'],
    ['温州启明鞋业', '陈静', '13605714444', '是', '刘洋', '2024-06-01'],
  ]);

  it('classes VIP by the sheet\'s own column: 是 is VIP, 否 and a blank cell are regular', () => {
    expect(vipOf(plan)).toEqual(['vip', 'regular', 'regular', 'vip']);
  });

  it('says the VIP is the sheet\'s own mark, as no amount can be read, in both languages', () => {
    expect(vipReason(plan, 2)).toMatchObject({ level: 'vip', code: 'classify.reason.statedVip', params: { field: 'vip', value: '是' } });
    expect(said(plan, 2, 'zh-CN')).toBe('表中自己的 VIP 标注：是否VIP为“是”（表中没有 VIP 规则所需的列：累计金额）');
    expect(said(plan, 2, 'en')).toBe('the sheet\'s own VIP mark: VIP is "是" (the sheet has no column the VIP rule reads: Amount)');
    expect(said(plan, 3, 'zh-CN')).toBe('表中自己的 VIP 标注：是否VIP为“否”（表中没有 VIP 规则所需的列：累计金额）');
    expect(vipReason(plan, 4)).toMatchObject({ level: 'regular', code: 'classify.reason.statedNotVip' });
    expect(said(plan, 4, 'zh-CN')).toBe('表中标注了 VIP 客户，这位客户没有 VIP 标注（表中没有 VIP 规则所需的列：累计金额）');
    expect(said(plan, 4, 'en')).toBe('the sheet marks its VIPs and this customer has no VIP mark (the sheet has no column the VIP rule reads: Amount)');
  });

  it('counts them in the report\'s VIP table', () => {
    expect(section(plan, 'vip')).toEqual({ VIP: 2, 普通: 2 });
  });

  it('the tier, which the sheet states nowhere, stays unknown', () => {
    expect(plan.classification.rows.map((r) => r.labels.tier)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });
});

describe('an ERP export whose 客户等级 writes VIP / 普通', () => {
  const plan = planOf([
    ['客户编号', '客户名称', '联系电话', '客户等级', '业务员'],
    ['KH0001', '上海佳禾食品有限公司', '021-64381234', 'VIP', '张强'],
    ['KH0002', '苏州恒润机械有限公司', '0512-68123456', '普通', '张强'],
    ['KH0003', '无锡新程电子有限公司', '0510-82345678', 'VIP客户', '李娜'],
  ]);

  it('classes VIP by the 客户等级 column', () => {
    expect(vipOf(plan)).toEqual(['vip', 'regular', 'vip']);
    expect(vipReason(plan, 4)).toMatchObject({ code: 'classify.reason.statedVip', params: { field: 'tier', value: 'VIP客户' } });
  });
});

describe('企业微信 客户联系 export: the VIP tag among the 客户标签', () => {
  const plan = planOf([
    ['客户名称', '备注名', '添加人', '客户标签', '备注手机号'],
    ['王建国', 'A-王总', '李明', 'VIP客户,已成交', '13812345678'],
    ['赵敏', '赵敏-设计', '李明', '已成交', '13987654321'],
    ['钱进', '钱总', '王芳', '意向客户', '13711112222'],
  ]);

  it('a customer tagged VIP客户 is VIP, the others regular', () => {
    expect(vipOf(plan)).toEqual(['vip', 'regular', 'regular']);
    expect(vipReason(plan, 2)).toMatchObject({ code: 'classify.reason.statedVip', params: { field: 'tags', value: 'VIP客户' } });
  });
});

describe('sheets the fallback leaves alone', () => {
  it('a contact list that never speaks of VIP: VIP stays unknown, the sheet has no column the rule reads', () => {
    const plan = planOf([
      ['姓名', '手机', '标签'],
      ['张伟', '13812345678', '已成交'],
      ['李娜', '13987654321', '意向客户'],
    ]);
    expect(vipOf(plan)).toEqual(['unknown', 'unknown']);
    expect(vipReason(plan, 2).code).toBe('classify.reason.noColumns');
  });

  it('a sheet with amounts is classed by the VIP rule, which adds a big spender but keeps the sheet\'s own VIP (the what-if shows the one added)', () => {
    const plan = planOf([
      ['客户名称', '手机', '是否VIP', '累计金额'],
      ['杭州明远纺织', '13857100001', '是', '3000'],
      ['宁波海丰贸易', '13968002222', '否', '620000'],
    ]);
    expect(vipOf(plan)).toEqual(['vip', 'vip']);
    expect(plan.classification.whatIf.dimensions.find((d) => d.dimension === 'vip')!.changed).toBe(1);
  });
});
