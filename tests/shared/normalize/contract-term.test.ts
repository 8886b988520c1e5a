/** A contract's whole term in one cell (合同期限, 租期, Contract Term): the day it ends, the cell kept as typed. */
import { readTerm, termEndFrom, termMonths, cleanTerm } from '../../../shared/normalize/contract-term';
import { ctxFor, TODAY } from './context';

const options = { ambiguous: 'flag' as const, today: TODAY };

describe('reading a term', () => {
  it.each<[string, string, string | undefined]>([
    ['2025.12.10-2026.12.09', '2026-12-09', '2025-12-10'],
    ['2025年12月15日至2026年12月14日', '2026-12-14', '2025-12-15'],
    ['2024/01/01~2026/12/20', '2026-12-20', '2024-01-01'],
    ['2025-12-01 — 2026-11-30', '2026-11-30', '2025-12-01'],
    ['2026-12-09', '2026-12-09', undefined],
    ['至2026年6月30日', '2026-06-30', undefined],
    ['至2026年12月', '2026-12-31', undefined],
    ['2027.2', '2027-02-28', undefined],
  ])('%s ends on %s', (text, end, start) => {
    expect(readTerm(text, options)).toEqual(start === undefined ? { kind: 'end', end } : { kind: 'end', end, start });
  });

  it.each<[string, number]>([['1年', 12], ['两年', 24], ['三年', 36], ['6个月', 6], ['18个月', 18], ['半年', 6], ['为期一年', 12], ['2 years', 24], ['12 months', 12], ['１年', 12]])(
    'reads the length %s as %i months',
    (text, months) => {
      expect(termMonths(text)).toBe(months);
      expect(readTerm(text, options)).toEqual({ kind: 'length', months });
    },
  );

  it('knows a contract without an end, and says when it reads nothing', () => {
    expect(readTerm('长期', options)).toEqual({ kind: 'open' });
    expect(readTerm('无固定期限', options)).toEqual({ kind: 'open' });
    expect(readTerm('见合同', options)).toEqual({ kind: 'unread' });
    expect(readTerm('半', options)).toEqual({ kind: 'unread' });
    // 6月 alone may be June as well as six months: no length.
    expect(readTerm('6月', options)).toEqual({ kind: 'unread' });
  });

  it.each<[string, number, string, string]>([
    ['2025-12-10', 12, '2026-12-09', 'the day before its anniversary, as 自2025年12月10日起至2026年12月9日止 says'],
    ['2026-01-15', 12, '2027-01-14', 'an ordinary start'],
    ['2025-01-01', 12, '2025-12-31', 'a calendar year'],
    ['2025-03-01', 6, '2025-08-31', 'half a year from the first of a month'],
    ['2026-08-31', 6, '2027-02-28', 'no 31 February: the term runs to the last day of February'],
    ['2026-08-29', 6, '2027-02-28', 'no 29 February in 2027 either'],
    ['2028-08-29', 6, '2029-02-28', 'a start on the 29th into a common year'],
    ['2027-08-29', 6, '2028-02-28', 'a leap year has 29 February: the day before it'],
    ['2028-02-29', 12, '2029-02-28', 'a year from 29 February ends on the last day of February'],
    ['2026-03-31', 1, '2026-04-30', 'one month from 31 March: April has no 31st'],
    ['2026-01-31', 13, '2027-02-28', 'thirteen months from 31 January'],
    ['2025-08-31', 3, '2025-11-30', 'no 31 November: the whole of November'],
    ['2026-01-30', 1, '2026-02-28', 'no 30 February'],
    ['2026-05-31', 1, '2026-06-30', 'no 31 June'],
    ['2026-07-31', 1, '2026-08-30', '31 August exists: the day before it'],
  ])('a term from %s of %i months ends on %s (%s)', (start, months, end) => {
    expect(termEndFrom(start, months)).toBe(end);
  });
});

describe('the term cleaner', () => {
  const ctx = ctxFor('contractTerm');

  it('keeps a period as typed, both its dates', () => {
    const cell = { kind: 'text' as const, value: '2025.12.10-2026.12.09' };
    expect(cleanTerm(cell, ctx)).toEqual({ cell, findings: [] });
  });

  it('says once when a term tells no end, and leaves the cell', () => {
    const cell = { kind: 'text' as const, value: '见合同附件' };
    const out = cleanTerm(cell, ctx);
    expect(out.cell).toBe(cell);
    expect(out.findings).toEqual([{ code: 'term.unread', severity: 'info', params: { value: '见合同附件' } }]);
  });

  it('says nothing of a contract without an end', () => {
    expect(cleanTerm({ kind: 'text', value: '长期有效' }, ctx).findings).toEqual([]);
  });
});
