import { cleanCell } from '../../../shared/normalize';
import type { Cell } from '../../../shared/table/cell';
import { toHalfWidthAlnum, toHalfWidthAlnumParens } from '../../../shared/text/fold';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('cleanText (text, multiline, enum)', () => {
  it.each([
    ['title', '  销售　总监 ', '销售 总监', 'ideographic space, trimmed'],
    ['title', 'ＣＥＯ', 'CEO', 'full-width letters'],
    ['notes', '客户说：下周（周三）再联系。', '客户说：下周（周三）再联系。', 'Chinese punctuation is correct typography'],
    ['notes', '第一行  \r\n\r\n\r\n  第二行\t\t尾', '第一行\n\n第二行 尾', 'multiline keeps line breaks'],
    ['tags', 'VIP\n老客户', 'VIP 老客户', 'single-line text joins lines'],
    ['gender', ' 男 ', '男', 'enum values trimmed'],
    ['wechat', 'ｗｘｉｄ＿ａｂｃ', 'wxid＿abc', 'free text: only letters and digits fold, not ＿'],
  ] as const)('%s %j → %j (%s)', (field, raw, expected, _why) => {
    expect(cleanCell(text(raw), ctxFor(field)).cell).toEqual(text(expected));
  });
  it.each([
    ['500 Pine St  Seattle WA 98101  US', '500 Pine St  Seattle WA 98101  US', "Mailchimp's two spaces between street, city, state, ZIP and country are its structure"],
    ['  12 High Street  London  EC1A 1BB  GB ', '12 High Street  London  EC1A 1BB  GB', 'trimmed at the ends only'],
    ['深圳市\t南山区\u3000科技园', '深圳市 南山区 科技园', 'a tab or an ideographic space is still one space'],
    ['１２号  Ａ座', '12号  A座', 'full-width letters and digits fold, the run stays'],
  ] as const)('address %j → %j (%s)', (raw, expected, _why) => {
    expect(cleanCell(text(raw), ctxFor('address')).cell).toEqual(text(expected));
  });
  it('reports fix.text', () => {
    expect(cleanCell(text(' a '), ctxFor('title')).reason).toBe('fix.text');
  });
});

describe('toHalfWidthAlnum / toHalfWidthAlnumParens', () => {
  it.each([
    ['ＡＢＣ１２３ａｂｃ', 'ABC123abc'],
    ['你好，世界。（注）', '你好，世界。（注）'],
    ['Ｖ\u3000Ｉ\u3000Ｐ', 'V I P'],
    ['＠＃％', '＠＃％'],
  ])('toHalfWidthAlnum(%j) = %j', (raw, expected) => {
    expect(toHalfWidthAlnum(raw)).toBe(expected);
  });
  it('folds only brackets on top of that', () => {
    expect(toHalfWidthAlnumParens('星辰（集团）：ＡＢＣ')).toBe('星辰(集团)：ABC');
  });
});
