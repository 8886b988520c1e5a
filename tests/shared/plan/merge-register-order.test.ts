/**
 * Whether a 客户编号 column is the sheet's own register (KH0001, KH0002 …, one number per row typed, a
 * customer typed twice getting a second one) or a column of distinct accounts decides whether `--merge`
 * adds a re-typed customer's two amounts. It is read from the column's numbers as a set, never from
 * the order the rows stand in: a sort by 负责人 changes no merge's arithmetic (h61, 2).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-15';
const HEADER = ['客户编号', '客户姓名', '公司名称', '手机号码', '邮箱', '负责人', '录入日期', '合同额（元）', '最近联系', '备注'];

// The tester's 销售部 ledger after week 2's merge (KH0011, KH0016, KH0019, KH0021 archived), with 孙丽
// typed again at the bottom under the next number, KH0022, and her new 30000 (h61, 01p_sunli_*).
const LEDGER = [
  ['KH0001', '张建国', '上海申达精工机械有限公司', '13812345678', 'zhangjg@shenda.com', '王磊', '2025-03-02', '280000', '2026-12-04', '年底续约，老板亲自谈'],
  ['KH0002', '李娜', '杭州云启科技有限公司', '13988887777', 'lina@yunqi.cn', '王磊', '2025-05-11', '86000', '2026-10-02', ''],
  ['KH0003', '王芳', '杭州云启科技有限公司', '13700001111', 'wangfang@yunqi.cn', '赵敏', '2025-06-01', '42000', '2026-11-28', '财务部'],
  ['KH0004', '王芳', '杭州云启科技有限公司', '13655552222', 'wf2@yunqi.cn', '赵敏', '2026-02-10', '15000', '2026-11-15', '采购部，另一个王芳'],
  ['KH0005', '陈志远', '广州恒通物流有限公司', '13511112222', 'chenzy@hengtong.com', '刘洋', '2025-01-20', '150000', '2026-11-05', ''],
  ['KH0006', '周立新', '苏州立新电子有限公司', '15011113333', 'zhoulx@lxdz.cn', '刘洋', '2025-07-07', '520000', '2026-12-01', '年采购稳定'],
  ['KH0007', '何晓东', '北京华信咨询有限公司', '18600001234', 'hexd@huaxin.com', '王磊', '2025-08-08', '36000', '2026-06-01', ''],
  ['KH0008', '孙丽', '成都蜀丰食品有限公司', '13900005678', 'sunli@shufeng.cn', '赵敏', '2024-11-11', '98000', '2026-11-30', ''],
  ['KH0009', '吴刚', '深圳前海贸易有限公司', '13722223333', 'wug@qhtrade.com', '刘洋', '2025-09-09', '12000', '2026-12-04', '很久没联系'],
  ['KH0010', '郑凯', '南京金陵建材有限公司', '13833334444', 'zhengk@jlbm.cn', '王磊', '2025-10-10', '64000', '2026-11-10', ''],
  ['KH0012', '钱芳', '武汉楚天医疗器械有限公司', '13644445555', 'qianf@chutian.com', '赵敏', '2025-04-04', '230000', '2026-08-20', ''],
  ['KH0013', '刘德明', '天津港源机电有限公司', '13555556666', 'liudm@gangyuan.cn', '王磊', '2025-12-12', '18000', '2026-11-25', ''],
  ['KH0014', '赵一鸣', '上海申达精工机械有限公司', '13766667777', 'zhaoym@shenda.com', '王磊', '2026-01-05', '0', '2026-11-01', '张建国的同事，采购'],
  ['KH0015', '马晓燕', '重庆山城火锅食品有限公司', '13877778888', 'maxy@shancheng.cn', '刘洋', '2024-05-05', '9000', '2025-11-20', '合同到期未续'],
  ['KH0017', '黄磊', '厦门海纳贸易有限公司', '13912340001', 'huanglei@haina.com', '赵敏', '2025-02-02', '75000', '2026-11-26', '老黄总'],
  ['KH0018', '黄磊', '厦门海纳贸易有限公司', '13912340007', 'xiaohuang@haina.com', '赵敏', '2026-04-04', '8000', '2026-12-05', '小黄，老黄总的儿子'],
  ['KH0020', '何莉', '苏州工业园区恒泰精密有限公司', '13611112345', 'heli@hengtai.cn', '刘洋', '2026-12-07', '120000', '2026-12-07', ''],
  ['KH0022', '孙丽', '成都蜀丰食品有限公司', '13900005678', 'sunli@shufeng.cn', '赵敏', '2026-12-10', '30000', '2026-12-10', '新签补充协议'],
];

const byId = LEDGER;
const byOwner = [...LEDGER].sort((a, b) => (a[5] < b[5] ? -1 : a[5] > b[5] ? 1 : 0));
// A sort by 录入日期, newest first: the register falls down the sheet.
const byEntryNewestFirst = [...LEDGER].sort((a, b) => (a[6] < b[6] ? 1 : -1));

function planOf(rows: string[][]): Plan {
  const out = run(gridOf([HEADER, ...rows]), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** What the merge did to 孙丽, told by content, not by row: her kept amount, the rule that set it, and who was archived. */
function sunLi(rows: string[][]) {
  const plan = planOf(rows);
  const idCol = HEADER.indexOf('客户编号');
  const amountCol = HEADER.indexOf('合同额（元）');
  const amountSheetCol = plan.columns.find((c) => c.header === '合同额（元）')!.col;
  const rowOf = (id: string) => rows.findIndex((r) => r[idCol] === id) + 2;
  const kept = plan.merge!.archive.find((a) => a.sheetRow === rowOf('KH0008') || a.sheetRow === rowOf('KH0022'))!.survivorRow;
  const write = plan.merge!.edits.find((e) => e.sheetRow === kept && e.col === amountSheetCol);
  const archivedIds = plan.merge!.archive.map((a) => rows[a.sheetRow - 2][idCol]).sort();
  const totals = plan.problems.filter((p) => p.code.startsWith('dedupe.totals')).map((p) => p.code);
  return { amount: write ? cellText(write.after) : rows[kept - 2][amountCol], archivedIds, totals };
}

describe('a sort decides nothing about summing 孙丽\'s two amounts (h61, 2)', () => {
  it('the same ledger in three row orders gives the same merge: KH0022 archived, 98000 kept (the larger), never 128000', () => {
    const plans = [byId, byOwner, byEntryNewestFirst].map(sunLi);
    expect(plans[0].amount).toBe('98000');
    expect(plans[0].totals).toEqual(['dedupe.totals.larger.merged']);
    expect(plans[1]).toEqual(plans[0]);
    expect(plans[2]).toEqual(plans[0]);
  });
});
