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
