import { cleanCell } from '../../../shared/normalize';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('orders');

describe('cleanInteger', () => {
  it.each([
    ['3次', 3, 'Chinese count word'],
    ['3 orders', 3, 'English count word'],
    ['1 order', 1, 'singular'],
    ['３', 3, 'full-width digit'],
    ['3.0', 3, 'a whole number with a decimal point'],
    ['1,200', 1200, 'thousands separator'],
    ['共12单', 12, '共 … 单'],
    ['三次', 3, 'Chinese numeral'],
    ['十二', 12, 'Chinese numeral with 十'],
    [' 7 ', 7, 'white space'],
    ['0', 0, 'zero'],
  ])('%j → %d (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual({ kind: 'number', value: expected });
    expect(r.reason).toBe('fix.integer');
  });

  it.each([['3.5', '3.5'], ['约3次', '约3次'], ['3-5', '3-5'], ['99999999999999999999', '99999999999999999999']])(
    '%j: integer.invalid, unchanged', (raw, value) => {
      const cell = text(raw);
      const r = cleanCell(cell, ctx);
      expect(r.cell).toBe(cell);
      expect(r.findings).toEqual([{ code: 'integer.invalid', severity: 'warning', params: { value } }]);
    },
  );

  it.each([['无'], ['/'], ['N/A'], ['—']])('a placeholder for no count (%j) is as good as a blank: nothing to flag', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctx)).toEqual({ cell, findings: [] });
  });

  it('flags a fractional number cell and keeps whole ones', () => {
    const whole: Cell = { kind: 'number', value: 4 };
    expect(cleanCell(whole, ctx)).toEqual({ cell: whole, findings: [] });
    const half: Cell = { kind: 'number', value: 3.5 };
    expect(cleanCell(half, ctx).findings.map((f) => f.code)).toEqual(['integer.invalid']);
  });
});
