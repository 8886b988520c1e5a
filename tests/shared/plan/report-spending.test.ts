/**
 * The report's shares and spending, on whole runs: each table of customers by class or value says
 * each entry's share of the customers (adding up to 100 %, the blank bucket included) and, on a sheet
 * with an amount column, what its customers spent and that share of the spending, each customer once.
 */
import { DEFAULT_SETTINGS, run, type Plan, type ReportSection } from '../../../shared';
import { gridOf, planOf } from './helpers';

const HEADER = ['客户名称', '联系人', '手机', '省份', '负责人', '累计消费金额', '最近购买日期'];
// Today 2024-12-01. 深圳华星 is typed twice (rows 2 and 7, the same mobile written two ways), not merged yet.
const SHEET = [
  HEADER,
  ['深圳华星电子有限公司', '张伟', '13812345678', '广东', '李娜', '186000', '2024-10-20'],
  ['广州南方贸易有限公司', '王芳', '13923456789', '广东', '李娜', '25000', '2023-05-26'],
  ['上海蓝海科技有限公司', '陈静', '13734567890', '上海', '赵磊', '', ''],
  ['苏州恒达机械有限公司', '刘强', '13645678901', '江苏', '', '680000', '2024-09-01'],
  ['杭州云帆网络有限公司', '周敏', '13556789012', '浙江', '赵磊', '9999.5', '2024-03-31'],
  ['深圳华星电子有限公司', '张伟', '138 1234 5678', '广东', '李娜', '186000', '2024-10-20'],
];
// By hand: 186,000 + 25,000 + 680,000 + 9,999.5, 深圳华星 once (its second row is the same purchases typed again).
const TOTAL = 900999.5;

const section = (plan: Plan, id: string) => plan.report.sections.find((s) => s.id === id)!;
const TABLES = ['lifecycle', 'activity', 'tier', 'vip', 'region', 'owner'];
/** A table's parts in thousandths (0.1 %), which must add up to exactly 1,000. */
const thousandths = (s: ReportSection, key: 'share' | 'spendShare') => s.series.reduce((n, x) => n + Math.round(x[key]! * 1000), 0);

describe('the report of a zh sheet with an amount column and a customer typed twice', () => {
  const plan = planOf(SHEET);

  it('gives each tier its share of the customers and of the spending (高价值: 40 % of customers, 96.1 % of spending)', () => {
    expect(section(plan, 'tier').series).toEqual([
      { id: 'high', label: '高价值', count: 2, share: 0.4, spend: 866000, spendShare: 0.961 },
      { id: 'medium', label: '中价值', count: 1, share: 0.2, spend: 25000, spendShare: 0.028 },
      { id: 'low', label: '低价值', count: 1, share: 0.2, spend: 9999.5, spendShare: 0.011 },
      { id: 'unknown', label: '未知', count: 1, share: 0.2, spend: 0, spendShare: 0 },
    ]);
  });

  it('counts 深圳华星 typed twice once: its amount is not added twice to the spending', () => {
    expect(section(plan, 'customers').spendTotal).toBe(TOTAL);
    expect(section(plan, 'customers').note).toEqual({ code: 'report.note.spending', params: { header: '累计消费金额' } });
  });

  it.each(TABLES)('%s: the shares add up to 100 % and the spending to the hand-computed total', (id) => {
    const table = section(plan, id);
    expect(thousandths(table, 'share')).toBe(1000);
    expect(thousandths(table, 'spendShare')).toBe(1000);
    expect(table.series.reduce((n, x) => n + x.spend!, 0)).toBe(TOTAL);
    expect(table.spendTotal).toBe(TOTAL);
  });

  it('keeps the blank bucket in the sums: the customer without an owner holds 75.5 % of the spending', () => {
    expect(section(plan, 'owner').series.map((x) => [x.label, x.count, x.share, x.spend, x.spendShare])).toEqual([
      ['李娜', 2, 0.4, 211000, 0.234],
      ['赵磊', 2, 0.4, 9999.5, 0.011],
      ['未分配', 1, 0.2, 680000, 0.755],
    ]);
  });

  it('reads the same after --merge: the merged customer spent what his kept row holds', () => {
    const merged = run(gridOf(SHEET), { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: ['exact', 'likely'] });
    if (!merged.ok) throw new Error(merged.problem.code);
    expect(merged.plan.merge!.removeRows).toEqual([7]);
    for (const id of ['customers', ...TABLES]) expect(section(merged.plan, id).spendTotal).toBe(TOTAL);
    expect(section(merged.plan, 'tier').series).toEqual(section(plan, 'tier').series);
  });
});

describe('a rule of the team lead\'s own (重点客户: 合同客户 at ¥100,000 and up, no else level)', () => {
  const plan = planOf(SHEET, {
    classify: { custom: [{ id: 'key', label: { 'zh-CN': '重点客户', en: 'Key accounts' }, levels: [
      { id: 'contract', label: { 'zh-CN': '合同客户', en: 'Contract' }, when: { field: 'amount', op: 'gte', value: 100000 } },
    ] }] },
  });

  it('gives its level and its blank bucket their shares: 40 % of the customers hold 96.1 % of the spending', () => {
    const table = section(plan, 'rule.key');
    expect(table.series.map((x) => [x.label, x.count, x.share, x.spend, x.spendShare])).toEqual([
      ['合同客户', 2, 0.4, 866000, 0.961],
      ['（空：不符合规则的任何一级）', 3, 0.6, 34999.5, 0.039],
    ]);
    expect(table.spendTotal).toBe(TOTAL);
  });
});

describe('a customer typed twice whose kept row lacks the amount', () => {
  // 王芳's fuller row (2, with her e-mail and province) is kept; her amount is on the row typed later.
  const sheet = [
    ['客户名称', '手机', '邮箱', '省份', '累计消费金额'],
    ['王芳', '13923456789', 'wangfang@163.com', '广东', ''],
    ['李明', '13812345678', 'liming@qq.com', '北京', '30000'],
    ['王芳', '139 2345 6789', '', '', '52000'],
  ];

  it('spent the amount the merge proposal fills the kept row with, before the merge as after it', () => {
    const plan = planOf(sheet);
    const group = plan.duplicates.groups[0];
    expect([group.rows, group.survivor]).toEqual([[2, 4], 2]);
    expect(group.fields.find((f) => f.field === 'amount')).toMatchObject({ sheetRow: 4, action: 'fill' });
    expect(section(plan, 'customers').spendTotal).toBe(82000);
    const merged = run(gridOf(sheet), { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: ['exact', 'likely'] });
    if (!merged.ok) throw new Error(merged.problem.code);
    expect(merged.plan.merge!.removeRows).toEqual([4]);
    expect(section(merged.plan, 'customers').spendTotal).toBe(82000);
    expect(section(merged.plan, 'region').series.map((x) => [x.label, x.spend])).toEqual(section(plan, 'region').series.map((x) => [x.label, x.spend]));
  });
});

describe('a customer two reps entered, the first rep\'s row kept without the purchase', () => {
  // A furniture shop: 陈晓东 entered 周丽 first (row 2, no purchase yet); 刘洋 entered her again with her
  // ¥3,000 order (row 4). First touch keeps 陈晓东's row; a merge fills it with the amount and the day.
  const sheet = [
    ['客户编号', '姓名', '手机', '累计消费金额', '最近购买日期', '负责人', '创建日期'],
    ['KH1216', '周丽', '13923456789', '', '', '陈晓东', '2023-02-11'],
    ['KH1217', '李明', '13812345678', '30000', '2024-08-02', '陈晓东', '2023-03-01'],
    ['KH1264', '周丽', '139 2345 6789', '3000', '2024-06-10', '刘洋', '2024-05-20'],
  ];
  const merged = () => {
    const out = run(gridOf(sheet), { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };
  const labelsOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;

  it('is counted in the class of the row a merge leaves, with the spending that row holds: the report reads the same before and after --merge', () => {
    const plan = planOf(sheet);
    expect(plan.duplicates.groups[0]).toMatchObject({ rows: [2, 4], survivor: 2 });
    const after = merged();
    expect(after.merge!.removeRows).toEqual([4]);
    for (const id of ['lifecycle', 'activity', 'tier', 'vip', 'owner']) {
      expect([id, section(plan, id).series]).toEqual([id, section(after, id).series]);
    }
    // Not a 潜在客户 who spent ¥3,000: a customer who bought on 2024-06-10, as the merged row says.
    expect(section(plan, 'lifecycle').series.find((x) => x.id === 'potential')?.count ?? 0).toBe(0);
    expect([labelsOf(plan, 2).lifecycle, labelsOf(plan, 2).tier]).toEqual([labelsOf(after, 2).lifecycle, labelsOf(after, 2).tier]);
  });
});

describe('an amount column in 万元', () => {
  const plan = planOf([
    ['客户名称', '手机', '负责人', '合同额（万元）'],
    ['深圳华星电子有限公司', '13812345678', '李娜', '18.6'],
    ['广州南方贸易有限公司', '13923456789', '李娜', '2.5'],
    ['苏州恒达机械有限公司', '13645678901', '赵磊', '68'],
  ]);

  it('sums whole yuan (18.6 万 is 186,000) and says so under the customers', () => {
    expect(section(plan, 'customers').spendTotal).toBe(891000);
    expect(section(plan, 'customers').note).toEqual({ code: 'report.note.spendingUnit', params: { header: '合同额（万元）', example: '120,000' } });
    expect(section(plan, 'owner').series.map((x) => [x.label, x.spend, x.spendShare])).toEqual([['李娜', 211000, 0.237], ['赵磊', 680000, 0.763]]);
  });
});

describe('a sheet without an amount column', () => {
  const plan = planOf([
    ['姓名', '手机', '省份', '负责人'],
    ['张伟', '13812345678', '广东', '李娜'],
    ['王芳', '13923456789', '广东', '李娜'],
    ['陈静', '13734567890', '上海', ''],
  ]);

  it('gives the shares of the customers and no spending at all, not zeros', () => {
    expect(section(plan, 'region').series).toEqual([
      // Counted by the official name, shown as the column writes it (its short names are kept).
      { id: '广东省', label: '广东', count: 2, share: 0.667 },
      { id: '上海市', label: '上海', count: 1, share: 0.333 },
    ]);
    for (const s of plan.report.sections) {
      expect(s.spendTotal).toBeUndefined();
      for (const x of s.series) expect([x.spend, x.spendShare]).toEqual([undefined, undefined]);
    }
    expect(section(plan, 'customers').note).toBeUndefined();
  });
});

describe('an English CRM export with cents and a customer two reps share', () => {
  const plan = planOf([
    ['Name', 'Email', 'State', 'Owner', 'Total Spent', 'Last Purchase'],
    ['Robert Jones', 'bob.jones@gmail.com', 'CA', 'Amy Lee', '1250.40', '2024-10-02'],
    ['Maria Garcia', 'maria.garcia@yahoo.com', 'TX', 'Ben Ortiz', '310.25', '2024-02-14'],
    ['David Kim', 'dkim@outlook.com', 'CA', 'Amy Lee / Ben Ortiz', '4800', '2024-11-20'],
    ['Sarah Brown', 'sarah.b@icloud.com', '', '', '', ''],
  ], { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });
  // By hand: 1,250.40 + 310.25 + 4,800.
  const total = 6360.65;

  it('sums cents exactly and gives the blank bucket its share', () => {
    const region = section(plan, 'region');
    expect(region.spendTotal).toBe(total);
    expect(region.series.map((x) => [x.label, x.count, x.share, x.spend, x.spendShare])).toEqual([
      ['CA', 2, 0.5, 6050.4, 0.951],
      ['TX', 1, 0.25, 310.25, 0.049],
      ['(blank)', 1, 0.25, 0, 0],
    ]);
    expect(thousandths(region, 'share')).toBe(1000);
    expect(thousandths(region, 'spendShare')).toBe(1000);
  });

  it('counts a shared customer and his spending for each of his reps, as the note says: the owners add up to more', () => {
    const owner = section(plan, 'owner');
    expect(owner.series.map((x) => [x.label, x.count, x.share, x.spend])).toEqual([
      ['Amy Lee', 2, 0.5, 6050.4],
      ['Ben Ortiz', 2, 0.5, 5110.25],
      ['Unassigned', 1, 0.25, 0],
    ]);
    expect(owner.note?.code).toBe('report.note.sharedOwners');
  });
});

describe('an order list (销售流水), one order pasted in twice', () => {
  // 张伟 bought three times, 李娜 twice; order DD20240104 is in the ledger twice (rows 5 and 6).
  const plan = planOf([
    ['订单号', '下单日期', '客户姓名', '手机', '商品', '金额', '销售'],
    ['DD20240101', '2024-01-05', '张伟', '13812345678', '净水器', '3999', '李四'],
    ['DD20240102', '2024-02-11', '张伟', '13812345678', '滤芯', '398', '李四'],
    ['DD20240103', '2024-03-15', '李娜', '13912345678', '净水器', '3999', '王五'],
    ['DD20240104', '2024-11-20', '张伟', '13812345678', '滤芯', '398.5', '李四'],
    ['DD20240104', '2024-11-20', '张伟', '138 1234 5678', '滤芯', '398.5', '李四'],
    ['DD20240105', '2024-06-01', '李娜', '13912345678', '滤芯', '199', '王五'],
  ]);

  it('gives each customer his orders\' sum, the copy once: 张伟 4,795.5, 李娜 4,198', () => {
    expect(section(plan, 'customers').spendTotal).toBe(8993.5);
    expect(section(plan, 'owner').series.map((x) => [x.label, x.count, x.share, x.spend, x.spendShare])).toEqual([
      ['李四', 1, 0.5, 4795.5, 0.533],
      ['王五', 1, 0.5, 4198, 0.467],
    ]);
  });
});
