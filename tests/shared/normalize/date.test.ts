import type { FieldId } from '../../../shared/schema/fields';
import fc from 'fast-check';
import { cleanCell } from '../../../shared/normalize';
import { dayMonthOrder, parseDateText, pivotYear } from '../../../shared/normalize/date-text';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor, TODAY } from './context';
import { t } from '../../../shared/i18n';

const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });
const date = (value: string): Cell => ({ kind: 'date', value });
const ctx = ctxFor('birthday');

describe('cleanDate: text to date cells', () => {
  it.each([
    ['2024-03-05', '2024-03-05', 'ISO'],
    ['2024/3/5', '2024-03-05', 'Excel-CN display format'],
    ['2024年3月5日', '2024-03-05', 'Chinese'],
    ['2024年3月5号', '2024-03-05', 'spoken Chinese 号'],
    ['２０２４年３月５日', '2024-03-05', 'full-width digits'],
    ['2024 年 3 月 5 日', '2024-03-05', 'spaces between the parts'],
    ['二〇二四年三月五日', '2024-03-05', 'Chinese numerals'],
    ['二〇二四年十二月三十一日', '2024-12-31', 'Chinese numerals with 十'],
    ['2024.03.05', '2024-03-05', 'dotted'],
    ['20240305', '2024-03-05', 'compact'],
    ['2024-3-5 14:30', '2024-03-05T14:30', 'date and time'],
    ['2024/03/05 14:30:15', '2024-03-05T14:30:15', 'seconds kept'],
    ['2024/03/05 09:01:00', '2024-03-05T09:01:00', ':00 seconds kept as typed, as 14:30:15 keeps its'],
    ['2024-03-05 00:00:00', '2024-03-05', 'midnight from a database export is a date only'],
    ['2024-03-05T14:30:00Z', '2024-03-05T14:30', 'ISO with T and a zone (the zone is dropped: civil)'],
    ['2024-03-05T14:30:00.000+08:00', '2024-03-05T14:30', 'ISO with milliseconds and offset'],
    ['2024年3月5日 下午2点30分', '2024-03-05T14:30', 'Chinese afternoon time'],
    ['2024年3月5日 14时30分', '2024-03-05T14:30', 'Chinese 24-hour time'],
    ['2024年3月5日 星期二', '2024-03-05', 'weekday after the date'],
    ['2024-03-05（周二）', '2024-03-05', 'weekday in brackets'],
    ['Mar 5, 2024', '2024-03-05', 'US style with month name'],
    ['March 5th 2024', '2024-03-05', 'ordinal'],
    ['Tuesday, March 5, 2024', '2024-03-05', 'with weekday'],
    ['5 March 2024', '2024-03-05', 'British style'],
    ['5th of March, 2024', '2024-03-05', 'spelled out'],
    ['05-Mar-2024', '2024-03-05', 'Excel dd-mmm-yyyy'],
    ['Sept. 9, 2023', '2023-09-09', 'Sept. abbreviation'],
    ['2024 Mar 5', '2024-03-05', 'year first with month name'],
    ['5/13/2024 2:30 PM', '2024-05-13T14:30', 'US date and 12-hour time'],
    ['13/05/2024', '2024-05-13', '13 cannot be a month: day-first'],
    ['05/13/2024', '2024-05-13', '13 cannot be a month: month-first'],
    ['05/05/2024', '2024-05-05', 'both readings are the same day'],
    ['29.02.2024', '2024-02-29', 'German dotted, a leap day'],
  ])('%j → %s (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(date(expected));
    expect(r.reason).toBe('fix.date');
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['24-3-5', '2024-03-05', 2024, 'Chinese short year first'],
    ['90年3月5日', '1990-03-05', 1990, 'Chinese short year'],
    ['3/5/20', '2020-03-05', 2020, 'English short year last, read month-first by policy (a birthday of 2020, or of 1920)'],
    ['05-Mar-24', '2024-03-05', 2024, 'Excel dd-mmm-yy'],
    ['35-1-1', '2035-01-01', 2035, 'up to ten years ahead'],
    ['36-1-1', '1936-01-01', 1936, 'beyond that, last century'],
  ])('two-digit year %j is read as %s (%s): a birthday whose century is in doubt is kept as typed and said (tester h60)', (raw, expected, year) => {
    const r = cleanCell(text(raw), ctxFor('birthday', { dates: { ambiguous: 'month-first' } }));
    expect(r.cell).toEqual(text(raw));
    // Read as a customer under 5 (24-3-5, 35-1-1 in 2025) it is a warning; else an info.
    // A year written first is also said to be maybe a 民國 year (see below): the other reading is that year.
    expect(r.findings).toEqual([{ code: expect.stringMatching(/^date\.twoDigitYear(?:Kept|KeptRoc|Young)$/), severity: expect.stringMatching(/^(?:info|warning)$/), params: expect.objectContaining({ value: raw, year }) }]);
    // A business day with the same text is still read as the date (its classes and reminders need the day):
    // written when its year is in no doubt, else kept as typed too and read as that day (two-digit-business-dates.test.ts).
    const business = cleanCell(text(raw), ctxFor('lastPurchase', { dates: { ambiguous: 'month-first' } }));
    expect(business.read ?? business.cell).toEqual(date(expected));
  });

  it('flags 03/05/2024 under the default policy, with both readings', () => {
    const cell = text('03/05/2024');
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.ambiguous', severity: 'warning', params: { value: '03/05/2024', monthFirst: '2024-03-05', dayFirst: '2024-05-03' } }]);
  });

  it.each([
    ['01.11.2024', '2024-11-01', 'German'],
    ['03.12.2024', '2024-12-03', 'a follow-up, German'],
    ['05.04.2023 14:30', '2023-04-05T14:30', 'Swiss, with a time'],
    ['1.2.2024', '2024-02-01', 'Russian, unpadded'],
  ])('%j → %s under the default policy: a dotted date with the year last is day first wherever it is written (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(date(expected));
    expect(r.findings).toEqual([]);
  });

  it('reads 01.11.2024 month first when the user set month-first', () => {
    expect(cleanCell(text('01.11.2024'), ctxFor('birthday', { dates: { ambiguous: 'month-first' } })).cell).toEqual(date('2024-01-11'));
  });

  it.each([
    ['month-first', '2024-03-05'],
    ['day-first', '2024-05-03'],
  ] as const)('reads 03/05/2024 %s when told to', (ambiguous, expected) => {
    expect(cleanCell(text('03/05/2024'), ctxFor('birthday', { dates: { ambiguous } })).cell).toEqual(date(expected));
  });

  it.each([
    ['2024-02-30', 'no 30 February'],
    ['2023-02-29', 'not a leap year'],
    ['2024年13月1日', 'no month 13'],
    ['2024-04-31', 'April has 30 days'],
    ['13/13/2024', 'neither part can be a month'],
    ['2月30日', 'no 30 February, even without a year'],
  ])('%j: date.invalid error, unchanged (%s)', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.invalid', severity: 'error', params: { value: raw } }]);
  });

  it.each([['3月5日'], ['3月5号'], ['03-05'], ['--03-05'], ['Mar 5'], ['5 March'], ['2月29日']])('%j has no year: unchanged, date.noYear', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.noYear', severity: 'info', params: { value: raw } }]);
  });

  it.each([['0000-00-00'], ['0000-00-00 00:00:00'], ['1900-01-00']])('%j, a database\'s or Excel\'s zero date, is no date: unchanged and not flagged', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctx)).toMatchObject({ cell, findings: [] });
  });

  it.each<FieldId>(['lastContact', 'contractEnd'])('a date without a year in %s cannot be placed: a warning to add the year', (field) => {
    const cell = text('3月5日');
    const r = cleanCell(cell, ctxFor(field));
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.noYearNeeded', severity: 'warning', params: { value: '3月5日' } }]);
  });

  it.each<[string, string]>([['3月5日', '2025-03-05'], ['Jan 20', '2025-01-20'], ['12/05', '2025-12-05']])(
    'a follow-up %j without a year stays as typed, and says the nearest such day (%s) the reminder takes',
    (raw, date) => {
      const cell = text(raw);
      const r = cleanCell(cell, ctxFor('nextFollowUp'));
      expect(r.cell).toBe(cell);
      expect(r.findings).toEqual([{ code: 'date.noYearAssumed', severity: 'warning', params: { value: raw, date } }]);
    },
  );

  it('says it in both languages', () => {
    const [f] = cleanCell(text('11月10日'), ctxFor('nextFollowUp', { today: { y: 2026, m: 11, d: 15 } })).findings;
    expect(t('zh-CN', f.code, f.params)).toBe('“11月10日”没有年份：跟进提醒按离今天最近的这一天算，即 2026-11-10。如指的是别的年份，请补上年份。');
    expect(t('en', f.code, f.params)).toBe('"11月10日" has no year: the follow-up reminder takes the nearest such day to today, 2026-11-10. Add the year if another is meant.');
  });

  it('a follow-up on 29 February with no such day within half a year cannot be placed', () => {
    const r = cleanCell(text('2月29日'), ctxFor('nextFollowUp', { today: { y: 2026, m: 8, d: 30 } }));
    expect(r.findings.map((f) => f.code)).toEqual(['date.noYearNeeded']);
  });

  it.each([['农历三月初五'], ['阴历腊月廿三'], ['1990年农历3月5日'], ['農曆十月廿五'], ['10月25日(农历)'], ['1988-10-25（农历）'], ['腊月初八'], ['冬月十五'], ['正月初一'], ['闰六月初五'], ['十一月初六'], ['六月初五'], ['十月廿五']])('%j is a lunar date: unchanged, date.lunar', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.lunar', severity: 'info', params: { value: raw } }]);
  });

  it.each([['农历生日不详'], ['农历十月'], ['農曆 8/32']])('%j says lunar but is no lunar day: unchanged, date.lunarUnread (not "reminders can read it")', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'date.lunarUnread', severity: 'warning', params: { value: raw } }]);
  });

  it.each([
    ['45231', '2023-11-01', '1900'],
    ['45231.5', '2023-11-01T12:00', '1900'],
    ['45231', '2027-11-02', '1904'],
  ] as const)('%j, a serial pasted as text, is the date the workbook shows: %s (%s system)', (raw, iso, dateSystem) => {
    const r = cleanCell(text(raw), ctxFor('lastPurchase', { dateSystem }));
    expect(r.cell).toEqual({ kind: 'date', value: iso });
    // Said as a serial read as a date: the user sees 45231 become 2023-11-01, no text that showed that day.
    expect(r.reason).toBe('fix.dateSerial');
    expect(r.findings).toEqual([]);
  });

  // 3.5 under 生日 is 3月5日 without a year (tests/shared/normalize/birthday-shorthand.test.ts, tester h60); elsewhere no date.
  it.each([['12345', ctx], ['3.5', ctxFor('lastContact')], ['2024-03-05 到 2024-04-05', ctx], ['marketing 5', ctx], ['99999', ctx]])('%j is not a date: unchanged, date.unrecognized', (raw, context) => {
    const cell = text(raw);
    const r = cleanCell(cell, context);
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => f.code)).toEqual(['date.unrecognized']);
  });
});

describe('cleanDate: what contract and other date cells hold instead of one date', () => {
  it.each([
    ['contractEnd', '2024.12.31-2025.12.31', '2025-12-31', 'fix.periodEnd', 'a period: its end for the end column'],
    ['contractStart', '2024.12.31-2025.12.31', '2024-12-31', 'fix.periodStart', 'and its start for the start column'],
    ['contractEnd', '2024年1月1日至2024年12月31日', '2024-12-31', 'fix.periodEnd', 'written with 至'],
    ['contractEnd', '2024/1/1~2024/12/31', '2024-12-31', 'fix.periodEnd', 'written with ~'],
    ['contractEnd', '2024-1-1-2024-12-31', '2024-12-31', 'fix.periodEnd', 'hyphens inside and between the dates'],
    ['contractEnd', '至2025年6月30日', '2025-06-30', 'fix.date', 'an end with 至 before it'],
    ['contractEnd', 'until 30 June 2025', '2025-06-30', 'fix.date', 'in English'],
  ])('%s %j → %s (%s)', (field, raw, expected, reason) => {
    const r = cleanCell(text(raw), ctxFor(field as 'contractEnd'));
    expect(r.cell).toEqual(date(expected));
    expect(r.reason).toBe(reason);
    expect(r.findings).toEqual([]);
  });

  it.each([['长期'], ['无固定期限'], ['永久有效'], ['open-ended'], ['自动续约'], ['Auto-renew'], ['month-to-month']])('a contract without an end (%j) is no mistake', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctxFor('contractEnd'))).toEqual({ cell, findings: [] });
  });

  it.each([['无'], ['/'], ['—'], ['N/A'], ['待定'], ['TBD']])('a placeholder for no date (%j) is as good as a blank: nothing to flag', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctxFor('lastContact'))).toEqual({ cell, findings: [] });
  });

  it.each<[string, string]>([['2027年1月', '2027-01-31'], ['2027.02', '2027-02-28'], ['11/2025', '2025-11-30'], ['Feb 2028', '2028-02-29']])(
    'a contract end of a month (%j) is kept as typed and said to be reminded on the month\'s last day (%s)',
    (raw, date) => {
      const cell = text(raw);
      const r = cleanCell(cell, ctxFor('contractEnd'));
      expect(r.cell).toEqual(cell);
      expect(r.findings).toEqual([{ code: 'date.partialMonthEnd', severity: 'warning', params: { value: raw, date } }]);
    },
  );

  it('says the month\'s last day in both languages, and only where a reminder takes it', () => {
    const [f] = cleanCell(text('2027年1月'), ctxFor('contractEnd')).findings;
    expect(t('zh-CN', f.code, f.params)).toBe('“2027年1月”只有年月，没有具体的日：到期提醒按该月最后一天（2027-01-31）计算，其他日期检查需要完整日期。如到期日是别的日子，请写完整日期（如 2024-03-05）。');
    expect(t('en', f.code, f.params)).toBe('"2027年1月" gives a month, not a day: contract reminders take the month\'s last day (2027-01-31), other date checks need the whole date. Write it (2024-03-05) if it ends on another day.');
    const [other] = cleanCell(text('2027年1月'), ctxFor('contractStart')).findings;
    expect(t('zh-CN', other.code, other.params)).toBe('“2027年1月”只有年份或年月，没有具体的日：提醒和日期检查需要完整日期（如 2024-03-05）。');
    // A purchase or contact of a month is read by the classes as its last day (classify/month-dates.ts).
    const [contact] = cleanCell(text('2024年11月'), ctxFor('lastContact')).findings;
    expect(t('zh-CN', contact.code, contact.params)).toBe('“2024年11月”只有年月，没有具体的日：客户类型和活跃度按该月最后一天（2024-11-30，不晚于今天）计算，其他日期检查和提醒需要完整日期。如知道是哪天，请写完整日期（如 2024-03-05）。');
    expect(t('en', contact.code, contact.params)).toBe('"2024年11月" gives a month, not a day: the customer\'s type and activity take the month\'s last day (2024-11-30, today at the latest), other date checks and reminders need the whole date. Write it (2024-03-05) if you know the day.');
  });

  it.each<[string, string, string, string]>([
    ['birthday', '80后', 'date.partialBirthday', 'info'],
    ['birthday', '1985年', 'date.partialBirthday', 'info'],
    ['birthday', '85年5月', 'date.partialBirthday', 'info'],
    ['birthday', 'May 1985', 'date.partialBirthday', 'info'],
    ['nextFollowUp', '2024.11', 'date.partial', 'warning'],
    ['updatedAt', '2024年11月', 'date.partial', 'warning'],
    ['contractEnd', '2027年', 'date.partial', 'warning'],
    ['contractStart', '2024年11月', 'date.partial', 'warning'],
    ['nextFollowUp', '下周', 'date.relative', 'warning'],
    ['nextFollowUp', '下周三', 'date.relative', 'warning'],
    ['nextFollowUp', '下个月初', 'date.relative', 'warning'],
    ['nextFollowUp', '月底', 'date.relative', 'warning'],
    ['nextFollowUp', '节后', 'date.relative', 'warning'],
    ['nextFollowUp', '尽快', 'date.relative', 'warning'],
    ['lastContact', '昨天', 'date.relative', 'warning'],
    ['nextFollowUp', 'next week', 'date.relative', 'warning'],
    ['nextFollowUp', 'ASAP', 'date.relative', 'warning'],
  ])('%s %j is no date but no slip either: %s (%s), left as typed', (field, raw, code, severity) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctxFor(field as FieldId));
    expect(r.cell).toEqual(cell);
    expect(r.findings).toEqual([{ code, severity, params: { value: raw } }]);
  });

  it.each<[string, string]>([
    ['lastContact', '2024-01-01 to 2024-03-01'],
    ['birthday', '长期'],
    ['contractEnd', 'abc'],
  ])('flags the rest (%s %j)', (field, raw) => {
    expect(cleanCell(text(raw), ctxFor(field as 'birthday')).findings.map((f) => f.code)).toEqual(['date.unrecognized']);
  });
});

describe('cleanDate: numbers and date cells', () => {
  it.each([
    [45356, '1900', '2024-03-05', 'Excel serial'],
    [45356.5, '1900', '2024-03-05T12:00', 'serial with half a day'],
    [45356.604166666664, '1900', '2024-03-05T14:30', 'serial with 14:30'],
    [43894, '1904', '2024-03-05', '1904 date system (Mac Excel)'],
    [45356, 'sheets', '2024-03-05', 'Google Sheets serial'],
  ] as const)('%d (%s) → %s (%s), said as a date serial read as a date', (n, dateSystem, expected, _why) => {
    const r = cleanCell(num(n), ctxFor('contractEnd', { dateSystem }));
    expect(r.cell).toEqual(date(expected));
    // A number under General in a date column (46000): no text was turned into a date, the number was read as Excel's day count.
    expect(r.reason).toBe('fix.dateSerial');
  });

  // A day of 1900 is a birthday's at most: a contract column reads serials from 1970 (year-in-date-column.test.ts).
  it.each([
    [1, '1900-01-01', 'first serial'],
    [61, '1900-03-01', 'after the fake leap day'],
  ] as const)('%d under a birthday → %s (%s)', (n, expected, _why) => {
    const r = cleanCell(num(n), ctxFor('birthday'));
    expect(r.cell).toEqual(date(expected));
    expect(r.reason).toBe('fix.dateSerial');
  });

  it.each([
    [20240305, '2024-03-05', 'yyyymmdd typed as a number'],
    [1151220, '2026-12-20', '民國 yyymmdd typed as a number'],
  ] as const)('%d → %s (%s), said as a number read as year, month and day', (n, expected, _why) => {
    const r = cleanCell(num(n), ctxFor('contractEnd'));
    expect(r.cell).toEqual(date(expected));
    expect(r.reason).toBe('fix.dateNumber');
  });

  it('says each in both languages, none of them as text turned into a date', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const texts = (['fix.dateSerial', 'fix.dateNumber'] as const).map((k) => t(lang, k));
      for (const said of texts) expect(said).not.toBe(t(lang, 'fix.date'));
    }
    expect(t('zh-CN', 'fix.dateSerial')).toContain('序列号');
    expect(t('en', 'fix.dateSerial')).toMatch(/serial/);
  });

  it('flags Excel\u2019s fake 1900-02-29 (serial 60)', () => {
    const cell = num(60);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['date.invalid', 'error']]);
  });

  it.each([
    [0, '1900'], [-5, '1900'], [99999, '1900'], [3e9, '1900'], [20241305, '1900'], [-5, '1904'], [1, 'sheets'],
  ] as const)('%d (%s) is no plausible date: unchanged, finding', (n, dateSystem) => {
    const cell = num(n);
    const r = cleanCell(cell, ctxFor('birthday', { dateSystem }));
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => f.code)).toEqual(['date.serialOutOfRange']);
  });

  it('leaves date cells and booleans alone', () => {
    const d = date('2024-03-05');
    expect(cleanCell(d, ctx)).toEqual({ cell: d, findings: [] });
    expect(cleanCell(d, ctx).cell).toBe(d);
    const b: Cell = { kind: 'boolean', value: true };
    expect(cleanCell(b, ctx).cell).toBe(b);
  });
});

describe('pivotYear', () => {
  it.each([
    [24, 2024], [35, 2035], [36, 1936], [99, 1999], [0, 2000],
  ])('%d → %d when today is 2025', (yy, y) => {
    expect(pivotYear(yy, TODAY)).toBe(y);
  });
  it('moves with today', () => {
    expect(pivotYear(40, { y: 2031, m: 1, d: 1 })).toBe(2040);
    expect(pivotYear(42, { y: 2031, m: 1, d: 1 })).toBe(1942);
  });
});

describe('parseDateText', () => {
  it('does not read a date out of a longer sentence', () => {
    expect(parseDateText('2024-03-05 已签约', { ambiguous: 'flag', today: TODAY }).kind).toBe('unrecognized');
  });
});

describe('dayMonthOrder: what one date says about its column', () => {
  it.each<[string, ReturnType<typeof dayMonthOrder>]>([
    ['05/13/2024', 'month-first'],
    ['13/05/2024', 'day-first'],
    ['13.05.2024', 'day-first'],
    ['03/05/2024', 'either'],
    ['01.11.2024', 'day-first'],
    ['2024.11.01', null],
    ['3-5-24', 'either'],
    ['05/05/2024', null],
    ['2024-03-05', null],
    ['2024/3/5', null],
    ['May 13, 2024', null],
    ['13/13/2024', null],
    ['31/04/2024', null],
    ['02/30/2024', null],
    ['不详', null],
  ])('%s → %s', (text, order) => {
    expect(dayMonthOrder(text)).toBe(order);
  });
});

describe('dayMonthOrder agrees with the reading itself (property)', () => {
  it('month first when only that reading is a date, day first the other way, either when both are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1950, max: 2050 }), fc.constantFrom('/', '.', '-'), (a, b, y, sep) => {
        const text = `${a}${sep}${b}${sep}${y}`;
        const order = dayMonthOrder(text);
        const read = parseDateText(text, { ambiguous: 'flag', today: TODAY });
        if (order === 'month-first') expect(read).toMatchObject({ kind: 'date', iso: expect.stringMatching(new RegExp(`^${y}-${String(a).padStart(2, '0')}-`)) });
        if (order === 'day-first') expect(read).toMatchObject({ kind: 'date', iso: expect.stringMatching(new RegExp(`^${y}-${String(b).padStart(2, '0')}-`)) });
        if (order === 'either') expect(read.kind).toBe('ambiguous');
        if (order === null && a !== b && !(a > 12 && b > 12)) expect(read.kind).toBe('invalid');
        if (a > 12 && b > 12) expect(order).toBeNull();
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('民國 (Republic of China) years, as Taiwan writes its dates', () => {
  // TODAY is 2025-06-15, 民國 114.
  it.each([
    ['115/12/20', '2026-12-20', 'three-digit year first: only 民國 years have three digits'],
    ['115.12.25', '2026-12-25', 'dotted'],
    ['115-1-5', '2026-01-05', 'dashed'],
    ['115年12月20日', '2026-12-20', 'with 年月日'],
    ['民國75年3月8日', '1986-03-08', '民國 said, two-digit year'],
    ['民國60年12月20日', '1971-12-20', '民國 said, December'],
    ['民国75年3月8日', '1986-03-08', 'Simplified 民国'],
    ['中華民國75年3月8日', '1986-03-08', 'the full name of the calendar'],
    ['民國116年3月1日', '2027-03-01', '民國 said, three-digit year'],
    ['民國七十五年三月八日', '1986-03-08', 'in Chinese numerals'],
    ['民75/3/8', '1986-03-08', '民 alone before the year'],
    ['0750308', '1986-03-08', 'seven digits yyymmdd, zero-padded (forms and bank systems)'],
    ['1151220', '2026-12-20', 'seven digits, three-digit year'],
  ])('%s → %s (%s), the cell kept in its 民國 years', (raw, expected) => {
    // A user who types 民國 years reads them: his cell keeps its calendar, the day is read (tester h72 #25).
    const r = cleanCell(text(raw), ctxFor('contractEnd'));
    expect(r.read).toEqual(date(expected));
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['1234567', 'seven digits that make no date (month 45) stay a number nobody can place'],
    ['0001231', 'year 0 of 民國 does not exist'],
  ])('%s is not read (%s)', (raw) => {
    expect(cleanCell(text(raw), ctxFor('contractEnd')).cell).toEqual(text(raw));
  });

  it('reads the seven digits typed into a number cell (1151220) as their text is read', () => {
    expect(cleanCell(num(1151220), ctxFor('contractEnd')).cell).toEqual(date('2026-12-20'));
    expect(cleanCell(num(1234567), ctxFor('contractEnd')).cell).toEqual(num(1234567));
  });

  it('in a column of 民國 years, reads 750308: the number cell dropped 0750308\'s zero', () => {
    expect(cleanCell(num(750308), ctxFor('birthday', { dates: { era: 'roc' } })).cell).toEqual(date('1986-03-08'));
    // Elsewhere six digits are no date anyone can place for sure.
    expect(cleanCell(num(750308), ctxFor('birthday')).cell).toEqual(num(750308));
  });

  it('reads 115/02/30 as the impossible day it is, not as text it cannot place', () => {
    expect(cleanCell(text('115/02/30'), ctxFor('contractEnd')).findings.map((f) => f.code)).toEqual(['date.invalid']);
  });

  it.each([
    ['75/03/08', '1975-03-08', 1975, 1986],
    ['71年12月3日', '1971-12-03', 1971, 1982],
    ['82.12.24', '1982-12-24', 1982, 1993],
  ])('without evidence of 民國 years, %s is read as %s as before (%s), and the finding names the 民國 reading (%s) too', (raw, expected, year, roc) => {
    // A contract end is kept as typed and read as the date (its doubt said again on every run); a
    // birthday, whose year is in doubt, is kept as typed (tester h60).
    const contract = cleanCell(text(raw), ctxFor('contractEnd'));
    expect([contract.cell, contract.read]).toEqual([text(raw), date(expected)]);
    expect(contract.findings).toEqual([{ code: 'date.twoDigitYearRoc', severity: 'info', params: { value: raw, year, roc } }]);
    const r = cleanCell(text(raw), ctxFor('birthday'));
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([{ code: 'date.twoDigitYearKeptRoc', severity: 'info', params: { value: raw, year, other: roc } }]);
  });

  it.each([
    ['75/03/08', '1986-03-08', 1986],
    ['71年12月3日', '1982-12-03', 1982],
    ['82.12.24', '1993-12-24', 1993],
    ['99/1/5', '2010-01-05', 2010],
  ])('in a column of 民國 years (dates.era roc), %s is %s, kept as typed and said so', (raw, expected, year) => {
    const r = cleanCell(text(raw), ctxFor('birthday', { dates: { era: 'roc' } }));
    expect(r.read).toEqual(date(expected));
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([{ code: 'date.rocYear', severity: 'info', params: { value: raw, year } }]);
  });

  it.each([
    ['3/5/24', 'a two-digit year last (month and day first) is no 民國 date'],
    ['24-3-5', 'under dates.era gregorian'],
  ])('keeps the plain two-digit-year finding for %s (%s)', (raw) => {
    const r = cleanCell(text(raw), ctxFor('birthday', { dates: { ambiguous: 'month-first', era: 'gregorian' } }));
    // The other reading named is the other century, no 民國 year (a customer of one in 2025: a warning, tester h60).
    expect(r.findings.map((f) => [f.code, f.params?.other])).toEqual([['date.twoDigitYearYoung', 1924]]);
  });
});

describe('a two-digit year whose century is in no doubt is read without a note (TODAY is 2025-06-15)', () => {
  const dayFirst = (field: FieldId) => ctxFor(field, { dates: { ambiguous: 'day-first' } });

  it.each([
    ['contractEnd', '31/12/26', '2026-12-31', 'a service plan ending next year'],
    ['nextFollowUp', '05/12/25', '2025-12-05', 'a follow-up this year'],
    ['lastPurchase', '15/11/24', '2024-11-15', 'a last job last year'],
    ['createdAt', '01/03/98', '1998-03-01', 'a customer since 1998'],
    ['birthday', '03/12/78', '1978-12-03', 'a birthday in 78 is 1978: 2078 is to come'],
    ['birthday', '04/12/60', '1960-12-04', 'and 60 is 1960'],
  ])('%s %j is %s (%s)', (field, raw, expected) => {
    const r = cleanCell(text(raw), dayFirst(field as FieldId));
    expect(r.cell).toEqual(date(expected));
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['birthday', '03/04/25', 2025, 'a baby born this year, or a centenarian of 1925'],
    ['birthday', '03/04/17', 2017, 'a child of eight, or a man of 108'],
    ['contractEnd', '31/12/40', 1940, 'a lease to 2040 read in the last century'],
  ])('%s %j, read as %s, still asks to check the century (%s)', (field, raw, year) => {
    const r = cleanCell(text(raw), dayFirst(field as FieldId));
    if (field === 'contractEnd') expect(r.findings).toEqual([{ code: 'date.twoDigitYear', severity: 'info', params: { value: raw, year } }]);
    // A birthday is kept as typed (tester h60): a baby of this year is a warning, a child of eight an info.
    else expect(r.findings).toEqual([{ code: year === 2025 ? 'date.twoDigitYearYoung' : 'date.twoDigitYearKept', severity: year === 2025 ? 'warning' : 'info', params: { value: raw, year, other: year - 100 } }]);
  });
});
