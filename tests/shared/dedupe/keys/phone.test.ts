import { phoneKeys } from '../../../../shared/dedupe/keys/phone';

describe('phoneKeys: one E.164 key per number, whatever the format', () => {
  it.each([
    ['13812345678', 'CN', [['+8613812345678', 'mobile']], 'cleaned mobile (fast path)'],
    ['138 1234 5678', 'CN', [['+8613812345678', 'mobile']], 'spaces'],
    ['+86-138-1234-5678', 'CN', [['+8613812345678', 'mobile']], 'country code and dashes'],
    ['１３８１２３４５６７８', 'CN', [['+8613812345678', 'mobile']], 'full-width digits'],
    ['010-12345678', 'CN', [['+861012345678', 'fixed']], 'cleaned landline (fast path)'],
    ['(010) 1234 5678', 'CN', [['+861012345678', 'fixed']], 'area code in brackets'],
    ['010-12345678-801', 'CN', [['+861012345678', 'fixed']], 'extension ignored for the key'],
    ['13812345678 / 13987654321', 'CN', [['+8613812345678', 'mobile'], ['+8613987654321', 'mobile']], 'two numbers in one cell'],
    ['13812345678；13812345678', 'CN', [['+8613812345678', 'mobile']], 'the same number twice counts once'],
    ['310/246-1501', 'US', [['+13102461501', 'other']], 'US number with a slash after the area code'],
    ['310-246-1501', 'US', [['+13102461501', 'other']], 'same number, dashes'],
  ])('%s (%s) → %j (%s)', (text, region, expected) => {
    expect(phoneKeys(text, region).map((k) => [k.e164, k.kind])).toEqual(expected);
  });

  it.each([[''], ['  '], ['12345'], ['无'], ['138123']])('gives no key for %j (blank or invalid never matches)', (text) => {
    expect(phoneKeys(text, 'CN')).toEqual([]);
  });
});
