/**
 * The Chinese lunisolar calendar (农历) for lunar years 1900–2100, as a table: one number per year,
 * in the layout of the widely used `lunarInfo` table (bit 16: the leap month has 30 days; bits 15–4:
 * months 1–12 have 30 days; bits 3–0: the leap month, 0 for none). The values are those of 6tail's
 * astronomical calendar lunar-javascript (new moons and solar terms in Beijing time, the rule of the
 * 紫金山天文台 almanacs) and the tests check every new year and every month's length against it.
 * The table was first taken from ICU's Chinese calendar, which places a new moon close to Beijing
 * midnight on the wrong day (春节 2027 on 02-07 instead of 02-06, 2030 on 02-02 instead of 02-03) and
 * names other leap months in 1917, 1922 and 1987. The core never calls Intl or the library, so the
 * result is the same on every host (Apps Script ships a smaller ICU).
 */
import { fromDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';

const FIRST_YEAR = 1900;
// prettier-ignore
const LUNAR_INFO: readonly number[] = [
  0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2,
  0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977,
  0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970,
  0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950,
  0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557,
  0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0,
  0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0,
  0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6,
  0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570,
  0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0,
  0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5,
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930,
  0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530,
  0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45,
  0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0,
  0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0,
  0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4,
  0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0,
  0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160,
  0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252,
  0x0d520,
];
export const LUNAR_LAST_YEAR = FIRST_YEAR + LUNAR_INFO.length - 1;
export const LUNAR_FIRST_YEAR = FIRST_YEAR;

/** Lunar new year of 1900 fell on 1900-01-31. */
const FIRST_NEW_YEAR = toDayNumber({ y: 1900, m: 1, d: 31 });

/** The leap month of a lunar year (1–12), or 0. */
export function leapMonth(year: number): number {
  return LUNAR_INFO[year - FIRST_YEAR] & 0xf;
}

/** Days (29 or 30) of a month of a lunar year; `leap` for its leap month. */
export function lunarMonthDays(year: number, month: number, leap = false): number {
  const info = LUNAR_INFO[year - FIRST_YEAR];
  if (leap) return info & 0x10000 ? 30 : 29;
  return info & (0x10000 >> month) ? 30 : 29;
}

function yearDays(year: number): number {
  let days = 0;
  for (let m = 1; m <= 12; m++) days += lunarMonthDays(year, m);
  return leapMonth(year) ? days + lunarMonthDays(year, leapMonth(year), true) : days;
}

const NEW_YEARS: number[] = [];
for (let y = FIRST_YEAR, day = FIRST_NEW_YEAR; y <= FIRST_YEAR + LUNAR_INFO.length - 1; y++) {
  NEW_YEARS.push(day);
  day += yearDays(y);
}

/**
 * The solar date of a lunar date, or null outside 1900–2100 or for a day the month does not have
 * (day 30 of a 29-day month) or a leap month the year does not have.
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): CivilDate | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LUNAR_LAST_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  const leapOf = leapMonth(year);
  if (leap && leapOf !== month) return null;
  let offset = NEW_YEARS[year - FIRST_YEAR];
  for (let m = 1; m <= 12; m++) {
    if (m === month && !leap) return day <= lunarMonthDays(year, m) ? fromDayNumber(offset + day - 1) : null;
    offset += lunarMonthDays(year, m);
    if (m === leapOf) {
      if (m === month && leap) return day <= lunarMonthDays(year, m, true) ? fromDayNumber(offset + day - 1) : null;
      offset += lunarMonthDays(year, m, true);
    }
  }
  return null;
}
