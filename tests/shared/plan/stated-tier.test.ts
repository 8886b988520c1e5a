/**
 * A sheet that grades its customers (客户等级 A类 / B类 / C类, 客户级别 一级 / 二级 / 三级, 重要 / 一般, 钻石 / 金 /
 * 银, a Tier of Gold / Silver / Bronze) but holds no amount the tier rule could read: the value tier is
 * the sheet's own grade, said to be so, A the highest, as the lifecycle takes the stage a sheet
 * without purchases states and the VIP the sheet's own mark. Where a customer has an amount, the
 * amount wins (what he spent, not what someone once judged; the what-if shows the difference); a
 * customer whose amount is blank takes his grade. A credit rating (信用等级 AAA … C) rates whether he
 * pays, and never sets his value tier.
 */
import { messageText } from '../../../shared/classify/reason';
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const tierOf = (plan: Plan) => plan.classification.rows.map((r) => r.labels.tier);
const tierReason = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.reasons.find((r) => r.dimension === 'tier')!;
const said = (plan: Plan, row: number, lang: 'zh-CN' | 'en') => {
  const reason = tierReason(plan, row);
  return messageText(lang, reason.code, reason.params);
};
const section = (plan: Plan, id: string) => Object.fromEntries(plan.report.sections.find((s) => s.id === id)!.series.filter((s) => s.count > 0).map((s) => [s.label, s.count]));
const whatIfTier = (plan: Plan) => plan.classification.whatIf.dimensions.find((d) => d.dimension === 'tier')!;

describe('纷享销客 客户 export with 客户等级 A类 / B类 / C类 and no amounts', () => {
  const plan = planOf([
    ['客户名称', '联系人', '手机', '客户等级', '负责人', '最近跟进时间'],
    ['杭州明远纺织有限公司', '周明', '13857100001', 'A类', '王磊', '2024-11-20'],
    ['宁波海丰贸易有限公司', '孙丽', '13968002222', 'B类', '王磊', '2024-10-08'],
    ['绍兴平安印染有限公司', '何平', '13705713333', 'C类', '刘洋', '2024-09-15'],
    ['温州启明鞋业有限公司', '陈静', '13605714444', 'A（重点客户）', '刘洋', '2024-03-01'],
    ['嘉兴新程电子有限公司', '赵刚', '13757105555', '', '刘洋', '2024-11-02'],
  ]);

  it('takes each customer\'s value tier from his grade, A the highest; an ungraded one stays unknown', () => {
    expect(tierOf(plan)).toEqual(['high', 'medium', 'low', 'high', 'unknown']);
  });

  it('says the tier is the sheet\'s own grade, as no amount can be read, in both languages', () => {
    expect(tierReason(plan, 2)).toMatchObject({ level: 'high', code: 'classify.reason.statedTier', params: { field: 'tier', value: 'A类', fields: 'amount' } });
    expect(said(plan, 2, 'zh-CN')).toBe('表中自己的等级：客户等级为“A类”（表中没有价值等级规则所需的列：累计金额）');
    expect(said(plan, 2, 'en')).toBe('the sheet\'s own grade: Tier is "A类" (the sheet has no column the tier rule reads: Amount)');
    expect(said(plan, 5, 'zh-CN')).toBe('表中自己的等级：客户等级为“A（重点客户）”（表中没有价值等级规则所需的列：累计金额）');
    expect(tierReason(plan, 6).code).toBe('classify.reason.noColumns');
  });

  it('counts them in the report\'s value-tier table', () => {
    expect(section(plan, 'tier')).toEqual({ 高价值: 2, 中价值: 1, 低价值: 1, 未知: 1 });
  });

  it('and the what-if finds nothing to change: the sheet\'s grade is the tier', () => {
    expect(whatIfTier(plan)).toMatchObject({ compared: 4, unchanged: 4, changed: 0 });
  });
});

describe.each<[string, string, string[], string[]]>([
  ['a 客户级别 of 一级 / 二级 / 三级 (一级 the highest, as A)', '客户级别', ['一级', '二级客户', '三级'], ['high', 'medium', 'low']],
  ['a 客户等级 of 重要 / 一般', '客户等级', ['重要客户', '一般', '重要'], ['high', 'medium', 'high']],
  ['a 客户等级 of 钻石 / 金 / 银', '客户等级', ['钻石', '金', '银'], ['high', 'high', 'medium']],
  ['a 客户等级 of 金牌 / 银牌 / 铜牌客户', '客户等级', ['金牌客户', '银牌客户', '铜牌客户'], ['high', 'medium', 'low']],
  ['an English Tier of Gold / Silver / Bronze', 'Tier', ['Gold', 'Silver', 'Bronze'], ['high', 'medium', 'low']],
])('%s without amounts', (_, header, grades, tiers) => {
  const plan = planOf([
    ['姓名', '手机', header, '最近联系'],
    ['张伟', '13812345678', grades[0], '2024-11-20'],
    ['李娜', '13987654321', grades[1], '2024-10-08'],
    ['王芳', '13711112222', grades[2], '2024-09-15'],
  ]);

  it('reads the grades as the value tiers they name', () => {
    expect(tierOf(plan)).toEqual(tiers);
    expect(tierReason(plan, 3)).toMatchObject({ code: 'classify.reason.statedTier', params: { field: 'tier', value: grades[1] } });
  });
});

describe('a shop\'s numbered member levels (一级会员 … 五级会员), which climb the other way', () => {
  it('are no value tier: they stay unknown', () => {
    const plan = planOf([
      ['会员姓名', '手机号', '会员等级', '最近到店'],
      ['陈晓燕', '13812345601', '一级会员', '2024-11-20'],
      ['刘建国', '13905718822', '五级会员', '2024-10-08'],
    ]);
    expect(tierOf(plan)).toEqual(['unknown', 'unknown']);
  });
});

describe('a sheet with amounts and grades', () => {
  const plan = planOf([
    ['客户名称', '手机', '客户等级', '累计金额', '最近购买'],
    ['杭州明远纺织', '13857100001', 'C', '260000', '2024-11-20'],
    ['宁波海丰贸易', '13968002222', 'A', '3000', '2024-10-08'],
    ['绍兴平安印染', '13705713333', 'A', '', '2024-09-15'],
    ['温州启明鞋业', '13605714444', '', '', '2024-06-01'],
  ]);

  it('classes a customer with an amount by his amount, whatever his grade (the what-if shows both changes)', () => {
    expect(tierOf(plan).slice(0, 2)).toEqual(['high', 'low']);
    expect(whatIfTier(plan).transitions).toEqual(expect.arrayContaining([{ from: 'high', to: 'low', count: 1 }, { from: 'low', to: 'high', count: 1 }]));
  });

  it('takes his grade for a customer whose amount is blank, saying so; without a grade he stays unknown', () => {
    expect(tierOf(plan).slice(2)).toEqual(['high', 'unknown']);
    expect(tierReason(plan, 4)).toMatchObject({ code: 'classify.reason.statedTierNoAmount', params: { field: 'tier', value: 'A', fields: 'amount' } });
    expect(said(plan, 4, 'zh-CN')).toBe('表中自己的等级：客户等级为“A”（这位客户没有价值等级规则所需的累计金额）');
    expect(said(plan, 4, 'en')).toBe('the sheet\'s own grade: Tier is "A" (this customer has no Amount for the tier rule to read)');
    expect(tierReason(plan, 5).code).toBe('classify.reason.noAmount');
  });
});

describe('a credit rating never sets the value tier: it says whether he pays, not what he is worth', () => {
  it.each<[string, string, string[]]>([
    ['用友 U8 客户档案\'s 信用等级 of A / C / B', '信用等级', ['A', 'C', 'B']],
    ['a 客户等级 column that writes a credit rating (AAA, BB)', '客户等级', ['AAA', 'BB', 'A']],
  ])('%s, without amounts, leaves the tier unknown', (_, header, grades) => {
    const plan = planOf([
      ['客户编码', '客户名称', '联系电话', header, '业务员'],
      ['0101', '上海佳禾食品有限公司', '021-64381234', grades[0], '张强'],
      ['0102', '苏州恒润机械有限公司', '0512-68123456', grades[1], '张强'],
      ['0103', '无锡新程电子有限公司', '0510-82345678', grades[2], '李娜'],
    ]);
    expect(tierOf(plan)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
