import { hasTooManyDigits, isExponentText, isScientificFormat, looksRoundedPhone } from '../../../shared/normalize/lost-digits';

describe('lost digits', () => {
  it.each([
    ['1.38E+10', true], ['1.10101e17', true], ['-2E-3', true], ['13812345678', false], ['E+10', false], ['1.38E+10 ', false],
  ])('isExponentText(%j) = %s', (s, b) => {
    expect(isExponentText(s)).toBe(b);
  });
  it.each([
    ['0.00E+00', true], ['##0.0E+0', true], ['0', false], ['"E+"0', false], [undefined, false],
  ])('isScientificFormat(%j) = %s', (f, b) => {
    expect(isScientificFormat(f)).toBe(b);
  });
  it.each([
    [13800000000, undefined, true, '1.38E+10 as a number'],
    [13812345678, undefined, false, 'a whole mobile'],
    [13812345678, '0.00E+00', true, 'shown in exponent form'],
    [100000, undefined, false, 'too short to be a rounded phone'],
    [2188880000, undefined, false, 'six significant digits'],
  ])('looksRoundedPhone(%d, %j) = %s (%s)', (n, f, b, _why) => {
    expect(looksRoundedPhone(n, f)).toBe(b);
  });
  it.each([[999999999999999, false], [1e15, true], [110101199003071230, true], [-1e16, true], [12.5, false]])('hasTooManyDigits(%d) = %s', (n, b) => {
    expect(hasTooManyDigits(n)).toBe(b);
  });
});
