import fc from 'fast-check';
import {
  collapseSpaces,
  collapseSpacesKeepLines,
  toHalfWidth,
  toHalfWidthAlnum,
  toHalfWidthAlnumParens,
} from '../../../shared/text/fold';
import { isBlank } from '../../../shared/table/cell';

/*
 * The folds answer "nothing to do" with one test and return their input. These are the plain
 * definitions they replaced; the fast ones must agree with them on every string.
 */
const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const reference = {
  toHalfWidth: (s: string) =>
    [...s].map((ch) => (ch >= '\uFF01' && ch <= '\uFF5E' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch === '\u3000' ? ' ' : ch)).join(''),
  toHalfWidthAlnum: (s: string) =>
    s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' '),
  collapseSpaces: (s: string) => s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim(),
  collapseSpacesKeepLines: (s: string) =>
    s
      .replace(ZERO_WIDTH, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
};

/** Strings made of the characters that matter here: spaces of every kind, line breaks, zero-width and full-width characters, CJK, letters. */
const messy = fc
  .array(
    fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\u2060', '\u200E', '\u202A', '\u202C', '\u2066', '\u00AD', 'ａ', 'Ａ', '１', '（', '）', '＠', '～', 'a', '1', '张', '。', '(', '-'),
    { maxLength: 12 },
  )
  .map((xs) => xs.join(''));
const anyText = fc.oneof(messy, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('folds: the fast answer is the plain definition', () => {
  it.each(['toHalfWidth', 'toHalfWidthAlnum', 'collapseSpaces', 'collapseSpacesKeepLines'] as const)('%s', (name) => {
    const fast = { toHalfWidth, toHalfWidthAlnum, collapseSpaces, collapseSpacesKeepLines }[name];
    fc.assert(fc.property(anyText, (s) => fast(s) === reference[name](s)), { numRuns: 3000 });
  });

  it('toHalfWidthAlnumParens is toHalfWidthAlnum with （） → ()', () => {
    fc.assert(
      fc.property(anyText, (s) => toHalfWidthAlnumParens(s) === reference.toHalfWidthAlnum(s).replace(/（/g, '(').replace(/）/g, ')')),
      { numRuns: 2000 },
    );
  });

  it('isBlank is "trims to nothing"', () => {
    fc.assert(fc.property(anyText, (s) => isBlank({ kind: 'text', value: s }) === (s.trim() === '')), { numRuns: 3000 });
  });

  it.each([
    ['  销售　总监 ', '销售 总监'],
    ['a\u200Bb', 'ab'],
    ['\u202A+86 137 1234 5678\u202C', '+86 137 1234 5678'],
    ['139 1234 5678\u200E', '139 1234 5678'],
    ['已经 整洁', '已经 整洁'],
    ['\u00A0x\u00A0', 'x'],
  ])('collapseSpaces(%j) = %j', (raw, expected) => {
    expect(collapseSpaces(raw)).toBe(expected);
  });

  it.each([
    ['第一行  \r\n\r\n\r\n  第二行\t\t尾', '第一行\n\n第二行 尾'],
    ['一\n\n二', '一\n\n二'],
    ['一\n\n\n二', '一\n\n二'],
    ['一 \n二', '一\n二'],
  ])('collapseSpacesKeepLines(%j) = %j', (raw, expected) => {
    expect(collapseSpacesKeepLines(raw)).toBe(expected);
  });

  it('returns the very input when there is nothing to fold (no copy per cell)', () => {
    const s = ['北京星辰科技', '有限公司'].join('');
    expect(toHalfWidth(s)).toBe(s);
    expect(collapseSpaces(s)).toBe(s);
  });
});
