/**
 * One customer's two records merged, each with its own spend and order count. Two accounts (two
 * Shopify customer IDs, two 会员卡号) hold disjoint totals: the merged customer spent their sum, and a
 * merge that kept one row's figures lost the other account's purchases without a word. Two rows that
 * are not known to be two accounts may be one running total typed twice: the larger is kept (never the
 * smaller), the other listed in the merged values, and an issue says so in zh-CN and en.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';

// The tester's Shopify customers export (h58, 05): Liz / Elizabeth Taylor (one phone and address, two
// e-mails, two accounts) and Bill / William Murray (one e-mail, two accounts), each pair with its own totals.
const SHOPIFY = [
  ['Customer ID', 'First Name', 'Last Name', 'Email', 'Default Address Address1', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Phone', 'Total Spent', 'Total Orders', 'Tags'],
  ["'6012345678901", 'Liz', 'Taylor', 'liz.taylor@gmail.com', '88 Queen St W', 'Toronto', 'ON', 'CA', 'M5H 2M5', "'+14165550190", '1250.40', '7', 'VIP, wholesale'],
  ["'6012345678902", 'Elizabeth', 'Taylor', 'e.taylor@outlook.com', '88 Queen Street West', 'Toronto', 'ON', 'CA', 'M5H2M5', "'+14165550190", '89.99', '1', ''],
  ["'6012345678903", 'Bill', 'Murray', 'bill@murrayfamily.us', '14 Elm St', 'Brooklyn', 'NY', 'US', '11201', "'+17185550111", '4312.00', '22', 'VIP, newsletter'],
  ["'6012345678904", 'William', 'Murray', 'bill@murrayfamily.us', '14 Elm Street', 'Brooklyn', 'NY', 'US', '11201', "'+17185550111", '35.00', '1', ''],
  ["'6012345678905", 'Chloé', 'Dubois', 'chloe.dubois@orange.fr', '12 rue de Rivoli', 'Paris', '', 'FR', '75004', "'+33142601234", '210.50', '3', 'EU'],
  ["'6012345678907", 'Jake', "O'Neill", 'jake.oneill@bigpond.com', '22 The Esplanade', 'Cottesloe', 'WA', 'AU', '6011', "'+61894567890", '15600.00', '31', 'wholesale, VIP'],
];
const ALL_ACCOUNTS = 1250.4 + 89.99 + 4312 + 35 + 210.5 + 15600;

// A salon's 会员登记 (h56, 05): 马晓燕 typed twice, no card number: ¥12,800 over six visits on 刘丽's row, ¥200
// over one on 张军's, the row a merge keeps (the more recent).
const MEMBERS = [
  ['姓名', '手机', '性别', '生日', '累计消费（元）', '最近消费', '消费次数', '负责人'],
  ['马晓燕', '13812340001', '女', '1990/12/8', '12800', '2026-11-20', '6', '刘丽'],
  ['钱志军', '13912340002', '男', '1985-12-02', '560', '2025-03-02', '1', '刘丽'],
  ['孙悦', '15012340003', '女', '12月3日', '3400', '2026-10-01', '3', '张军'],
  ['马晓燕', '13812340001', '女', '1990-12-08', '200', '2026-11-29', '1', '张军'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[], language: 'zh-CN' | 'en' = 'en'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
/** The cell of `header` on `sheetRow` as the merged sheet holds it (the merge's write, else the cleaned value, else the input). */
function shown(plan: Plan, rows: string[][], sheetRow: number, header: string): string {
  const col = plan.columns.find((c) => c.header === header)!.col;
  const write = plan.merge?.edits.find((e) => e.sheetRow === sheetRow && e.col === col) ?? plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col);
  return write ? cellText(write.after) : rows[sheetRow - 1][col - 1];
}
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const totalsSaid = (plan: Plan, lang: 'zh-CN' | 'en') =>
  plan.problems.filter((p) => p.code.startsWith('dedupe.totals')).map((p) => [p.severity, t(lang, p.code, p.params)]);

describe('two Shopify accounts of one customer merged (h58, 05): their totals are added', () => {
  const plan = planOf(SHOPIFY, ['exact', 'likely']);

  it('keeps one row per customer: Liz and Bill kept, Elizabeth\'s and William\'s accounts archived', () => {
    expect(plan.merge!.removeRows).toEqual([3, 5]);
  });

  it('gives the kept row the sum of the two accounts\' Total Spent and Total Orders', () => {
    expect([shown(plan, SHOPIFY, 2, 'Total Spent'), shown(plan, SHOPIFY, 2, 'Total Orders')]).toEqual(['1340.39', '8']);
    expect([shown(plan, SHOPIFY, 4, 'Total Spent'), shown(plan, SHOPIFY, 4, 'Total Orders')]).toEqual(['4347', '23']);
    const reasons = plan.merge!.edits.filter((e) => e.field === 'amount' || e.field === 'orders').map((e) => [e.sheetRow, e.field, cellText(e.before), e.reason]);
    expect(reasons).toEqual([
      [2, 'amount', '1250.4', 'dedupe.fix.totalSum'],
      [2, 'orders', '7', 'dedupe.fix.totalSum'],
      [4, 'amount', '4312', 'dedupe.fix.totalSum'],
      [4, 'orders', '22', 'dedupe.fix.totalSum'],
    ]);
  });

  it('lists each account\'s own figures in the merged values: nothing is lost', () => {
    const note = mergedValues(plan, 2);
    expect(note).toContain('Total Spent: 1250.4 (row 2');
    expect(note).toContain('Total Spent: 89.99 (row 3');
    expect(note).toContain('Total Orders: 7 (row 2');
    expect(note).toContain('Total Orders: 1 (row 3');
  });

  it('reports the spending of every account, before the merge and after it', () => {
    expect(spending(plan)).toBeCloseTo(ALL_ACCOUNTS, 6);
    expect(spending(planOf(SHOPIFY, []))).toBeCloseTo(ALL_ACCOUNTS, 6);
  });

  it('says which accounts were added, in English and Chinese', () => {
    expect(totalsSaid(plan, 'en')).toContainEqual([
      'info',
      'Rows 2 and 3, merged into row 2, are two accounts of one customer (their "Customer ID" differs): the kept row\'s "Total Spent" is their sum, 1340.39 (1250.4 + 89.99). Each account\'s own figure is in the merged values.',
    ]);
    expect(totalsSaid(plan, 'zh-CN')).toContainEqual([
      'info',
      '第 2 行和第 3 行（合并到第 2 行）是同一客户的不同账户（“Customer ID”不同）：保留行的“Total Spent”取各账户之和 1340.39（1250.4 + 89.99）。各账户原来的数额记在合并记录中。',
    ]);
  });
});

describe('马晓燕 typed twice with no card number: the larger total is kept, the other listed and said', () => {
  const plan = planOf(MEMBERS, ['exact', 'likely'], 'zh-CN');

  it('keeps 张军\'s more recent row with the larger ¥12,800 and 6 visits, never the sum', () => {
    expect(plan.merge!.removeRows).toEqual([2]);
    expect([shown(plan, MEMBERS, 5, '累计消费（元）'), shown(plan, MEMBERS, 5, '消费次数')]).toEqual(['12800', '6']);
    expect(plan.merge!.edits.filter((e) => e.field === 'amount' || e.field === 'orders').map((e) => [e.field, cellText(e.before), e.reason])).toEqual([
      ['amount', '200', 'dedupe.fix.totalLarger'],
      ['orders', '1', 'dedupe.fix.totalLarger'],
    ]);
    expect(mergedValues(plan, 5)).toContain('累计消费（元）: 200（第5行');
    expect(mergedValues(plan, 5)).toContain('消费次数: 1（第5行');
  });

  it('says it kept the larger, and what to do if the rows were two accounts', () => {
    expect(totalsSaid(plan, 'zh-CN')).toContainEqual([
      'warning',
      '第 5 行和第 2 行（合并到第 5 行）的“累计消费（元）”不同：12800 / 200。没有列标明它们是不同账户（可能是同一累计数录了两次），保留行取较大的 12800，其他数额记在合并记录中。如果它们是不同账户，请把保留行改为各数之和 13000。',
    ]);
    expect(totalsSaid(plan, 'en')).toContainEqual([
      'warning',
      'Rows 5 and 2, merged into row 5, hold different "累计消费（元）": 12800 / 200. Nothing says they are two accounts (they may be one running total typed twice), so the kept row holds the larger, 12800, and the other values are in the merged values. If they are two accounts, change the kept row to their sum, 13000.',
    ]);
  });

  it('counts her once, on the larger total, before the merge as after it', () => {
    expect(spending(plan)).toBe(12800 + 560 + 3400);
    expect(spending(planOf(MEMBERS, [], 'zh-CN'))).toBe(12800 + 560 + 3400);
  });
});

describe('a register number the sheet gives each row (KH0001, KH0002 …) makes no two accounts', () => {
  // A shop's own 客户登记: 张伟 typed again a month later under the next number, his running total grown.
  const REGISTER = [
    ['客户编号', '姓名', '手机', '累计金额', '购买次数'],
    ['KH0001', '张伟', '13812345678', '5000', '4'],
    ['KH0002', '李娜', '13923456789', '800', '1'],
    ['KH0003', '张伟', '138 1234 5678', '5500', '5'],
    ['KH0004', '王芳', '13698765432', '1200', '2'],
  ];

  it('keeps the larger of 张伟\'s two totals, never their sum', () => {
    const plan = planOf(REGISTER, ['exact', 'likely'], 'zh-CN');
    expect(plan.merge!.removeRows.length).toBe(1);
    const kept = plan.merge!.archive[0].survivorRow;
    expect([shown(plan, REGISTER, kept, '累计金额'), shown(plan, REGISTER, kept, '购买次数')]).toEqual(['5500', '5']);
    expect(spending(plan)).toBe(5500 + 800 + 1200);
  });

  // Was: two warnings (one per column) for 5000 / 5500 and 4 / 5. Two totals this close are what a
  // customer typed twice usually is, one running total at two dates: said only in 合并记录, naming both.
  it('warns of nothing for totals this close (5500 / 5000, 5 / 4): 合并记录 names both values and the one kept', () => {
    const plan = planOf(REGISTER, ['exact', 'likely'], 'zh-CN');
    expect(totalsSaid(plan, 'zh-CN')).toEqual([]);
    const note = mergedValues(plan, plan.merge!.archive[0].survivorRow);
    expect(note).toContain('累计金额：5500 / 5000 相近，视为同一累计数录了两次，取较大的 5500，不相加');
    expect(note).toContain('购买次数：5 / 4 相近，视为同一累计数录了两次，取较大的 5，不相加');
    const en = planOf(REGISTER, ['exact', 'likely'], 'en');
    expect(mergedValues(en, en.merge!.archive[0].survivorRow)).toContain('累计金额: 5500 / 5000 are close, taken as one running total typed twice: the larger, 5500, kept, not added');
  });

  it('says nothing of them before a merge either: the customer is counted once, on 5500', () => {
    const plan = planOf(REGISTER, [], 'zh-CN');
    expect(totalsSaid(plan, 'zh-CN')).toEqual([]);
    expect(spending(plan)).toBe(5500 + 800 + 1200);
  });

  it('still warns, before and after a merge, when one total is under half the other (5500 / 2400): perhaps two accounts; 5 / 4 purchases stay in the note', () => {
    const far = REGISTER.map((r, i) => (i === 1 ? [...r.slice(0, 3), '2400', '4'] : r));
    const merged = planOf(far, ['exact', 'likely'], 'zh-CN');
    expect(totalsSaid(merged, 'zh-CN')).toEqual([
      ['warning', '第 2 行和第 4 行（合并到第 2 行）的“累计金额”不同：5500 / 2400。没有列标明它们是不同账户（可能是同一累计数录了两次），保留行取较大的 5500，其他数额记在合并记录中。如果它们是不同账户，请把保留行改为各数之和 7900。'],
    ]);
    // Never called close: 合并记录 says the two are far apart, the larger kept and not added, and their sum.
    expect(mergedValues(merged, 2)).not.toContain('累计金额：5500 / 2400 相近');
    expect(mergedValues(merged, 2)).toContain('累计金额：5500 / 2400 相差较大，不一定是同一累计数录了两次：取较大的 5500，未相加（如为两个账户，合计 7900）');
    expect(mergedValues(merged, 2)).toContain('购买次数：5 / 4 相近');
    expect(totalsSaid(planOf(far, [], 'zh-CN'), 'zh-CN').map(([severity]) => severity)).toEqual(['warning']);
  });
});
