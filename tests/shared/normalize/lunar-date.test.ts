import { readLunarDate, saysLunar, type LunarDate } from '../../../shared/normalize/lunar-date';

describe('readLunarDate: one reading of lunar dates for the cleaner, reminders and duplicates', () => {
  it.each<[string, LunarDate | null, string]>([
    ['农历十月廿五', { month: 10, day: 25 }, '农历 before the date'],
    ['農曆十月廿五', { month: 10, day: 25 }, 'traditional 農曆'],
    ['陰曆十月廿五', { month: 10, day: 25 }, 'traditional 陰曆'],
    ['旧历三月初五', { month: 3, day: 5 }, '旧历'],
    ['农历：十月廿五', { month: 10, day: 25 }, 'a colon after the word'],
    ['1988年農曆十月廿五', { month: 10, day: 25, year: 1988 }, 'the year before the word'],
    ['阴历1988年十月廿五日', { month: 10, day: 25, year: 1988 }, 'the year after the word, 日 at the end'],
    ['农历10月25日', { month: 10, day: 25 }, 'digits'],
    ['10月25日(农历)', { month: 10, day: 25 }, 'the word after the date, in brackets'],
    ['1988-10-25（农历）', { month: 10, day: 25, year: 1988 }, 'a full date with a full-width bracketed note'],
    ['农历 十月二十五', { month: 10, day: 25 }, 'a space, 二十五'],
    ['农历闰四月初八', { month: 4, day: 8, leapMonth: true }, 'a leap month'],
    ['農曆閏四月初八', { month: 4, day: 8, leapMonth: true }, 'a traditional leap month'],
    ['腊月初八', { month: 12, day: 8 }, '腊月 exists only in the lunar calendar'],
    ['臘月初八', { month: 12, day: 8 }, 'traditional 臘月'],
    ['冬月十五', { month: 11, day: 15 }, '冬月 is the eleventh lunar month'],
    ['正月初一', { month: 1, day: 1 }, '正月 is the first lunar month'],
    ['1990年腊月廿三', { month: 12, day: 23, year: 1990 }, 'a lunar-only month with its year'],
    ['腊月三十', { month: 12, day: 30 }, '三十'],
    ['闰六月初五', { month: 6, day: 5, leapMonth: true }, 'a leap month, unmarked: only the lunar calendar has one'],
    ['閏四月初八', { month: 4, day: 8, leapMonth: true }, 'a traditional leap month, unmarked'],
    ['1987年闰六月十五', { month: 6, day: 15, leapMonth: true, year: 1987 }, 'a leap month with its year'],
    ['闰4月8日', { month: 4, day: 8, leapMonth: true }, 'a leap month in digits is lunar too'],
    ['90年农历10月25', { month: 10, day: 25 }, 'a two-digit year before the word: read without it (its century is a guess)'],
    ['農曆11月初1', { month: 11, day: 1 }, '初 with the digit an input method offers first'],
    ['农历三月初10', { month: 3, day: 10 }, '初10'],
    ['【农历】11-06', { month: 11, day: 6 }, 'the word in brackets before the date'],
    ['10月25日(农)', { month: 10, day: 25 }, 'the word cut short to 农 in brackets after it'],
    ['10月25日（阴）', { month: 10, day: 25 }, '阴 cut short, full-width brackets'],
    ['古历十月廿五', { month: 10, day: 25 }, '古历, what older people call it'],
    ['老历腊月初八', { month: 12, day: 8 }, '老历'],
    ['农历三月初11', null, 'no day 初11: 初 counts only the first ten'],
    ['十一月初六', { month: 11, day: 6 }, 'unmarked, but 初六 is a lunar day: a solar date says 六日 or 6日'],
    ['六月初五', { month: 6, day: 5 }, 'unmarked: 初五 is how a Chinese user writes the fifth lunar day'],
    ['十月廿五', { month: 10, day: 25 }, 'unmarked: 廿五 is lunar wording'],
    ['三月卅', { month: 3, day: 30 }, 'unmarked: 卅 is lunar wording'],
    ['11月初6', { month: 11, day: 6 }, 'unmarked, 初 with a digit'],
    ['1990年十月廿五', { month: 10, day: 25, year: 1990 }, 'unmarked, with its year'],
    ['腊月8日', { month: 12, day: 8 }, '腊月 is a lunar-only month, whatever the day is written in'],
    ['正月15', { month: 1, day: 15 }, '正月 with a day in digits'],
    ['十月二十五', null, 'unmarked 二十五 is solar wording too (十月二十五日): not guessed'],
    ['六月十五', null, 'unmarked 十五 is solar wording too: not guessed'],
    ['三月三十', null, 'unmarked 三十 is solar wording too: not guessed'],
    ['12月8日', null, 'a solar month and day'],
    ['1988-10-25', null, 'a solar date'],
    ['农历十三月初一', null, 'no thirteenth month'],
    ['农历三月三十一', null, 'a lunar month has at most 30 days'],
    ['农历生日不详', null, 'says lunar, but no date'],
    ['', null, 'blank'],
  ])('%j → %j (%s)', (text, expected) => {
    expect(readLunarDate(text)).toEqual(expected);
  });

  it.each<[string, LunarDate]>([
    ['三月初八', { month: 3, day: 8 }],
    ['1990-03-08', { month: 3, day: 8, year: 1990 }],
    ['3月8日', { month: 3, day: 8 }],
  ])('in a 农历生日 column any month and day is lunar: %j', (text, expected) => {
    expect(readLunarDate(text, true)).toEqual(expected);
  });

  it.each([['农历生日不详', true], ['Lunar New Year', true], ['10月25日(农)', true], ['古历生日', true], ['农夫山泉', false], ['lunarmodule', false], ['2024-03-05', false]])('%j says lunar: %s', (text, expected) => {
    expect(saysLunar(text)).toBe(expected);
  });
});
