import { validateDedupeSettings, resolveDedupeSettings } from '../../../shared/dedupe/validate-settings';
import { DEFAULT_DEDUPE_SETTINGS, type ComparisonDef } from '../../../shared/dedupe/settings';
import { t } from '../../../shared/i18n';

const codes = (s: ReturnType<typeof resolveDedupeSettings>) => validateDedupeSettings(s).map((p) => p.code);

describe('dedupe settings', () => {
  it('accepts the defaults', () => {
    expect(validateDedupeSettings(DEFAULT_DEDUPE_SETTINGS)).toEqual([]);
  });

  it('lays a partial document over the defaults', () => {
    const s = resolveDedupeSettings({ thresholds: { likely: 0.99 }, weights: { company: 0.5 } });
    expect(s.thresholds).toEqual({ ...DEFAULT_DEDUPE_SETTINGS.thresholds, likely: 0.99 });
    expect(s.weights).toEqual({ company: 0.5 });
    expect(s.comparisons).toBe(DEFAULT_DEDUPE_SETTINGS.comparisons);
  });

  const comparison = (levels: ComparisonDef['levels'], feature: ComparisonDef['feature'] = 'name'): ComparisonDef => ({ id: 'x', feature, levels });
  it.each<[string, Parameters<typeof resolveDedupeSettings>[0], string[]]>([
    ['unknown matcher', { comparisons: [comparison([{ id: 'm', when: 'missing', weight: 0 }, { id: 'a', when: 'name-metaphone3', weight: 1 }, { id: 'e', when: 'else', weight: 0 }])] }, ['dedupe.settings.unknownMatcher']],
    ['matcher for another feature', { comparisons: [comparison([{ id: 'm', when: 'missing', weight: 0 }, { id: 'a', when: 'email-exact', weight: 1 }, { id: 'e', when: 'else', weight: 0 }])] }, ['dedupe.settings.matcherFeature']],
    ['no missing level first', { comparisons: [comparison([{ id: 'a', when: 'name-exact', weight: 1 }, { id: 'e', when: 'else', weight: 0 }])] }, ['dedupe.settings.missingFirst']],
    ['no else level last', { comparisons: [comparison([{ id: 'm', when: 'missing', weight: 0 }, { id: 'a', when: 'name-exact', weight: 1 }])] }, ['dedupe.settings.elseLast']],
    ['threshold missing', { comparisons: [comparison([{ id: 'm', when: 'missing', weight: 0 }, { id: 's', when: 'name-similar', weight: 1 }, { id: 'e', when: 'else', weight: 0 }])] }, ['dedupe.settings.threshold']],
    ['unknown feature', { comparisons: [comparison([{ id: 'm', when: 'missing', weight: 0 }], 'shoeSize' as never)] }, ['dedupe.settings.unknownFeature']],
    ['review above likely', { thresholds: { likely: 0.5, review: 0.9 } }, ['dedupe.settings.thresholds']],
    ['"different" threshold outside 0–1', { thresholds: { differ: 40 } }, ['dedupe.settings.unit']],
    ['"apart" threshold outside 0–1', { thresholds: { apart: -0.1 } }, ['dedupe.settings.unit']],
    ['unknown keyer', { blocking: { keys: ['phone', 'metaphone'] } }, ['dedupe.settings.unknownKeyer']],
    ['block size too small', { blocking: { maxBlockSize: 1 } }, ['dedupe.settings.count']],
    ['unknown survivor rule', { survivor: ['most-complete', 'richest' as never] }, ['dedupe.settings.unknownSurvivorRule']],
    ['unknown owner rule (撞单)', { ownerRule: 'whoever-shouts' as never }, ['dedupe.settings.unknownOwnerRule']],
    ['weight for an unknown comparison', { weights: { shoeSize: 2 } }, ['dedupe.settings.unknownComparison']],
  ])('reports %s', (_why, input, expected) => {
    expect(codes(resolveDedupeSettings(input))).toEqual(expected);
  });

  it('says what to use instead, in both languages', () => {
    const [p] = validateDedupeSettings(resolveDedupeSettings({ blocking: { keys: ['metaphone'] } }));
    expect(t('en', p.code, p.params)).toMatch(/^dedupe\.blocking\.keys\[0\]: the duplicate blocking key "metaphone" is unknown\. Use one of: phone, email, /);
    expect(t('zh-CN', p.code, p.params)).toMatch(/^dedupe\.blocking\.keys\[0\]：查重分块键“metaphone”未知。可用：phone, email, /);
  });
});
