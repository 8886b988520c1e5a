/**
 * A customer the run is not sure was typed twice (a review group: one company and contact, two
 * mobiles) is not merged, and is counted once per row: the report says how many of its customers
 * are such rows, and how much of the spending sits in them, without claiming a merge happened.
 * A customer typed twice for sure (likely, exact) is counted once, as before.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

/** The plan with the review groups merged, as --merge-review accepts them. */
function planOfMerged(rows: string[][]): Plan {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: s.settings, today: TODAY, merge: ['exact', 'likely', 'review'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const customersTable = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!;
const lines = (plan: Plan) => customersTable(plan).series.map((s) => [s.id, s.label, s.count]);

describe('a 华南区 sales sheet where 鹏程电子 is typed twice with two mobiles (review, not merged)', () => {
  const rows = [
    ['客户名称', '联系人', '手机', '累计采购额', '最近下单', '跟进人'],
    ['深圳市鹏程电子有限公司', '陈建国', '13800138000', '125000', '2024-11-02', '小美'],
    ['广州汇通物流有限公司', '李娜', '13900139000', '48000', '2024-03-15', '阿杰'],
    ['深圳市鹏程电子有限公司', '陈建国', '13612345678', '125000', '2024-11-02', '阿杰'],
    ['佛山美家家具有限公司', '刘伟', '15012345678', '55000', '2024-10-31', '小美'],
  ];
  const plan = planOf(rows);

  it('keeps the pair for review, unmerged: each row a customer, each amount in the total', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
    expect(customersTable(plan).spendTotal).toBe(353000);
  });

  it('says, under the customer count, that 2 of them are such rows and that 250,000 of the total is theirs', () => {
    expect(lines(plan)).toEqual([
      ['total', '客户数', 4],
      ['possibleDuplicates', '其中疑似重复的行（待确认，未合并，各算一位客户；其消费 250,000 计入合计）', 2],
    ]);
  });

  it('once merged (--merge-review), the customer is one and the line is gone', () => {
    const after = planOfMerged(rows);
    expect(after.merge?.removeRows).toEqual([4]);
    expect(lines(after)).toEqual([['total', '客户数', 3]]);
  });
});

describe('an English account list where Brightwater is typed twice with two mobiles', () => {
  const plan = planOf([
    ['Account Name', 'Contact', 'Mobile', 'Lifetime Value', 'Last Order', 'Account Owner'],
    ['Brightwater Logistics Ltd', 'Oliver Grant', '+44 7700 900123', '42000', '2024-09-18', 'Emma Lewis'],
    ['Nordhaven GmbH', 'Lena Vogel', '+49 151 23456789', '18500', '2024-06-03', 'Tom Baker'],
    ['Brightwater Logistics Ltd', 'Oliver Grant', '+44 7700 900456', '42000', '2024-09-18', 'Tom Baker'],
  ], { language: 'en', phone: { defaultRegion: 'GB' } });

  it('says it in English', () => {
    expect(lines(plan)).toEqual([
      ['total', 'Customers', 3],
      ['possibleDuplicates', 'Of which rows that may be one customer typed twice (to review, not merged: each counted as a customer; their spending, 84,000, is in the total)', 2],
    ]);
  });
});

describe('a customer typed twice for sure (likely) is counted once, with no such line', () => {
  it('东莞宏发五金厂 on two rows, one mobile', () => {
    const plan = planOf([
      ['客户名称', '联系人', '手机', '累计采购额', '跟进人'],
      ['东莞宏发五金厂', '黄国强', '13700137000', '480000', '小美'],
      ['东莞宏发五金厂', '黄国强', '13700137000', '480000', '阿杰'],
      ['佛山美家家具有限公司', '刘伟', '15012345678', '55000', '小美'],
    ]);
    expect(lines(plan).map(([id]) => id)).toEqual(['total', 'rows']);
  });
});
