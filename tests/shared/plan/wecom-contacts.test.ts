/**
 * 企业微信's 客户联系 export in a whole run: 客户名称 is the contact's WeChat nickname (🌸小雨🌸, A-王总),
 * 备注名 the name the rep saved him under (王建国-星辰科技-138…). The customer is the 备注名.
 */
import { planOf } from './helpers';

const HEADER = ['客户名称', '备注名', '添加人', '添加时间', '来源', '标签', '描述', '企业名称', '电话'];

/** The tester's export (h40): nicknames that collide, and one person under two nicknames. 描述 is left empty, as most reps leave it. */
const NICKNAMES = [
  HEADER,
  ['A-王总', '王建国-星辰科技-总经理', '李明', '2023-11-20 09:15:33', '名片分享', '意向客户', '', '星辰科技', ''],
  ['A-王总', '王立新-星辰科技-采购总监', '王芳', '2025-03-02 16:40:00', '名片分享', '意向客户', '', '星辰科技', ''],
  ['🌊海阔天空', '陈国平-国平茶业-15900002222', '王芳', '2022-02-14 12:00:00', '微信联系人', '已成交', '', '国平茶业', ''],
  ['平哥🍵', '陈国平-国平茶业-15900002222', '赵强', '2025-06-01 21:30:45', '扫描二维码', '意向客户', '', '国平茶业', ''],
  ['Lily', '林丽-美妆店', '王芳', '2024-01-02 10:00:00', '扫描二维码', '', '', '', ''],
  ['Lily', '周莉-花店', '李明', '2024-03-05 10:00:00', '扫描二维码', '', '', '', ''],
];

const fieldOf = (plan: ReturnType<typeof planOf>, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;

describe('企业微信\'s 客户联系 export: the customer is the 备注名, not the WeChat nickname', () => {
  const plan = planOf(NICKNAMES);

  it('reads 备注名 as the name and leaves 客户名称 (the nickname) as typed, whether or not 描述 holds anything', () => {
    expect([fieldOf(plan, '客户名称'), fieldOf(plan, '备注名'), fieldOf(plan, '描述')]).toEqual([null, 'name', 'notes']);
    const described = planOf(NICKNAMES.map((r, i) => (i === 1 ? r.map((v, c) => (c === 6 ? '老客户，每季度下单' : v)) : r)));
    expect([fieldOf(described, '客户名称'), fieldOf(described, '备注名'), fieldOf(described, '描述')]).toEqual([null, 'name', 'notes']);
  });

  it('finds 陈国平 added by two reps under two nicknames, and keeps two firms\' 王总 and two shops\' Lily apart', () => {
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[4, 5]]);
    expect(plan.duplicates.groups[0].ownerConflict?.owners).toEqual(['王芳', '赵强']);
  });

  it('never takes the nicknames for the company when the export has no company column', () => {
    const plain = planOf(NICKNAMES.map((r) => r.slice(0, 7)));
    expect([fieldOf(plain, '客户名称'), fieldOf(plain, '备注名')]).toEqual([null, 'name']);
    expect(plain.duplicates.groups.map((g) => g.rows)).toEqual([[4, 5]]);
  });
});

/** The tester's export (h40, 企业微信_客户联系_导出_20261202.xlsx): reps save the contact's mobile in the 备注名, and 电话 holds it too. */
const PHONES_IN_NAMES = [
  HEADER,
  ['🌸小雨🌸', '李雨-华辰贸易-13912345678', '王芳', '2024-05-03 14:22:10', '扫描二维码', '意向客户,华东区', '想要年底采购一批礼盒', '华辰贸易有限公司', '13912345678'],
  ['A-王总', '王建国-星辰科技-13812345678', '李明', '2023-11-20 09:15:33', '搜索手机号', 'VIP客户,已成交', '老客户，每季度下单', '星辰科技', '13812345678'],
  ['老陈🍵茶叶', '陈国平-茶叶批发-15900002222', '王芳', '2022-02-14 12:00:00', '微信联系人', '已成交,批发', '每月进货两次', '国平茶业', '15900002222,0571-88886666'],
  ['Jason Li', '李杰森-外企-13600003333', '赵强', '2024-12-24 23:59:59', '搜索手机号', '意向客户', '', 'Acme China', '+86 136 0000 3333'],
  // The rep saved an old number in the name; the contact's 电话 is another: that one is worth a look.
  ['张伟', '张伟-宏达建材-13811112222', '王芳', '2023-07-07 07:07:07', '名片分享', '已成交', '', '宏达建材', '13799998888'],
  // No 电话 at all: the number is only in the name, and moving it is what makes it a phone.
  ['小雨', '刘小雨-宝妈群-13566667777', '赵强', '2025-06-01 21:30:45', '群聊', '宝妈,潜在客户', '孩子3岁', '', ''],
];

describe('企业微信\'s 备注名 that repeats the contact\'s phone', () => {
  const plan = planOf(PHONES_IN_NAMES);
  const nameWarnings = (p: ReturnType<typeof planOf>) => p.issues.filter((i) => i.code === 'name.hasNumber').map((i) => i.sheetRow);

  it('says nothing of a number in the name that the row\'s 电话 holds already (also written +86 136 0000 3333, or beside a landline)', () => {
    expect(nameWarnings(plan).filter((r) => r <= 5)).toEqual([]);
  });

  it('still says a number in the name that is not the row\'s phone, or that no phone column holds', () => {
    expect(nameWarnings(plan)).toEqual([6, 7]);
  });

  it('reads 手机 as the row\'s phone as well as 电话', () => {
    const mobile = planOf(PHONES_IN_NAMES.map((r, i) => (i === 0 ? r.map((h) => (h === '电话' ? '手机' : h)) : r)));
    expect(nameWarnings(mobile)).toEqual([6, 7]);
  });
});
