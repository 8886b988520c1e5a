/**
 * Money a customer owes on account says he was sold something on credit (tester h77 #15): a QuickBooks
 * Online customer list's Balance (beside Terms) is what he owes, not a card or stored value he holds, and a
 * 建材 dealer's 赊账 is goods taken on credit. Each is a customer, said so in the debt's words; nothing
 * owed says nothing. A salon's 储值余额 is still money she holds.
 */
import type { Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { planOf } from './helpers';

const TODAY = '2026-12-04';

const planIn = (rows: string[][], sheet: string, input: object = {}): Plan => planOf(rows, input, { today: TODAY, sheet });
const lifecycleOf = (plan: Plan, sheetRow: number) => {
  const row = plan.classification.rows[plan.rows.indexOf(sheetRow)];
  const why = row.reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t(plan.language ?? 'zh-CN', r.code, r.params));
  return [row.labels.lifecycle, why.join('; ')];
};

describe('a QuickBooks Online customer list', () => {
  const QBO = [
    ['Customer', 'Company name', 'Phone Numbers', 'Email', 'Full Name', 'Terms', 'Balance', 'Open Balance'],
    ['Lee Bistro', 'Lee Bistro Inc.', 'Phone: (312) 555-3997', 'sarah@leebistro.com', 'Sarah Lee', 'Due on receipt', '123.45', '0.00'],
    ['Hill Cafe', 'Hill Cafe Inc.', 'Phone: (617) 555-4108', 'steven@hillcafe.com', 'Steven Hill', 'Net 15', '1,250.00', '1,250.00'],
    ['Smith Market', 'Smith Market Inc.', 'Phone: (512) 555-3960', 'james@smithmarket.com', 'James Smith', 'Net 30', '0.00', '0.00'],
  ];

  it('reads a Balance as money owed on account, so a customer, never as a card or stored value held', () => {
    const plan = planIn(QBO, 'Customers', { language: 'en', phone: { defaultRegion: 'US' } });
    expect(lifecycleOf(plan, 2)).toEqual(['existing', 'Balance 123.45: owes the business money (sold on credit, or fees unpaid), so a customer']);
    expect(lifecycleOf(plan, 3)).toEqual(['existing', 'Balance 1250: owes the business money (sold on credit, or fees unpaid), so a customer']);
  });

  it('says nothing of a customer who owes nothing: no purchase on record', () => {
    const plan = planIn(QBO, 'Customers', { language: 'en', phone: { defaultRegion: 'US' } });
    expect(lifecycleOf(plan, 4)[0]).toBe('potential');
  });
});

describe('a 建材 dealer\'s 赊账 ledger without purchase dates', () => {
  it('classes 老周, who took tiles on credit, as a customer, in the debt\'s words', () => {
    const plan = planIn([
      ['客户姓名', '手机', '工地地址', '赊账金额', '业务员'],
      ['老周', '13957112345', '杭州市余杭区良渚街道', '8600', '小陈'],
      ['钱师傅', '13957154321', '杭州市西湖区转塘街道', '', '小陈'],
    ], '赊账客户');
    expect(lifecycleOf(plan, 2)).toEqual(['existing', '赊账金额 8600：有欠款（赊购或欠费），即是客户']);
  });
});

describe('a salon\'s stored balance', () => {
  it('is still money she holds with the salon', () => {
    const plan = planIn([
      ['会员姓名', '手机', '储值余额', '美容顾问'],
      ['林小姐', '13811112222', '3200', '阿雅'],
    ], '会员');
    expect(lifecycleOf(plan, 2)).toEqual(['existing', '储值余额 3200：持卡或有储值，即是客户']);
  });
});
