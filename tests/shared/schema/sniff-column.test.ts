import { holdsCountryCodes, sniffColumn } from '../../../shared/schema/sniff-column';
import { date, EMPTY, num, text, type Cell } from '../../../shared/table/cell';

const texts = (...values: string[]): Cell[] => values.map(text);

describe('sniffColumn', () => {
  it.each([
    ['e-mail addresses', texts('li.lei@163.com', 'hanmeimei@qq.com', 'wang@example.cn', 'Zhao.Min@Sina.com'), 'email'],
    ['one odd value among five e-mails (80%)', texts('a@b.cn', 'c@d.com', 'e@f.net', 'g@h.org', '无'), 'email'],
    ['CN mobiles in many spellings', [text('138 1234 5678'), num(13987654321), text('+86-159-0000-1111'), text('１８６１２３４５６７８'), text('0086 13712345678')], 'mobile'],
    ['birth dates (old years, wide spread)', [date('1985-03-05'), text('1990/7/21'), text('1972年11月2日'), date('2001-01-30')], 'birthday'],
  ])('%s → %s', (_, cells, field) => {
    expect(sniffColumn(cells)).toEqual({ field, confidence: expect.any(Number) });
    expect(sniffColumn(cells)!.confidence).toBeLessThanOrEqual(0.7);
  });

  it.each([
    ['fewer than three values', texts('a@b.cn', 'c@d.com')],
    ['blank cells do not count as values', [text('a@b.cn'), EMPTY, text('  '), text('c@d.com')]],
    ['mixed content', texts('a@b.cn', '13812345678', '张三', '北京')],
    ['landlines are not mobiles', texts('010-12345678', '0755-88880000', '021 6234 5678')],
    ['11 digits that are not a mobile segment', texts('12345678901', '10000000000', '11111111111')],
    ['recent dates could be any date field', [date('2024-03-05'), date('2024-04-01'), date('2023-12-30')]],
    ['impossible dates', texts('2024-02-30', '2023-13-01', '1990-00-10')],
    ['error cells', [{ kind: 'error', value: '#N/A' }, { kind: 'error', value: '#N/A' }, { kind: 'error', value: '#REF!' }] as Cell[]],
  ])('%s → null', (_, cells) => {
    expect(sniffColumn(cells)).toBeNull();
  });

  it('reads only the first 50 values', () => {
    const cells = [...Array.from({ length: 50 }, (_, i) => text(`u${i}@example.com`)), ...Array.from({ length: 200 }, () => text('x'))];
    expect(sniffColumn(cells)?.field).toBe('email');
  });
});

describe('holdsCountryCodes (a bare CC column)', () => {
  const cells = (values: string[]): Cell[] => values.map((v) => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }));
  it.each<[string, string[], boolean]>([
    ['ISO codes, one blank (a list tool\'s country per row)', ['US', 'US', 'CA', 'GB', 'IN', '', 'US'], true],
    ['UK as Britain is written as often', ['us', 'uk', 'US', 'de'], true],
    ['e-mail addresses copied (an e-mail export\'s carbon copy)', ['sales@example.com', 'ops@example.com', '', 'boss@example.com'], false],
    ['cost centres', ['4100', '4200', '4100', '5300'], false],
    ['initials', ['JS', 'MK', 'QQ', 'XZ'], false],
    ['too few to say', ['US', 'GB'], false],
  ])('%s → %s', (_why, values, expected) => {
    expect(holdsCountryCodes(cells(values))).toBe(expected);
  });
});
