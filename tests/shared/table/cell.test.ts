import { cellText, numberText } from '../../../shared';

describe('numberText: a number as the digits a spreadsheet shows', () => {
  it.each([
    [13812345678, '13812345678', 'a mobile stored as a number, never 1.38E+10'],
    [6222021234567890, '6222021234567890', 'a 16-digit card number below 2^53 is held exactly'],
    [110105199003071000, '110105199003071000', 'an 18-digit ID above 2^53: Excel shows 15 digits, not the double\'s tail …071008'],
    [123456789012345680, '123456789012346000', '15 significant digits, rounded as Excel shows them'],
    [-110105199003071000, '-110105199003071000', 'the sign stays'],
    [2 ** 53, '9007199254740990', 'from 2^53 on, only 15 digits of the double are what the user saw'],
    [0.15, '0.15', 'decimals as typed'],
    [1e-7, '0.0000001', 'a tiny number without exponent'],
  ])('%d → %s (%s)', (n, expected) => {
    expect(numberText(n)).toBe(expected);
    expect(cellText({ kind: 'number', value: n })).toBe(expected);
  });
});
