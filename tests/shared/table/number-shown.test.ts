/**
 * The text a number typed into a text column shows under its format code, read as Excel reads the
 * code stored in styles.xml: escaped characters (`\-`, `\,`) and quoted text shown as written.
 */
import { numberShown } from '../../../shared';

describe('numberShown', () => {
  it.each([
    [80, '000000', '000080'],
    [100011234, '00000\\-0000', '10001-1234'],
    [21391234, '00000\\-0000', '02139-1234'],
    [9876543210, '"+91 "0', '+91 9876543210'],
    [560001, '000\\ 000', '560 001'],
    [1234567890, '00000\\-0000', '123456-7890'],
    // A literal per-cent sign: 15 is shown 15%, not multiplied as under 0%.
    [15, '0\\%', '15%'],
  ])('%d under %s shows %s', (value, format, shown) => {
    expect(numberShown(value, format)).toBe(shown);
  });

  it.each([
    [1850000, '[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0'],
    [15, '0%'],
    [1200, '#,##0\\ "元"'],
    [12.5, '00000\\-0000'],
  ])('%d under %s is not guessed at', (value, format) => {
    expect(numberShown(value, format)).toBeNull();
  });
});
