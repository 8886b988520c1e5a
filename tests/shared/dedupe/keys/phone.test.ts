import fc from 'fast-check';
import { phoneKeys, readPhoneKeys } from '../../../../shared/dedupe/keys/phone';

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
    ['6438 1234', 'CN', [['local:64381234', 'fixed']], 'a local number without its area code: the same line when written alike'],
    ['535-0990', 'US', [['local:5350990', 'other']], 'a 7-digit US local number, filed with North American numbers (no mobile/landline kind)'],
  ])('%s (%s) → %j (%s)', (text, region, expected) => {
    expect(phoneKeys(text, region).map((k) => [k.e164, k.kind])).toEqual(expected);
  });

  it.each([
    ['010-64381234', 'local:64381234', 'Beijing: a two-digit area code'],
    ['0755-88880000', 'local:88880000', 'Shenzhen: three digits'],
    ['+86 21 6438 1234', 'local:64381234', 'written internationally, parsed in full'],
    ['(617) 535-0990', 'local:5350990', 'a North American number: its last seven digits'],
  ])('a landline %j also knows its number without the area code (%s)', (text, local) => {
    expect(phoneKeys(text, text.startsWith('(617)') ? 'US' : 'CN')[0].local).toBe(local);
  });

  it.each([['13812345678'], ['400-800-8888']])('a mobile or a service number (%j) has no local form', (text) => {
    expect(phoneKeys(text, 'CN')[0].local).toBeUndefined();
  });

  it.each([[''], ['  '], ['12345'], ['无'], ['138123'], ['8888 8888'], ['1234567'], ['2019-05-01'], ['12345678901']])('gives no key for %j (blank, invalid or made up never matches)', (text) => {
    expect(phoneKeys(text, 'CN')).toEqual([]);
  });
});

describe('phoneKeys: cleaned Chinese numbers are keyed at once, as the full reading keys them', () => {
  // A Chinese sheet's cleaned mobiles and landlines (13812345678, 0532-35581227-191) skip the cache
  // and the general reading: these specs show the answer is the same, key for key.
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
  const landline = fc
    .tuple(digits(2, 3), digits(7, 8), fc.option(digits(1, 6), { nil: undefined }))
    .map(([area, number, ext]) => `0${area}-${number}${ext === undefined ? '' : `-${ext}`}`);
  const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9)).map(([second, rest]) => `1${second}${rest}`);
  // Near misses: other lengths, a trunk 0 missing, a space, a leading 86.
  const nearMiss = fc.oneof(digits(5, 14), fc.stringMatching(/^[0-9 -]{5,18}$/), mobile.map((m) => `86${m}`), landline.map((l) => ` ${l}`));

  it('answers as the full reading for any landline, mobile or near miss, in a Chinese or another sheet', () => {
    fc.assert(
      fc.property(fc.oneof(landline, mobile, nearMiss), fc.constantFrom('CN', 'US', 'GB', 'HK'), (text, region) => {
        expect(phoneKeys(text, region)).toEqual(readPhoneKeys(text, region));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['0532-35581227-191', { e164: '+8653235581227', kind: 'fixed', ext: '191', local: 'local:35581227' }],
    ['010-64381234', { e164: '+861064381234', kind: 'fixed', ext: '', local: 'local:64381234' }],
  ])('a landline in the house form %j keys with its extension and its local form', (text, key) => {
    expect(phoneKeys(text, 'CN')).toEqual([key]);
    expect(readPhoneKeys(text, 'CN')).toEqual([key]);
  });
});
