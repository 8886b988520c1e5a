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
    [text('3/7/1980'), '03071980', false, 'a date left unplaced (March or July?) keeps its written order, zero-padded'],
    [text('03/07/1980'), '03071980', false, 'so the same date with its zeros agrees'],
  ])('%j → %s', (cell, value, valid) => {
    expect(dateKey(cell)).toMatchObject({ value, valid });
  });

  it.each([
    [text('--05-17'), '05-17', 'ISO 8601 without a year (Google Contacts export)'],
    [text('5月17日'), '05-17', 'Chinese'],
    [text('May 17'), '05-17', 'English'],
  ])('%j is a birthday without its year: %s (%s)', (cell, monthDay) => {
    expect(dateKey(cell)).toMatchObject({ valid: false, noYear: true, monthDay });
  });

  it('a real date knows its month and day too, and has a year', () => {
    expect(dateKey(text('1985/3/7'))).toEqual({ value: '1985-03-07', valid: true, digits: '19850307', monthDay: '03-07' });
  });

  it.each([[undefined], [{ kind: 'empty' } as Cell], [text('  ')], [text('n/a')]])('no key for %j', (cell) => {
    expect(dateKey(cell)).toBeNull();
  });
});
