/**
 * Every lost-digits message quotes the number as the user sees it in the cell, and can find there:
 * an 18-digit 身份证号 typed as a number shows as 4.40306E+17 under General, so the message says
 * 4.40306E+17, not the 440306199001011000 the cell holds (digits the user never saw, which read as a
 * real ID number). The phone message already did (1.38E+10); the ID, WeChat and VIN ones now agree.
 * Under a format of zeros (0) Excel shows the digits it kept, zeros after them: that is quoted.
 */
import { cleanCell } from '../../../shared/normalize';
import { exponentShown, lostDigitsShown } from '../../../shared/normalize/lost-digits';
import type { FieldId } from '../../../shared/schema/fields';
import type { Cell } from '../../../shared/table/cell';
import { t } from '../../../shared/i18n';
import { ctxFor } from './context';

const num = (value: number, format?: string): Cell => (format === undefined ? { kind: 'number', value } : { kind: 'number', value, format });
const text = (value: string): Cell => ({ kind: 'text', value });

const quoted = (cell: Cell, field: FieldId): unknown => cleanCell(cell, ctxFor(field)).findings.find((f) => f.code.endsWith('precisionLost'))?.params?.value;

describe('the value a lost-digits message quotes', () => {
  it.each<[Cell, FieldId, string, string]>([
    [num(440306199001011234), 'idCard', '4.40306E+17', '赵磊\'s 身份证号 typed as a number under General'],
    [num(110101198505051230), 'idCard', '1.10101E+17', 'a Beijing ID number, General'],
    [num(440306199001011234, '0'), 'idCard', '440306199001011000', 'under 0 Excel shows the 15 digits it kept, zeros after'],
    [num(440306199001011234, '0.00E+00'), 'idCard', '4.40E+17', 'under its own scientific format'],
    [num(914403007084611368, 'General'), 'uscc', '9.14403E+17', 'a credit code of digits typed as a number'],
    [num(6222021234567890123), 'customerId', '6.22202E+18', 'a bank card number kept in the 客户编号 column'],
    [text('4.40306E+17'), 'idCard', '4.40306E+17', 'exponent text from a CSV, quoted as typed'],
    [num(13900000000), 'wechat', '1.39E+10', '陈静\'s 微信 is her mobile, typed as a number and rounded'],
    [num(13900000000, '0.00E+00'), 'wechat', '1.39E+10', 'the same under a scientific format'],
    [text('1.39E+10'), 'wechat', '1.39E+10', 'exponent text from a CSV'],
    [num(13800000000), 'mobile', '1.38E+10', 'a mobile, as before'],
    [num(12345678901234567), 'vin', '1.23457E+16', 'a VIN of digits typed as a number'],
  ])('%j in %s: "%s" (%s)', (cell, field, shown) => {
    expect(quoted(cell, field)).toBe(shown);
  });

  it('says it in Chinese and English as the user sees it', () => {
    const value = quoted(num(440306199001011234), 'idCard') as string;
    expect(t('zh-CN', 'id.precisionLost', { value })).toBe('“4.40306E+17”被表格存成数字后丢失了末尾几位，无法恢复：请按原始资料以文本格式重新输入。');
    expect(t('en', 'id.precisionLost', { value })).toBe('"4.40306E+17" lost its last digits when the sheet stored it as a number: type it again from the source, as text.');
  });

  it('is exponentShown but under a format of zeros', () => {
    expect(lostDigitsShown(13800000000)).toBe(exponentShown(13800000000));
    expect(lostDigitsShown(13800000000, '0')).toBe('13800000000');
    expect(lostDigitsShown(440306199001011234, '000000000000000000')).toBe('440306199001011000');
  });
});
