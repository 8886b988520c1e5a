/**
 * amount.currency and phone.defaultRegion take codes that exist (ISO 4217; the regions phone numbers
 * are read for), not any three or two capitals: RMB left every ¥ amount as text and UK made every
 * valid British mobile invalid, without a word. A code that is none is refused, naming the one meant.
 */
import { resolveSettings } from '../../../shared/settings/resolve';
import { t } from '../../../shared/i18n';
import { planOf } from '../plan/helpers';

function refusal(input: object) {
  const r = resolveSettings(input);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  expect(r.errors).toHaveLength(1);
  const [e] = r.errors;
  return { code: e.code, params: e.params, en: t('en', e.code, e.params), zh: t('zh-CN', e.code, e.params) };
}

describe('the currency of the amounts (amount.currency)', () => {
  it('RMB, as Chinese teams write the yuan, is refused, naming CNY', () => {
    const e = refusal({ amount: { currency: 'RMB' } });
    expect(e).toMatchObject({ code: 'settings.currencyGuess', params: { path: 'amount.currency', found: 'RMB', codes: 'CNY' } });
    expect(e.en).toBe('Settings: "amount.currency" is "RMB", which is no currency code: CNY is probably meant. Write the three capital letters ISO 4217 gives the currency (CNY for the yuan, not RMB; GBP for the pound).');
    expect(e.zh).toBe('设置项“amount.currency”的值“RMB”不是货币代码，可能是指 CNY。请填写 ISO 4217 的三位大写字母（人民币是 CNY，不是 RMB；英镑是 GBP）。');
  });

  it.each([
    ['rmb', 'CNY'], ['usd', 'USD'], ['UK', 'GBP'], ['US', 'USD'], ['China', 'CNY'], ['人民币', 'CNY'], ['英镑', 'GBP'], ['NTD', 'TWD'],
    ['Germany', 'EUR'], ['HK', 'HKD'], ['¥', 'CNY or JPY'],
  ])('%j is refused, naming %s', (found, codes) => {
    expect(refusal({ amount: { currency: found } }).params).toMatchObject({ found, codes });
  });

  it('a code that names nothing is refused with examples to copy', () => {
    const e = refusal({ amount: { currency: 'XYZ' } });
    expect(e.code).toBe('settings.currency');
    expect(e.en).toContain('such as CNY (the yuan; RMB is no code), USD, HKD, GBP or EUR');
    expect(e.zh).toContain('例如 CNY（人民币，RMB 不是代码）、USD、HKD、GBP、EUR');
  });

  it.each(['CNY', 'USD', 'GBP', 'HKD', 'SEK', 'AED'])('%s, an ISO 4217 code, is taken', (currency) => {
    const r = resolveSettings({ amount: { currency } });
    expect(r.ok && r.settings.amount.currency).toBe(currency);
  });

  it('CNY reads ¥ amounts as numbers: what a user writing RMB wanted', () => {
    const plan = planOf([['客户名称', '成交金额'], ['华东精工有限公司', '¥12,800'], ['宏达化工有限公司', '¥3,500']], { amount: { currency: 'CNY' } });
    // Numbers that keep the ¥ they were typed with in their format (currency-format.ts).
    expect(plan.edits.map((e) => e.after)).toEqual([{ kind: 'number', value: 12800, format: '"¥"#,##0' }, { kind: 'number', value: 3500, format: '"¥"#,##0' }]);
  });
});

describe('the region of numbers written without a country code (phone.defaultRegion)', () => {
  it('UK is refused, naming GB', () => {
    const e = refusal({ phone: { defaultRegion: 'UK' } });
    expect(e).toMatchObject({ code: 'settings.regionGuess', params: { path: 'phone.defaultRegion', found: 'UK', codes: 'GB' } });
    expect(e.en).toBe('Settings: "phone.defaultRegion" is "UK", which is no region phone numbers can be read for: GB is probably meant. Write the two capital letters ISO 3166-1 gives the country (GB for the United Kingdom, not UK; CN for China).');
    expect(e.zh).toBe('设置项“phone.defaultRegion”的值“UK”不是可用于读取电话号码的地区代码，可能是指 GB。请填写 ISO 3166-1 的两位大写字母（英国是 GB，不是 UK；中国是 CN）。');
  });

  it.each([
    ['cn', 'CN'], ['us', 'US'], ['China', 'CN'], ['中国', 'CN'], ['英国', 'GB'], ['USA', 'US'], ['England', 'GB'], ['zh-CN', 'CN'], ['en_GB', 'GB'],
    ['GBP', 'GB'], ['CNY', 'CN'], ['Hong Kong', 'HK'],
  ])('%j is refused, naming %s', (found, codes) => {
    expect(refusal({ phone: { defaultRegion: found } }).params).toMatchObject({ found, codes });
  });

  it('EN, a language, is refused, naming both regions it may mean', () => {
    const e = refusal({ phone: { defaultRegion: 'EN' } });
    expect(e.en).toContain('GB or US is probably meant');
    expect(e.zh).toContain('可能是指 GB 或 US');
  });

  it('a code of no region is refused with examples to copy', () => {
    const e = refusal({ phone: { defaultRegion: 'XX' } });
    expect(e.code).toBe('settings.region');
    expect(e.en).toContain('such as CN, US, GB (the United Kingdom; UK is no code), HK or TW');
  });

  it.each(['CN', 'GB', 'US', 'HK', 'TW', 'XK'])('%s, a region numbers are read for, is taken', (defaultRegion) => {
    const r = resolveSettings({ phone: { defaultRegion } });
    expect(r.ok && r.settings.phone.defaultRegion).toBe(defaultRegion);
  });

  it('GB reads British mobiles as valid numbers: what a user writing UK wanted', () => {
    const plan = planOf([['Name', 'Mobile'], ['Oliver Smith', '07911 123456'], ['Amelia Jones', '07825 123456'], ['Harry Brown', '020 7946 0018']], { phone: { defaultRegion: 'GB' } });
    expect(plan.issues.filter((i) => i.code === 'phone.invalid')).toEqual([]);
  });
});

describe('both codes wrong in one file', () => {
  it('are both said in one run, the region first as the file reads', () => {
    const r = resolveSettings({ phone: { defaultRegion: 'UK' }, amount: { currency: 'RMB' } });
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.params?.path])).toEqual([['settings.regionGuess', 'phone.defaultRegion'], ['settings.currencyGuess', 'amount.currency']]);
  });

  it('a number where a code goes is still the schema\'s mistake, said once', () => {
    const r = resolveSettings({ amount: { currency: 156 } });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['settings.invalid']);
  });
});
