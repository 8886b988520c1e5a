import { capCellText } from '../../../cli/io/cell-cap';

describe('capCellText: composed text fits one Excel cell', () => {
  it.each([
    ['short text is left whole', '张伟 · 北京星辰科技', 20, '张伟 · 北京星辰科技'],
    ['text of exactly the limit is left whole', 'abcdefghij', 10, 'abcdefghij'],
    ['longer text keeps its start and ends in …', 'abcdefghijk', 10, 'abcdefghi…'],
    ['a cut inside an emoji drops the whole emoji, never half a surrogate pair', 'abcdefgh😀xyz', 10, 'abcdefgh…'],
    ['an emoji just before the cut stays whole', 'abcdefg😀xyz', 10, 'abcdefg😀…'],
  ])('%s', (_why, text, max, expected) => {
    const capped = capCellText(text, max);
    expect(capped).toBe(expected);
    expect(capped.length).toBeLessThanOrEqual(max);
    expect(capped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('defaults to Excel’s 32,767 characters', () => {
    expect(capCellText('长'.repeat(40000))).toHaveLength(32767);
  });
});
