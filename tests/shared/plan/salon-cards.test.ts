/**
 * A beauty salon (美容院) keeps its members by the card each holds (卡类型 年卡 / 次卡 / 储值卡) and the
 * money left on it (储值余额), not by purchases: no 消费金额, no 最近购买. A member with a card, or a
 * balance on one, has bought it: 现有客户 / existing, the reason naming the card, where every member was
 * 未知 (no purchase column to judge by) or 潜在客户 (beside a 剩余次数 column, only the 次卡 holder was
 * existing). A card typed 无 / 未办卡 is none: that walk-in is still potential.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from './helpers';

const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const lifecycle = (plan: Plan) => plan.classification.rows.map((r) => r.labels.lifecycle);
const said = (plan: Plan, sheetRow: number, lang: 'zh-CN' | 'en') =>
  row(plan, sheetRow).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t(lang, r.code, r.params));

// Today is helpers' TODAY, 2024-12-01.
const SALON = [
  ['会员姓名', '手机', '卡类型', '储值余额', '开卡日期', '最近到店', '美容师', '生日'],
  ['林晓燕', '13612348888', '储值卡', '3200', '2023-04-12', '2024-11-28', '小美', '1990-05-06'],
  ['黄婷婷', '13798765432', '次卡', '', '2024-03-01', '2024-11-20', '阿琳', '1988-12-15'],
  ['郑美玲', '15012341234', '年卡', '', '2024-01-05', '2024-10-30', '小美', '1985-07-22'],
  ['吴静', '18923456789', '', '¥580.00', '2022-09-18', '2024-06-02', '阿琳', '1992-02-28'],
  ['何丽君', '13544445555', '无', '0', '', '2024-11-30', '小美', ''],
];

describe('a 美容院 member list of cards and balances, with no purchase column', () => {
  const plan = planOf(SALON);

  it('classes each card holder and the member with a balance existing, the walk-in without a card potential', () => {
    expect(lifecycle(plan)).toEqual(['existing', 'existing', 'existing', 'existing', 'potential']);
  });

  it('names the card, or the balance, as what she bought, in Chinese and in English', () => {
    expect(said(plan, 2, 'zh-CN')).toEqual(['卡类型 储值卡：持卡或有储值，即是客户']);
    expect(said(plan, 2, 'en')).toEqual(['卡类型 储值卡: holds a card or stored value, so a customer']);
    expect(said(plan, 5, 'zh-CN')).toEqual(['储值余额 ¥580.00：持卡或有储值，即是客户']);
  });

  it('reads 卡类型 as the card held, no longer a column left unread; the balance is named as a balance', () => {
    expect((plan.unreadColumns ?? []).map((c) => [c.header, c.readFor])).toEqual([['储值余额', 'balance']]);
  });

  it('still reads the balance as no spending: no value tier from it', () => {
    expect(plan.classification.rows.map((r) => r.labels.tier)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});

describe('the same salon with a 剩余次数 column beside the cards', () => {
  const plan = planOf([
    ['会员姓名', '手机', '卡类型', '储值余额', '剩余次数', '最近到店', '美容师'],
    ['林晓燕', '13612348888', '储值卡', '3200', '', '2024-11-28', '小美'],
    ['黄婷婷', '13798765432', '次卡', '', '6', '2024-11-20', '阿琳'],
    ['郑美玲', '15012341234', '年卡', '', '', '2024-10-30', '小美'],
    ['何丽君', '13544445555', '未办卡', '', '', '2024-11-30', '小美'],
    ['周敏', '13655556666', '体验卡', '', '', '2024-11-29', '阿琳'],
  ]);

  it('no longer calls a 储值卡 or 年卡 holder a prospect; a free 体验卡 is no card sold', () => {
    expect(lifecycle(plan)).toEqual(['existing', 'existing', 'existing', 'potential', 'potential']);
    expect(said(plan, 3, 'zh-CN')).toEqual(['剩余课时 6：已购课，即是客户']);
  });
});

describe('an English spa\'s member list', () => {
  const plan = planOf([
    ['Member', 'Mobile', 'Membership Type', 'Store Credit', 'Last Visit', 'Therapist'],
    ['Chloe Bennett', '07700 900123', 'Annual', '', '2024-11-02', 'Megan'],
    ['Sophie Turner', '07700 900456', '', '£120.00', '2024-09-14', 'Megan'],
    ['Grace Hall', '07700 900789', 'None', '', '2024-11-25', 'Holly'],
  ], { phone: { defaultRegion: 'GB' } });

  it('classes the member and the one with store credit existing, the guest with none potential', () => {
    expect(lifecycle(plan)).toEqual(['existing', 'existing', 'potential']);
    expect(said(plan, 2, 'en')).toEqual(['Membership Type Annual: holds a card or stored value, so a customer']);
  });
});
