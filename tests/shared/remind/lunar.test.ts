import { lunarToSolar, leapMonth, lunarMonthDays, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '../../../shared/remind/lunar';
import { formatIso, toDayNumber } from '../../../shared/table/civil-date';
import { lunarText } from '../../../shared/remind/lunar-text';
import { Lunar, LunarYear } from 'lunar-javascript';

const iso = (c: ReturnType<typeof lunarToSolar>) => (c ? formatIso(c) : null);

describe('lunarToSolar', () => {
  it.each<[number, number, number, boolean, string | null, string]>([
    [2024, 1, 1, false, '2024-02-10', '春节 2024'],
    [2025, 1, 1, false, '2025-01-29', '春节 2025'],
    [2024, 12, 29, false, '2025-01-28', '除夕 2025 (腊月 of 2024 has 29 days)'],
    [2024, 8, 15, false, '2024-09-17', '中秋 2024'],
    [2023, 2, 1, true, '2023-03-22', '闰二月初一 2023'],
    [2023, 3, 1, false, '2023-04-20', '三月初一 2023 comes after the leap month'],
    [2025, 6, 1, true, '2025-07-25', '闰六月初一 2025'],
    [1900, 1, 1, false, '1900-01-31', 'first day of the table'],
    [2023, 4, 1, true, null, '2023 has no leap fourth month'],
    [2024, 12, 30, false, null, '腊月 of 2024 has only 29 days'],
    [1899, 1, 1, false, null, 'before the table'],
    [2101, 1, 1, false, null, 'after the table'],
  ])('%i-%i-%i leap=%s → %s (%s)', (y, m, d, leap, expected) => {
    expect(iso(lunarToSolar(y, m, d, leap))).toBe(expected);
  });

  it.each<[number, number, number, boolean, string, string]>([
    [2027, 1, 1, false, '2027-02-06', '春节 2027: the new moon falls just before midnight Beijing time on 02-06 (ICU puts it after)'],
    [2026, 12, 29, false, '2027-02-05', '除夕 2027 is 腊月廿九: 腊月 of 2026 has 29 days'],
    [2030, 1, 1, false, '2030-02-03', '春节 2030: the new moon falls just after midnight on 02-03 (ICU puts it before)'],
    [2012, 7, 1, false, '2012-08-17', '七月初一 2012: 六月 has 29 days, not 30'],
    [2018, 10, 1, false, '2018-11-08', '十月初一 2018: 九月 has 30 days'],
    [1998, 12, 1, false, '1999-01-17', '腊月初一 1998: 冬月 has 29 days, not 30'],
    [1987, 6, 1, true, '1987-07-26', '闰六月初一 1987 (ICU has 闰七月)'],
  ])('%i-%i-%i leap=%s → %s (%s)', (y, m, d, leap, expected) => {
    expect(iso(lunarToSolar(y, m, d, leap))).toBe(expected);
  });

  it('agrees with lunar-javascript on every lunar new year from 1900 to 2100', () => {
    const mismatches: string[] = [];
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      const want = Lunar.fromYmd(y, 1, 1).getSolar().toYmd();
      const got = iso(lunarToSolar(y, 1, 1));
      if (got !== want) mismatches.push(`${y}: ${got} ≠ ${want}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with lunar-javascript on every month of 1900 to 2100: which months, which is leap, how long', () => {
    const mismatches: string[] = [];
    let months = 0;
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      const theirs = LunarYear.fromYear(y).getMonthsInYear()
        .map((m) => `${Math.abs(m.getMonth())}${m.isLeap() ? 'bis' : ''}:${m.getDayCount()}`);
      const ours: string[] = [];
      for (let m = 1; m <= 12; m++) {
        for (const leap of m === leapMonth(y) ? [false, true] : [false]) ours.push(`${m}${leap ? 'bis' : ''}:${lunarMonthDays(y, m, leap)}`);
      }
      if (ours.join() !== theirs.join()) mismatches.push(`${y}: ${ours.join()} ≠ ${theirs.join()}`);
      months += ours.length;
    }
    expect(mismatches).toEqual([]);
    expect(months).toBe(201 * 12 + 74);
  });

  // ICU (the table's first source) computes new moons a little off near Beijing midnight and without
  // the calendar's historical rules, so in these years it moves a month's first day by one day or
  // names another month leap; everywhere else it is a second, independent witness.
  const ICU_MISPLACES = [1917, 1922, 1953, 1954, 1955, 1987, 1998, 2012, 2018, 2026, 2027, 2029, 2030, 2070];
  it('agrees with ICU\'s Chinese calendar on every month of the years where ICU and lunar-javascript agree', () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const icu = (day: number) => {
      const parts: Record<string, string> = {};
      for (const p of fmt.formatToParts(new Date(day * 86400000))) parts[p.type] = p.value;
      return `${parts.relatedYear}-${parts.month}-${parts.day}`;
    };
    const mismatches: string[] = [];
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      if (ICU_MISPLACES.includes(y)) continue;
      for (let m = 1; m <= 12; m++) {
        for (const leap of m === leapMonth(y) ? [false, true] : [false]) {
          const first = toDayNumber(lunarToSolar(y, m, 1, leap)!);
          const length = lunarMonthDays(y, m, leap);
          const name = `${y}-${m}${leap ? 'bis' : ''}`;
          const got = [icu(first), icu(first + length - 1), icu(first + length).split('-')[2]];
          const want = [`${name}-1`, `${name}-${length}`, '1'];
          if (got.join() !== want.join()) mismatches.push(`${name}: ${got.join(' ')} ≠ ${want.join(' ')}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('knows the leap months of recent years', () => {
    expect([2017, 2020, 2023, 2025, 2028].map(leapMonth)).toEqual([6, 4, 2, 6, 5]);
    expect(leapMonth(2024)).toBe(0);
    expect(LUNAR_FIRST_YEAR).toBe(1900);
  });
});

describe('lunarText', () => {
  it.each<[number, number, string]>([
    [1, 1, '正月初一'], [3, 10, '三月初十'], [8, 15, '八月十五'], [5, 20, '五月二十'], [11, 23, '冬月廿三'], [12, 30, '腊月三十'],
  ])('%i-%i → %s', (m, d, text) => {
    expect(lunarText(m, d)).toBe(text);
  });
});
