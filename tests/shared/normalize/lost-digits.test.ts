import { exactDigits, hasTooManyDigits, isExponentText, looksRoundedPhone } from '../../../shared/normalize/lost-digits';

describe('lost digits', () => {
  it.each([
    ['1.38E+10', true], ['1.10101e17', true], ['-2E-3', true], ['13812345678', false], ['E+10', false], ['1.38E+10 ', false],
  ])('isExponentText(%j) = %s', (s, b) => {
    expect(isExponentText(s)).toBe(b);
  });
  it.each([
    [13800000000, true, '1.38E+10 as a number'],
    [13812345678, false, 'a whole mobile, whatever format shows it (0.00E+00)'],
    [100000, false, 'too short to be a rounded phone'],
    [2188880000, false, 'six significant digits'],
  ])('looksRoundedPhone(%d) = %s (%s)', (n, b, _why) => {
    expect(looksRoundedPhone(n)).toBe(b);
  });
  it.each<[string, string | null, string]>([
    ['1.3812345678E+10', '13812345678', 'eleven significant digits for an eleven-digit number'],
    ['13.812345678E+9', '13812345678', 'two digits before the point'],
    ['1.3800138000E+10', '13800138000', 'zeros written out are digits'],
    ['1.38E+10', null, 'three digits of eleven'],
    ['1.38123456789E+10', null, 'a fraction, not a whole number'],
    ['1.5E-3', null, 'a negative exponent'],
  ])('exactDigits(%j) = %j (%s)', (s, digits) => {
    expect(exactDigits(s)).toBe(digits);
  });
  it.each([[999999999999999, false], [1e15, true], [110101199003071230, true], [-1e16, true], [12.5, false]])('hasTooManyDigits(%d) = %s', (n, b) => {
    expect(hasTooManyDigits(n)).toBe(b);
  });
});
