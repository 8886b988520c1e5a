import fc from 'fast-check';
import { nearestDay } from '../../../shared/normalize/nearest-day';
import { fromDayNumber, toDayNumber, type CivilDate } from '../../../shared/table/civil-date';

const day = (iso: string): CivilDate => ({ y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) });

describe('nearestDay: a day written without its year, read as the nearest such day to today', () => {
  it.each<[string, string, string | null, string]>([
    ['2026-11-15', '11月10日', '2026-11-10', 'five days ago, not next November'],
    ['2026-12-20', 'Jan 20', '2027-01-20', 'next month, across the new year'],
    ['2027-01-10', '12月28日', '2026-12-28', 'last month, back across the new year'],
    ['2026-12-05', '12/05', '2026-12-05', 'month first, as a birthday is read'],
    ['2026-11-15', '25/12', '2026-12-25', 'day first where month first cannot be'],
    ['2026-11-15', '１１－２０', '2026-11-20', 'full-width digits'],
    ['2026-12-20', '6月20日', '2027-06-20', '182 days ahead beats 183 behind'],
    ['2027-12-01', '2月29日', '2028-02-29', 'the next 29 February, three months ahead'],
    ['2026-08-30', '2月29日', null, 'no 29 February within half a year'],
    ['2026-11-15', '2026-11-10', null, 'a date with its year is no guess'],
    ['2026-11-15', '下周三', null, 'a relative day is no month and day'],
    ['2026-11-15', '', null, 'blank'],
  ])('today %s, %j → %s (%s)', (today, text, expected) => {
    expect(nearestDay(text, day(today))?.iso ?? null).toBe(expected);
  });

  it('is never more than half a year from today, and keeps the month and day written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 19000, max: 22000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (todayDay, m, d) => {
        const found = nearestDay(`${m}月${d}日`, fromDayNumber(todayDay));
        expect(found).not.toBeNull();
        expect(Math.abs(found!.day - todayDay)).toBeLessThanOrEqual(183);
        expect([+found!.iso.slice(5, 7), +found!.iso.slice(8, 10)]).toEqual([m, d]);
        expect(toDayNumber(day(found!.iso))).toBe(found!.day);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
