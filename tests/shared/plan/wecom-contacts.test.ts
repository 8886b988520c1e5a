/**
 * A name cell that repeats the contact's phone (王建国-星辰科技-13812345678), as reps save contacts in
 * 企业微信 and copy them into a sheet: no warning when the row's phone column holds the number already.
 */
import { planOf } from './helpers';

const HEADER = ['姓名', '添加人', '添加时间', '来源', '标签', '描述', '企业名称', '电话'];

/** After the tester's export (h40, 企业微信_客户联系_导出_20261202.xlsx): the contact's mobile saved in the name, and 电话 holds it too. */
const PHONES_IN_NAMES = [
  HEADER,
  ['李雨-华辰贸易-13912345678', '王芳', '2024-05-03 14:22:10', '扫描二维码', '意向客户,华东区', '想要年底采购一批礼盒', '华辰贸易有限公司', '13912345678'],
  ['王建国-星辰科技-13812345678', '李明', '2023-11-20 09:15:33', '搜索手机号', 'VIP客户,已成交', '老客户，每季度下单', '星辰科技', '13812345678'],
  ['陈国平-茶叶批发-15900002222', '王芳', '2022-02-14 12:00:00', '微信联系人', '已成交,批发', '每月进货两次', '国平茶业', '15900002222,0571-88886666'],
  ['李杰森-外企-13600003333', '赵强', '2024-12-24 23:59:59', '搜索手机号', '意向客户', '', 'Acme China', '+86 136 0000 3333'],
  // The rep saved an old number in the name; the contact's 电话 is another: that one is worth a look.
  ['张伟-宏达建材-13811112222', '王芳', '2023-07-07 07:07:07', '名片分享', '已成交', '', '宏达建材', '13799998888'],
  // No 电话 at all: the number is only in the name, and moving it is what makes it a phone.
  ['刘小雨-宝妈群-13566667777', '赵强', '2025-06-01 21:30:45', '群聊', '宝妈,潜在客户', '孩子3岁', '', ''],
];

describe('a name that repeats the contact\'s phone', () => {
  const plan = planOf(PHONES_IN_NAMES);
  const nameWarnings = (p: ReturnType<typeof planOf>) => p.issues.filter((i) => i.code === 'name.hasNumber').map((i) => i.sheetRow);

  it('says nothing of a number in the name that the row\'s 电话 holds already (also written +86 136 0000 3333, or beside a landline)', () => {
    expect(nameWarnings(plan).filter((r) => r <= 5)).toEqual([]);
  });

  it('still says a number in the name that is not the row\'s phone, or that no phone column holds', () => {
    expect(nameWarnings(plan)).toEqual([6, 7]);
  });

  it('still says it of a cell that holds the number and nothing else: the name is missing', () => {
    const bare = planOf([HEADER, ['13812345678', '李明', '2023-11-20 09:15:33', '搜索手机号', '', '', '', '13812345678']]);
    expect(nameWarnings(bare)).toEqual([2]);
  });

  it('reads 手机 as the row\'s phone as well as 电话', () => {
    const mobile = planOf(PHONES_IN_NAMES.map((r, i) => (i === 0 ? r.map((h) => (h === '电话' ? '手机' : h)) : r)));
    expect(nameWarnings(mobile)).toEqual([6, 7]);
  });
});
