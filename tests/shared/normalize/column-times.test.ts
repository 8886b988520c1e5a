import { hasTimesOfDay, timesWithSeconds } from '../../../shared/normalize/column-times';
import type { Cell } from '../../../shared/table/cell';

const texts = (...values: string[]): Cell[] => values.map((value) => ({ kind: 'text', value }));

describe('hasTimesOfDay: whether a column\'s midnight is a time like its others', () => {
  it.each([
    [texts('2024-02-08 18:05:00', '2024-02-23 00:00:00'), true, "Zoho's Last Activity Time: times of day, one of them midnight"],
    [texts('2023-11-02 09:01:00'), true, '企业微信 添加时间'],
    [texts('2024-02-23 00:00:05'), true, 'five seconds past midnight is a time'],
    [texts('2025-12-31 00:00:00', '2026-03-31 00:00:00'), false, "an ERP's 合同到期: nothing but midnights, a column of days"],
    [texts('2024-03-05', '2024/3/6'), false, 'dates without times'],
    [[{ kind: 'date', value: '2024-03-05T14:30' }, { kind: 'empty' }] as Cell[], true, 'a date cell with its time'],
    [[{ kind: 'date', value: '2024-03-05T00:00:00' }] as Cell[], false, 'a date cell at midnight'],
  ])('%j → %s (%s)', (cells, expected) => {
    expect(hasTimesOfDay(cells)).toBe(expected);
  });
});

describe('timesWithSeconds: the one form a column writes its times in', () => {
  it.each<[Cell[], boolean | null, string]>([
    [texts('2024-03-05 14:30:00', '2024-03-06 09:15'), false, 'a tie: HH:MM, as people type a time'],
    [texts('2024-03-05 14:30:00', '2024-03-06 09:15:00', '2024-03-07 16:45'), true, 'most typed with :00'],
    [texts('2024-03-05 14:30', '2024-03-06 09:15', '2024-03-07 16:45:33'), true, 'seconds other than :00 are never dropped'],
    [texts('2024-03-05 14:30', '2024/3/6 9:15'), false, 'all HH:MM'],
    [texts('2024-03-05', '2024/3/6'), null, 'no time typed'],
    [[{ kind: 'date', value: '2024-03-05T14:30:27' }, ...texts('2024-03-06 09:15')] as Cell[], true, "a date cell's seconds (a serial keeps only those other than :00)"],
    [[{ kind: 'date', value: '2024-03-05T14:30' }, ...texts('2024-03-06 09:15:00')] as Cell[], true, 'a date cell without seconds says nothing of the typed form'],
  ])('%j → %s (%s)', (cells, expected) => {
    expect(timesWithSeconds(cells)).toBe(expected);
  });
});

describe('timesWithSeconds leaves instants out', () => {
  it("an export's 2024-11-30T20:00:00Z or 04:00:00+08:00 says nothing of how the column's times are typed", () => {
    expect(timesWithSeconds(texts('2024-11-30T20:00:00Z', '2024-12-02T04:00:00+08:00', '2024-12-01T16:00:00.000Z'))).toBeNull();
    expect(timesWithSeconds(texts('2024-11-30T20:00:00Z', '2024-12-02 09:15'))).toBe(false);
  });
});

// Both scans pass over a column's texts without a colon (most dates carry no time): a time typed
// with a Chinese IME's full-width colon is a time all the same, and so is one far into the text.
describe('a time typed with a full-width colon is read as a time', () => {
  it('下次跟进 2024-03-05 14：30 beside 2024年3月6日: the column has times of day', () => {
    expect(hasTimesOfDay(texts('2024年3月6日', '2024-03-05 14：30'))).toBe(true);
    expect(hasTimesOfDay(texts('2024年3月6日', '2024/3/7'))).toBe(false);
  });
  it('最近联系时间 written mostly with ：00 seconds keeps them; a column of bare dates has no time form', () => {
    expect(timesWithSeconds(texts('2024-03-05 14：30：00', '2024-03-06 09：15：00', '2024-03-07 16:45'))).toBe(true);
    expect(timesWithSeconds(texts('2024年3月5日 下午 2024-03-05 14：30', '2024-03-06'))).toBe(false);
    expect(timesWithSeconds(texts('2024年3月5日', '2024.03.06', '20240307'))).toBeNull();
  });
});
