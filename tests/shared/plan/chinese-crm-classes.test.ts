/**
 * The classes a Chinese CRM's or shop's export states in its own columns, read as its users mean them:
 * 纷享销客's 成交状态 beside its 跟进状态, 企业微信's 标签, 有赞's and 微店's 会员等级.
 */
import { messageText } from '../../../shared/classify/reason';
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

  it('a deal lost (输单) says nothing of whether the firm bought before: the follow-up status decides, and no one is reminded', () => {
    const lost = planOf([
      ['客户名称', '跟进状态', '成交状态', '负责人', '最后跟进时间'],
      ['苏州恒远机械有限公司', '跟进中', '输单', '王芳', '2024-01-05'],
    ]);
    expect(lifecycleOf(lost)).toEqual({ 2: 'potential' });
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
