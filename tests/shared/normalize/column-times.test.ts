import { hasTimesOfDay } from '../../../shared/normalize/column-times';
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
