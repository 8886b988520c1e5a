import { readBirthday, type BirthdaySpec } from '../../../shared/remind/month-day';
import { cell, d, type Value } from '../classify/helpers';

describe('readBirthday', () => {
  it.each<[Value, BirthdaySpec | null, string]>([
    [d('1990-03-05'), { month: 3, day: 5, year: 1990 }, 'a date cell'],
    [d('1992-02-29'), { month: 2, day: 29, year: 1992 }, 'a leap-day date cell'],
    ['3月5日', { month: 3, day: 5 }, 'Chinese month-day, no year'],
    ['12月30号', { month: 12, day: 30 }, '号 instead of 日'],
    ['３月５日', { month: 3, day: 5 }, 'full-width digits'],
    ['3 月 5 日', { month: 3, day: 5 }, 'spaces inside'],
    ['03-05', { month: 3, day: 5 }, 'MM-DD'],
    ['--03-05', { month: 3, day: 5 }, 'ISO 8601 without year'],
    ['3/5', { month: 3, day: 5 }, 'M/D is read month-first'],
    ['25/12', { month: 12, day: 25 }, 'a first number over 12 can only be the day'],
    ['02-29', { month: 2, day: 29 }, '29 February without a year is a real birthday'],
    ['1990年3月5日', { month: 3, day: 5, year: 1990 }, 'a full Chinese date left as text'],
    ['1990/3/5', { month: 3, day: 5, year: 1990 }, 'a full slashed date left as text'],
    ['19900305', { month: 3, day: 5, year: 1990 }, 'eight digits'],
    ['March 5', { month: 3, day: 5 }, 'English month name'],
    ['Mar. 5th', { month: 3, day: 5 }, 'abbreviation with ordinal'],
    ['5 March 1990', { month: 3, day: 5, year: 1990 }, 'day-first English with year'],
    ['29th of Feb', { month: 2, day: 29 }, 'of'],
    ['Sept 9', { month: 9, day: 9 }, 'Sept'],
    ['农历三月初五', { month: 3, day: 5, lunar: true }, 'lunar in Chinese numerals'],
    ['阴历腊月廿三', { month: 12, day: 23, lunar: true }, '腊月, 廿三'],
    ['农历正月十五', { month: 1, day: 15, lunar: true }, '正月'],
    ['农历闰四月初八', { month: 4, day: 8, lunar: true, leapMonth: true }, 'a leap month'],
    ['农历3月5日', { month: 3, day: 5, lunar: true }, 'lunar in digits'],
    ['农历1988年八月三十', { month: 8, day: 30, year: 1988, lunar: true }, 'lunar with a year'],
    ['1990年农历三月初八', { month: 3, day: 8, year: 1990, lunar: true }, 'the year before 农历 (the date cleaner keeps it as a lunar date, so reminders must read it)'],
    ['农历十一月二十', { month: 11, day: 20, lunar: true }, '十一月 and 二十'],
    ['農曆十月廿五', { month: 10, day: 25, lunar: true }, 'traditional 農曆 (the cleaner keeps it as lunar, so reminders must read it)'],
    ['陰曆十月廿五', { month: 10, day: 25, lunar: true }, 'traditional 陰曆'],
    ['1988年農曆十月廿五', { month: 10, day: 25, year: 1988, lunar: true }, 'the year before 農曆'],
    ['10月25日(农历)', { month: 10, day: 25, lunar: true }, '(农历) written after the date'],
    ['1988-10-25（农历）', { month: 10, day: 25, year: 1988, lunar: true }, 'a full date marked lunar after it: not 25 October'],
    ['腊月初八', { month: 12, day: 8, lunar: true }, '腊月 exists only in the lunar calendar'],
    ['冬月十五', { month: 11, day: 15, lunar: true }, '冬月, the eleventh lunar month'],
    ['正月初一', { month: 1, day: 1, lunar: true }, '正月, the first lunar month'],
    ['十月廿五', { month: 10, day: 25, lunar: true }, 'unmarked, but 廿五 is lunar wording'],
    ['十一月初六', { month: 11, day: 6, lunar: true }, 'unmarked, but 初六 is a lunar day (h57)'],
    ['十月二十五', null, 'unmarked 二十五 is solar wording too: not read as lunar'],
    ['二〇〇一年五月六日', { month: 5, day: 6, year: 2001 }, 'a full date in Chinese numerals'],
    ['03/05/1990', null, 'an ambiguous full date is not guessed (the cleaner flagged it)'],
    ['25/12/1990', { month: 12, day: 25, year: 1990 }, 'a full date only one order can read'],
    ['2月30日', null, 'no such day'],
    ['13-01', { month: 1, day: 13 }, '13 cannot be a month, so it is the day'],
    ['13/13', null, 'neither can be a month'],
    ['1990-02-29', null, '1990 had no 29 February'],
    ['农历十三月初一', null, 'no thirteenth lunar month'],
    ['农历三月三十一', null, 'a lunar month has at most 30 days'],
    ['生日', null, 'not a date'],
    ['Marchy 5', null, 'not a month name'],
    ['', null, 'blank'],
    [1990, null, 'a bare number is not a birthday'],
    [{ kind: 'error', value: '#N/A' }, null, 'an error cell'],
  ])('%j → %j (%s)', (value, expected) => {
    expect(readBirthday(cell(value))).toEqual(expected);
  });
});

describe('readBirthday in the order of its column (a UK Mailchimp Birthday field is DD/MM)', () => {
  it.each<[string, BirthdaySpec | null, string]>([
    ['12/06', { month: 6, day: 12 }, 'a day-first column\'s 12/06 is 12 June'],
    ['06/11', { month: 11, day: 6 }, 'and its 06/11 is 6 November'],
    ['25/12', { month: 12, day: 25 }, 'a day over 12 is the day either way'],
    ['12-06', { month: 6, day: 12 }, 'a dash as well as a slash'],
    ['3月5日', { month: 3, day: 5 }, 'a date written with its words has one reading whatever the column'],
    ['June 12', { month: 6, day: 12 }, 'so has a month name'],
  ])('%j → %j (%s)', (value, expected) => {
    expect(readBirthday(cell(value), 'day-first')).toEqual(expected);
  });
});
