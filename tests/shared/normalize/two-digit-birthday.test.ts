import { cleanCell } from '../../../shared/normalize';
import { readBirthday } from '../../../shared/remind/month-day';
import { t } from '../../../shared/i18n';
import type { Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import { ctxFor } from './context';

// Tester h60 (06_筛选隐藏行列_文本日期.xlsx, 09_文本日期_各种写法.csv, run with --today 2026-12-01): 杨洁's 生日
// 05-Mar-24 (her 备注: 生日写错了年份) was written as the date 2024-03-05 with an info to confirm the century;
// the next run read a plain date and said nothing, and nothing in the sheet showed the century was guessed.
const text = (value: string): Cell => ({ kind: 'text', value });
const today = { y: 2026, m: 12, d: 1 };
const ctx = (field: FieldId = 'birthday') => ctxFor(field, { today, dates: { ambiguous: 'month-first' } });

describe('a birthday whose two-digit year the run cannot be sure of stays as typed and is flagged on every run', () => {
  it.each([
    ['05-Mar-24', 2024, 1924, 'warning', 'date.twoDigitYearYoung', 'read as 2024 she would be two: a wrong year, most likely'],
    ['24.3.5', 2024, 1935, 'warning', 'date.twoDigitYearYoung', 'a customer aged two, or 民國 24 (1935)'],
    ['3/4/23', 2023, 1923, 'warning', 'date.twoDigitYearYoung', 'a customer of three, or of 103'],
    ['90.12.4', 1990, 2001, 'info', 'date.twoDigitYearKeptRoc', '1990, or 民國 90 (2001)'],
    ['75/03/08', 1975, 1986, 'info', 'date.twoDigitYearKeptRoc', '1975, or 民國 75 (1986)'],
    ['3/4/18', 2018, 1918, 'info', 'date.twoDigitYearKept', 'a child of eight, or a man of 108'],
  ])('%s: kept as typed, read as %s or %s (%s, %s: %s)', (raw, year, other, severity, code) => {
    const r = cleanCell(text(raw), ctx());
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([{ code, severity, params: { value: raw, year, other } }]);
    // The next run reads the same cell and says the same thing: the doubt lasts until a four-digit year is typed.
    expect(cleanCell(r.cell, ctx())).toEqual(r);
  });

  it('is still reminded every year, on its month and day, with no age the century would have to give', () => {
    expect(readBirthday(text('05-Mar-24'))).toEqual({ month: 3, day: 5 });
    expect(readBirthday(text('90.12.4'))).toEqual({ month: 12, day: 4 });
    // A four-digit year still gives the age.
    expect(readBirthday(text('1990.12.4'))).toEqual({ month: 12, day: 4, year: 1990 });
  });

  it('a wedding anniversary of two years ago is no doubt about anyone\'s age: an info, not a warning', () => {
    const r = cleanCell(text('05-Mar-24'), ctx('anniversary'));
    expect(r.cell).toEqual(text('05-Mar-24'));
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['date.twoDigitYearKept', 'info']]);
  });

  it('a birthday whose century is in no doubt (78 is 1978) is still written as a date; a business day in doubt is read as its day', () => {
    expect(cleanCell(text('03/12/78'), ctxFor('birthday', { today, dates: { ambiguous: 'day-first', era: 'gregorian' } })).cell).toEqual({ kind: 'date', value: '1978-12-03' });
    // 26.11.28 may be 民國 26 (1937): kept as typed, so every run says so, and read as 2026-11-28 (two-digit-business-dates.test.ts).
    // In a column that writes yy.mm.dd (dotted-years.ts); elsewhere 26.11.28 is day.month.year, 26 November 2028.
    const business = cleanCell(text('26.11.28'), { ...ctx('lastPurchase'), dottedYearFirst: true });
    expect([business.cell, business.read]).toEqual([text('26.11.28'), { kind: 'date', value: '2026-11-28' }]);
  });

  it.each(['zh-CN', 'en'] as const)('says in %s what was kept, both readings, and what to type', (lang) => {
    const young = t(lang, 'date.twoDigitYearYoung', { value: '05-Mar-24', year: 2024, other: 1924 });
    const kept = t(lang, 'date.twoDigitYearKept', { value: '90.12.4', year: 1990, other: 2001 });
    for (const [message, value] of [[young, '05-Mar-24'], [kept, '90.12.4']]) {
      expect(message).toContain(value);
      expect(message).toMatch(lang === 'en' ? /four-digit year/ : /四位年份/);
    }
    expect(young).toContain('2024');
    expect(young).toContain('1924');
    expect(kept).toContain('2001');
  });
});
