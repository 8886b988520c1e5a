/**
 * People, accounts, co-owners and buyers in CRM and agency sheets (tester h76 #4, #8, #9, #10, #12, #13):
 * - a 企业微信 客户联系 export knows most customers only by their WeChat nicknames (备注名 blank): two
 *   colleagues of one company are two people, never one customer two reps hold (可能撞单);
 * - a 纷享销客 row's 协作人 shares the customer with its 负责人: the reminders and the check across tabs say
 *   no 撞单 where the group says none;
 * - a merged row's other rep in a rep column is "also held by" him, not "cared for";
 * - a 中介's buyer list names the flats each buyer was shown (带看房源): no flats he owns, so one buyer two
 *   agents showed two flats is one buyer (the classic 撞单), not two listings;
 * - a lead's A/B/C grade on a sheet that records no purchase is how hot he is: no 高价值客户休眠 for a buyer
 *   who never bought.
 */
import { findAcrossSheets, remindersAcross, reminderText, resolveSettings, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], opts: { language?: 'en' | 'zh-CN'; merge?: boolean; sheet?: string } = {}): Plan {
  const settings = resolveSettings({ language: opts.language ?? 'zh-CN' });
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows, opts.sheet), { settings: settings.settings, today: TODAY, ...(opts.merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('a 企业微信 export: customers known only by their WeChat nicknames', () => {
  const WECOM_HEADER = ['客户名称', '备注名', '类型', '性别', '添加人', '添加时间', '添加渠道', '手机号', '企业名称'];
  const wecom = [
    WECOM_HEADER,
    ['Tony苏华鹏', '', '微信用户', '未知', '周杰', '2026-05-12 12:00:00', '扫描渠道二维码', '', '宁波宏达贸易有限公司'],
    ['A.丁艳涵', '', '微信用户', '未知', '吴倩', '2026-05-12 12:00:00', '扫描渠道二维码', '', '宁波瑞丰贸易有限公司'],
    ['小白杰娟', '', '微信用户', '未知', '吴倩', '2026-01-12 12:00:00', '扫描渠道二维码', '', '宁波宏达贸易有限公司'],
    ['🌸陶梓飞', '', '企业微信用户', '女', '周杰', '2026-03-12 12:00:00', '扫描渠道二维码', '', '宁波瑞丰贸易有限公司'],
    ['Tony杨欣', '', '微信用户', '男', '周杰', '2026-04-12 12:00:00', '扫描渠道二维码', '', '宁波瑞丰贸易有限公司'],
    // One WeChat user two reps each added: the same nickname, phone and company.
    ['老陈茶叶', '', '微信用户', '男', '周杰', '2025-08-01 09:00:00', '名片分享', '13957461234', '宁波茗香茶业有限公司'],
    ['老陈茶叶', '', '微信用户', '男', '吴倩', '2026-02-01 09:00:00', '搜索手机号添加', '13957461234', '宁波茗香茶业有限公司'],
  ];

  it.each([
    ['Tony苏华鹏 and 小白杰娟 of 宁波宏达贸易', 2],
    ['A.丁艳涵, 🌸陶梓飞 and Tony杨欣 of 宁波瑞丰贸易', 3],
  ])('%s are colleagues: no duplicate group, or only one account\'s contacts, never 撞单', (_who, row) => {
    const plan = planOf(wecom);
    expect(plan.columns.find((c) => c.header === '客户名称')?.field).toBe('nickname');
    const g = groupOf(plan, row);
    if (g !== undefined) {
      expect(g.contacts).toBe(true);
      expect(g.ownerConflict).toBeUndefined();
      expect(g.possibleOwnerConflict).toBeUndefined();
    }
  });

  it('still finds one customer whose nickname a rep retyped, by her 微信号 and address (a tea shop\'s 昵称 list)', () => {
    const tea = [
      ['昵称', '微信号', '手机', '收货地址', '首次下单', '最近下单', '复购次数', '累计金额', '跟进人', '下次跟进'],
      ['龙井阿姨', 'wxid_lj88', '', '浙江省杭州市西湖区龙井路8号 王阿姨收 13500001111', '2023-04-01', '2026/11/30', '12', '￥8,800', '阿芳', '2026-12-04'],
      ['王阿姨', 'WXID_LJ88', '13500001111', '杭州西湖区龙井路8号', '2023-04-01', '2026-10-01', '11', '8800', '小杨', ''],
    ];
    expect(groupOf(planOf(tea), 2)?.confidence).toBe('likely');
  });

  it('still finds one WeChat user two reps each added (same nickname, phone and company): a 撞单', () => {
    const plan = planOf(wecom);
    expect(groupOf(plan, 7)?.rows).toEqual([7, 8]);
    expect(groupOf(plan, 7)?.ownerConflict?.owners ?? groupOf(plan, 7)?.possibleOwnerConflict?.owners).toEqual(['周杰', '吴倩']);
  });
});

describe('a 纷享销客 row\'s 协作人 shares the customer: no 撞单 said anywhere the group says none', () => {
  const fxiaoke = (coOwner: string, back = '周杰') => [
    ['客户名称', '客户编号', '负责人', '协作人', '创建时间', '下次跟进时间', '联系人', '手机', '合同到期日', '成交金额'],
    ['杭州万象包装有限公司', 'KH20240305', '周杰', coOwner, '2024-03-05 09:12', '2026-12-05 10:00', '孙丽', '13811112222', '2026-12-31', '380000'],
    ['杭州万象包装有限公司', 'KH20240305', '吴倩', back, '2024-03-05 09:12', '', '孙丽', '13811112222', '2026-12-31', '380000'],
    ['宁波瑞丰机械有限公司', 'KH20250102', '郑爽', '', '2025-01-02 08:00', '2026-06-01 10:00', '钱明', '13900001111', '', '52000'],
  ];
  const wecom = gridOf([
    ['客户名称', '备注名', '添加人', '添加时间', '手机号', '企业名称', '生日'],
    ['孙丽', '孙丽-万象包装采购', '周杰', '2024-03-06 10:00:00', '13811112222', '杭州万象包装有限公司', '12-07'],
  ], '企业微信客户');

  it('names 吴倩\'s row as a co-owner\'s, not as a 撞单, in 周杰\'s follow-up and contract reminders', () => {
    const plan = planOf(fxiaoke('吴倩,郑爽'), { sheet: '客户列表' });
    expect(groupOf(plan, 2)?.ownerConflict).toBeUndefined();
    const own = plan.reminders.reminders.filter((r) => r.sheetRow === 2 && (r.kind === 'followUp' || r.kind === 'contract'));
    expect(own.map((r) => r.kind).sort()).toEqual(['contract', 'followUp']);
    for (const r of own) {
      expect(reminderText('zh-CN', r)).not.toMatch(/撞单：/);
      expect(reminderText('zh-CN', r)).toMatch(/第 3 行归 吴倩，是共同负责的协作人，不是撞单/);
      expect(reminderText('en', r)).toMatch(/row 3 held by 吴倩, a co-owner who shares him; no owner conflict/);
    }
  });

  it('still says 撞单 when neither rep declares the other his 协作人', () => {
    const plan = planOf(fxiaoke('', ''), { sheet: '客户列表' });
    const r = plan.reminders.reminders.find((x) => x.sheetRow === 2 && x.kind === 'followUp')!;
    expect(reminderText('zh-CN', r)).toMatch(/撞单：同一客户的第 3 行归 吴倩/);
  });

  it('says no 撞单 across tabs for the same customer 周杰 added in 企业微信', () => {
    const settings = resolveSettings({});
    if (!settings.ok) throw new Error('settings');
    const options = { settings: settings.settings, today: TODAY };
    const shared = findAcrossSheets([gridOf(fxiaoke('吴倩,郑爽'), '客户列表'), wecom], options);
    expect(shared.groups).toHaveLength(1);
    expect(shared.groups[0].owners).toBeUndefined();
    const rival = findAcrossSheets([gridOf(fxiaoke('', ''), '客户列表'), wecom], options);
    expect(rival.groups[0].owners).toEqual(expect.arrayContaining(['周杰', '吴倩']));
    const plan = run(wecom, options);
    if (!plan.ok) throw new Error('run');
    const birthday = remindersAcross(plan.plan, shared).reminders.reminders.find((r) => r.kind === 'birthday')!;
    expect(reminderText('zh-CN', birthday)).not.toMatch(/撞单/);
  });
});

describe('a merged row\'s other rep is "also held by" in a rep column, "also cared for by" for service staff', () => {
  const members = (staff: string) => [
    ['Name 姓名', '中文名', 'Mobile 手機', 'Email', 'DOB 出生日期', 'Member Since', 'Last Visit 最近消費', 'Branch 分店', staff],
    ['Chan Tai Man', '陳大文', '+853 6612 3456', 'taiman.chan@gmail.com', '1975-12-06', '2019-03-01', '2026-11-20', '氹仔', 'Ada'],
    ['CHAN TAI MAN', '陳大文', '66123456', 'taiman.chan@gmail.com', '1975-12-06', '2021-05-01', '2026-06-01', '新馬路', 'Kelvin'],
    ['Wong Ka Yan', '黃嘉欣', '+853 6688 1122', 'kayan.w@yahoo.com.hk', '1988-03-14', '2022-01-01', '2026-10-02', '新馬路', 'Kelvin'],
  ];

  it.each([
    ['a rep column (Staff 負責同事)', 'Staff 負責同事', / \(also held by Kelvin, whose row was merged into this one\)/, /也归 Kelvin，其行已合并到本行/],
    ['a shop\'s clerks (店员), who serve him', '店员', / \(also cared for by Kelvin, whose row was merged into this one\)/, /也由 Kelvin 跟进，其行已合并到本行/],
  ])('%s', (_what, staff, en, zh) => {
    const plan = planOf(members(staff), { language: 'en', merge: true });
    expect(plan.merge?.removeRows).toEqual([3]);
    const birthday = plan.reminders.reminders.find((r) => r.kind === 'birthday' && r.sheetRow === 2)!;
    expect(birthday.owner).toBe('Ada');
    expect(reminderText('en', birthday)).toMatch(en);
    expect(reminderText('zh-CN', birthday)).toMatch(zh);
  });
});

describe('a 中介\'s buyer list: the flats shown to a buyer are not his', () => {
  const buyers = [
    ['客户姓名', '电话', '客户来源', '意向区域', '预算(万)', '户型', '最近带看', '带看房源', '下次回访', '经纪人', '客户等级'],
    ['刘先生', '13588889999', '58同城', '滨江', '400', '三室', '2026-11-30', '滨江金色海岸3-1201', '2026-12-05', '张经理', 'A'],
    ['刘伟', '13588889999', '门店到访', '滨江', '380', '三室', '2026/11/15', '江南明珠8-601', '', '阿强', 'A'],
    ['刘先生', '13900007777', '链家转介', '西湖', '1000', '四室', '2026-05-01', '', '2026-06-01', '李娜', 'A'],
    ['马女士', '13600005555', '老客户介绍', '余杭', '250', '两室', '2026-12-03', '', '2026-12-04', '李娜', 'B'],
    ['白志', '13712340000', '贝壳', '萧山', '300', '三室', '2026-01-12', '万科城5-1502', '', '张经理', 'A'],
    ['向兰怡', '13812340001', '安居客', '拱墅', '200', '两室', '2026-05-24', '', '', '张经理', 'C'],
  ];

  it('one buyer two agents showed two flats is one buyer they both hold, not two listings', () => {
    const plan = planOf(buyers);
    expect(plan.columns.find((c) => c.header === '带看房源')?.field ?? null).not.toBe('listing');
    const g = groupOf(plan, 2)!;
    expect(g.rows).toEqual([2, 3]);
    expect(g.reasons.map((r) => r.code)).not.toContain('dedupe.reason.twoListings');
    expect(g.keptApart).toBeFalsy();
    expect(g.ownerConflict?.owners ?? g.possibleOwnerConflict?.owners).toEqual(['张经理', '阿强']);
  });

  it('an owner list\'s 房源 are still his flats: two of one landlord stay two listings', () => {
    const owners = [
      ['业主姓名', '电话', '房源地址', '挂牌价(万)', '下次回访', '经纪人'],
      ['王建国', '13588886666', '滨江金色海岸3-1201', '420', '2026-12-10', '张经理'],
      ['王建国', '13588886666', '江南明珠8-601', '310', '2026-12-12', '张经理'],
    ];
    const g = groupOf(planOf(owners), 2);
    expect(g?.reasons.map((r) => r.code)).toContain('dedupe.reason.twoListings');
  });

  it('an A grade of a buyer who never bought is no 高价值客户休眠', () => {
    const plan = planOf(buyers);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant' || r.kind === 'winBack')).toEqual([]);
    // His overdue 回访 is still reminded.
    expect(plan.reminders.reminders.some((r) => r.sheetRow === 4 && r.kind === 'followUp')).toBe(true);
  });

  it('a grade beside what the customer bought is still his value: a 批发 dealer\'s A类 buyer gone quiet is reminded', () => {
    const dealer = [
      ['客户名称', '电话', '客户等级', '最近进货日期', '业务员'],
      ['义乌鑫达日用品', '13757900001', 'A', '2026-05-01', '老赵'],
      ['金华恒发五金', '13757900002', 'C', '2026-11-20', '老赵'],
    ];
    const plan = planOf(dealer);
    expect(plan.reminders.reminders.some((r) => r.sheetRow === 2 && r.kind === 'highValueDormant')).toBe(true);
  });
});
