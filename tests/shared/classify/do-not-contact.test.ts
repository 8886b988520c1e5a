import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { reasonText } from '../../../shared/classify/reason';
import { remind } from '../../../shared/remind/remind';
import { DEFAULT_REMIND_SETTINGS, type RemindSettings } from '../../../shared/remind/settings';
import { civil, d, rec } from './helpers';

// Tester h60 (07_Excel表格_汇总行.xlsx, --today 2026-12-01): 孙浩, 状态 黑名单, ¥680,000 spent, last bought
// 2023-12-01, was classed VIP ("累计金额 680000 ≥ 500000") and counted in the report's VIP row. A customer the
// sheet marks blacklisted or not to be served is no VIP to look after, nor a dormant high-value customer
// to win back, whatever he spent: the reason says why.
const TODAY = civil('2026-12-01');
const reasonsOf = (row: ClassifiedRow, dim: string, lang: 'zh-CN' | 'en') =>
  row.reasons.filter((r) => r.dimension === dim).map((r) => reasonText(lang, r));

describe('a customer the sheet marks not to be contacted or served is never VIP', () => {
  const rows = [
    rec(2, { name: '张丽', amount: 520000, lastPurchase: d('2026-11-28'), status: '正常' }),
    rec(6, { name: '孙浩', amount: 680000, lastPurchase: d('2023-12-01'), status: '黑名单' }),
    rec(7, { name: '钱伟', amount: 900000, lastPurchase: d('2026-10-01'), status: '禁止合作' }),
    rec(8, { name: '赵敏', amount: 750000, lastPurchase: d('2026-06-01'), tags: 'VIP, 拉黑' }),
    rec(9, { name: 'Mark Ellis', amount: 610000, lastPurchase: d('2026-08-01'), status: 'Do not contact' }),
    rec(10, { name: 'Sara Holt', amount: 650000, lastPurchase: d('2026-09-01'), status: 'Blacklisted - do not serve' }),
    // 黑名单 beside 已流失: his classes read the relationship (churned), still never VIP.
    rec(11, { name: '周强', amount: 800000, lastPurchase: d('2025-01-01'), status: '已流失', tags: '黑名单' }),
    // A remark that only says how to reach him (周末勿扰) marks nothing.
    rec(12, { name: '吴芳', amount: 560000, lastPurchase: d('2026-11-01'), notes: '周末勿扰' }),
  ];
  const out = classify(rows, DEFAULT_CLASSIFY_SETTINGS, TODAY);

  it('is 普通, not VIP, however much he spent', () => {
    expect(out.rows.map((r) => r.labels.vip)).toEqual(['vip', 'regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'vip']);
  });

  it('the reason names the cell that marks him, in zh-CN and en', () => {
    expect(reasonsOf(out.rows[1], 'vip', 'zh-CN')).toEqual(['状态为“黑名单”：标为不再联系或不再服务的客户不算 VIP，无论消费多少']);
    expect(reasonsOf(out.rows[1], 'vip', 'en')).toEqual(['Status is "黑名单": a customer marked not to be contacted or served is never VIP, whatever he spent']);
    expect(reasonsOf(out.rows[3], 'vip', 'zh-CN')).toEqual(['标签为“VIP, 拉黑”：标为不再联系或不再服务的客户不算 VIP，无论消费多少']);
  });

  it('keeps the value tier his spending earned, and the relationship his status states', () => {
    expect(out.rows[1].labels.tier).toBe('high');
    expect(out.rows[6].labels.lifecycle).toBe('churned');
  });

  it('says so on a VIP rule of RFM scores too', () => {
    const rfm = classify(rows.slice(1, 2), { ...DEFAULT_CLASSIFY_SETTINGS, vip: { preset: 'vipByRule', minRfmTotal: 3 } }, TODAY);
    expect(rfm.rows[0].labels.vip).toBe('regular');
  });
});

describe('nor a dormant high-value customer to win back', () => {
  const rows = [
    rec(2, { name: '孙浩', amount: 680000, lastPurchase: d('2026-05-01'), status: '黑名单' }),
    rec(3, { name: '王强', amount: 156000, lastPurchase: d('2026-05-01'), status: '正常' }),
  ];
  const only = (skipWhen: string[]): RemindSettings => {
    const s = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
    for (const key of Object.keys(s) as (keyof RemindSettings)[]) s[key].enabled = key === 'highValueDormant';
    s.highValueDormant.skipWhen = skipWhen as RemindSettings['highValueDormant']['skipWhen'];
    return s;
  };
  const classification = classify(rows, DEFAULT_CLASSIFY_SETTINGS, TODAY);

  it('is silenced by default, and counted as silenced', () => {
    const out = remind(rows, only(['doNotContact', 'ended', 'paused']), TODAY, { classification });
    expect(out.reminders.map((r) => r.sheetRow)).toEqual([3]);
  });

  it('is no target even when the settings let marked customers through (skipWhen [])', () => {
    const out = remind(rows, only([]), TODAY, { classification });
    expect(out.reminders.map((r) => r.sheetRow)).toEqual([3]);
  });
});
