import fc from 'fast-check';
import { foldText } from '../../../../shared/dedupe/keys/fold';
import { collapseSpaces } from '../../../../shared/text/fold';

/** The definition foldText's short paths must agree with. */
function reference(s: string): string {
  const nfkc = s.normalize('NFKC').toLowerCase();
  const noMarks = nfkc.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
  return collapseSpaces(noMarks);
}

describe('foldText (match keys)', () => {
  it('every CJK unified ideograph (U+4E00–U+9FFF) is its own NFKC form, as the short path assumes', () => {
    const changed: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') !== ch || ch.toLowerCase() !== ch) changed.push(c.toString(16));
    }
    expect(changed).toEqual([]);
  });

  it('agrees with NFKC + lower case + Latin marks dropped + spaces collapsed on any text', () => {
    const pieces = fc.constantFrom('张', '伟', '北京', ' ', '  ', 'A', 'é', 'Ｅ', '①', '\u3000', '\t', '(', '，', '株', 'ß', 'İ', '\u0301', 'Mary');
    const text = fc.oneof(fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join('')), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(fc.property(text, (s) => foldText(s) === reference(s)), { numRuns: 4000 });
  });

  it('drops a mark of any block after a Latin letter, as the definition does (fast-check found ᴳ followed by U+113B8)', () => {
    expect(foldText('ᴳ\u{113B8}')).toBe('g');
    expect(foldText('e\u1DC4x')).toBe('ex');
  });

  it.each([
    ['北京 星辰科技  有限公司 ', '北京 星辰科技 有限公司'],
    ['ＺＨＡＮＧ Wei', 'zhang wei'],
    ['José', 'jose'],
  ])('%j → %j', (raw, expected) => expect(foldText(raw)).toBe(expected));
});
