import { dateKey } from '../../../../shared/dedupe/keys/date';
import type { Cell } from '../../../../shared/table/cell';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('dateKey', () => {
  it.each([
    [{ kind: 'date', value: '1985-03-07' } as Cell, '1985-03-07', true, 'date cell'],
    [text('1985/3/7'), '1985-03-07', true, 'slashes'],
    [text('1985年3月7日'), '1985-03-07', true, 'Chinese'],
    [text('19850307'), '1985-03-07', true, 'FEBRL YYYYMMDD'],
    [text('19850231'), '19850231', false, 'impossible date keeps its digits'],
  ])('%j → %s', (cell, value, valid) => {
    expect(dateKey(cell)).toMatchObject({ value, valid });
  });

  it.each([[undefined], [{ kind: 'empty' } as Cell], [text('  ')], [text('n/a')]])('no key for %j', (cell) => {
    expect(dateKey(cell)).toBeNull();
  });
});
