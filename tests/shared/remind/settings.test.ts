import { resolveSettings } from '../../../shared/settings/resolve';
import { messageText } from '../../../shared/classify/reason';

function errorsOf(settings: unknown, lang: 'en' | 'zh-CN' = 'en'): string[] {
  const r = resolveSettings(settings);
  return r.ok ? [] : r.errors.map((e) => messageText(lang, e.code, e.params));
}

const GOLD = { 'zh-CN': '金牌', en: 'Gold' };

describe('highValueDormant.tiers names only tiers the classification gives', () => {
  it.each<[string, unknown, string[]]>([
    [
      'the shown name 高价值 instead of the id high',
      { remind: { highValueDormant: { tiers: ['高价值'], includeVip: false } } },
      ['The tier "高价值" at remind.highValueDormant.tiers is not one the classification gives, so the reminder would never find those customers. Write tier ids, not their shown names: high (High value), medium (Medium value), low (Low value), unknown (Unknown).'],
    ],
    [
      'a misspelt id beside a good one',
      { remind: { highValueDormant: { tiers: ['high', 'hihg'] } } },
      [expect.stringMatching(/^The tier "hihg" at remind\.highValueDormant\.tiers is not one/)],
    ],
    [
      'a tier of the user\'s own levels is offered among the ids',
      { classify: { tier: [{ id: 'gold', label: GOLD, when: { field: 'amount', op: 'gte', value: 1000000 } }, { id: 'low' }] }, remind: { highValueDormant: { tiers: ['golden'] } } },
      [expect.stringMatching(/Write tier ids, not their shown names: low \(Low value\), gold\.$/)],
    ],
    [
      'medium when the amount preset has one threshold (high and low only)',
      { classify: { tier: { preset: 'tierByAmount', thresholds: [50000] } }, remind: { highValueDormant: { tiers: ['high', 'medium'] } } },
      [expect.stringMatching(/^The tier "medium" .* names: high \(High value\), low \(Low value\), unknown \(Unknown\)\.$/)],
    ],
    [
      'tiers while the tier classification is switched off',
      { classify: { tier: null }, remind: { highValueDormant: { tiers: ['high'] } } },
      ['remind.highValueDormant.tiers names tiers, but the value tier classification is switched off (classify.tier is null), so no customer has a tier. Remove the tiers, or switch classify.tier back on.'],
    ],
  ])('refuses %s', (_why, settings, expected) => {
    expect(errorsOf(settings)).toEqual(expected);
  });

  it('names the ids with their Chinese names', () => {
    expect(errorsOf({ remind: { highValueDormant: { tiers: ['高价值'] } } }, 'zh-CN')).toEqual([
      'remind.highValueDormant.tiers 处的等级“高价值”不是分类会给出的等级，提醒将找不到这些客户。请填写等级 ID，而不是显示的名称：high（高价值）、medium（中价值）、low（低价值）、unknown（未知）。',
    ]);
  });

  it.each<[string, unknown]>([
    ['built-in ids', { remind: { highValueDormant: { tiers: ['high', 'medium'] } } }],
    ['only VIP (no tier)', { remind: { highValueDormant: { tiers: [] } } }],
    ['a user\'s own tier level', { classify: { tier: [{ id: 'gold', label: GOLD, when: { field: 'amount', op: 'gte', value: 1000000 } }, { id: 'low' }] }, remind: { highValueDormant: { tiers: ['gold'] } } }],
    ['the default tiers while tiers are switched off (nothing written about tiers)', { classify: { tier: null } }],
  ])('accepts %s', (_why, settings) => {
    expect(errorsOf(settings)).toEqual([]);
  });
});
