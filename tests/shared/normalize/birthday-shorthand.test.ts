import { cleanCell } from '../../../shared/normalize';
import { readBirthday } from '../../../shared/remind/month-day';
import type { Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import { ctxFor } from './context';

// Tester h60 (09_文本日期_各种写法.csv, probe/p2_partial.csv, --today 2026-12-01): 宋雨's 生日 12.6 was warned
// "无法把“12.6”识别为日期" and got no reminder, though 12月5日 and 12-06 beside it were read. In China a
// birthday is often typed 月.日 (12.6) or as four digits (1206): a birthday without a year.
const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = (field: FieldId, ambiguous: 'flag' | 'day-first' = 'flag') => ctxFor(field, { today: { y: 2026, m: 12, d: 1 }, dates: { ambiguous } });

describe('in a birthday column, 月.日 (12.6) and MMDD (1206) are a birthday without a year, read like 12月6日', () => {
  it.each([
    ['12.6', 12, 6, '月.日, the Chinese way'],
    ['12.06', 12, 6, 'zero-padded day'],
    ['3.15', 3, 15, 'a spring birthday'],
    ['1206', 12, 6, 'MMDD'],
    ['0229', 2, 29, 'a leap-day birthday, MMDD'],
    ['１２.６', 12, 6, 'full-width digits'],
  ])('%s → %s月%s日 (%s): kept as typed, the same "no year" info, and reminded', (raw, month, day) => {
    const r = cleanCell(text(raw), ctx('birthday'));
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([{ code: 'date.noYear', severity: 'info', params: { value: raw } }]);
    expect(readBirthday(text(raw))).toEqual({ month, day });
  });

  it('a day-first sheet (a British Birthday column) reads 12.6 as 12 June, as it reads 12/06; 13.6 can only be 13 June', () => {
    expect(readBirthday(text('13.6'))).toEqual({ month: 6, day: 13 });
    expect(readBirthday(text('12.6'), 'day-first')).toEqual({ month: 6, day: 12 });
    expect(cleanCell(text('12.6'), ctx('birthday', 'day-first')).findings.map((f) => f.code)).toEqual(['date.noYear']);
  });

  it.each([
    ['13.13', 'no 13th month either way'],
    ['2.30', 'no 30 February'],
    ['1306', 'no 13th month in MMDD'],
    ['1985', 'a birth year, not 19 月 85 日'],
    ['126', 'three digits: 1月26日 or 12月6日? not guessed'],
  ])('%s is no month and day (%s)', (raw) => {
    expect(readBirthday(text(raw))).toBeNull();
    expect(cleanCell(text(raw), ctx('birthday')).findings.map((f) => f.code)).not.toContain('date.noYear');
  });

  it('a wedding anniversary 5.20 is reminded the same way', () => {
    expect(cleanCell(text('5.20'), ctx('anniversary')).findings.map((f) => f.code)).toEqual(['date.noYear']);
  });

  it('12.6 in an amount column stays an amount, and in a last-contact column is no birthday', () => {
    const amount = cleanCell(text('12.6'), ctx('amount'));
    // Under 0.0, the decimal it was typed with (currency-format.ts typedDecimalsFormat).
    expect(amount.cell).toEqual({ kind: 'number', value: 12.6, format: '0.0' });
    expect(amount.findings.map((f) => f.code)).not.toContain('date.noYear');
    expect(cleanCell(text('12.6'), ctx('lastContact')).findings.map((f) => f.code)).not.toContain('date.noYear');
  });
});
