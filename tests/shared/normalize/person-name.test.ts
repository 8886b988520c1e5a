import { cleanCell } from '../../../shared/normalize';
import { properCaseName, isSingleCase } from '../../../shared/normalize/name-case';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('name');

describe('cleanPersonName', () => {
  it.each([
    ['张 伟', '张伟', 'space between Chinese characters'],
    ['王\u3000芳', '王芳', 'ideographic space'],
    [' 李  娜 ', '李娜', 'several spaces'],
    ['欧阳 娜娜', '欧阳娜娜', 'compound surname'],
    ['买买提 · 艾力', '买买提·艾力', 'middle dot in a Uyghur name'],
    ['田中\u3000太郎', '田中 太郎', 'a Japanese name keeps the space between family and given name'],
    ['山田 はなこ', '山田 はなこ', 'a Japanese name in kana'],
    ['田 中华', '田中华', 'a Chinese surname 田 with a stray space is no Japanese 田中'],
    ['张伟（销售部）', '张伟(销售部)', 'full-width brackets'],
    ['张伟 (销售部)', '张伟(销售部)', 'space before a bracket after Chinese'],
    // A Malaysian or Singaporean customer's Chinese name with its romanised one (tester h75): no error to fix.
    ['陈伟明 (Tan Wei Meng)', '陈伟明 (Tan Wei Meng)', 'a Latin name in brackets after a Chinese one keeps its space'],
    ['林美玲 (Lim Mei Ling) 女士', '林美玲 (Lim Mei Ling) 女士', 'and so does the title after it'],
    ['张伟 (销售部) 经理', '张伟(销售部)经理', 'a Chinese note in brackets still hugs the Chinese around it'],
    ['Ｄａｖｉｄ　Ｌｉ', 'David Li', 'full-width Latin letters'],
    [',张三', '张三', 'stray leading comma'],
    ['张三。', '张三', 'stray full stop'],
    ['-李四-', '李四', 'dashes around'],
    ['JOHN O\'NEILL', "John O'Neill", 'ALL CAPS with O\''],
    ['mary-jane smith', 'Mary-Jane Smith', 'all lower with a hyphen'],
    ['MCDONALD', 'McDonald', 'Mc'],
    ['ANGUS MACDONALD', 'Angus MacDonald', 'Mac'],
    ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven', 'particle stays lower case'],
    ['ZHANG WEI', 'Zhang Wei', 'pinyin in capitals'],
    ['john smith jr.', 'John Smith Jr.', 'suffix with its full stop'],
    ['HENRY VIII', 'Henry VIII', 'roman numeral'],
    ['ИВАН ПЕТРОВ', 'ИВАН ПЕТРОВ', 'Cyrillic capitals: no Latin letter, left alone'],
    ['JOHN SMITH (VIP)', 'John Smith (VIP)', 'a bracketed note keeps its capitals'],
    ['张三（VIP）', '张三(VIP)', 'next to Chinese, capitals are an acronym'],
    ['孙 总', '孙总', 'a surname and a one-character title are one form of address'],
    ['王 老师', '王老师', 'so are a lone surname and a title'],
    ['欧阳 经理', '欧阳经理', 'a compound surname and a title'],
    ['王伟  总经理', '王伟 总经理', 'a whole name and the title typed after it stay two words (王伟总经理 would read as a five-character name)'],
    ['总监 李娜', '总监 李娜', 'and a title typed before a whole name'],
    // 企业微信's 备注名 writes a name and its company, city or note (tester h64's wecom_customers.csv):
    // joined, 张伟美的 reads as a four-character name nobody has.
    ['张伟  美的', '张伟 美的', 'a whole name and his company stay two words'],
    ['Lily 深圳  跨境', 'Lily 深圳 跨境', 'a city and a note after an English name'],
    ['王小明 华为采购', '王小明 华为采购', 'a three-character name and a note'],
    ['张 伟 美的', '张伟 美的', 'a space typed inside the name goes, the one before the company stays'],
    ['欧阳 娜娜 腾讯', '欧阳娜娜 腾讯', 'a compound surname joins its given name'],
    ['李 小龙', '李小龙', 'a lone surname joins its given name'],
  ])('%j → %j (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(text(expected));
    if (raw !== expected) expect(r.reason).toMatch(/^fix\.(name|spaces)$/);
  });

  it.each([
    ['McDonald', 'mixed case is the writer\u2019s choice'],
    ['van der Berg', 'mixed'],
    ['DeShawn', 'mixed'],
    ['张先生', 'a title carries meaning'],
    ['Dr. Li Wei', 'so does Dr.'],
    ['David Li 李大伟', 'Latin and Chinese together keep their space'],
    ['张伟 美的', '企业微信\'s 备注名: a name, then his company (h64)'],
    ['Lily 深圳 跨境', 'a name, a city and a note'],
    ['张伟 DAVID', 'no case change next to Chinese characters'],
    ['(张)', 'brackets at both ends are not strays'],
    ['Machado', 'already proper'],
    ['#1001', 'an order number under a name header (Shopify\'s Name): its # is no stray, and 1001 would pass for another number'],
    ['# 1002', 'the same, spaced'],
  ])('%j stays the very same cell (%s)', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['王芳【VIP】', 'a tag in lenticular brackets after the name'],
    ['李娜〔介绍〕', 'tortoise-shell brackets: who introduced her'],
    ['〈陈静〉', 'angle brackets around the whole name'],
    ["'Bob' Smith", 'a nickname in quotes'],
    ['‘小王’', 'curly single quotes'],
  ])('%j keeps both sides of its brackets (%s)', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctx).cell).toBe(cell);
  });

  it.each([
    ['张三(', '张三', 'an opening bracket at the end, its partner nowhere'],
    ['】张三', '张三', 'a closing one at the start, alone'],
  ])('%j → %j: a bracket without its partner is still a stray (%s)', (raw, expected) => {
    expect(cleanCell(text(raw), ctx).cell).toEqual(text(expected));
  });

  it('never empties a cell that is only punctuation', () => {
    const cell = text('——');
    expect(cleanCell(cell, ctx).cell).toBe(cell);
    expect(cleanCell(text(' ？ '), ctx).cell).toEqual(text('？'));
  });

  it.each([['李娜 13812345678'], ['张伟138-1234-5678'], ['John Smith (617) 555 0100']])('says a phone number typed into the name cell (%j), moving nothing', (raw) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.findings.map((f) => f.code)).toEqual(['name.hasNumber']);
  });

  it.each([['张伟1'], ['张伟 2号'], ['Room 1203 Li']])('leaves short numbers in a name alone (%j)', (raw) => {
    expect(cleanCell(text(raw), ctx).findings).toEqual([]);
  });

  it('does not say it of an owner (the rep\'s own number)', () => {
    expect(cleanCell(text('王经理 13812345678'), ctxFor('owner')).findings).toEqual([]);
  });

  it('also cleans the owner field', () => {
    expect(cleanCell(text('王 经理'), ctxFor('owner')).cell).toEqual(text('王经理'));
  });
});

describe('properCaseName', () => {
  it.each([
    ['machado', 'Machado', 'Mac exception'],
    ['mackie', 'Mackie', 'Mac exception'],
    ['macon', 'Macon', 'Mac exception'],
    ["d'angelo", "D'Angelo", 'D\''],
    ['de la cruz', 'De la Cruz', 'particle first is capitalized'],
    ['strauß', 'Strauß', 'ß stays'],
  ])('%s → %s (%s)', (raw, expected) => {
    expect(properCaseName(raw)).toBe(expected);
  });
  it.each([['ABC', true], ['abc', true], ['Abc', false], ['张伟', false], ['张伟 LI', true]])('isSingleCase(%j) = %s', (s, b) => {
    expect(isSingleCase(s)).toBe(b);
  });
});
