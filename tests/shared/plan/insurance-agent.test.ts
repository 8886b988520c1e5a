/**
 * An insurance agent's (保险代理人) book: one row per policy, the policyholder (投保人) the customer, the
 * insured (被保险人) and how he is related (关系 本人 / 配偶 / 子女 / 父母) the policy's. The insured and the
 * relation are read, no longer reported as columns left unread; a policy taken out (生效日期) is the
 * customer's activity that day, so a policy signed last month is no silent customer; a father's two
 * policies for his two children stay two policies, never merged, though the dates and his phone agree;
 * and two policyholders who insure one parent are never joined by the insured's name.
 */
import { messageText, run, resolveSettings, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

function planOf(rows: string[][], input: object = {}, merge: ('exact' | 'likely')[] = []): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const out = run(gridOf(rows, '保单'), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const activity = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!.labels.activity;
const unread = (plan: Plan) => (plan.unreadColumns ?? []).map((c) => c.header);
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const against = (plan: Plan, row: number, lang: 'zh-CN' | 'en') =>
  groupOf(plan, row)!.reasons.filter((r) => r.evidence === 'against').map((r) => messageText(lang, r.code, r.params));

// Today is helpers' TODAY, 2024-12-01.
const HEAD = ['投保人', '被保险人', '关系', '手机', '身份证号', '险种', '保单号', '生效日期', '缴费日期', '保额', '年缴保费', '业务员', '备注'];
const BOOK = [
  HEAD,
  ['王建国', '王建国', '本人', '13812345678', '110101197803152315', '重疾险', 'P2022000123', '2022-03-15', '2025-03-15', '500000', '8600', '李娜', '老客户'],
  ['王建国', '王小雨', '子女', '13812345678', '110101197803152315', '少儿医疗险', 'P2023000456', '2023-06-01', '2025-06-01', '300000', '1200', '李娜', ''],
  ['王建国', '王小川', '子女', '13812345678', '110101197803152315', '少儿医疗险', 'P2023000457', '2023-06-01', '2025-06-01', '300000', '1200', '李娜', ''],
  ['陈秀英', '陈秀英', '本人', '13922223333', '', '年金险', 'P2024001001', '2024-11-10', '2025-11-10', '200000', '20000', '张伟', '上月新签'],
  ['刘洋', '赵敏', '配偶', '13700001111', '', '意外险', 'P2024000888', '2024-02-20', '2025-02-20', '1000000', '680', '张伟', ''],
];

describe('an agent\'s book of policies with 被保险人 and 关系', () => {
  const plan = planOf(BOOK);

  it('reads the insured and the relation as the policy\'s, no longer columns left unread', () => {
    expect(plan.columns.filter((c) => c.insured !== undefined).map((c) => [c.header, c.insured, c.field])).toEqual([['被保险人', 'name', null], ['关系', 'relation', null]]);
    expect(unread(plan)).not.toContain('被保险人');
    expect(unread(plan)).not.toContain('关系');
    expect(plan.columns.find((c) => c.header === '投保人')?.field).toBe('name');
    expect(plan.columns.find((c) => c.header === '年缴保费')?.field).toBe('amount');
  });

  it('counts a policy taken out last month as activity: 陈秀英 is active, not unknown', () => {
    expect(activity(plan, 5)).toBe('active');
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 5)!.reasons.filter((r) => r.dimension === 'activity');
    expect(reasons.map((r) => messageText('zh-CN', r.code, r.params))).toEqual(['最近互动 21 天前 ≤ 90 天']);
  });

  it('calls a policy taken out two years ago and still in force dormant, not lost', () => {
    expect(activity(plan, 2)).toBe('dormant');
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.filter((r) => r.dimension === 'activity');
    // 王建国 is classed once over his three policies: his latest, the children's of 2023-06-01, due 2025-06-01.
    expect(reasons.map((r) => messageText('zh-CN', r.code, r.params))).toEqual(['合同有效至 2025-06-01：久未往来，但合同期内的客户算休眠，不算流失']);
    // Taken out in February: 285 days, within the year.
    expect(activity(plan, 6)).toBe('dormant');
  });

  it('keeps the father\'s three policies as three rows, no duplicates to merge', () => {
    expect(plan.duplicates.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });
});

describe('two children\'s premiums falling due together', () => {
  const due = BOOK.map((r, i) => (i === 2 || i === 3 ? [...r.slice(0, 8), '2024-12-20', ...r.slice(9)] : r));

  it('name the child each policy covers in its reminder, in Chinese and in English', () => {
    const customers = (lang: 'zh-CN' | 'en') => planOf(due, { language: lang }).reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer).sort();
    expect(customers('zh-CN')).toEqual(['王建国（少儿医疗险 P2023000456 被保险人 王小雨）', '王建国（少儿医疗险 P2023000457 被保险人 王小川）']);
    expect(customers('en')).toEqual(['王建国 (少儿医疗险 P2023000456 insured 王小雨)', '王建国 (少儿医疗险 P2023000457 insured 王小川)']);
  });
});

describe('a client whose children\'s premiums fell due in June', () => {
  // 王建国's own 重疾险 runs to 2025-03-15; the children's 少儿医疗险 fell due 2024-06-01 and were not rolled on.
  const lapsed = BOOK.map((r, i) => (i === 2 || i === 3 ? [...r.slice(0, 8), '2024-06-01', ...r.slice(9)] : r));
  const plan = planOf(lapsed);

  it('is still an existing customer by the policy he holds, dormant, not churned and lost', () => {
    const labels = plan.classification.rows.find((r) => r.sheetRow === 2)!.labels;
    expect([labels.lifecycle, labels.activity]).toEqual(['existing', 'dormant']);
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.filter((r) => r.dimension === 'lifecycle');
    expect(reasons.map((r) => messageText('zh-CN', r.code, r.params))).toEqual(['合同有效至 2025-03-15']);
  });
});

describe('the same book without a 保单号 column', () => {
  // The two children's policies share every date and the father's phone: only the insured tells them apart.
  const rows = [HEAD.filter((h) => h !== '保单号'), ...BOOK.slice(2, 4).map((r) => r.filter((_, i) => HEAD[i] !== '保单号'))];

  it('keeps the two children\'s policies apart, saying the insured differ, and --merge leaves both', () => {
    const plan = planOf(rows, {}, ['exact', 'likely']);
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence, g.records]).toEqual([[2, 3], 'review', true]);
    expect(against(plan, 2, 'zh-CN')[0]).toBe('被保险人不同（王小雨 / 王小川）：同一客户的另一个账户（另一处房子、另一张卡、另一个孩子、另一套出租房、另一份合同、另一宗案件、另一笔商机或另一个账户），各自保留，不合并');
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });
});

describe('one policy typed twice', () => {
  it('is still one policy copied: same insured, same 保单号, merged as before', () => {
    const plan = planOf([HEAD, BOOK[3], BOOK[3]]);
    expect(groupOf(plan, 2)?.confidence).toBe('exact');
  });
});

describe('two policyholders who insure one parent', () => {
  it('are never joined by the insured\'s name', () => {
    const plan = planOf([
      HEAD,
      ['周丽', '周国华', '父母', '15800002222', '', '防癌险', 'P2024000999', '2024-01-20', '2025-01-20', '100000', '3200', '李娜', ''],
      ['周强', '周国华', '父母', '13566667777', '', '防癌险', 'P2024001999', '2024-01-20', '2025-01-20', '100000', '3200', '李娜', ''],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
  });
});

describe('an English agent\'s book', () => {
  const plan = planOf([
    ['Policyholder', 'Insured', 'Relationship', 'Mobile', 'Policy Type', 'Effective Date', 'Premium Due Date', 'Sum Insured', 'Annual Premium', 'Agent'],
    ['James Carter', 'Emily Carter', 'Child', '(415) 555-0131', 'Child Health', '2023-06-01', '2025-06-01', '100000', '320', 'Linda Park'],
    ['James Carter', 'Noah Carter', 'Child', '(415) 555-0131', 'Child Health', '2023-06-01', '2025-06-01', '100000', '320', 'Linda Park'],
    ['Maria Lopez', 'Maria Lopez', 'Self', '(415) 555-0178', 'Annuity', '2024-11-10', '2025-11-10', '200000', '2000', 'Tom Reed'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads Insured and Relationship, keeps the two children\'s policies apart, and counts Maria\'s new policy as activity', () => {
    expect(unread(plan)).not.toContain('Insured');
    expect(unread(plan)).not.toContain('Relationship');
    expect(plan.columns.find((c) => c.header === 'Policy Type')?.field).toBe('product');
    expect(against(plan, 2, 'en')[0]).toBe('different Insured (Emily Carter / Noah Carter): the same customer\'s other account (another house or flat, card, child, let, contract, case, deal or trade account), each kept, not merged');
    expect(activity(plan, 4)).toBe('active');
  });
});
