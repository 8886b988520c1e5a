import { cleanCell } from '../../../shared/normalize';
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
  ])('%j → %j (%s)', (cell, expected, codes) => {
    const r = cleanCell(cell, ctxFor('postcode'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('only tidies and upper-cases outside China', () => {
    const r = cleanCell(text(' sw1a  1aa '), ctxFor('postcode', { phone: { defaultRegion: 'GB' } }));
    expect(r.cell).toEqual(text('SW1A 1AA'));
    expect(r.findings).toEqual([]);
  });
});
