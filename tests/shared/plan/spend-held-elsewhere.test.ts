/**
 * A customer typed twice under two reps, his totals differing: nothing says the rows are two accounts,
 * so the kept row takes the larger (one running total typed twice is not added, dedupe/totals.ts) and
 * the run says so, naming both rows and the sum to write if they are two accounts. A stored-value
 * balance on a card the merge archives is money the shop owes him, which the kept row does not show:
 * said too.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';

// The tester's WPS 会员登记 (h56, 05): 马晓燕 under 刘丽 with ¥12,800 over six visits, and again under 张军
// with ¥200 over one, last week; no 创建日期, so the first-touch rule cannot decide and the more recent row is kept.
const MEMBERS = [
  ['姓名', '手机', '性别', '生日', '累计消费（元）', '最近消费', '消费次数', '负责人'],
  ['马晓燕', '13812340001', '女', '1990/12/8', '12800', '2026-11-20', '6', '刘丽'],
  ['钱志军', '13912340002', '男', '1985-12-02', '560', '2025-03-02', '1', '刘丽'],
  ['孙悦', '15012340003', '女', '12月3日', '3400', '2026-10-01', '3', '张军'],
  ['马晓燕', '13812340001', '女', '1990-12-08', '200', '2026-11-29', '1', '张军'],
];

// A shop's member list (h56, 10): 王秀英's 金卡 with ¥2,000 stored, and the card she opened at the other
// store yesterday with ¥300 stored; the 金卡 is kept.
const CARDS = [
  ['会员卡号', '会员姓名', '手机号', '会员等级', '积分', '储值余额', '累计消费', '消费次数', '最近消费', '开卡日期', '生日', '开卡门店', '导购'],
  ['000123', '王秀英', '13800138001', '金卡', '12880', '2,000.00', '28,650.00', '35', '2026-11-28 19:32:10', '2021-05-01', '03-15', '春熙路店', '小李'],
  ['000456', '刘建华', '13900139002', '普通会员', '120', '0.00', '1,200.00', '2', '2025-12-01 12:00:00', '2025-11-30', '12-05', '春熙路店', '小张'],
  ['002001', '王秀英', '13800138001', '普通会员', '0', '300.00', '300.00', '1', '2026-11-30 10:00:00', '2026-11-30', '', '天府广场店', '小张'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[] = []): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const said = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.problems.filter((p) => (p.code.startsWith('dedupe.totals') && p.params?.header === '累计消费（元）') || p.code === 'dedupe.balanceElsewhere').map((p) => t(lang, p.code, p.params));

describe('马晓燕: ¥12,800 on 刘丽\'s row, ¥200 on 张军\'s, the row kept (h56 sheet 05)', () => {
  it('merged: the kept row takes the larger ¥12,800, and the run says the rows may be two accounts', () => {
    const plan = planOf(MEMBERS, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toEqual([2]);
    expect(said(plan)).toEqual([
      '第 5 行和第 2 行（合并到第 5 行）的“累计消费（元）”不同：12800 / 200。没有列标明它们是不同账户（可能是同一累计数录了两次），保留行取较大的 12800，其他数额记在合并记录中。如果它们是不同账户，请把保留行改为各数之和 13000。',
    ]);
    expect(plan.problems.find((p) => p.code === 'dedupe.totals.larger.merged')!.severity).toBe('warning');
  });

  it('not merged yet: says it too, since she is already counted once, on the larger total a merge keeps', () => {
    const plan = planOf(MEMBERS);
    expect(said(plan, 'en')).toEqual([
      'Rows 5 and 2 are one customer typed twice (not merged yet) with different "累计消费（元）": 12800 / 200. Nothing says they are two accounts (they may be one running total typed twice), so the customer is counted on the larger, 12800, as a merge into row 5 will keep it. If they are two accounts, their sum is 13000: correct row 5 before merging.',
    ]);
  });

  it('says nothing when both rows hold the same total', () => {
    const same = MEMBERS.map((r, i) => (i === 1 ? [...r.slice(0, 4), '200', ...r.slice(5)] : r));
    expect(said(planOf(same, ['exact', 'likely']))).toEqual([]);
    expect(said(planOf(same))).toEqual([]);
  });
});

describe('王秀英\'s second card, with ¥300 stored, beside her 金卡 (h56 sheet 10)', () => {
  const plan = planOf(CARDS, ['exact', 'likely']);

  // Two 会员卡号 are two accounts of one customer (h63, 4): each card keeps its own balance, never merged.
  it('keeps the second card as her other account, its balance on its own row, so nothing is held elsewhere', () => {
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.records])).toEqual([[[2, 4], true]]);
    expect(said(plan)).toEqual([]);
  });
});

describe('an amount the run doubts is no spending held elsewhere', () => {
  // 华星电子 typed twice in a 万元 ledger; the older row's 150000 (¥15亿 read in 万) is flagged as typed in yuan.
  const LEDGER = [
    ['客户名称', '手机号', '负责人', '成交金额（万元）', '最近购买'],
    ['华星电子', '13812345678', '李娜', '150000', '2026-10-20'],
    ['华星电子', '13812345678', '赵磊', '12', '2026-11-20'],
  ];

  it('says nothing of the flagged 150000: it counts for nothing until confirmed, and its flag speaks for it', () => {
    const plan = planOf(LEDGER, ['exact', 'likely']);
    expect(plan.issues.some((i) => i.sheetRow === 2 && i.code === 'amount.unitSuspicious')).toBe(true);
    expect(plan.duplicates.groups[0].survivor).toBe(3);
    expect(said(plan)).toEqual([]);
  });
});

describe('an amount the run could not read is no spending held elsewhere', () => {
  // Müller GmbH typed twice in a German list read with the decimal comma: the older row's 12,000 € reads
  // two ways (12 or 12000) and stays as typed; the kept row holds 1.234,50 €.
  const KUNDEN = [
    ['Name', 'Company', 'Phone', 'Email', 'Amount (EUR)', 'Last Contact', 'Sales Rep'],
    ['Jan Müller', 'Müller GmbH', '+49 30 1234567', 'jan@mueller.de', '12,000 €', '2026-10-15', 'Anna Schmidt'],
    ['Jan Müller', 'Müller GmbH', '+49 30 1234567', 'jan@mueller.de', '1.234,50 €', '2026-11-15', 'Anna Schmidt'],
    ['Petra Weber', 'Weber AG', '+49 89 7654321', 'petra@weber.de', '2.500,00 €', '2026-11-01', 'Lukas Braun'],
    ['Eva Wagner', 'Wagner OHG', '+49 221 998877', 'eva@wagner.de', '12,5 €', '2026-11-20', 'Lukas Braun'],
  ];

  it('does not read 12,000 € as twelve thousand to say the other row holds more', () => {
    const plan = planOf(KUNDEN, ['exact', 'likely']);
    expect(plan.issues.some((i) => i.sheetRow === 2 && i.code === 'amount.ambiguousComma')).toBe(true);
    expect(plan.duplicates.groups.map((g) => g.survivor)).toEqual([3]);
    expect(said(plan, 'en')).toEqual([]);
  });
});

describe('马晓燕\'s visits: six on 刘丽\'s row, one on 张军\'s, the row kept (her running total typed on both)', () => {
  // 张军 typed her running total (12800) from the card, but counted only the visit he served.
  const VISITS = MEMBERS.map((r, i) => (i === 4 ? [...r.slice(0, 4), '12800', ...r.slice(5)] : r));
  const counts = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    plan.problems.filter((p) => p.code.startsWith('dedupe.totals') && p.params?.header === '消费次数').map((p) => t(lang, p.code, p.params));

  it('merged: the kept row takes the 6 visits, its own 1 in the merged values, and the run says so', () => {
    const plan = planOf(VISITS, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toEqual([2]);
    expect(counts(plan)).toEqual([
      '第 5 行和第 2 行（合并到第 5 行）的“消费次数”不同：6 / 1。没有列标明它们是不同账户（可能是同一累计数录了两次），保留行取较大的 6，其他数额记在合并记录中。如果它们是不同账户，请把保留行改为各数之和 7。',
    ]);
    expect(said(plan)).toEqual([]);
    const notes = plan.merge!.mergedColumn!.values.map((c) => (c.kind === 'text' ? c.value : '')).join('\n');
    expect(notes).toContain('消费次数: 1（第5行）');
  });

  it('not merged yet: says it in English too', () => {
    expect(counts(planOf(VISITS), 'en')).toEqual([
      'Rows 5 and 2 are one customer typed twice (not merged yet) with different "消费次数": 6 / 1. Nothing says they are two accounts (they may be one running total typed twice), so the customer is counted on the larger, 6, as a merge into row 5 will keep it. If they are two accounts, their sum is 7: correct row 5 before merging.',
    ]);
  });
});

describe('a balance column written the German way (2.000,00) in an otherwise English sheet', () => {
  // A US shop's export, its Store Credit column pasted from the German branch's till: decimal commas, none with a point.
  const SHOP = [
    ['Name', 'Email', 'Phone', 'Total Spent', 'Store Credit', 'Last Order', 'Owner'],
    ['Anna Schmidt', 'anna.schmidt@example.com', '+1 617 555 0142', '1,234.50', '2.000,00', '2026-11-20', 'Tom'],
    ['Brian Lee', 'brian.lee@example.com', '+1 617 555 0199', '3,100.00', '0,00', '2026-10-02', 'Amy'],
    ['Carla Diaz', 'carla.diaz@example.com', '+1 617 555 0177', '560.75', '15,50', '2026-09-12', 'Tom'],
    ['Anna Schmidt', 'anna.schmidt@example.com', '+1 617 555 0142', '1,234.50', '300,00', '2026-11-29', 'Amy'],
  ];

  it('is read with its own decimal comma: the archived card\'s 2.000,00 is money the kept card\'s 300,00 does not show', () => {
    const plan = planOf(SHOP, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toEqual([2]);
    expect(said(plan, 'en')).toEqual([
      'The merge kept row 5 of a customer typed twice; row 2, moved to the archive, holds a "Store Credit" of 2.000,00 (the kept row: 300,00): money on account that the kept row does not show. Move it to row 5 by hand if the two are one account.',
    ]);
    // No note of how it was read: the summary lists it among the columns no field reads, and the warning quotes its cells as typed.
    expect(plan.problems.map((p) => p.code)).not.toContain('amount.columnDecimalComma');
  });

  it('says nothing when the two cards hold the same 300,00', () => {
    const same = SHOP.map((r, i) => (i === 1 ? [...r.slice(0, 4), '300,00', ...r.slice(5)] : r));
    expect(said(planOf(same, ['exact', 'likely']))).toEqual([]);
  });
});
