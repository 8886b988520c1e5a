import fc from 'fast-check';
import { removeCjkSpaces } from '../../../shared/normalize/cjk-spacing';
import { stripStrayPunctuation } from '../../../shared/normalize/stray-punctuation';

/*
 * Both functions return their input untouched when a cheap test says there is nothing to do. These
 * are the full definitions; the answers must agree on every text.
 */
const HAN = '\\p{Script=Han}';
const reference = {
  removeCjkSpaces: (s: string) =>
    s
      .replace(new RegExp(`(?<=${HAN})\\s+(?=${HAN})`, 'gu'), '')
      // A bracket hugs Chinese only where it holds Chinese: 陈伟明 (Tan Wei Meng) keeps its space.
      .replace(new RegExp(`(?<=${HAN})\\s+(?=\\(${HAN}|[)·・•])`, 'gu'), '')
      .replace(new RegExp(`(?:(?<=${HAN}\\))|(?<=[(·・•]))\\s+(?=${HAN})`, 'gu'), '')
      .replace(new RegExp(`(?<=${HAN}[·・•])\\s+|\\s+(?=[·・•]${HAN})`, 'gu'), ''),
  stripStrayPunctuation: (s: string) => {
    const opening = '([{（［｛【〔〖〈《「『“‘"\'';
    const closing = ')]}）］｝】〕〗〉》」』”’"\'';
    const partnerOf = (c: string) => (opening.includes(c) ? closing[opening.indexOf(c)] : closing.includes(c) ? opening[closing.indexOf(c)] : null);
    const chars = Array.from(s);
    const paired = (i: number) => chars.some((c, j) => j !== i && c === partnerOf(chars[i]));
    let start = 0;
    let end = chars.length;
    // 't Hooft, 's-Hertogenbosch: an apostrophe that is a word's is kept.
    if (!/^'\p{Ll}[\s-]/u.test(s)) while (start < end && /[\p{P}\s]/u.test(chars[start]) && !(opening.includes(chars[start]) && chars[start] !== "'") && !paired(start)) start++;
    while (end > start) {
      const c = chars[end - 1];
      if (!/[\p{P}\s]/u.test(c) || closing.includes(c) || paired(end - 1)) break;
      if (c === '.' && end - 2 >= start && /\p{Script=Latin}/u.test(chars[end - 2])) break;
      end--;
    }
    return chars.slice(start, end).join('');
  },
};

const nameLike = fc
  .array(fc.constantFrom('张', '伟', ' ', '\u3000', '·', '(', ')', '。', ',', '-', 'a', 'J', 'r', '.', '"', "'", '《', '》', '【', '】', '〔', '😀', '\t'), { maxLength: 10 })
  .map((xs) => xs.join(''));
const anyText = fc.oneof(nameLike, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('name tidying: the fast answers are the full definitions', () => {
  it('removeCjkSpaces', () => {
    fc.assert(fc.property(anyText, (s) => removeCjkSpaces(s) === reference.removeCjkSpaces(s)), { numRuns: 3000 });
  });
  it('stripStrayPunctuation', () => {
    fc.assert(fc.property(anyText, (s) => stripStrayPunctuation(s) === reference.stripStrayPunctuation(s)), { numRuns: 3000 });
  });
  it.each([
    ['北京 星辰 科技 (集团) 有限公司', '北京星辰科技(集团)有限公司'],
    ['Mary Jane', 'Mary Jane'],
    ['陈伟明 (Tan Wei Meng)', '陈伟明 (Tan Wei Meng)'],
  ])('removeCjkSpaces(%j) = %j', (raw, expected) => expect(removeCjkSpaces(raw)).toBe(expected));
  it.each([
    [',张三', '张三'],
    ['张三。', '张三'],
    ['Co.', 'Co.'],
    ['王芳', '王芳'],
  ])('stripStrayPunctuation(%j) = %j', (raw, expected) => expect(stripStrayPunctuation(raw)).toBe(expected));
});
