import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { reasonText } from '../../../shared/classify/reason';
import { civil, rec } from './helpers';
import { after, planOf } from '../plan/helpers';

// Tester h60 (09_文本日期_各种写法.csv, probe/p2_partial.csv, --today 2026-12-01): a purchase date written as a
// month (2024年3月, 2024-03, Mar 2024) is what many ledgers keep; it was read as no date at all, so a
// customer who bought last month was 未知 in activity and, without an amount, in type too. A month says
// when he bought to within a month: read as its last day (today at the latest), the latest day it can
// mean, so nobody looks longer gone than he may be; the cell stays as typed.
const TODAY = civil('2026-12-01');
const reasonsOf = (row: ClassifiedRow, dim: string, lang: 'zh-CN' | 'en') =>
  row.reasons.filter((r) => r.dimension === dim).map((r) => reasonText(lang, r));

describe('a purchase date written as a month counts as that month', () => {
  const rows = [
    rec(2, { name: '高峰', lastPurchase: '2026年11月', amount: 56000 }),
    rec(3, { name: '李娜', lastPurchase: '2026-03', orders: 2 }),
    rec(4, { name: 'Emily Chen', lastPurchase: 'Mar 2024', amount: 3600 }),
    // This month: up to today, not the month's end still to come.
    rec(5, { name: '周敏', lastPurchase: '2026年12月' }),
    // A first purchase of a month, with nothing since: his last activity.
    rec(6, { name: '王强', firstPurchase: '2026.6', amount: 320000 }),
    // Nothing of a month in it: no date, as before.
    rec(7, { name: '赵磊', lastPurchase: '上个月', amount: 800 }),
  ];
  const before = JSON.stringify(rows);
  const out = classify(rows, DEFAULT_CLASSIFY_SETTINGS, TODAY);

  it('gives his type and activity from the month', () => {
    expect(out.rows.map((r) => [r.labels.lifecycle, r.labels.activity])).toEqual([
      ['existing', 'active'],
      ['existing', 'dormant'],
      ['churned', 'lost'],
      ['existing', 'active'],
      ['existing', 'dormant'],
      ['existing', 'unknown'],
    ]);
    expect(out.rows.map((r) => r.lastActivity)).toEqual(['2026-11-30', '2026-03-31', '2024-03-31', '2026-12-01', '2026-06-30', undefined]);
  });

  it('says which day it took and why, in zh-CN and en', () => {
    expect(reasonsOf(out.rows[0], 'activity', 'zh-CN')).toEqual([
      '最近互动 1 天前 ≤ 90 天',
      '最近购买“2026年11月”只写到月份，按该月最后一天 2026-11-30 计（不晚于今天）：取该月最晚的一天，客户不会被算得比实际更久没来',
    ]);
    expect(reasonsOf(out.rows[2], 'lifecycle', 'en')).toEqual([
      'Last purchase 975 days ago > 365 days',
      'Last purchase "Mar 2024" gives only a month: read as its last day, 2024-03-31 (today at the latest), the latest day it can mean, so the customer never looks longer gone than he may be',
    ]);
  });

  it('leaves the records as they were typed', () => {
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('through a whole run', () => {
  const plan = planOf([
    ['姓名', '手机号', '最近购买', '累计消费'],
    ['高峰', '13911112222', '2024年11月', '56000'],
  ]);

  it('the cell keeps 2024年11月, and the customer is current and active', () => {
    expect(after(plan, 2, '最近购买')).toBeNull();
    expect(plan.classification.rows.map((r) => [r.labels.lifecycle, r.labels.activity])).toEqual([['existing', 'active']]);
  });
});
