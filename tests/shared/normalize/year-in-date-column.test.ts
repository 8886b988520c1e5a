/**
 * A year typed in a date column, and the serials a date column may hold at all (tester h77 #2). A vet
 * clinic's `Client Since` holds 2018, a gym's `Member since` 2021, a 健身房's `入会年份` 2019: each a
 * year, which read as a spreadsheet serial became 1905-07-10 on every row. A number from 1900 to
 * 2100 in a date column is a year, kept as typed; and a serial is read only where the day it gives
 * is one the column can hold: a birthday from 1900, a business day (a purchase, a contract, a
 * follow-up, a customer's start) from 1970, as a serial pasted as text already is.
 */
import { cleanCell } from '../../../shared/normalize';
import type { FieldId } from '../../../shared/schema/fields';
import type { Cell } from '../../../shared/table/cell';
import { t } from '../../../shared/i18n';
import { ctxFor } from './context';

const num = (value: number): Cell => ({ kind: 'number', value });
const clean = (n: number, field: FieldId) => cleanCell(num(n), ctxFor(field));

describe('a bare year in a date column is a year, never a serial', () => {
  it.each<[number, FieldId, string, string | null]>([
    [2018, 'createdAt', 'a vet clinic\'s Client Since', null],
    [2021, 'createdAt', 'a gym\'s Member since / 入会年份', null],
    [1900, 'createdAt', 'the first year read as one', null],
    [2100, 'createdAt', 'the last year read as one', null],
    [1985, 'birthday', 'a birth year: what the sheet knows', 'date.partialBirthday'],
    [2024, 'lastPurchase', 'a purchase of a year: reminders need its day', 'date.partial'],
    [2027, 'contractEnd', 'a contract ending in a year', 'date.partial'],
  ])('%d under %s (%s) is kept as typed', (n, field, _what, code) => {
    const cell = num(n);
    const r = cleanCell(cell, ctxFor(field));
    expect(r.cell).toBe(cell);
    expect(r.reason).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toEqual(code === null ? [] : [code]);
  });

  it.each(['2018', '2018年'])('%j typed as text under a customer-since column is kept too, with nothing to say', (raw) => {
    const cell: Cell = { kind: 'text', value: raw };
    const r = cleanCell(cell, ctxFor('createdAt'));
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([]);
  });

  it('a year kept is said as the year typed, not a day of 1905', () => {
    const r = clean(2024, 'lastPurchase');
    expect(r.findings[0].params).toEqual({ value: '2024' });
  });
});

describe('the serials a date column may hold', () => {
  it.each<[number, FieldId, string]>([
    [45231, 'createdAt', '2023-11-01'],
    [46000, 'lastContact', '2025-12-09'],
    [25569, 'contractEnd', '1970-01-01'],
    [31048, 'birthday', '1985-01-01'],
    [2500, 'birthday', '1906-11-04'],
  ])('%d under %s is the day %s', (n, field, iso) => {
    const r = clean(n, field);
    expect(r.cell).toEqual({ kind: 'date', value: iso });
    expect(r.reason).toBe('fix.dateSerial');
  });

  it.each<[number, FieldId, string]>([
    [12, 'lastPurchase', 'a count of purchases or days, not 1900-01-12'],
    [365, 'lastContact', 'days ago, not 1900-12-30'],
    [20000, 'contractStart', '1954: before any business day the column holds'],
    [25568, 'nextFollowUp', 'the day before 1970'],
  ])('%d under %s is no plausible day (%s): kept and flagged', (n, field) => {
    const cell = num(n);
    const r = cleanCell(cell, ctxFor(field));
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => [f.code, f.params])).toEqual([['date.serialOutOfRange', { value: String(n), from: 1970, to: 2100 }]]);
  });

  it('says the range the column reads in both languages', () => {
    const params = { value: '12', from: 1970, to: 2100 };
    expect(t('en', 'date.serialOutOfRange', params)).toContain('1970–2100');
    expect(t('zh-CN', 'date.serialOutOfRange', params)).toContain('1970–2100');
  });
});
