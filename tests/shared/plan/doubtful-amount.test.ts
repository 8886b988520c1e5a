/**
 * An amount the run itself flags as doubtful (150000 under 成交金额（万元）: ¥15亿 read in the column's
 * unit, more likely typed in yuan) is kept in the sheet as typed, but counts for nothing until the user
 * confirms it: no tier, no VIP, no share of the report's spending, and the row's reasons say why.
 */
import { messageText, reasonText } from '../../../shared/classify/reason';
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

// Today 2024-12-01. A small firm's ledger in 万元; 钱多多's 150000 was typed in yuan by a new colleague.
const SHEET = [
  ['客户名称', '手机号', '负责人', '成交金额（万元）', '最近购买'],
  ['华星电子', '13812345678', '李娜', '12', '2024-10-20'],
  ['南方贸易', '13923456789', '李娜', '0.8', '2024-09-01'],
  ['钱多多商行', '13734567890', '赵磊', '150000', '2024-11-02'],
  ['恒达机械', '13645678901', '赵磊', '80000元', '2024-08-15'],
];

const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const section = (plan: Plan, id: string) => plan.report.sections.find((s) => s.id === id)!;

describe('a 万元 column with one amount flagged as typed in yuan', () => {
  const plan = planOf(SHEET);

  it('flags 150000 (¥15亿 in 万元) and keeps it as typed', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 4).map((i) => i.code)).toEqual(['amount.unitSuspicious']);
  });

  it('gives 钱多多 no tier and no VIP from it, and says the amount awaits confirmation, in both languages', () => {
    expect(row(plan, 4).labels.tier).toBe('unknown');
    expect(row(plan, 4).labels.vip).toBe('regular');
    const tier = row(plan, 4).reasons.find((r) => r.dimension === 'tier')!;
    const vip = row(plan, 4).reasons.find((r) => r.dimension === 'vip')!;
    expect(tier.code).toBe('classify.reason.amountDoubtful');
    expect(vip.code).toBe('classify.reason.amountDoubtful');
    expect(reasonText('zh-CN', tier)).toContain('150000');
    expect(reasonText('zh-CN', tier)).toContain('确认');
    expect(reasonText('en', tier)).toContain('confirm');
  });

  it('leaves it out of the spending: ¥120,000 + ¥8,000 + ¥80,000, not ¥15亿 more', () => {
    expect(section(plan, 'customers').spendTotal).toBe(208000);
    expect(section(plan, 'customers').note).toEqual({ code: 'report.note.spendingUnitDoubtful', params: { header: '成交金额（万元）', example: '120,000', doubtful: 1 } });
    expect(section(plan, 'vip').series.find((s) => s.id === 'vip')?.count ?? 0).toBe(0);
  });

  it('classes the amounts it did not doubt as before (12 万 is high value, 80000元 medium)', () => {
    expect(row(plan, 2).labels.tier).toBe('high');
    expect(row(plan, 5).labels.tier).toBe('medium');
  });
});

describe('the warning on the doubtful amount', () => {
  it('tells the user, in both languages, how to write it and that it is left out until then', () => {
    const issue = planOf(SHEET).issues.find((i) => i.sheetRow === 4)!;
    const zh = messageText('zh-CN', issue.code, issue.params);
    expect(zh).toContain('150000');
    expect(zh).toContain('不计入价值等级、VIP');
    expect(zh).toContain('80000元');
    expect(messageText('en', issue.code, issue.params)).toContain('left out of value tiers, VIP');
  });
});

// The same ledger as many small firms keep it: no purchase dates, only the day each was last called.
// 钱多多 and 恒达 did buy; only how much is in doubt. 新客户 has bought nothing yet.
const NO_PURCHASE_DATES = [
  ['客户名称', '手机号', '负责人', '成交金额（万元）', '最近联系'],
  ['华星电子', '13812345678', '李娜', '12', '2024-11-20'],
  ['钱多多商行', '13734567890', '赵磊', '150000', '2024-11-02'],
  ['恒达机械', '13645678901', '赵磊', '¥80,000', '2024-10-15'],
  ['新客户', '13556789012', '李娜', '', '2024-11-25'],
];

describe('a doubtful amount is still an amount on record', () => {
  const plan = planOf(NO_PURCHASE_DATES);

  it('keeps a customer with a doubtful amount an existing customer (he bought), not a prospect', () => {
    expect(plan.issues.filter((i) => i.code === 'amount.unitSuspicious').map((i) => i.sheetRow)).toEqual([3, 4]);
    for (const sheetRow of [3, 4]) {
      expect(row(plan, sheetRow).labels.lifecycle).toBe('existing');
      expect(row(plan, sheetRow).labels.activity).toBe('active');
      expect(row(plan, sheetRow).reasons.find((r) => r.dimension === 'lifecycle')!.code).toBe('classify.reason.boughtNoDate');
    }
  });

  it('still leaves it out of the tier, VIP and the spending', () => {
    for (const sheetRow of [3, 4]) {
      expect(row(plan, sheetRow).labels.tier).toBe('unknown');
      expect(row(plan, sheetRow).labels.vip).toBe('regular');
      expect(row(plan, sheetRow).reasons.find((r) => r.dimension === 'tier')!.code).toBe('classify.reason.amountDoubtful');
    }
    expect(section(plan, 'customers').spendTotal).toBe(120000);
  });

  it('leaves a customer with no amount at all a prospect', () => {
    expect(row(plan, 5).labels.lifecycle).toBe('potential');
  });
});
