/**
 * A customer's two records merged: what he spent and how often he bought. A $0 / 0 orders record
 * (an abandoned cart's account, a lead that never bought) says he bought nothing there, not that he
 * bought nothing: the merged customer holds the real amount and count of his other record, and is
 * classed and reported by them. Two accounts' real amounts (two Shopify customer IDs) are added, each
 * listed in the merged values (merge-account-totals.test.ts has the rows not known to be two accounts).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2025-06-10';

// The tester's Shopify customers export (h49): Sarah Miller's abandoned-cart account (row 4, $0, a Note)
// and the account she bought with (row 5); Robert Johnson's trade account and Bob's own (rows 2 and 3).
const SHOPIFY = [
  ['Customer ID', 'First Name', 'Last Name', 'Email', 'Default Address Address1', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Phone', 'Total Spent', 'Total Orders', 'Note', 'Tags'],
  ['7012345678904', 'Robert', 'Johnson', 'RJohnson@Outlook.com', '1800 W Lake St', 'Chicago', 'IL', 'US', '60612', '+13125550199', '4820.75', '22', 'Net 30 approved', 'trade'],
  ['7012345678905', 'Bob', 'Johnson', 'rjohnson@outlook.com', '1800 West Lake Street', 'Chicago', 'IL', 'US', '60612', '+13125550199', '96.00', '1', '', ''],
  ['7012345678910', 'Sarah', 'Miller', 'sarah.miller@gmail.com', '77 Oak St', 'Portland', 'OR', 'US', '97205', '+15035550111', '0.00', '0', 'Abandoned cart', ''],
  ['7012345678911', 'Sarah', 'Miller', 'sarah.miller@gmail.com', '77 Oak St', 'Portland', 'OR', 'US', '97205', '+15035550111', '312.50', '2', '', ''],
  ['7012345678909', 'Liam', 'Nguyen', 'liam.nguyen@icloud.com', '9 Ocean Pde', 'Bondi Beach', 'NSW', 'AU', '2026', '+61412345678', '560.00', '4', '', ''],
];

// A 有赞 member export kept by a shop: 林晓's sign-up by the QR code (微信, 生日, 地址 filled in, 0 元, 0 笔,
// a note) and the account she buys with (row 4): the sign-up is the more complete record and is kept.
const YOUZAN = [
  ['客户姓名', '手机号', '微信号', '生日', '地址', '累计消费金额', '购买次数', '备注', '最近购买时间'],
  ['林晓', '13812345678', 'linxiao_88', '1992-03-08', '杭州市西湖区文三路90号', '0', '0', '扫码领券未下单', ''],
  ['周敏', '13923456789', '', '', '', '1280', '6', '', '2025-05-20'],
  ['林晓', '138 1234 5678', '', '', '', '2460.5', '9', '', '2025-06-01'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The cell of `header` on `sheetRow` as the merged sheet holds it (the merge's write, else the cleaned value). */
function shown(plan: Plan, sheetRow: number, header: string): string {
  const col = plan.columns.find((c) => c.header === header)!.col;
  const write = plan.merge?.edits.find((e) => e.sheetRow === sheetRow && e.col === col) ?? plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col);
  return write ? cellText(write.after) : '';
}
const typeOf = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)?.labels.lifecycle;
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;

describe('Sarah Miller\'s $0 abandoned-cart account merged with the account she bought with (Shopify)', () => {
  const plan = planOf(SHOPIFY, ['exact', 'likely'], 'en');

  it('keeps the account she bought with: a $0 and 0 orders make no record more complete than a blank would', () => {
    const sarah = plan.duplicates.groups.find((g) => g.rows.includes(4))!;
    expect(sarah.survivor).toBe(5);
    expect(plan.merge!.removeRows).toContain(4);
  });

  it('shows her real spend and orders on the kept row, and her abandoned account\'s $0 in the merged values', () => {
    const kept = plan.merge!.archive.find((a) => a.sheetRow === 4)!.survivorRow;
    const totals = plan.merge!.edits.filter((e) => e.sheetRow === kept && (e.field === 'amount' || e.field === 'orders'));
    // Nothing to write: the kept row holds them already.
    expect(totals).toEqual([]);
    expect(mergedValues(plan, kept)).toContain('Total Spent: 0 (row 4 as of 2025-06-10)');
    expect(mergedValues(plan, kept)).toContain('Total Orders: 0 (row 4 as of 2025-06-10)');
    expect(shown(plan, kept, 'Note')).toBe('Abandoned cart');
  });

  it('classes her Existing, and counts her $312.50 in the spending', () => {
    expect(typeOf(plan, 5)).toBe('existing');
    expect(spending(plan)).toBe(4820.75 + 96 + 312.5 + 560);
  });

  it('adds Robert\'s and Bob Johnson\'s two accounts\' amounts and orders (two customer IDs), each account\'s own in the merged values', () => {
    expect(plan.merge!.edits.filter((e) => e.sheetRow === 2 && (e.field === 'amount' || e.field === 'orders')).map((e) => [e.field, cellText(e.after), e.reason])).toEqual([
      ['amount', '4916.75', 'dedupe.fix.totalSum'],
      ['orders', '23', 'dedupe.fix.totalSum'],
    ]);
    expect(mergedValues(plan, 2)).toContain('Total Spent: 96 (row 3 as of 2025-06-10)');
    expect(mergedValues(plan, 2)).toContain('Total Orders: 1 (row 3 as of 2025-06-10)');
  });

  it('reports the same spending before the merge: each customer once, with the amount the merge keeps', () => {
    expect(spending(planOf(SHOPIFY, [], 'en'))).toBe(spending(plan));
  });
});

describe('a 有赞 member\'s 0 元 first sign-up kept by the merge (the more complete row with its note)', () => {
  const plan = planOf(YOUZAN, ['exact', 'likely']);

  it('takes her member card\'s 累计消费金额 and 购买次数 onto the kept row, the 0 listed in the merged values', () => {
    expect(plan.merge!.removeRows).toEqual([4]);
    const totals = plan.merge!.edits.filter((e) => e.sheetRow === 2 && (e.field === 'amount' || e.field === 'orders'));
    expect(totals.map((e) => [e.field, cellText(e.before), cellText(e.after), e.reason])).toEqual([
      ['amount', '0', '2460.5', 'dedupe.fix.total'],
      ['orders', '0', '9', 'dedupe.fix.total'],
    ]);
    expect(mergedValues(plan, 2)).toContain('累计消费金额: 0（第2行）');
    expect(mergedValues(plan, 2)).toContain('购买次数: 0（第2行）');
  });

  it('classes her 老客户 (existing) by what she bought, and the report counts it', () => {
    expect(typeOf(plan, 2)).toBe('existing');
    expect(spending(plan)).toBe(1280 + 2460.5);
    expect(spending(planOf(YOUZAN, []))).toBe(1280 + 2460.5);
  });
});
