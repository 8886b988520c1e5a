import { resolveSettings } from '../../../shared/settings/resolve';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { t } from '../../../shared/i18n';

describe('settings', () => {
  it('no settings means the defaults', () => {
    expect(resolveSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('a partial document is merged into the defaults, arrays replaced whole', () => {
    const r = resolveSettings({ phone: { format: 'e164' }, validation: { requiredFields: ['mobile', 'owner'] } });
    expect(r.ok && r.settings.phone).toEqual({ defaultRegion: 'CN', format: 'e164' });
    expect(r.ok && r.settings.validation).toEqual({ disabledRules: [], requiredFields: ['mobile', 'owner'] });
  });

  it('names a check to switch off by its rule id, the code its issues show, or a cleaner\'s code; a typo is an error', () => {
    expect(resolveSettings({ validation: { disabledRules: ['birthday.future', 'rule.dateInFuture', 'phone.invalid', 'required', 'cell.error', 'birthday.standIn'] } }).ok).toBe(true);
    const r = resolveSettings({ validation: { disabledRules: ['birthday.future', 'birthday.futrue'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'settings.unknownRule', params: expect.objectContaining({ path: 'validation.disabledRules[1]', id: 'birthday.futrue' }) })]);
    expect(t('zh-CN', r.errors[0].code, r.errors[0].params)).toContain('validation.disabledRules[1] 处的“birthday.futrue”不是可以关闭的检查');
  });

  it('does not share objects with the defaults', () => {
    const r = resolveSettings({});
    if (!r.ok) throw new Error('expected ok');
    r.settings.validation.disabledRules.push('birthday.age');
    expect(DEFAULT_SETTINGS.validation.disabledRules).toEqual([]);
  });

  it('leaves requiredFields unset unless the user writes it: the default name is required softly (a row reached by e-mail is a warning)', () => {
    const r = resolveSettings({ validation: { disabledRules: ['birthday.age'] } });
    expect(r.ok && r.settings.validation).toEqual({ disabledRules: ['birthday.age'] });
    const named = resolveSettings({ validation: { requiredFields: ['name'] } });
    expect(named.ok && named.settings.validation.requiredFields).toEqual(['name']);
  });

  it.each([
    [{ phone: { format: 'pretty' } }, 'phone.format', 'an unknown enum value'],
    [{ phone: { defaultRegion: 'china' } }, 'phone.defaultRegion', 'not an ISO region code'],
    [{ headers: { row: 0 } }, 'headers.row', 'rows start at 1'],
    [{ headers: { overrides: { 手机号: 'cellphone' } } }, 'headers.overrides.手机号', 'not a field id'],
    [{ validation: { requiredFields: 'name' } }, 'validation.requiredFields', 'a string where a list is expected'],
    [{ lanugage: 'en' }, 'lanugage', 'a misspelt key is an error, not silently ignored'],
    [[], '(root)', 'not an object'],
  ])('rejects %j at %s (%s)', (input, path, _why) => {
    const r = resolveSettings(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.params?.path)).toContain(path);
  });

  it('explains an error in both languages, naming the setting and what it must be', () => {
    const r = resolveSettings({ phone: { format: 'pretty' } });
    if (r.ok) throw new Error('expected an error');
    const [e] = r.errors;
    expect(t('en', e.code, e.params)).toBe('Settings: "phone.format" is "pretty", but it must be one of "national", "international", "e164". Correct it in the settings (or the --config file) and run again.');
    expect(t('zh-CN', e.code, e.params)).toContain('设置项“phone.format”');
  });

  it.each<[string, unknown, string, string]>([
    ['an object where text goes', { phone: { format: { style: 'e164' } } }, 'text in double quotes', '应为双引号里的文字'],
    ['text where a list goes', { validation: { disabledRules: 'birthday.future' } }, 'a list in square brackets', '应为方括号里的列表'],
    ['a region in lower case', { phone: { defaultRegion: 'cn' } }, 'CN is probably meant', '可能是指 CN'],
    ['an enum', { phone: { format: 'pretty' } }, 'one of "national"', '应为以下之一："national"、"international"'],
  ])('says what a setting must be in the reader\'s words, not the schema\'s: %s', (_why, input, en, zh) => {
    const r = resolveSettings(input);
    if (r.ok) throw new Error('expected an error');
    const [e] = r.errors;
    expect(t('en', e.code, e.params)).toContain(en);
    expect(t('zh-CN', e.code, e.params)).toContain(zh);
    expect(t('zh-CN', e.code, e.params)).not.toMatch(/应为 ?(object|string|array|number)/);
  });
});
