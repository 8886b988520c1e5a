/**
 * The region a row's own country column names (Shopify's Default Address Country Code AU, HubSpot's
 * Country/Region United Kingdom) when it is another than the sheet's: that row's phone numbers and
 * postcode are read by its country's rules, so Sydney's 2000 is no US ZIP code that lost its zero and
 * a London (020) 7946 0958 no invalid American number.
 */
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import type { AmbiguousDatePolicy, Settings } from '../settings/types';
import { countryRegion, UNKNOWN_REGION } from './country-names';

/** Fields read by a region's rules. */
export const REGIONAL_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone', 'postcode']);

/** Distinct country texts remembered: a sheet names a few dozen countries, however long. */
const MEMO_LIMIT = 1000;

/**
 * The region each row's country cell names, or null when it names none or the sheet's own.
 * A place no rules are known for (Europe, Swizerland) is UNKNOWN_REGION when `unknownApart` (the
 * column names countries: its row is from somewhere else), whose row is read by the sheet's rules
 * but for what would rewrite a foreign value (a postcode's zeros: build.ts); else null (a column of
 * East and West says nothing of any row).
 */
export function rowRegions(col: number, sheetRegion: string, unknownApart: boolean): (row: Row) => string | null {
  return byRowCountry(col, (named) => (named === sheetRegion || (named === UNKNOWN_REGION && !unknownApart) ? null : named));
}

/**
 * What each row's country cell says through `of` (its region's rules, date order, currency), worked
 * out once per distinct country text: a sheet names a few dozen countries, however long.
 */
export function byRowCountry<T>(col: number, of: (region: string | null) => T | null): (row: Row) => T | null {
  const memo = new Map<string, T | null>();
  return (row) => {
    const cell = row.cells[col];
    if (cell?.kind !== 'text') return null;
    let value = memo.get(cell.value);
    if (value === undefined) {
      value = of(countryRegion(cell.value));
      if (memo.size < MEMO_LIMIT) memo.set(cell.value, value);
    }
    return value;
  };
}

/** A phone cell's text dialled from abroad (+1 415…, 00852 9123…, Shopify's '+1415…): its digits after + or 00. */
const DIALLED = /^'?\s*(?:\+|＋|00)\s*(\d[\d\s().-]*)/;

/**
 * The region a row's country cell names, heeded only where the row's own numbers are written with
 * that country's code: a Chinese team's contact list whose address country is US and whose mobile
 * is +1 415 555 0132 holds an American customer, whose 94105 is a ZIP code, not a Chinese postcode
 * one digit short. Two cells of the row agree, where the column alone would not be believed: in a
 * sheet of Chinese mobiles a 国家 column is as often where the customer travels to (a travel
 * agency's 日本 beside 13812345678), and a row with a Chinese mobile or no number at all stays the
 * sheet's.
 */
export function dialledRegions(col: number, sheetRegion: string, phoneCols: readonly number[]): (row: Row) => string | null {
  const named = rowRegions(col, sheetRegion, false);
  return (row) => {
    const region = named(row);
    if (region === null || region === UNKNOWN_REGION) return null;
    const code = callingCode(region);
    if (code === null) return null;
    for (const c of phoneCols) {
      const cell = row.cells[c];
      if (cell?.kind !== 'text') continue;
      const dialled = DIALLED.exec(cell.value.trim());
      // Calling codes are prefix-free: digits that begin with 1 are North America's, 852 Hong Kong's.
      if (dialled && dialled[1].replace(/\D/g, '').startsWith(code)) return region;
    }
    return null;
  };
}

const callingCode = (region: string): string | null => (isSupportedCountry(region) ? getCountryCallingCode(region) : null);

/**
 * The settings a row of `region` is cleaned with. Its numbers are read there and written whole
 * (+44 20 7946 0958), as any foreign number in the sheet is; a region that dials as the sheet's does
 * (Canada in a US sheet) keeps the sheet's format.
 */
export function rowSettings(settings: Settings, region: string): Settings {
  const { format, defaultRegion } = settings.phone;
  const same = callingCode(region) === callingCode(defaultRegion.toUpperCase());
  return { ...settings, phone: { ...settings.phone, defaultRegion: region, format: same || format === 'e164' ? format : 'international' } };
}


/**
 * The order a row's dates are read in, by the country its country cell names (sheet-locale.ts
 * rowDateOrders), or null: a row naming no country, or one whose order is not known.
 */
export function rowDateOrder(col: number, orders: ReadonlyMap<string, AmbiguousDatePolicy>): (row: Row) => AmbiguousDatePolicy | null {
  return byRowCountry(col, (region) => (region === null ? null : orders.get(region) ?? null));
}
