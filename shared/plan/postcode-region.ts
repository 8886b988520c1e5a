/**
 * Whose rules a postcode column is read by when nothing placed the sheet (too few numbers, states or
 * country cells to read it as another country's) and the settings' region is only the default: an
 * English sheet of four Shopify customers is no Chinese one because it says too little. Its postcodes
 * are ZIP codes when most are shaped like them and something American stands beside them (the
 * header's own word ZIP, a ZIP+4 code, a North American number, a US state); else they are only
 * tidied, as no region's. A sheet with anything Chinese in it (a header, a name, a mobile) keeps the
 * settings' China: its 邮编 are still checked.
 */
import { dropCodeMark } from '../text/fold';
import { STATE_NAMES } from './state-names';

/** No region's rules: postcode.ts only tidies a code of a region it has no rule for. */
export const NO_POSTCODE_RULES = 'ZZ';

/** What the sheet shows beside its postcode column. */
export interface PostcodeEvidence {
  /** The postcode column's header (Zip, ZIP Code, Address Zip, Postal Code). */
  header: string;
  /** Its filled cells, as text. */
  codes: readonly string[];
  /** Phone numbers written the North American way ((415) 555-0134, +1 415 555 0134). */
  northAmericanPhones: number;
  /** The state column's filled cells. */
  states: readonly string[];
  /** Anything Chinese: a header or value in Han script, a Chinese mobile. */
  chinese: boolean;
}

/** A ZIP code, or one a spreadsheet took a zero or two from (2110 for 02110). */
const ZIP_SHAPED = /^\d{3,5}(?:-\d{4})?$/;
/** Only the US writes a code of five digits, a hyphen and four (94107-1234). */
const ZIP_PLUS_FOUR = /^\d{5}-\d{4}$/;
/** The USPS's word: Zip, ZIP Code, Zipcode, Address Zip, Zip/Postal Code. */
const ZIP_HEADER = /\bzip/i;

/**
 * The region whose rules read the column (US), NO_POSTCODE_RULES when nothing says whose the codes
 * are, or null when the settings' region stands (the sheet shows something Chinese, or no code).
 */
export function postcodeRegionOf(e: PostcodeEvidence): string | null {
  if (e.chinese) return null;
  const codes = e.codes.map((c) => dropCodeMark(c.trim())).filter((c) => c !== '');
  if (codes.length === 0) return null;
  const zipShaped = codes.filter((c) => ZIP_SHAPED.test(c)).length;
  const usStates = e.states.filter((s) => STATE_NAMES.US.has(s.trim().toLowerCase().replace(/\.$/, ''))).length;
  const american = ZIP_HEADER.test(e.header) || codes.some((c) => ZIP_PLUS_FOUR.test(c)) || e.northAmericanPhones > 0 || usStates * 2 > e.states.length;
  return zipShaped * 2 > codes.length && american ? 'US' : NO_POSTCODE_RULES;
}
