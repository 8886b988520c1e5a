import { cleanCell } from '../../../shared/normalize';
import { DEFAULT_SETTINGS, run } from '../../../shared';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('cleanPostcode', () => {
  it.each([
    [{ kind: 'number', value: 100080 } as Cell, '100080', [], 'number to text'],
    [{ kind: 'number', value: 10010 } as Cell, '010010', [], 'Hohhot code that lost its leading zero'],
    [text('１０００８０'), '100080', [], 'full-width'],
    [text('100 080'), '100080', [], 'grouped'],
    [text('10008'), '10008', ['postcode.invalid'], 'five digits as text: flagged, not guessed'],
    [text('邮编100080'), '邮编100080', ['postcode.invalid'], 'label left for a person'],
    [text("'010010"), '010010', [], 'an apostrophe kept it text in Excel: the mark goes, the zero stays'],
    [{ kind: 'number', value: 80, format: '000000' } as Cell, '000080', [], 'the text a 000000 format shows, not 80'],
    [{ kind: 'number', value: 71000, format: '000000' } as Cell, '071000', [], 'zero-padded by its format'],
    [{ kind: 'number', value: 80 } as Cell, '80', ['postcode.invalid'], 'a bare 80 shows 80: flagged, not guessed'],
    [{ kind: 'number', value: 100080, format: '#,##0' } as Cell, '100080', [], 'a format that shows it otherwise: its digits'],
  ])('%j → %j (%s)', (cell, expected, codes) => {
    const r = cleanCell(cell, ctxFor('postcode'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  const us = (cell: Cell) => cleanCell(cell, ctxFor('postcode', { phone: { defaultRegion: 'US' } }));
  it.each<[Cell, string, string | undefined, string[], string]>([
    [text('2134'), '02134', 'fix.zipZero', [], 'a CSV written after Excel dropped the zero: no ZIP code has four digits'],
    [{ kind: 'number', value: 2134 } as Cell, '02134', 'fix.postcode', [], 'the number Excel made of it'],
    [text('2134-1234'), '02134-1234', 'fix.zipZero', [], 'ZIP+4'],
    [text('501'), '00501', 'fix.zipZero', [], 'Holtsville, NY: two zeros'],
    [text(' 10001 '), '10001', 'fix.spaces', [], 'a whole code is only tidied'],
    [text("'02134"), '02134', 'fix.quotePrefix', [], 'Shopify\'s Zip behind its text mark: the note says the mark went, not a rewrite'],
    [text("'2134"), '02134', 'fix.zipZero', [], 'a mark and a lost zero: the zero is the news'],
    [text('1000'), '01000', 'fix.zipZero', [], 'four digits are always a code that lost its zero'],
    [text('12'), '12', undefined, ['postcode.invalidUs'], 'too short to mend: flagged'],
    [text('SW1A 1AA'), 'SW1A 1AA', undefined, ['postcode.invalidUs'], 'a British code in a US sheet: flagged'],
  ])('US: %j → %j (%s)', (cell, expected, reason, codes) => {
    const r = us(cell);
    expect(r.cell).toEqual(text(expected));
    if (reason) expect(r.reason).toBe(reason);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('only tidies and upper-cases outside China', () => {
    const r = cleanCell(text(' sw1a  1aa '), ctxFor('postcode', { phone: { defaultRegion: 'GB' } }));
    expect(r.cell).toEqual(text('SW1A 1AA'));
    expect(r.findings).toEqual([]);
  });
  // Shopify's customers export puts its text mark before every Zip, letters or not (h49
  // shopify_customers.csv): no postcode begins with an apostrophe, so in this column it is a mark.
  it.each<[string, string, string]>([
    ['CA', "'H2X 3J6", 'H2X 3J6'],
    ['GB', "'GU1 3AA", 'GU1 3AA'],
    ['IE', "'D02 X285", 'D02 X285'],
    ['GB', "'gu13aa", 'GU1 3AA'],
  ])('%s: Shopify\'s %j → %j, the mark taken off a code of letters too', (region, typed, expected) => {
    const r = cleanCell(text(typed), ctxFor('postcode', { phone: { defaultRegion: region } }));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
    if (typed.slice(1) === expected) expect(r.reason).toBe('fix.quotePrefix');
  });

  it('keeps an apostrophe before no letter or digit: that is no text mark', () => {
    expect(cleanCell(text("''GU1 3AA"), ctxFor('postcode', { phone: { defaultRegion: 'GB' } })).findings.map((f) => f.code)).toEqual(['postcode.invalidRegion']);
  });

});

describe('cleanPostcode in the regions whose postal services write codes their own way', () => {
  const inRegion = (region: string, cell: Cell) => cleanCell(cell, ctxFor('postcode', { phone: { defaultRegion: region } }));
  const num = (value: number): Cell => ({ kind: 'number', value });
  it.each<[string, Cell, string, string[], string]>([
    ['GB', text('sw1a1aa'), 'SW1A 1AA', [], 'Royal Mail: outward code, space, inward code'],
    ['GB', text('M3 2BW'), 'M3 2BW', [], 'a short outward code'],
    ['GB', text('ec1a  1bb'), 'EC1A 1BB', [], 'two spaces typed'],
    ['GB', text('CF146HF'), 'CF14 6HF', [], 'Cardiff'],
    ['GB', text('SW1A 1CA'), 'SW1A 1CA', ['postcode.invalidRegion'], 'an inward code never holds C'],
    ['GB', num(12345), '12345', ['postcode.invalidRegion'], 'a number is no British postcode'],
    ['IE', text('d02x285'), 'D02 X285', [], 'Eircode: routing key, space, unique identifier'],
    ['IE', text('D6W 1234'), 'D6W 1234', [], 'Dublin 6W\'s routing key'],
    ['IE', text('Dublin 2'), 'DUBLIN 2', ['postcode.invalidRegion'], 'a postal district is no Eircode'],
    ['CA', text('h2x1y4'), 'H2X 1Y4', [], 'Canada Post: letter digit letter, space, digit letter digit'],
    ['CA', text('V6B 1A1'), 'V6B 1A1', [], 'Vancouver'],
    ['CA', text('D2X 1Y4'), 'D2X 1Y4', ['postcode.invalidRegion'], 'D is never used'],
    ['AU', num(800), '0800', [], 'Darwin, after a spreadsheet took its zero'],
    ['AU', text('800'), '0800', [], 'a CSV written after the loss: no Australian code has three digits'],
    ['AU', text('2000'), '2000', [], 'Sydney'],
    ['NZ', num(110), '0110', [], 'Whangārei'],
    ['IN', text('110 006'), '110006', [], 'a PIN code written in two groups'],
    ['IN', num(560011), '560011', [], 'Bengaluru'],
    ['IN', text('011006'), '011006', ['postcode.invalidRegion'], 'no PIN code begins with 0'],
    ['ZA', num(2), '0002', [], 'Pretoria\'s 0002 as a number'],
    ['ZA', text('7600'), '7600', [], 'Stellenbosch'],
    ['SG', num(18956), '018956', [], 'Singapore\'s sector 01'],
    ['ES', text('8007'), '08007', [], 'Barcelona\'s 08007 after Excel took its zero: no Spanish code has four digits'],
    ['ES', num(8007), '08007', [], 'the same as a number cell'],
    ['ES', text('28013'), '28013', [], 'Madrid'],
    ['ES', text('807'), '807', ['postcode.invalidRegion'], 'no code starts 00 (provinces are 01 to 52): three digits lost more than a zero'],
    ['ES', text('61001'), '61001', ['postcode.invalidRegion'], 'no province 61'],
    ['IT', num(186), '00186', [], 'Rome\'s 00186, both zeros lost'],
    ['IT', text('20121'), '20121', [], 'Milan'],
    ['MX', text('6600'), '06600', [], 'Mexico City\'s Juárez'],
    ['MX', text('660'), '660', ['postcode.invalidRegion'], 'no Mexican code starts 00'],
    ['DE', text('1067'), '01067', [], 'Dresden'],
    ['FR', num(1000), '01000', [], 'Bourg-en-Bresse (Ain)'],
  ])('%s: %j → %j (%s)', (region, cell, expected, codes) => {
    const r = inRegion(region, cell);
    expect(r.cell).toEqual(text(expected));
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('says "ZIP code" only of a ZIP code: Barcelona\'s and Mexico City\'s lost zeros are a postcode\'s', () => {
    expect(inRegion('US', text('2134')).reason).toBe('fix.zipZero');
    for (const [region, value] of [['ES', '8007'], ['MX', '6600'], ['AU', '800'], ['DE', '1067']]) {
      expect(inRegion(region, text(value)).reason).toBe('fix.postcodeZero');
    }
  });

  it('names the region\'s shape in its message', () => {
    expect(inRegion('CA', text('12345')).findings[0].params).toEqual({ value: '12345', region: 'CA', example: 'H2X 1Y4' });
  });
});

describe('a postcode typed as a number with a 000000 format, in a run', () => {
  it('becomes the 000080 the cell shows, a retype (no "was 80" note)', () => {
    const grid = { sheetName: '客户', firstRow: 1, firstCol: 1, cells: [[text('姓名'), text('邮编')], [text('张伟'), { kind: 'number', value: 80, format: '000000' } as Cell]] };
    const out = run(grid, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.edits).toEqual([expect.objectContaining({ sheetRow: 2, after: text('000080'), reason: 'fix.postcode', retype: true })]);
    expect(out.plan.issues).toEqual([]);
  });
});
