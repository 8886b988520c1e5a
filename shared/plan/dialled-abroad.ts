/**
 * A row whose own number is dialled from another country, where no country column says where the
 * customer is: a French boutique's Belgian customer (+32 470 12 34 56, Bruxelles) has a Belgian
 * postcode, and her 1000 is no French code that lost its zero (01000 is Bourg-en-Bresse: tester h79 #3).
 * Her row is read as a row whose country column names a place of no known rules is (build.ts
 * cleanUnplaced): by the sheet's rules, but no postcode is given zeros back, as a foreign code so
 * rewritten is lost. Her numbers are read as before: a number dialled with its country code is read
 * right by any region's rules, and an Irish club's 0044 7722 123456 keeps the form it was written in.
 * A row with the sheet's own numbers, or none, stays the sheet's.
 */
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { Row } from '../table/table';
import { UNKNOWN_REGION } from './country-names';

/** A number dialled from abroad (+32 470…, 0032 470…): its digits after + or 00. */
const DIALLED = /^'?\s*(?:\+|＋|00)\s*(\d[\d\s().-]*)$/;

/**
 * Each row's place by the first of its numbers dialled with a country code: UNKNOWN_REGION where that
 * is another than the sheet's, else null. Null (no lookup at all) on a sheet without a postcode column.
 */
export function dialledAbroad(sheetRegion: string, phoneCols: readonly number[], hasPostcode: boolean): ((row: Row) => string | null) | null {
  const region = sheetRegion.toUpperCase();
  const home = isSupportedCountry(region) ? getCountryCallingCode(region) : null;
  if (!hasPostcode || home === null || phoneCols.length === 0) return null;
  return (row) => {
    for (const c of phoneCols) {
      const cell = row.cells[c];
      if (cell?.kind !== 'text') continue;
      const m = DIALLED.exec(cell.value.trim());
      // Calling codes are prefix-free: digits that begin with the sheet's code are dialled home.
      if (m !== null) return m[1].replace(/\D/g, '').startsWith(home) ? null : UNKNOWN_REGION;
    }
    return null;
  };
}
