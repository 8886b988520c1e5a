import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { reasonText } from '../../../shared/classify/reason';
import { civil, d, rec } from './helpers';

// Tester h60 (09_文本日期_各种写法.csv row 3, probe/p2_partial.csv, --today 2026-12-01): 高峰 bought for ¥56,000.
// With 最近购买 blank he was 现有客户 ("有购买次数或金额，但没有最近购买日期"); with 2026年11月 or 2026.2.30 (the
// cleaner flags both and leaves them as typed) he became 未知, and the report counted him under 未知.
// A month alone (2026年11月) is now read as its last day (month-purchase-date.test.ts); a date that gives
// no day at all (2026.11.31, 2026.2.30, 上个月) is what these rows hold.
const TODAY = civil('2026-12-01');
const reasonsOf = (row: ClassifiedRow, dim: string, lang: 'zh-CN' | 'en') =>
  row.reasons.filter((r) => r.dimension === dim).map((r) => reasonText(lang, r));

describe('a purchase date the run cannot read never makes a paying customer worse off than a blank one', () => {
  const out = classify([
    rec(2, { name: '高峰', lastPurchase: '', amount: 56000 }),
    rec(3, { name: '高峰', lastPurchase: '2026.11.31', amount: 56000 }),
    rec(4, { name: '高峰', lastPurchase: '2026.2.30', amount: 56000 }),
    rec(5, { name: '高峰', lastPurchase: '上个月', orders: 3 }),
    // Nothing bought that can be read: still unknown, as before.
    rec(6, { name: '赵磊', lastPurchase: '上个月', amount: '面议' }),
    rec(7, { name: '赵磊', lastPurchase: '2026.11.31', amount: 0, orders: 0 }),
    // A date read but after today stays as it was (classify.test.ts: it tells nothing).
    rec(8, { name: 'Emily Chen', lastPurchase: d('2027-01-05'), orders: 2, amount: 3600 }),
  ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
  const lifecycle = out.rows.map((r) => r.labels.lifecycle);

  it('a readable amount or order count makes him 现有客户 with a date that gives no day, as with none', () => {
    expect(lifecycle).toEqual(['existing', 'existing', 'existing', 'existing', 'unknown', 'unknown', 'unknown']);
  });

  it('the reason says the date was not read and what counted instead', () => {
    expect(reasonsOf(out.rows[1], 'lifecycle', 'zh-CN')).toEqual(['有购买次数或金额；最近购买日期“2026.11.31”读不出是哪一天，按没有日期计']);
    expect(reasonsOf(out.rows[2], 'lifecycle', 'en')).toEqual(['has orders or an amount; the last purchase date "2026.2.30" gives no day, so it counts as none']);
  });

  it('his tier is read from the amount as before', () => {
    expect(out.rows.slice(0, 3).map((r) => r.labels.tier)).toEqual(['medium', 'medium', 'medium']);
  });
});
