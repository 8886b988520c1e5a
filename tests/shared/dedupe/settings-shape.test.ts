import { resolveSettings } from '../../../shared/settings/resolve';
import { t } from '../../../shared/i18n';

/** The errors of a settings document, rendered in English. */
function errorsOf(settings: unknown, lang: 'en' | 'zh-CN' = 'en'): string[] {
  const r = resolveSettings(settings);
  return r.ok ? [] : r.errors.map((e) => t(lang, e.code, e.params));
}

describe('dedupe settings: the shape a user wrote is checked before it meets the defaults', () => {
  it.each<[string, unknown, unknown[]]>([
    [
      'misspelt keys at the top, each once, with the keys that exist',
      { dedupe: { threshold: { likely: 0.5 }, tresholds: { review: 0.1 } } },
      [
        'Unknown setting "threshold" at dedupe.threshold. Check the spelling or remove it (known: thresholds, prior, weights, comparisons, caps, blocking, maxGroupSize, minAgreement, survivor, ownerRule, keepApartBy).',
        'Unknown setting "tresholds" at dedupe.tresholds. Check the spelling or remove it (known: thresholds, prior, weights, comparisons, caps, blocking, maxGroupSize, minAgreement, survivor, ownerRule, keepApartBy).',
      ],
    ],
    [
      'a misspelt threshold',
      { dedupe: { thresholds: { likley: 0.9 } } },
      ['Unknown setting "likley" at dedupe.thresholds.likley. Check the spelling or remove it (known: likely, review, differ, apart).'],
    ],
    [
      'a misspelt blocking setting',
      { dedupe: { blocking: { maxBlocksize: 10 } } },
      ['Unknown setting "maxBlocksize" at dedupe.blocking.maxBlocksize. Check the spelling or remove it (known: keys, maxBlockSize, maxBlockSizeFor).'],
    ],
    [
      'one survivor rule without brackets: one message, not one per letter',
      { dedupe: { survivor: 'most-recent' } },
      ['In the duplicate-finding settings (dedupe), survivor is "most-recent", but it must be a list in square brackets, such as ["most-recent"].'],
    ],
    [
      'a threshold in quotes: a number is expected',
      { dedupe: { thresholds: { likely: '0.9' } } },
      ['In the duplicate-finding settings (dedupe), thresholds.likely is "0.9", which is not a number. Write the number without quotes, such as 0.9.'],
    ],
    [
      'a group size in quotes',
      { dedupe: { maxGroupSize: '二十' } },
      ['In the duplicate-finding settings (dedupe), maxGroupSize is "二十", which is not a number. Write the number without quotes, such as 20.'],
    ],
    [
      'a weight in quotes',
      { dedupe: { weights: { company: '0.5' } } },
      ['In the duplicate-finding settings (dedupe), weights.company is "0.5", which is not a number. Write the number without quotes, such as 0.5.'],
    ],
    [
      'one blocking key without brackets',
      { dedupe: { blocking: { keys: 'phone' } } },
      ['In the duplicate-finding settings (dedupe), blocking.keys is "phone", but it must be a list in square brackets, such as ["phone"].'],
    ],
    [
      'thresholds as one number',
      { dedupe: { thresholds: 0.9 } },
      ['In the duplicate-finding settings (dedupe), thresholds is 0.9, but it must be an object in braces, such as {"likely": 0.95, "review": 0.6}.'],
    ],
    [
      'comparison levels as a number (no crash)',
      { dedupe: { comparisons: [{ id: 'x', feature: 'name', levels: 5 }] } },
      ['In the duplicate-finding settings (dedupe), comparisons[0].levels is 5, but it must be a list in square brackets, such as [{"id": "missing", "when": "missing", "weight": 0}, …].'],
    ],
    [
      'a misspelt key in a comparison level',
      { dedupe: { comparisons: [{ id: 'x', feature: 'name', levels: [{ id: 'm', when: 'missing', wieght: 0 }] }] } },
      ['Unknown setting "wieght" at dedupe.comparisons[0].levels[0].wieght. Check the spelling or remove it (known: id, when, threshold, weight, reason, equal, strong, veto, doubt, unsure, identity).'],
    ],
    [
      'a wrong shape does not hide the other mistakes of the same document',
      { dedupe: { survivor: 'newest', keepApartBy: ['brand'] } },
      [
        'In the duplicate-finding settings (dedupe), survivor is "newest", but it must be a list in square brackets, such as ["newest"].',
        expect.stringMatching(/^dedupe\.keepApartBy\[0\] names the field "brand", which is unknown\./),
      ],
    ],
  ])('%s', (_why, settings, expected) => {
    expect(errorsOf(settings)).toEqual(expected);
  });

  it('speaks Chinese too', () => {
    expect(errorsOf({ dedupe: { tresholds: {}, survivor: 'most-recent', thresholds: { likely: '0.9' } } }, 'zh-CN')).toEqual([
      'dedupe.tresholds 处有未知设置“tresholds”。请检查拼写或删除它（可用：thresholds, prior, weights, comparisons, caps, blocking, maxGroupSize, minAgreement, survivor, ownerRule, keepApartBy）。',
      '查重设置（dedupe）中的 survivor 为 "most-recent"，但它必须是方括号中的列表，例如 ["most-recent"]。',
      '查重设置（dedupe）中的 thresholds.likely 为 "0.9"，不是数字。请填写不带引号的数字，例如 0.9。',
    ]);
  });

  it.each([
    ['the defaults written out', { dedupe: { thresholds: { likely: 0.95, review: 0.6, differ: 0.4 }, survivor: ['most-complete', 'most-recent'], blocking: { keys: ['phone'], maxBlockSizeFor: { 'name-pinyin': 8 } }, weights: { company: 0.5 } } }],
    ['an empty document', { dedupe: {} }],
  ])('accepts %s', (_why, settings) => {
    expect(resolveSettings(settings).ok).toBe(true);
  });
});
