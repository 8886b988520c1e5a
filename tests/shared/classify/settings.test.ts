import { DEFAULT_CLASSIFY_SETTINGS, resolveClassifySettings } from '../../../shared/classify/settings';
import { expandPreset, PRESET_NAMES } from '../../../shared/classify/presets';
import { tierByAmount, vipByRule } from '../../../shared/classify/creators';
import { messageText } from '../../../shared/classify/reason';
import { hasMessage } from '../../../shared/i18n';

describe('resolveClassifySettings', () => {
  it('gives the defaults for nothing or an empty object, without errors', () => {
    expect(resolveClassifySettings(undefined)).toEqual({ settings: DEFAULT_CLASSIFY_SETTINGS, errors: [] });
    expect(resolveClassifySettings({})).toEqual({ settings: DEFAULT_CLASSIFY_SETTINGS, errors: [] });
  });

  it('replaces a dimension given by the user and keeps the other defaults', () => {
    const { settings, errors } = resolveClassifySettings({ tier: { preset: 'tierByRfm', thresholds: [13, 9] } });
    expect(errors).toEqual([]);
    expect(settings.tier).toEqual({ preset: 'tierByRfm', thresholds: [13, 9] });
    expect(settings.lifecycle).toEqual(DEFAULT_CLASSIFY_SETTINGS.lifecycle);
  });

  it.each<[string, unknown, string, string]>([
    ['not an object', [1, 2], 'classify.settings.notObject', 'classify'],
    ['unknown key', { tiers: null }, 'classify.settings.unknownKey', 'classify.tiers'],
    ['unknown preset', { tier: { preset: 'tierByMood' } }, 'classify.settings.unknownPreset', 'classify.tier.preset'],
    ['unknown preset parameter', { lifecycle: { preset: 'lifecycleByPurchase', churnDay: 200 } }, 'classify.settings.unknownKey', 'classify.lifecycle.churnDay'],
    ['negative days', { lifecycle: { preset: 'lifecycleByPurchase', churnDays: -1 } }, 'classify.settings.badPresetParam', 'classify.lifecycle.churnDays'],
    ['thresholds not descending', { tier: { preset: 'tierByAmount', thresholds: [10000, 100000] } }, 'classify.settings.badPresetParam', 'classify.tier.thresholds'],
    ['three thresholds', { tier: { preset: 'tierByAmount', thresholds: [3, 2, 1] } }, 'classify.settings.badPresetParam', 'classify.tier.thresholds'],
    ['RFM threshold out of range', { tier: { preset: 'tierByRfm', thresholds: [20] } }, 'classify.settings.badPresetParam', 'classify.tier.thresholds'],
    ['active longer than dormant', { activity: { preset: 'activityByRecency', activeDays: 400, dormantDays: 365 } }, 'classify.settings.dormantBeforeActive', 'classify.activity.dormantDays'],
    ['VIP rule with no bar', { vip: { preset: 'vipByRule' } }, 'classify.settings.vipRuleEmpty', 'classify.vip'],
    ['a string instead of levels', { tier: 'high' }, 'classify.settings.notLevels', 'classify.tier'],
    ['level without id', { tier: [{ when: { field: 'amount', op: 'empty' } }] }, 'classify.settings.badLevel', 'classify.tier[0]'],
    ['unknown tier label without text', { tier: [{ id: 'gold', when: { field: 'amount', op: 'gte', value: 1 } }] }, 'classify.settings.unknownLabel', 'classify.tier[0].id'],
    ['else level not last', { tier: [{ id: 'low' }, { id: 'high', when: { field: 'amount', op: 'gte', value: 1 } }] }, 'classify.settings.unreachable', 'classify.tier[1]'],
    ['unknown reason key', { tier: [{ id: 'low', reason: 'because.i.said' }] }, 'classify.settings.unknownMessage', 'classify.tier[0].reason'],
    ['tier reading VIP (computed later)', { tier: [{ id: 'high', when: { field: '@vip', op: 'eq', value: 'vip' } }] }, 'classify.settings.fieldNotAvailable', 'classify.tier[0].when.field'],
    ['custom rule without levels', { custom: [{ id: 'region' }] }, 'classify.settings.badCustomRule', 'classify.custom[0]'],
    ['custom rule named like a built-in', { custom: [{ id: 'tier', levels: [] }] }, 'classify.settings.duplicateRule', 'classify.custom[0].id'],
    ['two custom rules with one id', { custom: [{ id: 'r', levels: [] }, { id: 'r', levels: [] }] }, 'classify.settings.duplicateRule', 'classify.custom[1].id'],
    ['custom label missing English', { custom: [{ id: 'r', label: { 'zh-CN': '区域' }, levels: [] }] }, 'classify.settings.badLabelText', 'classify.custom[0].label'],
    ['a misspelt key on a custom rule (lable)', { custom: [{ id: 'r', lable: { 'zh-CN': '区域', en: 'Region' }, levels: [{ id: 'x' }] }] }, 'classify.settings.unknownKey', 'classify.custom[0].lable'],
    ['a tier compared by its shown name (高价值, not high)', { custom: [{ id: 'focus', levels: [{ id: 'key', when: { field: '@tier', op: 'eq', value: '高价值' } }] }] }, 'classify.settings.labelName', 'classify.custom[0].levels[0].when.value'],
    ['ne on a shown name would match every row', { custom: [{ id: 'focus', levels: [{ id: 'rest', when: { field: '@tier', op: 'ne', value: 'High value' } }] }] }, 'classify.settings.labelName', 'classify.custom[0].levels[0].when.value'],
    ['a lifecycle in a list by its shown name', { custom: [{ id: 'f', levels: [{ id: 'x', when: { field: '@lifecycle', op: 'in', value: ['existing', '流失客户'] } }] }] }, 'classify.settings.labelName', 'classify.custom[0].levels[0].when.value'],
    ['a label no rule gives', { custom: [{ id: 'f', levels: [{ id: 'x', when: { field: '@tier', op: 'eq', value: 'gold' } }] }] }, 'classify.settings.unknownLabelValue', 'classify.custom[0].levels[0].when.value'],
    ['a custom rule\'s label by its shown text', {
      custom: [
        { id: 'region', levels: [{ id: 'south', label: { 'zh-CN': '华南', en: 'South' }, when: { field: 'province', op: 'eq', value: '广东' } }, { id: 'other' }] },
        { id: 'focus', levels: [{ id: 'x', when: { field: '@custom.region', op: 'eq', value: '华南' } }] },
      ],
    }, 'classify.settings.labelName', 'classify.custom[1].levels[0].when.value'],
    ['custom rule reading a later custom rule', {
      custom: [
        { id: 'a', levels: [{ id: 'x', when: { field: '@custom.b', op: 'empty' } }] },
        { id: 'b', levels: [{ id: 'y' }] },
      ],
    }, 'classify.settings.fieldNotAvailable', 'classify.custom[0].levels[0].when.field'],
  ])('%s → %s at %s', (_why, input, code, path) => {
    const { errors } = resolveClassifySettings(input);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ code, path });
  });

  it('renders every settings error fully in both languages', () => {
    const inputs: unknown[] = [
      [1], { tiers: 1 }, { tier: { preset: 'x' } }, { lifecycle: { preset: 'lifecycleByPurchase', churnDays: 'a' } },
      { tier: 'x' }, { tier: [{}] }, { tier: [{ id: 'gold' }] }, { tier: [{ id: 'low' }, { id: 'low' }] },
      { tier: [{ id: 'low', reason: 'x' }] }, { tier: [{ id: 'low', when: 5 }] }, { tier: [{ id: 'low', when: { all: [] } }] },
      { tier: [{ id: 'low', when: { field: '', op: 'eq', value: 1 } }] }, { tier: [{ id: 'low', when: { field: '@vip', op: 'empty' } }] },
      { tier: [{ id: 'low', when: { field: 'amount', op: 'x' } }] }, { tier: [{ id: 'low', when: { field: 'amount', op: 'gt', value: 'x' } }] },
      { custom: [{}] }, { custom: [{ id: 'vip', levels: [] }] }, { custom: [{ id: 'r', label: 'x', levels: [] }] },
    ];
    const codes = new Set<string>();
    for (const input of inputs) {
      for (const error of resolveClassifySettings(input).errors) {
        codes.add(error.code);
        for (const lang of ['zh-CN', 'en'] as const) {
          const text = messageText(lang, error.code, error.params);
          expect(text).not.toMatch(/\{[a-z]+\}/i);
          expect(text).toContain(error.path);
        }
      }
    }
    expect(codes.size).toBe(18);
  });
});

describe('presets and creators', () => {
  it('every preset expands with its defaults', () => {
    for (const name of PRESET_NAMES) {
      const extra = name === 'vipByRule' ? { minAmount: 1 } : {};
      const { levels, errors } = expandPreset({ preset: name, ...extra }, 'p');
      expect(errors).toEqual([]);
      expect(levels!.length).toBeGreaterThan(0);
    }
  });

  it('creators return plain JSON that survives a round trip', () => {
    const levels = tierByAmount([100000, 10000]);
    expect(JSON.parse(JSON.stringify(levels))).toEqual(levels);
    expect(levels.map((l) => l.id)).toEqual(['unknown', 'high', 'medium', 'low', 'unknown']);
    expect(tierByAmount([50000]).map((l) => l.id)).toEqual(['unknown', 'high', 'low', 'unknown']);
    expect(vipByRule({}).map((l) => l.id)).toEqual(['regular']);
  });

  it('every reason key a creator names exists', () => {
    for (const name of PRESET_NAMES) {
      const extra = name === 'vipByRule' ? { minAmount: 1 } : {};
      const { levels } = expandPreset({ preset: name, ...extra }, 'p');
      for (const level of levels!) if (level.reason) expect(hasMessage(level.reason)).toBe(true);
    }
  });
});
