/**
 * A car, a flat, a membership is bought once: the day of that purchase (购车日期, 购房日期) is when he
 * became a customer, not his latest purchase. Whether he is still one is told by the latest thing he
 * came for (a service, a visit, a call), as the activity class tells it: one row never says
 * 流失客户 beside 活跃.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

// The tester's 4S 车主档案 (h57, sheet 02), its dates moved around helpers' TODAY (2024-12-01).
const OWNERS = [
  ['车主姓名', '手机号', '车牌号', '购车日期', '保险到期', '上次保养日期', '销售顾问'],
  ['刘德明', '13910101111', '京A8K661', '2019-05-20', '2024-12-08', '2024-11-01', '王磊'],
  ['陈静', '13811112222', '京Q77X20', '2020-11-28', '2024-11-27', '2023-11-20', '刘洋'],
  ['北京鑫源物流有限公司', '010-62345678', '京AF1234', '2018-03-10', '2025-03-09', '2024-10-01', '刘洋'],
  ['孙浩', '15012345678', '沪AD88888', '2022-12-15', '2024-12-14', '', '王磊'],
  ['周强', '13700001111', '京B12345', '2024-06-01', '2025-05-31', '', '王磊'],
];

describe('a 4S dealer\'s car owners, each with the day he bought his car', () => {
  const plan = planOf(OWNERS);
  const row = (n: number) => plan.classification.rows.find((r) => r.sheetRow === n)!;
  const why = (n: number, lang: 'zh-CN' | 'en') =>
    row(n).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t(lang, r.code, r.params));

  it.each([
    [2, 'existing', 'active', 'bought in 2019, serviced a month ago'],
    [3, 'churned', 'lost', 'last serviced 377 days ago'],
    [4, 'existing', 'active', 'a fleet bought in 2018, serviced two months ago: not 流失客户 beside 活跃'],
    [5, 'churned', 'lost', 'bought two years ago and never came back: the purchase is his last activity'],
    [6, 'existing', 'dormant', 'bought half a year ago, no service yet'],
  ])('row %i → %s / %s (%s)', (n, lifecycle, activity) => {
    expect(row(n).labels).toMatchObject({ lifecycle, activity });
  });

  it('never says a customer churned beside an activity that is not lost, nor lost beside an existing customer', () => {
    for (const r of plan.classification.rows) expect(r.labels.lifecycle === 'churned').toBe(r.labels.activity === 'lost');
  });

  it('reads 购车日期 as when he became a customer, and says why he still is one in both languages', () => {
    expect(plan.columns.find((c) => c.header === '购车日期')?.field).toBe('firstPurchase');
    expect(why(2, 'zh-CN')).toEqual(['首次购买后仍有往来：最近互动 30 天前 ≤ 365 天']);
    expect(why(2, 'en')).toEqual(['bought once and still coming: last seen 30 days ago ≤ 365 days']);
    // 陈静 was serviced after she bought (2023-11-20), only not for a year: nothing says she was never seen since.
    expect(why(3, 'zh-CN')).toEqual(['首次购买后久无往来：最近互动 377 天前 > 365 天']);
    expect(why(3, 'en')).toEqual(['bought once, not seen for long: last seen 377 days ago > 365 days']);
  });

  // The lifecycle's reason holds the last-contact clause the activity class gives for itself
  // (tester h65: `首次购买后仍有往来：最近互动 93 天前 ≤ 365 天；最近互动 93 天前 ≤ 365 天`).
  it.each<[number, 'zh-CN' | 'en', string]>([
    [3, 'zh-CN', '首次购买后久无往来：最近互动 377 天前 > 365 天'],
    [6, 'zh-CN', '首次购买后仍有往来：最近互动 183 天前 ≤ 365 天'],
    [2, 'zh-CN', '首次购买后仍有往来：最近互动 30 天前 ≤ 365 天；最近互动 30 天前 ≤ 90 天'],
    [3, 'en', 'bought once, not seen for long: last seen 377 days ago > 365 days'],
    [6, 'en', 'bought once and still coming: last seen 183 days ago ≤ 365 days'],
  ])('row %i says each clause once in the %s reasons column: %s', (n, lang, expected) => {
    const cells = planOf(OWNERS, lang === 'en' ? { language: 'en' } : {}).addedColumns.find((c) => c.id === 'class.reasons')!.values;
    expect(cells[n - 2]).toEqual({ kind: 'text', value: expected });
  });

  it('counts the owners in the report as the rows say: three existing, two churned', () => {
    const byType = plan.report.sections.find((s) => s.id === 'lifecycle')!;
    expect(byType.series.filter((s) => s.id === 'existing' || s.id === 'churned').map((s) => [s.id, s.count])).toEqual([['existing', 3], ['churned', 2]]);
  });
});

describe('a property agent\'s owners, each with the day he bought his flat', () => {
  // 购房日期 five years ago; 王芳 was called last week about letting it.
  const plan = planOf([
    ['业主', '手机号', '房源地址', '购房日期', '最近联系'],
    ['王芳', '13911112222', '朝阳区望京西园3区', '2019-08-08', '2024-11-25'],
  ]);

  it('is an existing customer, not one who churned four years ago', () => {
    expect(plan.columns.find((c) => c.header === '购房日期')?.field).toBe('firstPurchase');
    expect(plan.classification.rows[0].labels).toMatchObject({ lifecycle: 'existing', activity: 'active' });
  });
});

describe('a shop\'s ledger of repeat purchases keeps its reading', () => {
  // The last purchase is the one that tells: a call from the shop does not make a buyer of him.
  const plan = planOf([
    ['客户', '手机号', '首次购买', '最近购买', '最近联系'],
    ['赵敏', '13822223333', '2020-01-05', '2023-10-01', '2024-11-20'],
  ]);

  it('is churned by his last purchase over a year ago, as before', () => {
    expect(plan.classification.rows[0].labels.lifecycle).toBe('churned');
  });
});
