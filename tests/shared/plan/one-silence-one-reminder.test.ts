/**
 * A VIP who has gone quiet gets one reminder for his silence, the dormant one: not that and a "no
 * contact for long" beside it on the same row (tester h66, Zoho: 399 rows had both). A customer who
 * is no VIP and no top tier keeps his stale reminder. The kind is named for what it covers, a VIP by
 * tag as much as a top-tier spender: a Zoho sheet has no amount at all.
 */
import { t } from '../../../shared/i18n';
import { planOf } from './helpers';

describe('one silence, one reminder', () => {
  // A Zoho CRM contacts export, run on 2024-12-01: Last Activity Time is the contact date, and the
  // VIP tag marks the customer. Nguyen is quiet for 335 days (stale past 180, dormant past 90).
  const ZOHO = [
    ['Contact Owner', 'First Name', 'Last Name', 'Email', 'Phone', 'Account Name', 'Last Activity Time', 'Tag'],
    ['Carlos Diaz', 'Michael', 'Nguyen', 'michael.nguyen781@outlook.com', '(212) 874-4621', 'Wonka Foods', '2024-01-01 08:49:00', 'Customer;VIP'],
    ['Carlos Diaz', 'Steven', 'Lopez', 'steven.lopez932@yahoo.com', '(206) 847-8179', 'Umbrella LLC', '2024-01-01 09:30:00', 'Customer'],
    ['Emma Lewis', 'Amanda', 'Miller', 'amanda.miller1136@acmecorp.com', '(617) 971-4382', 'Globex', '2024-11-20 14:05:00', 'Customer;VIP'],
  ];
  const plan = planOf(ZOHO);
  const kindsOf = (row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();

  it('a VIP quiet since January gets the dormant reminder only, not a stale one beside it', () => {
    expect(kindsOf(2)).toEqual(['highValueDormant']);
    const [dormant] = plan.reminders.reminders.filter((r) => r.sheetRow === 2);
    expect(dormant.reason.params).toMatchObject({ label: 'vip', since: '2024-04-01', date: '2024-01-01', idle: 335 });
  });

  it('a customer no VIP, as quiet, keeps his stale reminder; an active VIP gets none', () => {
    expect(kindsOf(3)).toEqual(['stale']);
    expect(kindsOf(4)).toEqual([]);
  });

  it('counts the silence once', () => {
    expect(plan.reminders.counts.highValueDormant).toBe(1);
    expect(plan.reminders.counts.stale).toBe(1);
  });

  it('names the kind for VIPs and top tiers alike, not "high-value"', () => {
    expect(t('en', 'remind.kind.highValueDormant')).toBe('Key customer dormant');
    expect(t('zh-CN', 'remind.kind.highValueDormant')).toBe('重要客户休眠');
  });

  it('the same in a Chinese sheet: a 老客户 marked VIP, quiet since March, is reminded once', () => {
    const zh = planOf([
      ['客户姓名', '手机号', '负责人', '最近联系', '是否VIP'],
      ['李建华', '13888880003', '张伟', '2024-03-02', '是'],
      ['周敏', '13888880004', '张伟', '2024-03-02', ''],
    ]);
    const kinds = (row: number) => zh.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind);
    expect(kinds(2)).toEqual(['highValueDormant']);
    expect(kinds(3)).toEqual(['stale']);
  });
});
