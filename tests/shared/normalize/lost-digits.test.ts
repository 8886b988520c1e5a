import { DIGITS_LOST_BY_FIELD, exactDigits, hasTooManyDigits, idDigitsLost, isExponentText, looksRoundedPhone, phoneDigitsLost } from '../../../shared/normalize/lost-digits';
import { cleanCell } from '../../../shared/normalize';
import type { FieldId } from '../../../shared/schema/fields';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';
import { issueTitle, t } from '../../../shared/i18n';

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
  it.each<[number, string, boolean, string]>([
    [13812300000, '0.00E+00', true, '1.38123E+10, as Excel\'s General writes a long number to CSV, reopened under 0.00E+00'],
    [13800000000, '0.00E+00', true, 'three digits: flagged under any format'],
    [13812300000, '##0.0E+0', true, 'an engineering format is scientific too'],
    [13812300000, '0.00e+00', true, 'the format in lower case'],
    [13812340000, '0.00E+00', false, 'seven significant digits: no CSV rounded it'],
    [13812345678, '0.00E+00', false, 'every digit there, only shown in exponent form'],
    [13812300000, 'General', false, 'a real number typed with zeros: General is no evidence'],
    [13812300000, '0', false, 'nor is 0'],
    [13812300000, '"E+"0', false, 'E+ written as text in quotes is no exponent'],
    [123400, '0.00E+00', false, 'too short to be a phone'],
  ])('looksRoundedPhone(%d, %j) = %s (%s)', (n, format, b) => {
    expect(looksRoundedPhone(n, format)).toBe(b);
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

/**
 * The duplicate finder reads a cut number as blank by the very test its cleaner flags it by: the run
 * never says a number lost its digits and then compares rows on it, nor the other way round.
 */
describe('a number cut short, as the cleaners flag it and the duplicate finder reads it', () => {
  const text = (value: string): Cell => ({ kind: 'text', value });
  const num = (value: number, format?: string): Cell => (format === undefined ? { kind: 'number', value } : { kind: 'number', value, format });
  const flagged = (cell: Cell, field: FieldId, code: string) => cleanCell(cell, ctxFor(field)).findings.some((f) => f.code === code);

  it.each<[Cell, boolean, string]>([
    [num(13800000000, '0.00E+00'), true, '1.38E+10 in an xlsx'],
    [num(13800000000), true, 'the same under General'],
    [num(13812300000, '0.00E+00'), true, '1.38123E+10 from a CSV, saved as xlsx'],
    [num(13812300000), false, 'six digits under General: taken as typed'],
    [num(13812345678, '0.00E+00'), false, 'every digit there, only shown in exponent form'],
    [text('1.38E+10'), true, 'exponent text from a CSV export'],
    [text('１.３８Ｅ＋１０'), true, 'full-width'],
    [text("'1.38E+10"), true, 'behind the text mark'],
    [text('1.3812345678E+10'), false, 'exponent text holding every digit, read as 13812345678'],
    [text('13800138000'), false, 'a whole mobile'],
    [text('0755-26501234'), false, 'a landline'],
    [text('Ext 801'), false, 'a word with an E'],
  ])('phone %j: lost = %s (%s)', (cell, lost) => {
    expect(phoneDigitsLost(cell)).toBe(lost);
    expect(flagged(cell, 'mobile', 'phone.precisionLost')).toBe(lost);
  });

  it.each<[Cell, FieldId, boolean, string]>([
    [num(440306198001011231), 'idCard', true, 'an ID number kept to 15 digits: 440306198001011000'],
    [text('4.40306E+17'), 'idCard', true, 'an ID number as exponent text'],
    [text('4.40306e17'), 'uscc', true, 'lower case'],
    [text('440306198001011231'), 'idCard', false, 'a whole ID number'],
    [num(6222021234567890123), 'customerId', true, 'a bank card number kept as a number'],
    [num(100234), 'customerId', false, 'a short customer number'],
    [text('KH-E2024'), 'customerId', false, 'a code with an E'],
    [num(123456789), 'qq', false, 'a QQ number'],
  ])('%j in %s: lost = %s (%s)', (cell, field, lost) => {
    expect(idDigitsLost(cell)).toBe(lost);
    expect(flagged(cell, field, 'id.precisionLost')).toBe(lost);
  });

  // A 微信 column holds the phone number the account is found by as often as an ID (wxid_…, chenjing_88):
  // typed as a number, Excel cuts it as it cuts a mobile.
  it.each<[Cell, boolean, string]>([
    [num(13900000000, '0.00E+00'), true, '1.39E+10 in an xlsx'],
    [num(13900000000), true, 'the same under General'],
    [text('1.39E+10'), true, 'exponent text from a CSV export'],
    [num(13912345678), false, 'a whole 11-digit number cell: every digit is there'],
    [num(13912345678, '0.00E+00'), false, 'every digit there, only shown in exponent form'],
    [text('1.3912345678E+10'), false, 'exponent text holding every digit'],
    [text('chenjing_88'), false, 'an ID of letters'],
    [text('wxid_e2x9k1'), false, 'an ID with an e in it'],
  ])('wechat %j: lost = %s (%s)', (cell, lost) => {
    expect(DIGITS_LOST_BY_FIELD.wechat!(cell)).toBe(lost);
    expect(flagged(cell, 'wechat', 'wechat.precisionLost')).toBe(lost);
  });

  it('says a cut WeChat number in Chinese and English, as the phone cleaner says a cut mobile, and leaves the cell', () => {
    const r = cleanCell(num(13900000000, '0.00E+00'), ctxFor('wechat'));
    expect(r.cell).toEqual(num(13900000000, '0.00E+00'));
    expect(r.findings).toEqual([{ code: 'wechat.precisionLost', severity: 'error', params: { value: '1.39E+10' } }]);
    expect(t('zh-CN', 'wechat.precisionLost', { value: '1.39E+10' })).toBe('“1.39E+10”被表格存成数字后丢失了末尾几位，无法恢复：请按原始资料以文本格式重新输入微信号。');
    expect(t('en', 'wechat.precisionLost', { value: '1.39E+10' })).toBe('"1.39E+10" lost its last digits when the sheet stored it as a number: type the WeChat ID again from the source, as text.');
    expect([issueTitle('zh-CN', 'wechat.precisionLost'), issueTitle('en', 'wechat.precisionLost')]).toEqual(['微信号末尾几位已丢失（被显示成科学计数法）', 'WeChat ID lost its last digits (scientific notation)']);
  });

  it('tidies a WeChat ID typed as text as before', () => {
    expect(cleanCell(text('ｗｘｉｄ＿ａｂｃ '), ctxFor('wechat')).cell).toEqual(text('wxid＿abc'));
  });
});
