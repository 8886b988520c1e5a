import fc from 'fast-check';
import {
  addDays, daysBetween, daysInMonth, formatIso, fromDayNumber, fromSerial, isoDayNumber, parseIso, toDayNumber, toSerial, isValidCivil,
} from '../../../shared/table/civil-date';

describe('civil dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2024-03-05', 19787],
    ['1899-12-30', -25569],
  ])('%s is day %i since 1970-01-01', (iso, day) => {
    expect(toDayNumber(parseIso(iso)!)).toBe(day);
    expect(formatIso(fromDayNumber(day))).toBe(iso);
  });

  it('round-trips every day number from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (z) => toDayNumber(fromDayNumber(z)) === z),
    );
  });

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['2024-02-30', 'February never has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-3-5', 'ISO needs two-digit month and day'],
  ])('rejects %s (%s)', (iso) => expect(parseIso(iso)).toBeNull());

  it('keeps the date part of a date-time', () => {
    expect(parseIso('2024-03-05T14:30')).toEqual({ y: 2024, m: 3, d: 5 });
  });

  it('counts across a leap day and a year end', () => {
    expect(daysBetween({ y: 2024, m: 2, d: 28 }, { y: 2024, m: 3, d: 1 })).toBe(2);
    expect(addDays({ y: 2024, m: 12, d: 30 }, 3)).toEqual({ y: 2025, m: 1, d: 2 });
    expect(isValidCivil(1900, 2, 29)).toBe(false);
  });

  it('knows the length of every month, leap years by the Gregorian rule (1900 no, 2000 yes)', () => {
    for (const y of [1900, 1999, 2000, 2023, 2024, 2100]) {
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    expect(daysInMonth(2024, 13)).toBe(0);
  });
});

describe('spreadsheet serial numbers (PITFALLS A6)', () => {
  it.each([
    [1, '1900-01-01', 'first day of the 1900 system'],
    [59, '1900-02-28', 'last real day before the fake leap day'],
    [61, '1900-03-01', 'first day after the fake leap day'],
    [45000, '2023-03-15', 'a modern date'],
    [45356, '2024-03-05', 'the sample sheets’ favourite date'],
  ])('Excel 1900 serial %i is %s (%s)', (serial, iso) => {
    expect(formatIso(fromSerial(serial, '1900')!.date)).toBe(iso);
    expect(toSerial(parseIso(iso)!, '1900')).toBe(serial);
  });

  it('serial 60 is Excel’s fake 1900-02-29 and has no real date', () => {
    expect(fromSerial(60, '1900')).toBeNull();
  });

  it('the 1904 system is 1,462 days later for the same serial', () => {
    expect(formatIso(fromSerial(45000 - 1462, '1904')!.date)).toBe('2023-03-15');
  });

  it('Google Sheets has the same epoch without the fake day', () => {
    expect(formatIso(fromSerial(1, 'sheets')!.date)).toBe('1899-12-31');
    expect(formatIso(fromSerial(45000, 'sheets')!.date)).toBe('2023-03-15');
  });

  it('keeps the time of day as seconds', () => {
    expect(fromSerial(45000.5, '1900')).toEqual({ date: { y: 2023, m: 3, d: 15 }, seconds: 43200 });
  });
});

describe('parseIso without a regex for plain YYYY-MM-DD', () => {
  /** The definition: the pattern, then a real calendar day. */
  const reference = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.exec(iso);
    if (!m) return null;
    const y = +m[1], mo = +m[2], d = +m[3];
    return isValidCivil(y, mo, d) ? { y, m: mo, d } : null;
  };
  it('reads every ten-character text as the pattern does', () => {
    const tenChars = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.stringMatching(/^[0-9a/+\- ]{4}-[0-9a/+\- ]{2}-[0-9a/+\- ]{2}$/),
      fc.string({ minLength: 10, maxLength: 10 }),
    );
    fc.assert(fc.property(tenChars, (s) => expect(parseIso(s)).toEqual(reference(s))), { numRuns: 5000 });
  });

  it('isoDayNumber is the day number of what parseIso reads, without the object', () => {
    const iso = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.constantFrom('2024-03-05T14:30', '2024-02-29 08:00:00', '2023-02-29', '2024-3-5', ''),
      fc.string({ minLength: 10, maxLength: 16 }),
    );
    fc.assert(
      fc.property(iso, (s) => {
        const civil = parseIso(s);
        expect(isoDayNumber(s)).toBe(civil ? toDayNumber(civil) : null);
      }),
      { numRuns: 5000 },
    );
  });
});
