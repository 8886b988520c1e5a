/**
 * A mistake in a settings file's dedupe part is named where it is (docs/settings.md: "Nothing is
 * ignored silently", every error says the setting): a cap naming a comparison that does not exist
 * is refused, not left to cap nothing; each error names its setting's path, in zh-CN and en.
 */
import { resolveSettings } from '../../../shared/settings/resolve';
import { t } from '../../../shared/i18n';

function errorsOf(input: object) {
  const r = resolveSettings(input);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return r.errors.map((e) => ({ code: e.code, path: e.params?.path, en: t('en', e.code, e.params), zh: t('zh-CN', e.code, e.params) }));
}

describe('dedupe.caps naming a comparison that does not exist', () => {
  it('is refused, naming the cap\'s place and the comparisons there are', () => {
    // A team that wants the phone and e-mail together to count at most 9 bits, writing "phone" for mobile.
    const [e, ...rest] = errorsOf({ dedupe: { caps: [{ id: 'contact', comparisons: ['mobile', 'phone'], max: 9 }] } });
    expect(rest).toEqual([]);
    expect(e.code).toBe('dedupe.settings.unknownComparison');
    expect(e.path).toBe('dedupe.caps[0].comparisons[1]');
    expect(e.en).toMatch(/^dedupe\.caps\[0\]\.comparisons\[1\] names the duplicate comparison "phone", which does not exist\. Known comparisons: .*mobile/);
    expect(e.zh).toMatch(/^dedupe\.caps\[0\]\.comparisons\[1\] 引用了不存在的查重比较“phone”。已有的比较：.*mobile/);
  });

  it('is taken when it names the comparisons there are', () => {
    expect(resolveSettings({ dedupe: { caps: [{ id: 'workplace', comparisons: ['company', 'address', 'landline'], max: 6 }] } }).ok).toBe(true);
  });
});

describe('dedupe errors name their setting', () => {
  it.each<[string, object, string, string, string]>([
    ['an owner rule misspelt', { dedupe: { ownerRule: 'firsttouch' } }, 'dedupe.ownerRule', 'dedupe.ownerRule: the owner rule "firsttouch" is unknown', 'dedupe.ownerRule：撞单归属规则“firsttouch”未知'],
    ['a blocking key misspelt', { dedupe: { blocking: { keys: ['phone', 'mobile'] } } }, 'dedupe.blocking.keys[1]', 'dedupe.blocking.keys[1]: the duplicate blocking key "mobile" is unknown', 'dedupe.blocking.keys[1]：查重分块键“mobile”未知'],
    ['a field kept apart by its header', { dedupe: { keepApartBy: ['品牌'] } }, 'dedupe.keepApartBy[0]', 'dedupe.keepApartBy[0] names the field "品牌", which is unknown', 'dedupe.keepApartBy[0] 中的字段“品牌”未知'],
    ['a weight of no comparison', { dedupe: { weights: { phone: 2 } } }, 'dedupe.weights.phone', 'dedupe.weights.phone names the duplicate comparison "phone"', 'dedupe.weights.phone 引用了不存在的查重比较“phone”'],
    ['a survivor rule misspelt', { dedupe: { survivor: ['most-complete', 'newest'] } }, 'dedupe.survivor[1]', 'dedupe.survivor[1]: the survivor rule "newest" is unknown', 'dedupe.survivor[1]：保留行规则“newest”未知'],
    ['thresholds crossed', { dedupe: { thresholds: { likely: 0.5, review: 0.9 } } }, 'dedupe.thresholds', 'The duplicate-finding thresholds (dedupe.thresholds) are invalid', '查重阈值（dedupe.thresholds）无效'],
  ])('%s', (_why, input, path, en, zh) => {
    const [e] = errorsOf(input);
    expect(e.path).toBe(path);
    expect(e.en).toContain(en);
    expect(e.zh).toContain(zh);
  });
});

describe('validation.disabledRules with a check that does not exist', () => {
  it('lists every id it takes, birthday.standIn (the filler birthday 1990-01-01 ×12) among them', () => {
    expect(resolveSettings({ validation: { disabledRules: ['birthday.standIn'] } }).ok).toBe(true);
    const [e] = errorsOf({ validation: { disabledRules: ['birthday.standin'] } });
    expect(e.en).toContain('birthday.standIn');
    expect(e.zh).toContain('birthday.standIn');
  });
});

describe('a VIP rule with no limit ({ "preset": "vipByRule" })', () => {
  it('says to set minAmount or minRfmTotal, or to remove the rule for the default, not to "correct the value" of a key not written', () => {
    const [e, ...rest] = errorsOf({ classify: { vip: { preset: 'vipByRule' } } });
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'classify.settings.vipRuleEmpty', path: 'classify.vip' });
    expect(e.en).toBe('Preset "vipByRule" at classify.vip names no limit a VIP must reach: set minAmount (an amount, such as 500000), minRfmTotal (an RFM total from 3 to 15) or both; or remove classify.vip to use the default VIP rule.');
    expect(e.zh).toBe('classify.vip 处的预设“vipByRule”没有设定成为 VIP 的门槛：请设置 minAmount（金额，如 500000）、minRfmTotal（3 到 15 的 RFM 总分）或两者；或删除 classify.vip，使用默认的 VIP 规则。');
  });
});
