import { cleanCell, cleanerFor, KIND_CLEANERS } from '../../../shared/normalize';
import { FIELDS, FIELD_BY_ID } from '../../../shared/schema/fields';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('cleanCell', () => {
  it.each([
    [{ kind: 'text', value: ' 138 1234 5678 ', formula: '=A1&""' } as Cell, 'a formula cell is the caller\u2019s business'],
    [{ kind: 'error', value: '#N/A' } as Cell, 'an error cell'],
    [{ kind: 'empty' } as Cell, 'an empty cell'],
    [text('   '), 'a blank text cell (nothing to clean, and never emptied)'],
    [text('\u3000'), 'only an ideographic space'],
  ])('returns %j unchanged with no findings (%s)', (cell) => {
    for (const field of FIELDS) {
      const r = cleanCell(cell, ctxFor(field.id));
      expect(r).toEqual({ cell, findings: [] });
      expect(r.cell).toBe(cell);
    }
  });

  it('gives every result that found nothing the one frozen empty list, which nobody can add to', () => {
    const untouched = cleanCell(text('13812345678'), ctxFor('mobile'));
    const blank = cleanCell(text('  '), ctxFor('email'));
    const changed = cleanCell(text('2024/3/5'), ctxFor('birthday'));
    expect(changed.cell).toEqual({ kind: 'date', value: '2024-03-05' });
    for (const r of [untouched, blank, changed]) {
      expect(r.findings).toEqual([]);
      expect(Object.isFrozen(r.findings)).toBe(true);
      expect(() => r.findings.push({ code: 'phone.invalid', severity: 'warning' })).toThrow(TypeError);
    }
  });

  it('never empties a cell made only of zero-width characters', () => {
    const cell = text('\u200B\uFEFF');
    for (const field of FIELDS) expect(cleanCell(cell, ctxFor(field.id)).cell).toBe(cell);
  });

  it('keeps the value of a skipped field but still reports findings', () => {
    const cell = text('12345');
    const r = cleanCell(cell, ctxFor('mobile', { skipFields: ['mobile'] }));
    expect(r.cell).toBe(cell);
    expect(r.reason).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toEqual(['phone.invalid']);
    expect(cleanCell(text('138 1234 5678'), ctxFor('mobile', { skipFields: ['mobile'] })).cell).toEqual(text('138 1234 5678'));
  });
});

describe('placeholders in a column of phones, e-mails, IDs, postcodes, web addresses, dates and numbers', () => {
  const fields = ['mobile', 'phone', 'email', 'idCard', 'uscc', 'postcode', 'website', 'birthday', 'amount', 'orders'] as const;

  it.each(['无', 'N/A', ' / ', '暂无', '电话未填'])('%j says there is no value: unchanged, and no "invalid" finding', (raw) => {
    for (const field of fields) expect(cleanCell(text(raw), ctxFor(field))).toEqual({ cell: text(raw), findings: [] });
  });

  it.each(['同上', '〃', 'ditto'])('%j points at the row above: unchanged, with a note that this row lacks the value', (raw) => {
    for (const field of fields) {
      expect(cleanCell(text(raw), ctxFor(field))).toEqual({ cell: text(raw), findings: [{ code: 'cell.ditto', severity: 'info', params: { value: raw } }] });
    }
  });

  it('free text keeps its placeholders as text (a note 无 is a note)', () => {
    expect(cleanCell(text(' 无 '), ctxFor('notes')).cell).toEqual(text('无'));
  });
});

describe('cleanerFor', () => {
  it('has a cleaner for every field kind', () => {
    for (const field of FIELDS) expect(KIND_CLEANERS[field.kind]).toBeInstanceOf(Function);
  });

  it('picks by kind: a phone field reads phones, a text field only tidies', () => {
    const cell = text('+86 138-1234-5678');
    expect(cleanerFor(FIELD_BY_ID.mobile)(cell, ctxFor('mobile')).cell).toEqual(text('13812345678'));
    expect(cleanerFor(FIELD_BY_ID.title)(cell, ctxFor('title')).cell).toBe(cell);
  });

  it('applies the contract even when called directly', () => {
    const formula: Cell = { kind: 'text', value: ' x ', formula: '=B2' };
    expect(cleanerFor(FIELD_BY_ID.name)(formula, ctxFor('name')).cell).toBe(formula);
  });
});
