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
