/**
 * What a number typed in a date column can be, per field, as data (tester h77 #2). A number from
 * 1900 to 2100 is a year (a vet clinic's Client Since 2018, a gym's Member since 2021): read as a
 * serial it was a day of 1905 that nobody typed. Any other number is a serial only where the day it
 * gives is one the column can hold: a birthday or anniversary from 1900, any other date (a purchase,
 * a contract, a follow-up, a customer's start) from 1970, as a serial pasted as text already is
 * (date.ts SERIAL_TEXT_FROM). Below that, 12 or 365 under Last Purchase is a count, not 1900-01-12.
 */
import type { FieldId } from '../schema/fields';

/** The years a bare number is read as: a year, never the serial of a day in 1905. */
export const YEARS_TYPED = { from: 1900, to: 2100 } as const;

/** The first year a serial may give, by field; every other date field reads from BUSINESS_FROM. */
const SERIAL_FROM_YEAR: Readonly<Partial<Record<FieldId, number>>> = { birthday: 1900, anniversary: 1900 };
const BUSINESS_FROM = 1970;
/** The last year a serial may give in any date column. */
export const SERIAL_TO_YEAR = 2100;

/** Whether `n` is a year as people type one in a date column (2018). */
export const isYearTyped = (n: number): boolean => Number.isInteger(n) && n >= YEARS_TYPED.from && n <= YEARS_TYPED.to;

/** The first year a serial in a column of `field` may give. */
export const serialFromYear = (field: FieldId): number => SERIAL_FROM_YEAR[field] ?? BUSINESS_FROM;

/**
 * Date fields in which a year is the whole answer: a customer since 2018 says all the column asks.
 * Elsewhere a year is said as the part of a date it is (date.partial, date.partialBirthday).
 */
export const YEAR_IS_ENOUGH: ReadonlySet<FieldId> = new Set<FieldId>(['createdAt']);
