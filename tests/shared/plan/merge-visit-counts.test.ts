/**
 * A member typed twice, each row with its own visit count (到店次数, Total Visits): the count is a running
 * total, as 订单数 is, not a sum of two typings of one card. A merge keeps the larger and lists the other
 * in the merged values, where it kept the kept row's own, often the smaller: a regular of 18 visits
 * became a newcomer of 2 and RFM's frequency with her.
 */
import { DEFAULT_SETTINGS, run, cellText, ownerConflictTexts, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2024-12-01';

// A 美容院's 会员登记: 马晓燕 typed twice by 小美, no card number, 18 visits on the first row and 2 on the
// second, the row a merge keeps (the more recent visit).
const SALON = [
  ['姓名', '手机', '累计消费', '到店次数', '最近到店', '美容师'],
  ['马晓燕', '13812340001', '12800', '18', '2024-11-20', '小美'],
  ['钱慧敏', '13912340002', '560', '1', '2024-03-02', '小美'],
  ['孙悦', '15012340003', '3400', '6', '2024-10-01', '阿芳'],
  ['马晓燕', '13812340001', '12800', '2', '2024-11-29', '小美'],
];

// A day spa's member list: Olivia Bennett typed twice, 14 visits and then 15 a week on, by two therapists.
// A row carrying the member's running totals (Total Visits, Lifetime Spend) is the member's own, one per
// member: two therapists on her two rows are one member typed twice, not two service records.
const SPA = [
  ['Member', 'Mobile', 'Lifetime Spend', 'Total Visits', 'Last Visit', 'Therapist'],
  ['Olivia Bennett', '0412 555 301', '2480', '15', '2024-11-28', 'Chloe'],
  ['Hannah Wright', '0413 555 302', '390', '2', '2024-08-14', 'Chloe'],
  ['Olivia Bennett', '0412 555 301', '2480', '14', '2024-11-21', 'Mia'],
];

// A 美容院's 会员表 with its 美容师: 林婉清 typed by 小美 in October and again by 阿芳 in November, her
// 到店次数 and 累计消费 run on; the later row (阿芳's) is kept, 小美 named in the merged values.
const BEAUTY = [
  ['会员姓名', '手机', '累计消费', '到店次数', '最近到店', '美容师'],
  ['林婉清', '13812340011', '6800', '9', '2024-10-12', '小美'],
  ['赵敏', '13912340012', '1200', '3', '2024-09-30', '小美'],
  ['林婉清', '138 1234 0011', '7600', '11', '2024-11-26', '阿芳'],
];

// A massage clinic's visit log: a row per visit, its date and what that visit cost, no running total.
// Olivia's two visits with two therapists are two service records, each kept.
const VISIT_LOG = [
  ['Client', 'Mobile', 'Visit Date', 'Treatment', 'Amount', 'Therapist'],
  ['Olivia Bennett', '0412 555 301', '2024-11-21', 'Deep tissue 60 min', '120', 'Mia'],
  ['Hannah Wright', '0413 555 302', '2024-11-22', 'Swedish 60 min', '95', 'Chloe'],
  ['Olivia Bennett', '0412 555 301', '2024-11-28', 'Hot stone 90 min', '150', 'Chloe'],
];

function planOf(rows: string[][], language: 'zh-CN' | 'en', region?: string): Plan {
  const settings = { ...DEFAULT_SETTINGS, language, ...(region ? { phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: region } } : {}) };
  const out = run(gridOf(rows), { settings, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const visitsWrite = (plan: Plan, header: string) => {
  const col = plan.columns.find((c) => c.header === header)!.col;
  return plan.merge!.edits.filter((e) => e.col === col).map((e) => [e.sheetRow, cellText(e.before), cellText(e.after), e.reason]);
};
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const totalsSaid = (plan: Plan, lang: 'zh-CN' | 'en') =>
  plan.problems.filter((p) => p.code.startsWith('dedupe.totals')).map((p) => [p.severity, t(lang, p.code, p.params)]);

describe('a salon member typed twice: her 到店次数 merged', () => {
  const plan = planOf(SALON, 'zh-CN');

  it('keeps the newer row and gives it the larger count, 18, not its own 2', () => {
    expect(plan.merge!.removeRows).toEqual([2]);
    expect(visitsWrite(plan, '到店次数')).toEqual([[5, '2', '18', 'dedupe.fix.totalLarger']]);
  });

  it('lists the kept row\'s own 2 in the merged values: nothing is lost', () => {
    expect(mergedValues(plan, 5)).toContain('到店次数: 2（第5行');
  });

  it('warns that the counts are far apart, in Chinese and in English', () => {
    expect(totalsSaid(plan, 'zh-CN').filter(([, s]) => s.includes('到店次数'))).toHaveLength(1);
    expect(totalsSaid(plan, 'en').filter(([, s]) => s.includes('到店次数'))).toHaveLength(1);
  });
});

describe('a member list typed twice by two therapists is one member, not two service records', () => {
  const saidOf = (plan: Plan, lang: 'zh-CN' | 'en') => {
    const g = plan.duplicates.groups[0];
    return ownerConflictTexts(lang, g.ownerConflict?.owners, g.ownerConflict?.claim, g.ownerConflict?.future, g.ownerConflict?.carers).join('; ');
  };

  it('merges the day spa\'s Olivia Bennett, keeping the row of her later visit and its therapist', () => {
    const plan = planOf(SPA, 'en', 'AU');
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely']]);
    expect(plan.merge!.removeRows).toEqual([4]);
    expect(mergedValues(plan, 2)).toContain('Mia');
  });

  it('says she was seen by two therapists, no sales conflict', () => {
    expect(saidOf(planOf(SPA, 'en', 'AU'), 'en')).toBe('seen by two therapists (Chloe / Mia): the same client typed in by each, not a sales conflict');
  });

  it('merges the 美容院\'s 林婉清 typed by 小美 and then 阿芳: 阿芳\'s later row kept, 小美 in the merged values', () => {
    const plan = planOf(BEAUTY, 'zh-CN');
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely']]);
    expect(plan.merge!.removeRows).toEqual([2]);
    expect(mergedValues(plan, 4)).toContain('小美');
    expect(saidOf(plan, 'zh-CN')).toBe('同一客户由两位美容师接待（阿芳 / 小美）：各自登记了一次，是服务人员，不是撞单');
  });

  it('keeps a visit log\'s two visits with two therapists apart, each its own record', () => {
    const plan = planOf(VISIT_LOG, 'en', 'AU');
    expect(plan.merge!.removeRows).toEqual([]);
    expect(plan.duplicates.groups.every((g) => g.confidence !== 'likely' && g.confidence !== 'exact')).toBe(true);
  });
});

describe('a day spa member typed a week apart: her Total Visits merged', () => {
  const plan = planOf(SPA, 'en', 'AU');

  it('keeps the larger count, 15, on the kept row', () => {
    const kept = plan.rows.find((r) => !plan.merge!.removeRows.includes(r) && (r === 2 || r === 4))!;
    const col = plan.columns.find((c) => c.header === 'Total Visits')!.col;
    const written = plan.merge!.edits.find((e) => e.sheetRow === kept && e.col === col);
    expect(written ? cellText(written.after) : SPA[kept - 1][col]).toBe('15');
  });

  it('names both counts in the merged values, with no warning: 15 and 14 are one count typed twice', () => {
    const kept = plan.rows.find((r) => !plan.merge!.removeRows.includes(r) && (r === 2 || r === 4))!;
    expect(mergedValues(plan, kept)).toContain('15 / 14');
    expect(totalsSaid(plan, 'en')).toEqual([]);
  });
});
