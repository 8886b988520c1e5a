import { birthdayKey, dateKey } from '../../../../shared/dedupe/keys/date';
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
    [text('0000-05-17'), '05-17', 'Square\'s year-less birthday'],
    [text('1604-05-17'), '05-17', 'an iPhone\'s year-less birthday (Apple Contacts, vCard)'],
  ])('%j is a birthday without its year: %s (%s)', (cell, monthDay) => {
    expect(dateKey(cell)).toMatchObject({ valid: false, noYear: true, monthDay });
  });

  it.each([
    [text('农历1990年三月初八'), '1990-04-03', 'with its year: the solar day it was'],
    [text('1990年农历三月初八'), '1990-04-03', 'the year before 农历'],
    [text('阴历1989年腊月廿三'), '1990-01-19', 'a 腊月 birthday falls in the next solar year'],
    [text('农历1990年3月8日'), '1990-04-03', 'lunar month and day in digits'],
  ])('%j is a 农历 birthday: %s (%s)', (cell, value) => {
    expect(dateKey(cell)).toMatchObject({ value, valid: true });
  });

  it('a zero date (0000-00-00, 1900-01-00) gives no key: rows exported with it share no birthday', () => {
    expect(dateKey(text('0000-00-00'))).toBeNull();
    expect(dateKey(text('0000-00-00 00:00:00'))).toBeNull();
    expect(dateKey(text('1900-01-00'))).toBeNull();
    expect(dateKey(text('0/0/00'))).toBeNull();
  });

  it('a 农历 birthday is never read as its digits: 1990 alone would make every lunar birthday of 1990 agree', () => {
    expect(dateKey(text('农历1990年三月初八'))?.value).not.toBe(dateKey(text('农历1990年腊月初二'))?.value);
    expect(dateKey(text('农历1990年不详'))).toBeNull();
    // Without its year, only the lunar month and day, apart from solar month-days.
    expect(dateKey(text('农历三月初八'))).toEqual({ value: '农历03-08', valid: false, digits: 'L0308', noYear: true, lunar: { month: 3, day: 8, leap: false } });
    expect(dateKey(text('农历闰四月初五'))).toMatchObject({ value: '农历闰04-05', lunar: { month: 4, day: 5, leap: true } });
  });

  it('takes the 农历生日 column when the birthday cell is blank, reading its digits as lunar', () => {
    expect(birthdayKey(undefined, text('1990-03-08'))).toMatchObject({ value: '1990-04-03', valid: true });
    expect(birthdayKey({ kind: 'empty' }, text('三月初八'))).toMatchObject({ value: '农历03-08', noYear: true });
    expect(birthdayKey({ kind: 'date', value: '1990-04-03' }, text('腊月初二'))).toMatchObject({ value: '1990-04-03' });
    expect(birthdayKey(undefined, undefined)).toBeNull();
  });

  it('a real date knows its month and day too, and has a year', () => {
    expect(dateKey(text('1985/3/7'))).toEqual({ value: '1985-03-07', valid: true, digits: '19850307', monthDay: '03-07' });
  });

  it.each([[undefined], [{ kind: 'empty' } as Cell], [text('  ')], [text('n/a')]])('no key for %j', (cell) => {
    expect(dateKey(cell)).toBeNull();
  });
});
