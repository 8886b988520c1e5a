/**
 * A 代账公司's client list (tester h72, h72-accounting.xlsx): 深圳市恒达贸易有限公司 and its 东莞分公司 are two
 * legal entities, each with its own 统一社会信用代码 and its own 代账合同 (to 2026-12-31 and to 2027-02-28),
 * one boss 李国强 on both rows. Their group says why it is review (two codes, a head office and its branch,
 * two contracts: 不宜合并), and no mode merges it, --merge-review neither: the head office's contract and its
 * reminder stay. Its reminder does not call the branch a possible copy of the same customer. Two contacts of
 * 东莞市鑫隆 (one code, one contract to 2026-11-20, one 苏经理, the sheet numbering each row it types) are
 * one account: one reminder naming the company and both contacts. And an American distributor's the same.
 */
import { DEFAULT_SETTINGS, run, reasonTexts, reminderText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

const CLIENTS = [
  ['客户编号', '企业名称', '统一社会信用代码', '联系人', '联系电话', '邮箱', '客户经理', '代账合同到期', '月服务费', '服务状态'],
  ['KH0001', '深圳市恒达贸易有限公司', '91440300MA5FXXXX1A', '李国强', '13902220001', 'lgq@hengda.cn', '黄经理', '2026-12-31', '300', '服务中'],
  ['KH0002', '深圳市恒达贸易有限公司东莞分公司', '91441900MA5GYYYY2B', '李国强', '13902220001', 'lgq@hengda.cn', '黄经理', '2027-02-28', '300', '服务中'],
  ['KH0003', '佛山市顺德区美家家具有限公司', '91440606MA4UUUU12X', '何志强', '13500001234', 'hzq@meijia.cn', '林经理', '2027-06-30', '500', '服务中'],
  ['KH0020', '东莞市鑫隆五金制品有限公司', '91441900MA4KKKK45D', '钟伟明', '13711112345', 'zwm@xinlong.com', '苏经理', '2026-11-20', '800', '服务中'],
  ['KH0021', '东莞市鑫隆五金制品有限公司', '91441900MA4KKKK45D', '钟太（财务）', '13711119876', 'cw@xinlong.com', '苏经理', '2026-11-20', '', '服务中'],
];

const DISTRIBUTOR = [
  ['Account #', 'Company', 'Contact', 'Phone', 'Email', 'Account Manager', 'Contract End', 'Monthly Fee'],
  ['A-1001', 'Acme Supply Co.', 'Dana Whitfield', '(214) 555-0182', 'dana@acmesupply.com', 'Megan Ortiz', '2026-12-31', '450'],
  ['A-1002', 'Acme Supply Co. - Dallas Branch', 'Dana Whitfield', '(214) 555-0182', 'dana@acmesupply.com', 'Megan Ortiz', '2027-03-31', '450'],
  ['A-1003', 'Harbor Bakery', 'Ana Lopez', '(212) 555-0199', 'ana@harborbakery.com', 'Ryan Cole', '2027-05-31', '200'],
];

type Mode = 'exact' | 'likely' | 'review';
function planOf(rows: string[][], merge: Mode[], language: 'zh-CN' | 'en' = 'zh-CN', defaultRegion = 'CN'): Plan {
  const settings = { ...DEFAULT_SETTINGS, language, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion } };
  const out = run(gridOf(rows), { settings, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const contractsOf = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row && (r.kind === 'contract' || r.kind === 'contractExpired'));

describe('深圳市恒达贸易有限公司 and its 东莞分公司: two entities, two contracts', () => {
  it('is a review group that says why, kept apart', () => {
    const g = groupOf(planOf(CLIENTS, []), 2)!;
    expect([g.rows, g.confidence, g.keptApart, g.records]).toEqual([[2, 3], 'review', true, undefined]);
    const zh = reasonTexts('zh-CN', g.reasons).join('；');
    expect(zh).toContain('✗ 统一社会信用代码不同');
    expect(zh).toContain('✗ 合同日期或编号不同：可能是两份合同、保单或订单，不宜合并');
  });

  it.each<[string, Mode[]]>([['--merge', ['exact', 'likely']], ['--merge-review', ['exact', 'likely', 'review']]])('%s keeps both rows and the head office\'s contract reminder', (_flag, merge) => {
    const plan = planOf(CLIENTS, merge);
    expect(plan.merge!.removeRows).not.toContain(2);
    expect(plan.merge!.removeRows).not.toContain(3);
    expect(contractsOf(plan, 2).map((r) => r.due)).toEqual(['2026-12-31']);
  });

  it('reminds the head office\'s contract without calling the branch a possible copy of it', () => {
    const [contract] = contractsOf(planOf(CLIENTS, []), 2);
    expect(contract.maybeSame).toBeUndefined();
    expect(reminderText('zh-CN', contract)).toBe('合同 2026-12-31 到期，还有 27 天（提前 30 天提醒）');
    expect(reminderText('en', contract)).not.toContain('same customer');
  });
});

describe('东莞市鑫隆: two contacts of one company, numbered row by row', () => {
  it('reminds 苏经理 once of the expired contract, naming the company and both contacts', () => {
    const plan = planOf(CLIENTS, []);
    const expired = plan.reminders.reminders.filter((r) => r.kind === 'contractExpired');
    expect(expired.map((r) => [r.sheetRow, r.owner, r.customer, r.alsoRows])).toEqual([
      [5, '苏经理', '东莞市鑫隆五金制品有限公司 · 钟伟明、钟太(财务)', [6]],
    ]);
    expect(reminderText('zh-CN', expired[0])).toContain('（同一单位的其他联系人在第 6 行）');
  });
});

describe('Acme Supply Co. and its Dallas Branch (a US distributor)', () => {
  const plan = planOf(DISTRIBUTOR, ['exact', 'likely', 'review'], 'en', 'US');

  it('is review, kept apart, and not merged even by --merge-review', () => {
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence, g.keptApart]).toEqual([[2, 3], 'review', true]);
    expect(reasonTexts('en', g.reasons).join('; ')).toContain('different contract dates or numbers');
    expect(plan.merge!.removeRows).toEqual([]);
  });

  it('still reminds the head office of its own contract, ending 2026-12-31', () => {
    const [contract] = contractsOf(plan, 2);
    expect([contract.due, contract.maybeSame]).toEqual(['2026-12-31', undefined]);
  });
});
