/**
 * The classes a Chinese CRM's or shop's export states in its own columns, read as its users mean them:
 * 纷享销客's 成交状态 beside its 跟进状态, 企业微信's 标签, 有赞's and 微店's 会员等级.
 */
import { messageText } from '../../../shared/classify/reason';
import { readExistingLabel, readLabelWord } from '../../../shared/classify/existing-labels';
import { rec } from '../classify/helpers';
import { planOf } from './helpers';

const lifecycleOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.classification.rows.map((r) => [r.sheetRow, r.labels.lifecycle]));

describe('the tester\'s 纷享销客 / 钉钉 CRM 客户 export: 跟进状态 says where the follow-up stands, 成交状态 whether the firm bought', () => {
  // 杭州星辰科技 bought and is followed up (跟进中) by two reps; 深圳明远 bought more than once; 上海宏达 and
  // 北京国平 have not bought; 杭州星辰贸易 is a void record (无效), not bought.
  const SHEET = [
    ['客户编号', '客户名称', '客户级别', '跟进状态', '成交状态', '负责人', '所属部门', '客户来源', '行业', '电话', '地址', '最后跟进时间', '下次跟进时间', '创建时间', '创建人', '锁定状态', '生命状态'],
    ['KH20230001', '杭州星辰科技有限公司', 'A（重点客户）', '跟进中', '已成交', '王芳', '华东销售一部', '展会', '软件和信息技术服务业', '0571-88886666', '浙江省杭州市西湖区文三路100号', '2024-11-25 14:30', '2024-12-01 10:00', '2023-01-05 09:12', '王芳', '未锁定', '正常'],
    ['KH20230002', '上海宏达建材有限公司', 'B（普通客户）', '未跟进', '未成交', '李明', '华东销售二部', '官网', '建材', '021-66668888', '上海市浦东新区张江路1号', '2024-03-10 09:00', '', '2023-02-10 10:00', '李明', '未锁定', '正常'],
    ['KH20240015', '杭州星辰科技有限公司', 'A（重点客户）', '跟进中', '已成交', '李明', '华东销售二部', '电话营销', '软件和信息技术服务业', '0571 8888 6666', '浙江省杭州市西湖区文三路100号', '2024-10-01 16:00', '2024-11-20 09:00', '2024-04-01 11:00', '李明', '未锁定', '正常'],
    ['KH20240016', '杭州星辰贸易有限公司', 'C（非优先客户）', '无效', '未成交', '', '', '转介绍', '批发零售', '0571-88880000', '浙江省杭州市拱墅区', '2024-01-01 10:00', '2024-02-01 10:00', '2024-05-01 09:00', '赵强', '已锁定', '作废'],
    ['KH20250003', '深圳明远教育科技有限公司', 'B（普通客户）', '已成交', '多次成交', '赵强', '华南销售部', '展会', '教育', '0755-12345678', '广东省深圳市南山区科技园', '2024-06-01 10:00', '2024-07-01 10:00', '2023-01-10 08:00', '赵强', '未锁定', '正常'],
    ['KH20250004', '北京国平茶业有限公司', 'A（重点客户）', '跟进中', '未成交', '王芳', '华北销售部', '官网', '食品饮料', '010-12345678', '北京市朝阳区建国路1号', '2024-11-30 18:00', '2024-12-05 09:00', '2024-11-01 08:00', '王芳', '未锁定', '正常'],
  ];
  const plan = planOf(SHEET);

  it('reads 成交状态 as a column of its own beside 跟进状态, not left unread', () => {
    expect(['跟进状态', '成交状态'].map((h) => plan.columns.find((c) => c.header === h)?.field)).toEqual(['status', 'dealStatus']);
  });

  it('calls a firm that bought (已成交, 多次成交) an existing customer, however its follow-up stands (跟进中)', () => {
    expect(lifecycleOf(plan)).toEqual({ 2: 'existing', 3: 'potential', 4: 'existing', 5: 'potential', 6: 'existing', 7: 'potential' });
  });

  it('says the class is the sheet\'s 成交状态, in both languages', () => {
    const reason = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.find((r) => r.dimension === 'lifecycle')!;
    expect(messageText('zh-CN', reason.code, reason.params)).toBe('表中自己的标注：成交状态为“已成交”（没有可读的最近购买日期、购买次数或金额）');
    expect(messageText('en', reason.code, reason.params)).toBe('the sheet\'s own label: Deal status is "已成交" (no purchase date, orders or amount the rule can read)');
  });

  it('still hears the void record (跟进状态 无效): no reminder to follow it up', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 5)).toEqual([]);
  });

  it('a deal lost (输单) on a prospect still followed up (跟进中) is one offer lost: the follow-up status decides, not churned, still reminded', () => {
    // After the regression round's zh_deal_lost_followup.csv: 输单 / 丢单 / 放弃 made live prospects 流失.
    const lost = planOf([
      ['客户名称', '跟进状态', '成交状态', '负责人', '最后跟进时间'],
      ['苏州恒远机械有限公司', '跟进中', '输单', '王芳', '2024-01-05'],
    ]);
    expect(lifecycleOf(lost)).toEqual({ 2: 'potential' });
    expect(lost.classification.rows[0].labels.activity).not.toBe('lost');
    expect(lost.reminders.reminders.map((r) => r.kind)).toContain('stale');
  });

  it('a 状态 that only says the record is in force (正常, 有效) overrules nothing: 黑名单 or 输单 in 成交状态 still count', () => {
    // After the last regression round's zh_status_deal_overdue.csv: the blacklisted were reminded again.
    const sheet = planOf([
      ['客户名称', '状态', '成交状态', '负责人', '最后跟进时间'],
      ['苏州恒远机械有限公司', '正常', '黑名单', '王芳', '2024-01-05'],
      ['无锡天成电子有限公司', '有效', '拒绝联系', '王芳', '2024-01-05'],
      ['常州新北塑业有限公司', '启用', '输单', '王芳', '2024-01-05'],
    ]);
    expect(sheet.reminders.reminders).toEqual([]);
  });

  it('a lost deal still ends a row whose follow-up status is blank', () => {
    const lost = planOf([
      ['客户名称', '跟进状态', '成交状态', '负责人', '最后跟进时间'],
      ['苏州恒远机械有限公司', '', '输单', '王芳', '2024-01-05'],
    ]);
    expect(lost.reminders.reminders).toEqual([]);
  });

  it('a sheet whose only status is 成交状态 reads it as it did', () => {
    const only = planOf([
      ['客户名称', '联系人', '手机', '成交状态'],
      ['杭州星辰科技有限公司', '王建国', '13812345678', '已成交'],
      ['上海宏达建材有限公司', '李强', '13911112222', '未成交'],
    ]);
    expect(lifecycleOf(only)).toEqual({ 2: 'existing', 3: 'potential' });
  });
});

describe('the tester\'s 企业微信 客户联系 export: its 标签 say what each contact is', () => {
  // WeChat nicknames in 客户名称, the rep's 备注名 beside them; the tags the reps gave each contact.
  const SHEET = [
    ['客户名称', '备注名', '添加人', '添加时间', '来源', '标签', '描述', '企业名称', '电话'],
    ['🌸小雨🌸', '李雨-华辰贸易-13912345678', '王芳', '2024-05-03 14:22:10', '扫描二维码', '意向客户,华东区', '想要年底采购一批礼盒', '华辰贸易有限公司', '13912345678'],
    ['A-王总', '王建国-星辰科技-13812345678', '李明', '2023-11-20 09:15:33', '搜索手机号', 'VIP客户,已成交', '老客户，每季度下单', '星辰科技', '13812345678'],
    ['Sunny☀️', '张伟-星辰科技-13700001111', '李明', '2024-08-08 08:08:08', '群聊', '潜在客户', '', '', '13700001111'],
    ['Sunny☀️', '', '赵强', '2024-01-15 10:00:00', '扫描二维码', '', '', '', ''],
    ['小雨', '刘小雨-宝妈群', '赵强', '2024-06-01 21:30:45', '群聊', '宝妈，潜在客户', '孩子3岁', '', ''],
    ['老陈🍵茶叶', '陈国平-茶叶批发-15900002222', '王芳', '2022-02-14 12:00:00', '微信联系人', '已成交、批发', '每月进货两次', '国平茶业', '15900002222'],
    ['Jason Li', '李杰森-外企-13600003333', '赵强', '2023-12-24 23:59:59', '搜索手机号', '意向客户,已成交', '', 'Acme China', '+86 136 0000 3333'],
  ];
  const plan = planOf(SHEET);

  it('reads each tag on its own: 已成交 existing, 意向客户 and 潜在客户 potential, a contact without tags unknown', () => {
    expect(lifecycleOf(plan)).toEqual({ 2: 'potential', 3: 'existing', 4: 'potential', 5: 'unknown', 6: 'potential', 7: 'existing', 8: 'existing' });
  });

  it('takes the sale over the interest tagged before it (意向客户,已成交 is existing)', () => {
    expect(lifecycleOf(plan)[8]).toBe('existing');
  });

  it('quotes the tag that says it, not the whole list, in both languages', () => {
    const reason = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.find((r) => r.dimension === 'lifecycle')!;
    expect(messageText('zh-CN', reason.code, reason.params)).toBe('表中自己的标注：标签为“意向客户”（没有可读的最近购买日期、购买次数或金额）');
    expect(messageText('en', reason.code, reason.params)).toBe('the sheet\'s own label: Tags is "意向客户" (no purchase date, orders or amount the rule can read)');
  });

  it('compares the tags with what the purchases say, on a sheet that has them', () => {
    const bought = planOf([
      ['客户名称', '手机', '标签', '最近购买', '累计消费'],
      ['李雨', '13912345678', '意向客户,华东区', '2024-11-20', '3600'],
      ['王建国', '13812345678', 'VIP客户,已成交', '2024-10-02', '52000'],
    ]);
    const lifecycle = bought.classification.whatIf.dimensions.find((d) => d.dimension === 'lifecycle')!;
    expect(lifecycle.transitions).toEqual([{ from: 'potential', to: 'existing', count: 1 }, { from: 'existing', to: 'existing', count: 1 }]);
  });

  it('a 状态 or 客户类型 column still speaks before the tags', () => {
    const typed = planOf([
      ['客户名称', '手机', '客户类型', '标签'],
      ['李雨', '13912345678', '流失客户', '意向客户'],
    ]);
    expect(lifecycleOf(typed)).toEqual({ 2: 'churned' });
  });
});

describe('the tester\'s 微店 customer list: 会员等级 is the shop\'s member ladder (普通会员, VIP1, VIP3), not VIP status', () => {
  // 李娜 bought under two 买家ID (VIP3 and VIP1); no one spends the ¥500,000 of the VIP rule.
  const SHEET = [
    ['买家ID', '买家昵称', '收货人', '手机号', '收货地址', '累计消费金额(元)', '购买次数', '上次购买时间', '首次购买时间', '会员等级', '积分', '客户备注'],
    ['1098765432', '晴天☀', '陈静', '13722223333', '浙江省 杭州市 西湖区 文三路100号', '2450.00', '8', '2024-06-01 18:00', '2023-01-05 10:00', 'VIP1', '2450', ''],
    ['1098765433', 'tb_8823456', '王磊', '13911112222', '上海市 上海市 浦东新区 张江路1号', '120.00', '1', '2023-06-18 10:10', '2023-06-18 10:10', '普通会员', '120', '要发票'],
    ['1098765434', '小鹿🦌', '李娜', '13812345678', '浙江省 杭州市 滨江区 江南大道8号', '12680.00', '23', '2024-11-28 19:22', '2021-03-03 09:00', 'VIP3', '12680', '老客户'],
    ['1098765435', '小鹿🦌', '李娜', '13812345678', '浙江省 杭州市 滨江区 江南大道8号', '1020.00', '3', '2024-09-01 09:00', '2024-05-01 12:00', 'VIP1', '1020', ''],
    ['1098765436', 'jack', 'Jack Smith', '+1 415 555 0132', '北京市 北京市 朝阳区 建国路1号', '880.00', '2', '2024-10-10 10:10', '2024-01-01 10:10', '普通会员', '880', ''],
    ['0012345678', '小王', '王芳', '15000001111', '广东省 深圳市 南山区 科技园', '66.00', '1', '2023-11-30 08:00', '2023-11-30 08:00', '普通会员', '66', ''],
  ];
  const plan = planOf(SHEET);
  const whatIf = (dimension: string) => plan.classification.whatIf.dimensions.find((d) => d.dimension === dimension)!;

  it('reads VIP1 and VIP3 as no VIP mark: a sheet that never speaks of VIP has no VIP change to show', () => {
    expect(whatIf('vip')).toMatchObject({ compared: 0, changed: 0 });
    expect(plan.classification.whatIf.rowsChanged).toBe(0);
  });

  it('leaves the shop\'s ladder (普通会员, VIP1, VIP3) as its own: compared with no value tier (tester h70)', () => {
    expect(whatIf('tier')).toMatchObject({ compared: 0, changed: 0, unrecognized: 0 });
    expect(whatIf('tier').transitions).toEqual([]);
  });

  it('a shop that defines its ladder (classify.tier: VIP3, VIP1, 普通会员) has each level compared', () => {
    const own = planOf(SHEET, { classify: { tier: [
      { id: 'VIP3', label: { 'zh-CN': 'VIP3', en: 'VIP3' }, when: { field: 'amount', op: 'gte', value: 10000 } },
      { id: 'VIP1', label: { 'zh-CN': 'VIP1', en: 'VIP1' }, when: { field: 'amount', op: 'gte', value: 1000 } },
      { id: '普通会员', label: { 'zh-CN': '普通会员', en: 'Member' } },
    ] } });
    const tier = own.classification.whatIf.dimensions.find((d) => d.dimension === 'tier')!;
    expect(tier).toMatchObject({ compared: 5, unrecognized: 0 });
    expect(own.classification.whatIf.dimensions.find((d) => d.dimension === 'vip')).toMatchObject({ compared: 0 });
  });
});

describe('a tier written with its suffix or a note: 会员 is dropped as 客户 is, a bracketed note is not the tier', () => {
  it.each<[string, string | null]>([
    ['普通会员', 'low'],
    ['VIP会员', null],
    ['A（重点客户）', 'high'],
    ['B（普通客户）', 'medium'],
    ['C（非优先客户）', 'low'],
    ['A(重点客户)', 'high'],
    // A shop's gold card is its high tier (account-type-columns.test.ts: 钻石卡 > 金卡 > 银卡 > 普通会员).
    ['黄金会员', 'high'],
    ['Basic Member', 'low'],
  ])('%s → %s', (text, expected) => {
    expect(readLabelWord('tier', text)).toBe(expected);
  });

  it('a VIP in a tier column is still a VIP mark; a numbered member level (VIP1, VIP3级, VIP2会员) is not', () => {
    expect(readExistingLabel(rec(2, { tier: 'VIP' }), 'vip')).toBe('vip');
    expect(readExistingLabel(rec(2, { tier: 'VIP会员' }), 'vip')).toBe('vip');
    expect(readExistingLabel(rec(2, { tier: 'SVIP' }), 'vip')).toBe('vip');
    for (const level of ['VIP1', 'VIP3级', 'VIP2会员', 'vip 10']) expect(readExistingLabel(rec(2, { tier: level }), 'vip')).toBe('unmarked');
  });

  it('a 是否VIP column or a tag VIP still says VIP beside a member level', () => {
    expect(readExistingLabel(rec(2, { vip: '是', tier: 'VIP1' }), 'vip')).toBe('vip');
    expect(readExistingLabel(rec(2, { tier: 'VIP1', tags: 'VIP客户' }), 'vip')).toBe('vip');
  });
});
