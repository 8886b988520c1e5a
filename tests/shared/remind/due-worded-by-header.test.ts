/**
 * A due column's reminders say what its header names (tester h73 #30, #31, #3): a letting agent's Tenancy
 * End says "Tenancy ends on …", not "Contract"; a 二房东's 租约到期 says 租约; an accountant's Accounts Due and
 * Tax Return Due fall due ("Accounts due on …"), they do not end. A policy book's Effective Date is the
 * day the policy was taken out, said so in the class reason, and one policy typed twice is the same
 * policy number, not the same order number. A plain 合同到期日 / Contract End keeps the contract's words.
 */
import { planOf } from '../plan/helpers';
import { reminderKindLabel, reminderText } from '../../../shared/remind/reminder-text';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { messageText } from '../../../shared/classify/reason';

type PlanOf = ReturnType<typeof planOf>;
const texts = (plan: PlanOf, lang: 'zh-CN' | 'en') => plan.reminders.reminders.map((r) => `${reminderKindLabel(lang, r)} | ${reminderText(lang, r)}`);

describe('a letting agent\'s Tenancy End (run on 2024-12-01)', () => {
  const plan = planOf([
    ['Tenant Name', 'Mobile', 'Email', 'Tenancy Start', 'Tenancy End', 'Negotiator'],
    ['Freya Lindqvist', '07700 900123', 'freya@example.co.uk', '2023-12-10', '2024-12-10', 'Priya Nair'],
    ['Marcus Bell', '07700 900456', 'marcus.bell@example.co.uk', '2023-11-15', '2024-11-15', 'Sam Hughes'],
  ], { phone: { defaultRegion: 'GB' } });

  it('says the tenancy ends, and ended, in its own word', () => {
    const en = texts(plan, 'en');
    expect(en).toContain('Tenancy ending | Tenancy ends on 2024-12-10, in 9 days (30-day reminder)');
    expect(en).toContain('Tenancy expired | Tenancy ended on 2024-11-15, 16 days ago');
    expect(en.join('\n')).not.toContain('Contract');
  });
});

describe('a 二房东\'s 租约到期', () => {
  const plan = planOf([
    ['租客姓名', '手机', '入住日期', '租约到期', '管家'],
    ['周杰', '13760001234', '2023-12-15', '2024-12-14', '阿坤'],
  ]);

  it('says 租约, not 合同', () => {
    expect(texts(plan, 'zh-CN')).toEqual(['租约即将到期 | 租约 2024-12-14 到期，还有 13 天（提前 30 天提醒）']);
  });
});

describe('an accountant\'s Accounts Due', () => {
  const plan = planOf([
    ['Client Name', 'Contact', 'Email', 'Accounts Due', 'Manager'],
    ['Brightwater Dental Lab Ltd', 'Imran Qureshi', 'imran@brightwater.co.uk', '2024-12-28', 'Ruth'],
    ['Castlefield Logistics Ltd', 'Fiona Grant', 'fiona@castlefield.co.uk', '2024-11-20', 'Ruth'],
    // Which column a date header is read as is another spec's; this one is of its words.
  ], { headers: { overrides: { 'Accounts Due': 'contractEnd' } } });

  it('falls due and is overdue, it does not end', () => {
    const en = texts(plan, 'en');
    expect(en).toContain('Accounts due | Accounts due on 2024-12-28, in 27 days (30-day reminder)');
    expect(en).toContain('Accounts overdue | Accounts was due on 2024-11-20, 11 days ago');
  });
});

describe('a plain contract-end column', () => {
  it('keeps the contract\'s words (合同到期日, Contract End)', () => {
    const zh = planOf([['客户名称', '手机', '合同到期日'], ['浦发贸易', '13901234567', '2024-12-10']]);
    expect(texts(zh, 'zh-CN')).toEqual(['合同即将到期 | 合同 2024-12-10 到期，还有 9 天（提前 30 天提醒）']);
    const en = planOf([['Company', 'Email', 'Contract End'], ['Summit Foods', 'buy@summit.com', '2024-12-10']]);
    expect(texts(en, 'en')).toEqual(['Contract ending | Contract ends on 2024-12-10, in 9 days (30-day reminder)']);
  });
});

describe('a policy book', () => {
  const plan = planOf([
    ['Policy #', 'Named Insured', 'Phone', 'Email', 'Effective Date', 'Renewal Date', 'Annual Premium', 'Producer'],
    ['AUT-10000', 'Ruby Moreau', '(512) 308-4131', 'rmoreau@outlook.com', '2024-10-10', '2025-04-10', '1701', 'Carla Mendez'],
    ['AUT-70442', 'Brenda Okafor', '(512) 555-0170', 'bokafor@gmail.com', '2024-07-01', '2025-01-01', '1320', 'Jeff Turner'],
    ['AUT-70442', 'Brenda Okafor', '(512) 555-0170', 'bokafor@gmail.com', '2024-07-01', '2025-01-01', '1320', 'Dana Whitley'],
  ], { phone: { defaultRegion: 'US' } });

  it('says a policy was taken out on its Effective Date, not that it has no last purchase date', () => {
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.filter((r) => r.dimension === 'lifecycle');
    const said = reasons.map((r) => messageText('en', r.code, r.params)).join('; ');
    expect(said).not.toContain('no last purchase date');
    expect(said).toContain('2024-10-10');
  });

  it('calls one policy typed twice the same policy number', () => {
    const group = plan.duplicates.groups.find((g) => g.rows.includes(3))!;
    expect(reasonTexts('en', group.reasons)).toContain('same policy number');
    expect(reasonTexts('zh-CN', group.reasons)).toContain('保单号相同');
    expect(reasonTexts('en', group.reasons)).not.toContain('same order number');
  });
});
