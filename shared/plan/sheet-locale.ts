/**
 * What a sheet's own values say about its conventions, read before cleaning, so that a US sheet is
 * not cleaned as a Chinese one: the order of day and month in each date column, and (when the host
 * asks, because the user set nothing) the phone region and the currency.
 *
 * Only evidence counts: a date column is read month first when some of its dates can only be read
 * that way (05/13/2024) and next to none only day first; (415) 555-0132 is a North American number, never a
 * Chinese landline without its trunk 0; +44 20 7946 0958 says Britain. Without such evidence the
 * settings stand (China, CNY, ambiguous dates flagged), and every guess is said as a sheet note.
 */
import { dropQuotePrefix } from '../text/fold';
import { columnGenderStyle } from '../normalize/gender';
import { groupedNumberText, type Cell } from '../table/cell';
import type { Table } from '../table/table';
import type { FieldId } from '../schema/fields';
import { FIELD_BY_ID } from '../schema/fields';
import type { AmbiguousDatePolicy, Settings } from '../settings/types';
import type { ColumnMapping } from './types';
import type { SheetProblem } from './issue';
import { dayMonthOrder } from '../normalize/date-text';
import { callingCodePrefix, formatPhone, parsePhone, PhoneReadings, withoutPhoneLabel } from '../normalize/phone';
import { looksChineseMobile } from '../normalize/trunk-one';
import { STATE_NAMES } from './state-names';
import { isCountryCodeHeader, isGeolocatedMark } from '../schema/header-match';
import { countryRegion, UNKNOWN_REGION } from './country-names';
import { centuryYearColumns, rocYearColumns } from './roc-years';
import { isBalance } from './held-elsewhere';
import { isOwedIn } from '../dedupe/owed';
import { columnCurrency, isCurrencyHeader } from './currency-column';
import { CURRENCY_OF_REGION, currenciesByRow, type RowCurrencies } from './row-currency';
import { numberWithMarker, showsDecimalComma, writesDecimalComma } from '../normalize/currency-format';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { NO_POSTCODE_RULES, postcodeRegionOf } from './postcode-region';
import { tiersInCurrency, type TierNote } from '../classify/currency-tiers';
import { NANP_LOCAL, numbersInCells, voteWeight } from './phone-vote';
import { codeWins, countCodes } from './code-vote';
import { isInternationalPhoneHeader } from './international-columns';
import { suggestedRegions } from './suggested-regions';
import { addressRegion, indianPostcodeHeader, lakhRegion, postcodeRegion, regionOfCurrency, SCRIPT_FIELDS, stateRegion, textSample, writtenTraditional } from './region-evidence';

/** What the host lets the run work out from the sheet (the settings the user left unset). */
export interface LocaleGuess {
  region?: boolean;
  currency?: boolean;
}

/**
 * Values that must show a convention before the sheet is read by it: dates that can only be read
 * one way (and none the other), numbers written for one region, amounts with one currency's marker.
 */
const MIN_EVIDENCE = 3;
/** Cells looked at per column for the region and the currency. */
const SAMPLE = 2000;
/** Share of the phone (or amount) cells that must carry the evidence. */
const MIN_SHARE = 0.2;

/** Numbers written the North American way: (415) 555-0132, 415-555-0132, 415.555.0132, +1 415 555 0132. */
const NANP = /^\s*(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?\s*$/i;
const INTERNATIONAL = /^\s*(?:\+|00)\s*[1-9]/;


/**
 * Currency markers; '$' alone is the region's dollar when it has one. First match wins: the other
 * dollars before the bare '$', and the yuan last, as 港元, 澳門元 and 美元 all end in 元.
 */
const MARKERS: readonly [RegExp, string][] = [
  [/US\$|USD|美元|美金/i, 'USD'],
  [/HK\$|HKD|港币|港幣|港元/i, 'HKD'],
  [/MOP|澳门元|澳門元|澳门币|澳門幣/i, 'MOP'],
  [/NT\$|TWD|新台币|新台幣/i, 'TWD'],
  [/(?<![a-z])S\$|SGD/i, 'SGD'],
  [/(?<![a-z])RM(?![a-z])|MYR/i, 'MYR'],
  [/(?<![a-z])A\$|AU\$|AUD/i, 'AUD'],
  [/NZ\$|NZD/i, 'NZD'],
  [/[¥￥]|元|RMB|CNY|人民币/i, 'CNY'],
  [/€|EUR/i, 'EUR'],
  [/£|GBP/i, 'GBP'],
  [/₹|INR|(?<![a-z])Rs\.?\s?\d/i, 'INR'],
  [/৳|BDT|(?<![a-z])Tk\.?\s?\d/i, 'BDT'],
  // R 1 500,00, R45 000: the rand's R, a capital before the digits (not R$, Rs or RM).
  [/ZAR|(?<![A-Za-z])R ?\d/, 'ZAR'],
  [/₱|PHP/i, 'PHP'],
  [/฿|THB/i, 'THB'],
  [/₫|VND|\dđ/i, 'VND'],
  [/(?<![a-z])Rp\.?\s?\d|IDR/i, 'IDR'],
  [/₩|KRW|\d\s?원/i, 'KRW'],
  [/\$/, '$'],
];
const DOLLAR_REGIONS = new Set(['US', 'CA', 'AU', 'NZ', 'HK', 'TW', 'SG']);

function textOf(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.value;
  if (cell.kind === 'number') return String(cell.value);
  return '';
}

function columnsOf(columns: readonly ColumnMapping[], fields: readonly FieldId[]): number[] {
  return columns.filter((c) => c.field !== null && fields.includes(c.field)).map((c) => c.col);
}

/** The columns amounts are read from: the amount's, and the periods summed into it (1月 … 12月: ColumnMapping.amountPart). */
const amountColumns = (columns: readonly ColumnMapping[]): number[] => columns.filter((c) => c.field === 'amount' || c.amountPart).map((c) => c.col);

function sample(table: Table, cols: readonly number[]): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    for (const c of cols) {
      const t = textOf(row.cells[c]).trim();
      if (t !== '') out.push(t);
    }
    if (out.length >= SAMPLE) break;
  }
  return out;
}

/**
 * The amounts' text, a number with the currency its format shows (25000 under "£"#,##0 reads
 * £25000): an earlier run kept the £ it took off the typed amount in the format, and the sheet it
 * wrote is in pounds still (currency-format.ts).
 */
function amountSample(table: Table, cols: readonly number[]): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    for (const c of cols) {
      const cell = row.cells[c];
      const t = (cell?.kind === 'number' ? numberWithMarker(cell.value, cell.format) : null) ?? textOf(cell).trim();
      if (t !== '') out.push(t);
    }
    if (out.length >= SAMPLE) break;
  }
  return out;
}

/** What else the sheet says about how to read its numbers. */
export interface RegionHints {
  /**
   * No header is written in Chinese. A bare 10-digit number that is a valid North American one
   * (2125551000) then counts for North America: in a Chinese sheet it may be a landline typed
   * without its trunk 0 (021-25551000), in an English one that reading is far-fetched.
   */
  englishHeaders?: boolean;
  /**
   * Regions the rest of the sheet points to (its currency, postcodes, script: region-evidence.ts),
   * with how many kinds of evidence each. The numbers' calling codes (+44 07911…) are one more kind,
   * counted here from the numbers themselves, however few.
   */
  pointed?: ReadonlyMap<string, number>;
}

/**
 * An Indian mobile as India writes it: ten digits beginning 6 to 9, bare or as 98765 43210, with
 * no trunk 0 or country code (those are counted as they are).
 */
const INDIAN_MOBILE = /^[6-9]\d{4}[\s-]?\d{5}$/;

/**
 * Whether the numbers show India themselves: Indian mobiles of which at least three, and a fifth,
 * are no North American number (9085475325: 908 is an area code, but no exchange begins with 0 or
 * 1), in an English sheet (a Chinese one's 10 digits are a landline missing its trunk 0). A US
 * sheet's numbers are all valid ones; a fifth of India's mobiles are not, by chance alone.
 */
function indianMobilesShown(phones: readonly string[], readings: PhoneReadings): boolean {
  let shaped = 0;
  let notNanp = 0;
  for (const raw of phones.slice(0, NATIONAL_SAMPLE)) {
    const t = asRead(raw);
    if (!INDIAN_MOBILE.test(t)) continue;
    shaped++;
    if (!isNanpNumber(t, readings) && parsePhone(t, 'IN', readings)?.type === 'mobile') notNanp++;
  }
  return notNanp >= MIN_EVIDENCE && notNanp * 5 >= shaped;
}

/**
 * Regions whose numbers are written in a national format of their own, and those whose format they
 * must not share: China's and North America's (which say nothing here) among them.
 */
const FORMAT_REGIONS = ['CN', 'US', 'GB', 'AU', 'NZ', 'IE', 'IN', 'TW', 'HK', 'MO', 'SG', 'MY', 'ZA'];
/** National numbers looked at for their format: each is parsed under every region above. */
const FORMAT_SAMPLE = 100;

/**
 * The region whose own national format most of the numbers without a country code are written in,
 * to the space and hyphen, when no other region (China included) writes them so: Malaysia's
 * 012-345 6789, South Africa's 082 100 4000. A format two regions share (9123 4567: Hong Kong's
 * and Singapore's; 021 555 0198: New Zealand's and South Africa's) says nothing, nor do digits
 * another region reads and groups alike, unless their punctuation tells (012 345 6789 may be a
 * Pretoria landline or a Malaysian mobile typed with spaces).
 */
function formatRegion(phones: readonly string[], readings: PhoneReadings): string | null {
  const national = phones.map(asRead).filter((t) => /^\(?0\d/.test(t) && !INTERNATIONAL.test(t)).slice(0, FORMAT_SAMPLE);
  const counts = new Map<string, number>();
  for (const t of national) {
    const shown = t.replace(/\s+/g, ' ');
    const read = FORMAT_REGIONS.map((region) => ({ region, national: parsePhone(t, region, readings)?.national }));
    const own = read.filter((r) => r.national === shown);
    if (own.length !== 1) continue;
    // Digits grouped alike in another region that reads them too are told apart only by punctuation:
    // 012-345 6789 is Malaysia's, 012 345 6789 Pretoria's and a Malaysian's typed with spaces alike.
    const alike = read.some((r) => r !== own[0] && r.national !== undefined && groupsOf(r.national) === groupsOf(shown));
    if (alike && !/[-().]/.test(shown)) continue;
    counts.set(own[0].region, (counts.get(own[0].region) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[0] !== 'CN' && top[0] !== 'US' && top[1] >= MIN_EVIDENCE && top[1] * 2 > national.length ? top[0] : null;
}

/** Ten digits and nothing else, as an export without separators writes a North American number. */
const BARE_TEN = /^[2-9]\d{9}$/;

/**
 * A phone cell's text as the cleaner reads it: a leading apostrophe (Shopify's '+15125550101) and a
 * label (QuickBooks' "Phone: (608) 555-0123") are no part of the number.
 */
const asRead = (raw: string): string => withoutPhoneLabel(dropQuotePrefix(raw.trim()));
/** A Chinese mobile, with or without +86 / 0086 and separators; not 1-713-685-0944, a Houston number dialled with its trunk 1. */
const isChineseMobile = looksChineseMobile;

/**
 * The North American country a number of the plan is in: its area code says (514 and 416 are
 * Canada's, 212 New York's). A number libphonenumber cannot place is counted as the United States'.
 */
const northAmericaOf = (t: string, readings: PhoneReadings): 'US' | 'CA' => (parsePhone(t, 'US', readings)?.country === 'CA' ? 'CA' : 'US');

/**
 * The region the phone numbers are written for, or null when they do not say (or say China).
 * `readings`: the run's phone readings (a call of its own reads with its own).
 */
export function guessRegion(cells: readonly string[], hints: RegionHints = {}, readings: PhoneReadings = new PhoneReadings()): { region: string; numbers: number } | null {
  // Number by number: '+1 415-555-0134 / john@acmetools.com' and two numbers on two lines are one
  // and two numbers, not cells that read as none.
  const phones = numbersInCells(cells);
  const english = hints.englishHeaders === true;
  let cn = 0;
  const nanp = { US: 0, CA: 0 };
  let local = 0;
  const abroad = new Map<string, number>();
  for (const raw of phones) {
    const t = asRead(raw);
    if (isChineseMobile(t)) cn++;
    else if (INTERNATIONAL.test(t)) {
      const country = parsePhone(t, 'ZZ', readings)?.country;
      if (country === 'CN') cn++;
      else if (country === 'US' || country === 'CA') nanp[country]++;
      else if (country) abroad.set(country, (abroad.get(country) ?? 0) + 1);
    } else if ((NANP.test(t) && /[\s().-]/.test(t)) || (english && BARE_TEN.test(t) && isNanpNumber(t, readings))) nanp[northAmericaOf(t, readings)]++;
    else if (NANP_LOCAL.test(t)) local++;
  }
  const kinds = new Map(hints.pointed ?? []);
  for (const country of abroad.keys()) {
    const region = FAMILY[country] ?? country;
    kinds.set(region, (kinds.get(region) ?? 0) + 1);
  }
  if (hints.englishHeaders && indianMobilesShown(phones, readings)) kinds.set('IN', (kinds.get('IN') ?? 0) + 1);
  const shownBy = formatRegion(phones, readings);
  if (shownBy !== null) kinds.set(shownBy, (kinds.get(shownBy) ?? 0) + 1);
  const enough = (n: number) => n >= MIN_EVIDENCE && n >= phones.length * MIN_SHARE && n > cn;
  // National numbers that the rest of the sheet places (98765 43210 beside +91 and ₹) are read
  // before the bare ten digits that would also make North American ones.
  const national = nationalVote(phones, kinds, cn, hints.englishHeaders === true, abroad, readings);
  const northAmerican = nanp.US + nanp.CA;
  // Weighed as VOTE_WEIGHTS says: a local 555-0123 beside numbers that give their area code counts too.
  const locals = northAmerican > 0 ? local : 0;
  const americanWeight = voteWeight('northAmerican', northAmerican, english) + voteWeight('northAmericanLocal', locals, english);
  const outweighs = americanWeight >= MIN_EVIDENCE && americanWeight >= phones.length * MIN_SHARE && americanWeight > voteWeight('chinese', cn, english);
  const placed = national !== null && (kinds.get(national.region) ?? 0) > 0 && national.numbers > northAmerican;
  if (!placed && northAmerican >= Math.max(...abroad.values(), 0) && (outweighs || onlyNorthAmerican(phones, hints, readings))) {
    // Canada shares the plan: its area codes (514, 416, 604), or its postcodes and dollars when the
    // numbers are split, make a Canadian sheet Canadian (its postcodes, its currency).
    const canada = nanp.CA > nanp.US || (nanp.CA === nanp.US && (kinds.get('CA') ?? 0) > (kinds.get('US') ?? 0));
    return { region: canada ? 'CA' : 'US', numbers: northAmerican + (outweighs ? locals : 0) };
  }
  const [top] = [...abroad].sort((a, b) => b[1] - a[1]);
  if (!placed && top && enough(top[1])) return { region: top[0], numbers: top[1] };
  return national;
}

/**
 * A short English list (three customers, two of them with a phone) whose every number is a valid
 * North American one, at least one written the plan's way ((310) 555-0111, 310-555-0111), and
 * nothing else in the sheet pointing elsewhere: too few to be evidence by count, yet nothing in it
 * reads as another country's, and read as China's its bare 3105550142 would be rewritten as the
 * landline 0310-5550142. A Chinese sheet's 400-820-8820 is no valid North American number.
 */
function onlyNorthAmerican(phones: readonly string[], hints: RegionHints, readings: PhoneReadings): boolean {
  if (!hints.englishHeaders || phones.length === 0) return false;
  if ([...(hints.pointed ?? new Map<string, number>()).keys()].some((r) => r !== 'US' && r !== 'CA')) return false;
  const read = phones.map(asRead).filter((t) => /\d/.test(t));
  return read.length > 0 && read.some((t) => writtenNorthAmerican(t, readings)) && read.every((t) => writtenNorthAmerican(t, readings) || (BARE_TEN.test(t) && isNanpNumber(t, readings)));
}

/**
 * The numbers written without a country code that are valid numbers of no region the run tried:
 * neither of `region` (the settings' own) nor of any the sheet's calling codes and currency point
 * to. Said as a note (they are flagged one by one) when most of them are, in a sheet whose headers
 * are not Chinese: the sheet is likely from a country the run cannot tell.
 */
export function unplacedNumbers(cells: readonly string[], region: string, readings: PhoneReadings = new PhoneReadings()): { numbers: number; of: number } | null {
  const national = numbersInCells(cells).map(asRead).filter((t) => t !== '' && !INTERNATIONAL.test(t) && /\d{5}/.test(t.replace(/[\s().-]/g, ''))).slice(0, NATIONAL_SAMPLE);
  const invalid = national.filter((t) => parsePhone(t, region, readings) === null).length;
  return invalid >= MIN_EVIDENCE && invalid * 2 > national.length ? { numbers: invalid, of: national.length } : null;
}

/**
 * Regions a sheet's unplaced numbers may be of, in the order a note names them when they are valid
 * in several alike: an English sheet of 8-digit numbers is more often Singapore's than Hong Kong's
 * (whose sheets are mostly written in Chinese). Each a region the run reads numbers of.
 */
const VALID_IN_REGIONS = ['SG', 'HK', 'MO', 'MY', 'IN', 'PH', 'TW', 'GB', 'IE', 'AU', 'NZ', 'ZA', 'US', 'CA'];
/** More regions than this, and the numbers say too little to name them. */
const MAX_VALID_IN = 3;

/**
 * The regions all the numbers `unplacedNumbers` counts are valid in (9123 4567 in Singapore and
 * Hong Kong), and how many digits they have: a note naming them and the setting to write tells the
 * user more than "(ZA, IE, …)". Null when they are valid nowhere the run knows, or in too many regions.
 */
export function regionsValidIn(cells: readonly string[], region: string, readings: PhoneReadings = new PhoneReadings()): { regions: string[]; digits: string; numbers: number; northAmerican: boolean } | null {
  const all = numbersInCells(cells).map(asRead).filter((t) => t !== '' && !INTERNATIONAL.test(t) && /\d{5}/.test(t.replace(/[\s().-]/g, ''))).slice(0, NATIONAL_SAMPLE).filter((t) => parsePhone(t, region, readings) === null);
  // A local 555-0123 beside numbers written the North American way is a number of nowhere as typed
  // (its area code is missing), not one that unsays theirs: the note names their country.
  const unplaced = all.some((t) => writtenNorthAmerican(t, readings)) ? all.filter((t) => !NANP_LOCAL.test(t)) : all;
  if (unplaced.length === 0) return null;
  // Valid as written there: 9123 4567 is a Malaysian or Irish number only with the trunk 0 those
  // regions always write (082-345 678), so it counts for neither.
  const writtenIn = (t: string, r: string) => {
    const read = parsePhone(t, r, readings);
    return read !== null && read.national.replace(/\D/g, '') === t.replace(/\D/g, '');
  };
  // Every one of them: numbers only some of which a region reads (a Ghanaian 024 123 4567 is also a
  // Manila number, its 020 555 1212 none) do not say it, and naming it would mislead.
  let regions = VALID_IN_REGIONS.filter((r) => r !== region && unplaced.every((t) => writtenIn(t, r)));
  // The United States and Canada share one plan, and the area codes say which (404 Atlanta's, 416 Toronto's).
  if (regions.includes('US') && regions.includes('CA')) {
    const canadian = unplaced.filter((t) => northAmericaOf(t, readings) === 'CA').length;
    regions = regions.filter((r) => r !== (canadian * 2 > unplaced.length ? 'US' : 'CA'));
  }
  if (regions.length === 0 || regions.length > MAX_VALID_IN) return null;
  const lengths = unplaced.map((t) => t.replace(/\D/g, '').length);
  const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
  return { regions, digits: min === max ? `${min}` : `${min}–${max}`, numbers: unplaced.length, northAmerican: regions.length === 1 && unplaced.every((t) => writtenNorthAmerican(t, readings)) };
}

/** A valid North American number written with the plan's separators: what guessRegion counts for North America. */
function writtenNorthAmerican(t: string, readings: PhoneReadings): boolean {
  return NANP.test(t) && /[\s().-]/.test(t) && isNanpNumber(t, readings);
}

/**
 * The country calling codes a sheet's numbers are of, each read as the cleaner reads it in the sheet's
 * region `region`: one typed with its code (+44 20 7946 0018) is of that code, one written the North
 * American way in a sheet of another region ((415) 555-0142 beside Chinese mobiles, kept as typed) of
 * +1, any other of the code it has read in `region` (13812345678 and 021-6666 7777 in a Chinese sheet,
 * 1-713-685-0944 in a US one: +86, +86 and +1). So a number the run rewrites counts for the same code
 * before and after, and a second run decides as the first did. Calling codes, not countries: a list
 * of the United States and Canada writes all its numbers alike.
 */
export function callingCodesOf(cells: readonly string[], region: string, readings: PhoneReadings = new PhoneReadings()): Set<string> {
  const codes = new Set<string>();
  const own = callingCodePrefix(region);
  for (const raw of numbersInCells(cells)) {
    const t = asRead(raw);
    let code: string | null = null;
    if (INTERNATIONAL.test(t) || !(own !== '+1' && writtenNorthAmerican(t, readings))) {
      const country = parsePhone(t, INTERNATIONAL.test(t) ? 'ZZ' : region, readings)?.country;
      code = country === undefined ? null : callingCodePrefix(country);
    } else code = '+1';
    if (code) codes.add(code);
  }
  return codes;
}

function isNanpNumber(t: string, readings: PhoneReadings): boolean {
  const country = parsePhone(t, 'US', readings)?.country;
  return country === 'US' || country === 'CA';
}

/**
 * The country whose states or provinces a sheet's state column holds, when at least half its values
 * are one country's and more than any other's, and none is Chinese (a sheet without phones, such as
 * FEBRL's Australian persons).
 */
export function guessRegionFromStates(values: readonly string[]): { region: string; states: number } | null {
  if (values.length === 0 || values.some((v) => /\p{Script=Han}/u.test(v))) return null;
  const counts = Object.entries(STATE_NAMES).map(([region, names]) => ({
    region,
    states: values.filter((v) => names.has(v.trim().toLowerCase().replace(/\.$/, ''))).length,
  }));
  counts.sort((a, b) => b.states - a.states);
  const [top, next] = counts;
  return top.states >= MIN_EVIDENCE && top.states >= values.length / 2 && top.states > (next?.states ?? 0) ? top : null;
}

/**
 * The country a sheet's country column names for most of its rows (more than half of its cells that
 * name something: N/A and 未知 name nothing): an export of one country's customers (Xero's New
 * Zealand contacts, a Stripe account's US customers) says so outright, where two phone numbers, or
 * numbers written the national way (021 555 0198, valid in New Zealand and in Australia), cannot.
 */
export function guessRegionFromCountries(values: readonly string[]): { region: string; rows: number } | null {
  const counts = countryCounts(values);
  const [top] = [...counts.named].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 > counts.of ? { region: top[0], rows: top[1] } : null;
}

/** How many of `values` name each region, and how many name anything (a place no rules are known for too). */
function countryCounts(values: readonly string[]): { named: Map<string, number>; of: number } {
  const named = new Map<string, number>();
  let of = 0;
  for (const v of values) {
    const region = countryRegion(v);
    if (region === null) continue;
    of++;
    if (region !== UNKNOWN_REGION) named.set(region, (named.get(region) ?? 0) + 1);
  }
  return { named, of };
}

/**
 * Whether a country column is one: most of its cells that name anything name a country the run knows
 * (a column of East, West and Other is read as no country column at all, and its rows as the sheet's).
 */
export function namesCountries(values: readonly string[]): boolean {
  const { named, of } = countryCounts(values);
  let known = 0;
  for (const n of named.values()) known += n;
  return of > 0 && known * 2 > of;
}

/**
 * The country more rows of a split country column name than any other (a Salesforce report of two
 * Boston contacts and two Madrid ones; a HubSpot list of customers in eight countries), for the
 * rows that name none: the sheet is no Chinese one because no single country has half its rows.
 * Rows of equal count are told apart by the numbers written without a country code, as a sheet
 * writes its own country's ((617) 555-0100 beside +34 912 345 678); a tie that stays one is no
 * country's (a Chinese exporter's one buyer each in Mexico, Spain and Italy: its amounts are no pesos),
 * unless the settings' own region is among the tied.
 * The commonest country is the home only where its rows' numbers were typed the national way more
 * often than with its calling code: a Chinese exporter's eight UAE buyers of 36, each typed
 * +971 50 123 4567 or 971501234567, are buyers abroad, dialled from China (tester h68 #3). Then
 * `region` is null: no country of the column is the sheet's (`abroad`).
 */
export function guessRegionFromCountryRows(table: Table, countryCol: number, phoneCols: readonly number[], own: string, readings: PhoneReadings = new PhoneReadings()): { region: string | null; rows: number; of: number } | null {
  const rows = new Map<string, { rows: number; national: number; domestic: number; withCode: number }>();
  let of = 0;
  let unknown = 0;
  for (const row of table.rows) {
    const region = countryRegion(textOf(row.cells[countryCol]));
    if (region === null) continue;
    if (++of > SAMPLE) break;
    if (region === UNKNOWN_REGION) {
      unknown++;
      continue;
    }
    let seen = rows.get(region);
    if (!seen) rows.set(region, (seen = { rows: 0, national: 0, domestic: 0, withCode: 0 }));
    seen.rows++;
    const numbers = phoneCols.map((c) => textOf(row.cells[c])).filter((t) => /\d{3}/.test(t));
    if (numbers.some((t) => !INTERNATIONAL.test(asRead(t)))) seen.national++;
    // A row counts once: typed the national way in one of its columns, or with the code in all.
    if (numbers.some((t) => !dialledWithCode(t, region, readings))) seen.domestic++;
    else if (numbers.length > 0) seen.withCode++;
  }
  of = Math.min(of, SAMPLE);
  if (of === 0 || unknown * 2 >= of) return null;
  const ranked = [...rows].sort(([, a], [, b]) => b.rows - a.rows || b.national - a.national);
  const [top, next] = ranked;
  const tied = ranked.filter(([, r]) => r.rows === top[1].rows && r.national === top[1].national);
  if (next !== undefined && tied.length > 1) {
    const mine = tied.find(([region]) => region === own);
    return mine ? { region: own, rows: mine[1].rows, of } : null;
  }
  const home = top[1].withCode === 0 || top[1].domestic > top[1].withCode;
  return { region: home ? top[0] : null, rows: top[1].rows, of };
}

/**
 * A number typed with its country's calling code, with or without the + (971501234567, a WhatsApp
 * export's digits; 5511987654321): not typed the national way. The digits read under `region` as
 * that region's whole number, code included; a Chinese mobile's 13812345678 is its national form.
 */
export function dialledWithCode(text: string, region: string, readings: PhoneReadings = new PhoneReadings()): boolean {
  const t = asRead(text);
  if (INTERNATIONAL.test(t)) return true;
  const code = callingCodePrefix(region);
  const digits = t.replace(/\D/g, '');
  if (code === null || !digits.startsWith(code.slice(1))) return false;
  return parsePhone(t, region, readings)?.e164 === `+${digits}`;
}

/** The phone texts of the rows whose country cell names no country: the rows the sheet's own region is for. */
function phonesOfRowsNamingNone(table: Table, countryCol: number, phoneCols: readonly number[]): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    if (countryRegion(textOf(row.cells[countryCol])) !== null) continue;
    for (const c of phoneCols) {
      const t = textOf(row.cells[c]).trim();
      if (t !== '') out.push(t);
    }
    if (out.length >= SAMPLE) break;
  }
  return out;
}

/** Share of the numbers that are Chinese mobiles: a country column beside them names where else the customer is (a trip's destination). */
function chineseMobileShare(phones: readonly string[]): number {
  if (phones.length === 0) return 0;
  return phones.filter((raw) => isChineseMobile(asRead(raw))).length / phones.length;
}

/**
 * Numbers written the national way (07911 123456, (02) 9876 5432, 0912-345-678, 9123 4567) name no
 * country; they are read under each region our users outside China come from, and a region whose
 * numbers are valid far more often than China's wins. Validity alone cannot tell India from Britain
 * or Germany from Australia, but it tells either from China; the regions whose numbers validity
 * alone would find in Chinese sheets (a Shanghai number typed without its area code is a valid
 * Hong Kong one) are tried only where the rest of the sheet points to them.
 */
const NATIONAL_CANDIDATES: readonly { region: string; code: string; kinds: number }[] = [
  { region: 'GB', code: '+44', kinds: 0 },
  { region: 'AU', code: '+61', kinds: 0 },
  { region: 'NZ', code: '+64', kinds: 0 },
  // 98765 43210: also a North American number, or a Chinese mobile missing a digit.
  { region: 'IN', code: '+91', kinds: 1 },
  // 0912-345-678 and 02-2345-6789: Taiwan's, not New Zealand's 022 345 6789.
  { region: 'TW', code: '+886', kinds: 1 },
  // 9123 4567: eight digits are a Chinese local number without its area code, or one of these.
  { region: 'HK', code: '+852', kinds: 1 },
  { region: 'MO', code: '+853', kinds: 1 },
  { region: 'SG', code: '+65', kinds: 1 },
  { region: 'MY', code: '+60', kinds: 1 },
];
const NATIONAL_SAMPLE = 300;
/** Regions that share a plan with a candidate: 07911 123456 is Guernsey's, in Britain's numbering. */
const FAMILY: Readonly<Record<string, string>> = { GG: 'GB', JE: 'GB', IM: 'GB', CX: 'AU', CC: 'AU' };

/** The groups of digits a number is written in: 07523 456789 → 07523, 456789. */
const groupsOf = (t: string): string => t.split(/[^\d]+/).filter((g) => g !== '').join(' ');

/**
 * Whether `text` is written in `region`'s own grouping, which the Chinese reading of its digits does
 * not share: 07523 456789 is a London mobile as Britain writes it, where China would write the
 * landline 0752-3456789. One number of a region is rarely also a number of another written its way.
 */
function writtenAs(text: string, region: string, readings: PhoneReadings): boolean {
  const shown = groupsOf(text);
  if (!shown.includes(' ')) return false;
  const own = parsePhone(text, region, readings);
  if (!own || groupsOf(own.national) !== shown) return false;
  const chinese = parsePhone(text, 'CN', readings);
  return !chinese || groupsOf(chinese.national) !== shown;
}

/**
 * The regions the national numbers are read under: the usual ones, and every other region the
 * sheet's calling codes or currency point to (+353 and € amounts: Ireland's 087 123 4567 is also a
 * valid New Zealand number, and a South African 082 123 4567 no number of any usual one).
 */
function candidatesOf(kinds: ReadonlyMap<string, number>): { region: string; code: string; kinds: number }[] {
  const out = [...NATIONAL_CANDIDATES];
  for (const region of kinds.keys()) {
    if (region === 'CN' || out.some((c) => c.region === region)) continue;
    const code = callingCodePrefix(region);
    if (code !== null) out.push({ region, code, kinds: 1 });
  }
  return out;
}

function nationalVote(phones: readonly string[], kinds: ReadonlyMap<string, number>, mobiles: number, englishHeaders: boolean, abroad: ReadonlyMap<string, number>, readings: PhoneReadings): { region: string; numbers: number } | null {
  const all = phones.map(asRead).filter((t) => !INTERNATIONAL.test(t) && !isChineseMobile(t));
  const national = all.slice(0, NATIONAL_SAMPLE);
  // Only a sample is parsed: its valid share stands for all the national numbers' (a 5,000-row
  // sheet has 5,000 of them, never 20% of which could be among 300 looked at).
  const share = (n: number) => (national.length === 0 ? 0 : (n / national.length) * all.length);
  if (mobiles * 2 > phones.length && kinds.size === 0) return null;
  const abroadTotal = [...abroad.values()].reduce((sum, count) => sum + count, 0);
  let best: { region: string; numbers: number; kinds: number } | null = null;
  // A sheet with Chinese headers is a Chinese team's, whose foreign customers (one +82 beside Beijing's
  // 010-7138-6785, itself a valid Korean mobile) say nothing of the sheet's country.
  for (const { region, code, kinds: needed } of englishHeaders ? candidatesOf(kinds) : NATIONAL_CANDIDATES) {
    const evidence = kinds.get(region) ?? 0;
    if (evidence < needed) continue;
    // A region no other evidence names is read only from numbers with a trunk 0 (China's have one too).
    const read = evidence > 0 ? national : national.filter((t) => /^\(?0\d/.test(t));
    let n = 0;
    // Numbers written with another country's code say the sheet is not this region's, however few
    // (+353 87 123 4567 beside 087 123 4567 is no New Zealand sheet).
    const ownCoded = [...abroad].reduce((sum, [country, count]) => sum + ((FAMILY[country] ?? country) === region ? count : 0), 0);
    let rivals = mobiles + abroadTotal - ownCoded;
    for (const t of read) {
      // A number written the North American way (217-414-7788, (217) 414-7788, 514.842.3301) is one of
      // North America's: that its ten digits are also a number here (0217 414 7788, a Solapur landline)
      // is chance, no evidence, unless it is written the region's own way too.
      const american = writtenNorthAmerican(t, readings) && !writtenAs(t, region, readings);
      if (!american && parsePhone(t, region, readings)?.e164.startsWith(code)) n++;
      // A number China (or North America, in an English sheet) reads too counts against, unless it
      // is written the region's own way.
      if (american || ((parsePhone(t, 'CN', readings) || (englishHeaders && BARE_TEN.test(t) && isNanpNumber(t, readings))) && !writtenAs(t, region, readings))) rivals++;
    }
    // Two kinds of evidence (£ amounts and British postcodes) settle even numbers China reads as well.
    const wins = evidence >= 2 ? n >= rivals : evidence === 1 ? n > rivals : n >= rivals * 1.5 && n > rivals;
    // The numbers written with the region's own code are its numbers too: a four-customer list of two
    // +91 numbers and two national ones valid in India holds four Indian numbers, enough to say so.
    const coded = evidence > 0 ? ownCoded : 0;
    if (n === 0 || n + coded < MIN_EVIDENCE || share(n) + coded < phones.length * MIN_SHARE || !wins) continue;
    if (!best || evidence > best.kinds || (evidence === best.kinds && n > best.numbers)) best = { region, numbers: n, kinds: evidence };
  }
  return best && { region: best.region, numbers: best.numbers };
}

/**
 * The currency an amount header names (金额（美元）, Amount (USD), 成交金额(万元)); the yuan last, as 美元,
 * 港元, 日元 and 欧元 all end in 元.
 */
const HEADER_CURRENCIES: readonly [RegExp, string][] = [
  [/港币|港幣|港元|HKD|HK\$/i, 'HKD'],
  [/澳门元|澳門元|澳门币|澳門幣|MOP/i, 'MOP'],
  [/新台币|新台幣|台币|台幣|TWD|NT\$/i, 'TWD'],
  [/新加坡元|新币|新幣|SGD|(?<![a-z])S\$/i, 'SGD'],
  [/马币|馬幣|令吉|MYR|ringgit|[（(]\s*RM\s*[)）]/i, 'MYR'],
  [/日元|JPY/i, 'JPY'],
  [/欧元|EUR|€/i, 'EUR'],
  [/英镑|GBP|£/i, 'GBP'],
  [/卢比|盧比|₹|INR|(?<![a-z])Rs\b/i, 'INR'],
  [/৳|\bBDT\b|[（(]\s*Tk\.?\s*[)）]|\btaka\b|টাকা|塔卡/i, 'BDT'],
  [/南非兰特|兰特|ZAR|\brand\b|[（(]\s*R\s*[)）]/i, 'ZAR'],
  [/₱|\bPHP\b|菲律宾比索/i, 'PHP'],
  [/฿|\bTHB\b|泰铢/i, 'THB'],
  [/₫|\bVND\b|越南盾/i, 'VND'],
  [/\bIDR\b|[（(]\s*Rp\.?\s*[)）]|印尼盾/i, 'IDR'],
  [/₩|\bKRW\b|韩元/i, 'KRW'],
  [/美元|美金|USD|US\$/i, 'USD'],
  [/人民币|RMB|CNY|元|[¥￥]/i, 'CNY'],
];

export function headerCurrency(header: string): string | null {
  return HEADER_CURRENCIES.find(([re]) => re.test(header))?.[1] ?? null;
}

/**
 * The unit an amount header names, as a power of ten: 金额（万元）, 成交额(万) → 4; 合同额（亿元） → 8;
 * Revenue ($K), Amount (thousands), Sales ('000) → 3; Revenue (USD m), (millions) → 6. The longest
 * Chinese word first (百万 and 千万 end in 万).
 */
const HEADER_UNITS: readonly [RegExp, number][] = [
  [/亿|億/u, 8],
  [/千万|千萬|\bcrores?\b|[（(]\s*(?:in\s+)?(?:rs\.?\s*|₹\s*)?cr\.?\s*[)）]/iu, 7],
  // India's lakh (Value (Lakhs), Amount (in Lacs)): 1,00,000.
  [/\blakhs?\b|\blacs?\b/iu, 5],
  [/百万|百萬|\bmillions?\b|\bmn\b|[（(]\s*(?:[$¥€£]|usd|rmb|cny)?\s*m\s*[)）]|\$m\b/iu, 6],
  [/万|萬/u, 4],
  [/千元|[（(]\s*千\s*[)）]|\bthousands?\b|[（(]\s*(?:[$¥€£]|usd|rmb|cny)?\s*k\s*[)）]|\$k\b|['‘’]000\b/iu, 3],
];

/** How a value with its own scale word is written in a column of each unit (the sheet note's example). */
const UNIT_EXAMPLES: Readonly<Record<number, string>> = { 3: '12k → 12', 4: '12万 → 12', 5: '12 lakh → 12', 6: '12m → 12', 7: '12千万 → 12', 8: '12亿 → 12' };
/** A crore column's example in its own word: 12千万 means nothing to an Indian sheet's reader. */
const unitExample = (header: string, unit: number): string => (unit === 7 && /cr/i.test(header) ? '12 Cr → 12' : UNIT_EXAMPLES[unit] ?? `12 × 10^${unit}`);

export function headerUnit(header: string): number {
  return HEADER_UNITS.find(([re]) => re.test(header))?.[1] ?? 0;
}

/** The commonest currency marker on the amounts ('$' for a bare dollar), when enough carry it. */
function commonestMarker(amounts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of amounts) {
    const hit = MARKERS.find(([re]) => re.test(t));
    if (hit) counts.set(hit[1], (counts.get(hit[1]) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  // Three overseas customers' $8,000 among 200 plain yuan amounts make no dollar sheet (whose tiers
  // would then be dollars): a marker speaks for the sheet when it is on a fifth of its amounts.
  return top && top[1] >= MIN_EVIDENCE && top[1] * MARKED_SHARE >= amounts.length ? top[0] : null;
}

/**
 * The amounts marked with another currency than the one the sheet is read in (£1,800 and NZ$900 in a
 * sheet read in dollars), when there are any: they are left as typed, no exchange rate applied, and
 * the note must not say the sheet shows one currency. A bare $ is the sheet's dollar.
 */
function otherMarkedCurrencies(amounts: readonly string[], currency: string, region: string | null): { own: number; others: number; currencies: string } | null {
  let own = 0;
  const others = new Map<string, number>();
  for (const t of amounts) {
    const hit = MARKERS.find(([re]) => re.test(t));
    if (!hit) continue;
    const code = hit[1] === '$' ? (region && DOLLAR_REGIONS.has(region) ? CURRENCY_OF_REGION[region] : 'USD') : hit[1];
    if (code === currency) own++;
    else others.set(code, (others.get(code) ?? 0) + 1);
  }
  if (others.size === 0) return null;
  const ranked = [...others].sort((a, b) => b[1] - a[1]);
  return { own, others: ranked.reduce((n, [, k]) => n + k, 0), currencies: ranked.map(([code, k]) => `${code} ${k}`).join(', ') };
}

/** One amount in this many (or more) written with a currency marker makes the sheet that currency's. */
const MARKED_SHARE = 5;

/** The currency the amounts' markers name outright (a bare '$' names none). */
const markedCurrency = (amounts: readonly string[]): string | null => {
  const top = commonestMarker(amounts);
  return top === '$' ? null : top;
};

/** The currency the amounts are written in: the commonest marker, else the region's. */
export function guessCurrency(amounts: readonly string[], region: string | null): string | null {
  const top = commonestMarker(amounts);
  if (top !== null) {
    if (top !== '$') return top;
    return region && DOLLAR_REGIONS.has(region) ? CURRENCY_OF_REGION[region] : 'USD';
  }
  return region ? CURRENCY_OF_REGION[region] ?? null : null;
}

/**
 * Dates the other way that a column's order tolerates, as a share of those that show it: a typo
 * (13/05 among 500 US dates) does not unsettle a column, two people typing two ways (40 / 60) does.
 */
const MAX_CONTRARY = 0.02;

/** The order `monthFirst` dates against `dayFirst` ones show, or null when too few or too mixed. */
function orderShown(monthFirst: number, dayFirst: number): AmbiguousDatePolicy | null {
  if (monthFirst >= MIN_EVIDENCE && dayFirst <= monthFirst * MAX_CONTRARY) return 'month-first';
  if (dayFirst >= MIN_EVIDENCE && monthFirst <= dayFirst * MAX_CONTRARY) return 'day-first';
  return null;
}

/**
 * Each date column's order, from its own unambiguous dates (only where the setting flags ambiguous
 * ones). A column with too few to tell takes the order all the sheet's date columns show together,
 * unless its own dates say otherwise: an export writes every date one way (a CRM export's
 * Birthdate 12/25/1975 and Created Date 1/15/2023 tell how its 3/7/1980 reads).
 */
/**
 * How a region writes a day and a month in numbers, for the date columns whose own dates and the
 * sheet's do not tell: the order Excel itself reads them in under that region's locale. China
 * writes year first; its 03/05 are left flagged.
 */
const REGION_DATE_ORDER: Readonly<Record<string, AmbiguousDatePolicy>> = {
  US: 'month-first', PH: 'month-first',
  GB: 'day-first', IE: 'day-first', AU: 'day-first', NZ: 'day-first', IN: 'day-first', SG: 'day-first', MY: 'day-first',
  HK: 'day-first', ZA: 'day-first', DE: 'day-first', FR: 'day-first', ES: 'day-first', IT: 'day-first', NL: 'day-first', BR: 'day-first',
};

interface ColumnOrder {
  order: AmbiguousDatePolicy;
  dates: number;
  against: number;
  /** Read in the order of the sheet's region (no date of the sheet tells): said in its own note. */
  byRegion?: string;
  /**
   * Read in the order the sheet's date columns show together (too few of its own dates tell): its
   * note counts the sheet's dates, not the column's 0 and 0.
   */
  bySheet?: true;
}

/**
 * A date that may begin with its day or month (5/3/2024, 03.05.24). A constant, not a literal in the
 * loop: a literal there is a new RegExp object for every cell of every date column.
 */
const DAY_OR_MONTH_FIRST = /^\s*\d{1,2}\D/;

interface OrderCounts {
  col: number;
  monthFirst: number;
  dayFirst: number;
  either: number;
  /** Its dates typed without a year (25/12, 12/25) that can only be day first, or month first. */
  yearlessDayFirst: number;
  yearlessMonthFirst: number;
}

/** A column of dates: a date field's, or a child's birthday (宝宝生日 is read in the sheet's order too). */
const isDateColumn = (c: ColumnMapping): boolean => {
  const field = c.field ?? c.child?.field;
  return field !== undefined && field !== null && FIELD_BY_ID[field].kind === 'date';
};

/**
 * Each date column's dates that can only be month first, only day first, or either, and its
 * year-less ones (a birthday's 25/12) that can only be one way. Row by row, all date columns at
 * once: a pass per column over 100,000 rows reaches every row again from memory.
 */
function dateOrderCounts(table: Table, columns: readonly ColumnMapping[]): OrderCounts[] {
  const counts: OrderCounts[] = [];
  for (const c of columns) {
    if (isDateColumn(c)) counts.push({ col: c.col, monthFirst: 0, dayFirst: 0, either: 0, yearlessDayFirst: 0, yearlessMonthFirst: 0 });
  }
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].cells;
    for (let k = 0; k < counts.length; k++) {
      const cell = cells[counts[k].col];
      // A quick look first: most date cells are real dates or year-first text, which say nothing.
      if (cell?.kind !== 'text' || !DAY_OR_MONTH_FIRST.test(cell.value)) continue;
      const order = dayMonthOrder(cell.value);
      if (order === 'month-first') counts[k].monthFirst++;
      else if (order === 'day-first') counts[k].dayFirst++;
      else if (order === 'either') counts[k].either++;
      else if (order === null) {
        const m = YEARLESS.exec(cell.value);
        if (!m) continue;
        const [a, b] = [Number(m[1]), Number(m[2])];
        if (a > 12 && b >= 1 && b <= 12 && a <= 31) counts[k].yearlessDayFirst++;
        else if (b > 12 && a >= 1 && a <= 12 && b <= 31) counts[k].yearlessMonthFirst++;
      }
    }
  }
  return counts;
}

/**
 * The sheet's region's order, where it stands: no date of the whole sheet (`monthFirst` and
 * `dayFirst` of them show their order) is written the other way.
 */
function regionOrderOf(monthFirst: number, dayFirst: number, settings: Settings): AmbiguousDatePolicy | null {
  const regionOrder = REGION_DATE_ORDER[settings.phone.defaultRegion];
  if (regionOrder === undefined) return null;
  return (regionOrder === 'month-first' ? dayFirst : monthFirst) === 0 ? regionOrder : null;
}

function dateColumnOrders(table: Table, columns: readonly ColumnMapping[], settings: Settings, counts: readonly OrderCounts[]): Map<number, ColumnOrder> {
  const out = new Map<number, ColumnOrder>();
  if (settings.dates.ambiguous !== 'flag') return out;
  const sheetMonthFirst = counts.reduce((n, c) => n + c.monthFirst, 0);
  const sheetDayFirst = counts.reduce((n, c) => n + c.dayFirst, 0);
  const sheetOrder = orderShown(sheetMonthFirst, sheetDayFirst);
  const region = settings.phone.defaultRegion;
  const regionOrder = regionOrderOf(sheetMonthFirst, sheetDayFirst, settings);
  for (const { col, monthFirst, dayFirst, either } of counts) {
    if (either === 0) continue;
    const against = (order: AmbiguousDatePolicy) => (order === 'month-first' ? dayFirst : monthFirst);
    const own = orderShown(monthFirst, dayFirst);
    const order = own ?? (sheetOrder !== null && against(sheetOrder) === 0 ? sheetOrder : null);
    if (own !== null) out.set(col, { order: own, dates: own === 'month-first' ? monthFirst : dayFirst, against: against(own) });
    else if (order !== null) {
      out.set(col, { order, dates: order === 'month-first' ? sheetMonthFirst : sheetDayFirst, against: order === 'month-first' ? sheetDayFirst : sheetMonthFirst, bySheet: true });
    }
    else if (regionOrder !== null) out.set(col, { order: regionOrder, dates: either, against: 0, byRegion: region });
  }
  return out;
}

/**
 * The order each country's rows write their dates in, for a sheet whose dates mix both orders and
 * whose mix follows its country column: a shop with customers in London and New York whose staff
 * type each customer's dates as his country does (UK 13/03/2027 and 05/12/2026, US 04/13/2027 and
 * 12/05/2026). A country's order is the one its own rows' dates show, else the one that country
 * writes (REGION_DATE_ORDER) where none of its rows writes a date the other way; Canada, which writes
 * both, is in no list and gets an order only from its own rows. Read only where the column's own
 * dates set none, and only when at least one country's rows show month first and another's day
 * first: a sheet whose dates all follow one order is an export (a CRM writes every date in its user's
 * locale, whatever the contact's country), read as before.
 */
export interface RowDateOrders {
  countryCol: number;
  /** The date columns read by each row's country. */
  cols: ReadonlySet<number>;
  /** Region → order. */
  orders: ReadonlyMap<string, AmbiguousDatePolicy>;
}

function rowDateOrders(table: Table, countryCol: number, counts: readonly OrderCounts[], decided: ReadonlyMap<number, ColumnOrder>): RowDateOrders | null {
  const sheetMonthFirst = counts.reduce((n, c) => n + c.monthFirst, 0);
  const sheetDayFirst = counts.reduce((n, c) => n + c.dayFirst, 0);
  if (sheetMonthFirst === 0 || sheetDayFirst === 0 || orderShown(sheetMonthFirst, sheetDayFirst) !== null) return null;
  const cols = counts.filter((c) => !decided.has(c.col) && c.either > 0).map((c) => c.col);
  if (cols.length === 0) return null;
  const byRegion = new Map<string, { monthFirst: number; dayFirst: number }>();
  for (const row of table.rows) {
    const cell = row.cells[countryCol];
    const region = cell?.kind === 'text' ? countryRegion(cell.value) : null;
    if (region === null || region === UNKNOWN_REGION) continue;
    let n = byRegion.get(region);
    for (const c of counts) {
      const date = row.cells[c.col];
      if (date?.kind !== 'text' || !DAY_OR_MONTH_FIRST.test(date.value)) continue;
      const order = dayMonthOrder(date.value);
      if (order !== 'month-first' && order !== 'day-first') continue;
      if (!n) byRegion.set(region, (n = { monthFirst: 0, dayFirst: 0 }));
      if (order === 'month-first') n.monthFirst++;
      else n.dayFirst++;
    }
  }
  const orders = new Map<string, AmbiguousDatePolicy>();
  const shown = new Set<AmbiguousDatePolicy>();
  for (const [region, n] of byRegion) {
    const own = orderShown(n.monthFirst, n.dayFirst);
    if (own !== null) shown.add(own);
    const known = REGION_DATE_ORDER[region];
    const order = own ?? (known !== undefined && (known === 'month-first' ? n.dayFirst : n.monthFirst) === 0 ? known : null);
    if (order !== null) orders.set(region, order);
  }
  // Regions no row's date tells, read as their country writes (a lone Irish row among British and American ones).
  for (const row of table.rows) {
    const cell = row.cells[countryCol];
    const region = cell?.kind === 'text' ? countryRegion(cell.value) : null;
    if (region === null || region === UNKNOWN_REGION || byRegion.has(region) || orders.has(region)) continue;
    const known = REGION_DATE_ORDER[region];
    if (known !== undefined) orders.set(region, known);
  }
  if (!shown.has('month-first') || !shown.has('day-first')) return null;
  return { countryCol, cols: new Set(cols), orders };
}

/** Real dates a column needs before all of them having a day of 12 or less says something: (12/31)^5 < 1%. */
const MIN_SWAPPED = 5;

/**
 * Date columns whose real dates look swapped by Excel: a user typed 06/08/1966 (6 August) into an
 * Excel reading dates month first, which made it the date 8 June 1966, while 25/12/1980 (no 25th
 * month) stayed text. The signature: the column's text dates are all day first (none either way:
 * those became dates), and every one of its real dates has a day of 12 or less (about a third of
 * dates do). The same holds the other way round (12/25/1980 typed into a day-first Excel). Nothing
 * is changed, as a date picked in a calendar is right and looks the same: the user is told which
 * column, how many cells, and the first one both ways.
 */
function swappedDateColumns(table: Table, columns: readonly ColumnMapping[], counts: readonly OrderCounts[]): SheetProblem[] {
  // The text dates' orders are dateOrderCounts' (`counts`, its date columns in the same order): each
  // text read once for both. Only the real dates are read here.
  const cols = columns.filter(isDateColumn).map((c, i) => ({
    c, dayFirst: counts[i].dayFirst, monthFirst: counts[i].monthFirst, either: counts[i].either, dates: 0, lateDays: 0, days: new Set<number>(), swapped: 0, first: null as { row: number; value: string } | null,
  }));
  // Row by row, all date columns at once (as dateOrderCounts).
  for (const row of table.rows) {
    for (const k of cols) {
      const cell = row.cells[k.c.col];
      if (cell?.kind === 'date') {
        const m = ISO_DAY.exec(cell.value);
        if (!m) continue;
        k.dates++;
        const [month, day] = [Number(m[2]), Number(m[3])];
        k.days.add(day);
        if (day > 12) k.lateDays++;
        else if (day !== month) {
          k.swapped++;
          k.first ??= { row: row.sheetRow, value: m[0] };
        }
      }
    }
  }
  const out: SheetProblem[] = [];
  for (const { c, dayFirst, monthFirst, either, dates, lateDays, days, swapped, first } of cols) {
    const shown = orderShown(monthFirst, dayFirst);
    const typed = shown === 'day-first' ? dayFirst : monthFirst;
    if (shown === null || first === null || either > typed * MAX_CONTRARY || dates < MIN_SWAPPED || lateDays > dates * MAX_CONTRARY || days.size < 2) continue;
    const [y, mo, d] = first.value.split('-');
    out.push({
      code: shown === 'day-first' ? 'dates.swappedDayFirst' : 'dates.swappedMonthFirst',
      severity: 'warning',
      params: { header: c.header, cells: swapped, dates: typed, row: first.row, value: first.value, other: `${y}-${d}-${mo}` },
    });
  }
  return out;
}

/** A real date's year, month and day. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * 1/12 · 20/12 · 12-05: a day and a month in numbers without a year (a planned follow-up's, a
 * birthday's). Which comes first is yearlessOrder's question; 2026-12 (a year and month) is not one.
 */
const YEARLESS = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/;

/**
 * The order a date column's year-less dates (下次跟进 05/12, a Mailchimp Birthday 12/06) are read
 * in, when the setting flags ambiguous dates and the column's full dates set none: the one the
 * column's own dates show (25/12 and 30/01 beside 12/06: the Birthday merge field is DD/MM), else
 * the one the sheet's show, its full dates and its year-less ones counted together (签约日期
 * 25/11/2026), else its region's where no date is written the other way, else month-first as
 * before (an ambiguous sheet, a Chinese one: 12/05 is 12月5日). Reading 05/12 as 12 May beside
 * 25/11/2026 would put a call planned for this Friday five months off, and a UK customer's 12/06
 * birthday greeted in December.
 */
function yearlessOrder(own: OrderCounts, counts: readonly OrderCounts[], settings: Settings): AmbiguousDatePolicy | null {
  const mine = orderShown(own.monthFirst + own.yearlessMonthFirst, own.dayFirst + own.yearlessDayFirst);
  if (mine !== null) return mine;
  const monthFirst = counts.reduce((n, c) => n + c.monthFirst + c.yearlessMonthFirst, 0);
  const dayFirst = counts.reduce((n, c) => n + c.dayFirst + c.yearlessDayFirst, 0);
  // Else the region's, where no date of the sheet, full or year-less, is written the other way.
  return orderShown(monthFirst, dayFirst) ?? regionOrderOf(monthFirst, dayFirst, settings);
}

/**
 * The date columns read day first whose year-less dates (05/12) would be read month first by the
 * next run on the cleaned sheet: the order came from full dates (20/12/2026) that the run writes as
 * ISO dates, and what is left (the year-less dates that show their order, the region's) does not
 * say day first. Their 05/12 are written 5 Dec (12月5日 under Chinese headers), which every run
 * reads the same: a birthday or a follow-up reminder does not move from one week to the next. A
 * column whose own year-less dates show the order (a Mailchimp Birthday field's 25/12) keeps them
 * as typed.
 */
function yearlessSpelled(columns: readonly ColumnMapping[], counts: readonly OrderCounts[], columnSettings: ReadonlyMap<number, Settings>, settings: Settings): Map<number, 'en' | 'zh'> {
  const out = new Map<number, 'en' | 'zh'>();
  const form = columns.some((c) => /\p{Script=Han}/u.test(c.header)) ? 'zh' : 'en';
  // What the next run has: no full date written day or month first, only the year-less ones.
  const left = counts.map((c) => ({ ...c, monthFirst: 0, dayFirst: 0 }));
  for (const c of left) {
    if (columnSettings.get(c.col)?.dates.ambiguous !== 'day-first') continue;
    if (yearlessOrder(c, left, settings) !== 'day-first') out.set(c.col, form);
  }
  return out;
}

/** 12,50 · 1.234,50 € · 99,5: a number whose decimals follow a comma. */
const DECIMAL_COMMA = /\d,\d{1,2}(?![\d.,])/;
/**
 * 1 250,00 $ · 12 500,50 €: thousands set apart by spaces, then a comma and two digits: a cell that
 * tells its own decimal comma (as amount.ts OWN_DECIMAL_COMMA reads it).
 */
const OWN_DECIMAL_COMMA = /(?<![\d.,])\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+,\d{2}(?![\d.,])/u;
/** $2,000 · £1,800: a comma before three digits and no decimals, which a thousands comma reads. */
const THOUSANDS_COMMA = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])/;
/** 3456.5 · $1,234.50: a number whose decimals follow a point. */
const DECIMAL_POINT = /\d\.\d{1,2}(?![\d.,])/;

/**
 * Amounts with a decimal comma enough to read a column so in a sheet whose region writes one (a
 * German list by its +49 numbers, writesDecimalComma): the region is the third piece of evidence,
 * so two such amounts do there what three do elsewhere. Two alone, with no region to back them,
 * decide nothing: 12,00 and 99,5 may be typos in a list that writes points.
 */
const MIN_EVIDENCE_IN_COMMA_REGION = 2;

/**
 * The amount and balance columns written with a decimal comma, from their own values (only where the settings
 * name no decimal mark): some amounts end in a comma and one or two digits (three, or two in a sheet
 * of a region that writes a decimal comma), none in a point and one or two digits. A number whose format an earlier run tagged with a decimal-comma locale
 * ([$-407]#,##0.00, currency-format.ts) counts as one typed with a comma: it was, before that run
 * made it a number, and the 12,000 that run flagged is read the same way on every run.
 */
function decimalCommaColumns(table: Table, columns: readonly ColumnMapping[], settings: Settings): Map<number, number> {
  const out = new Map<number, number>();
  if (settings.amount.decimalSeparator !== undefined) return out;
  const needed = writesDecimalComma(settings.phone.defaultRegion, settings.amount.currency) ? MIN_EVIDENCE_IN_COMMA_REGION : MIN_EVIDENCE;
  const headers = columns.map((c) => c.header);
  for (const c of columns) {
    // A balance column no field reads (储值余额, Store Credit) is money too: the merge's held-elsewhere warning reads it,
    // as is money owed (欠款, a Xero list's Balance beside its Due Date), which the 催款 reminders read.
    if (c.field !== 'amount' && !(c.field === null && !c.run && (isBalance(c.header) || isOwedIn(c.header, headers)))) continue;
    let comma = 0;
    let point = 0;
    let ownComma = 0;
    let thousands = 0;
    for (let r = 0; r < table.rows.length; r++) {
      const cell = table.rows[r].cells[c.col];
      if (cell?.kind === 'number' && showsDecimalComma(cell.format)) comma++;
      if (cell?.kind !== 'text') continue;
      if (OWN_DECIMAL_COMMA.test(cell.value)) ownComma++;
      else if (DECIMAL_COMMA.test(cell.value)) comma++;
      else if (DECIMAL_POINT.test(cell.value)) point++;
      else if (THOUSANDS_COMMA.test(cell.value)) thousands++;
    }
    // A column of two hands (a Québec row's 1 250,00 $ beside a London row's £1,800 and a New York
    // one's $2,000): the cells that tell their own decimal comma are read so in a column read with the
    // point (amount.ts), and say nothing of the others; only the rest can make the column a comma one.
    const telling = thousands > 0 ? comma : comma + ownComma;
    if (telling >= needed && point === 0) out.set(c.col, telling);
  }
  return out;
}

/** Where Traditional characters are written (Chinese sheets from elsewhere write Simplified ones). */
const TRADITIONAL_REGIONS = ['TW', 'HK', 'MO'];
/** Names and addresses looked at for their script. */
const SCRIPT_SAMPLE = 200;

/**
 * The regions the sheet's currency, postcodes and script point to, with how many kinds of evidence
 * each: a currency any header names (Fees (£), 學費(HKD)) or most marked amounts carry (£1,250.00),
 * postcodes of a shape one region writes (SW1A 2AA), headers or names in Traditional characters,
 * amounts grouped in lakhs, a Pincode header, a state column of one country's states.
 */
function pointedRegions(table: Table, columns: readonly ColumnMapping[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (region: string | null) => {
    if (region !== null) out.set(region, (out.get(region) ?? 0) + 1);
  };
  const amounts = amountSample(table, columnsOf(columns, ['amount']));
  const named = columns.map((c) => headerCurrency(c.header)).find((x) => x !== null) ?? currencyColumnCurrency(table, columns) ?? markedCurrency(amounts);
  add(regionOfCurrency(named));
  add(postcodeRegion(textSample(table, columnsOf(columns, ['postcode']), SAMPLE)));
  // India's own ways: amounts grouped in lakhs (2,50,000), a Pincode column, its states by name.
  add(lakhRegion(table, columnsOf(columns, ['amount']), SAMPLE));
  add(indianPostcodeHeader(columns.map((c) => c.header)));
  add(stateRegion(textSample(table, columnsOf(columns, ['province']), SAMPLE)));
  // An address column's state and ZIP code (Austin, TX 78701), as QuickBooks writes its billing address.
  add(addressRegion(textSample(table, columnsOf(columns, ['address']), SAMPLE)));
  if (writtenTraditional(columns.map((c) => c.header), textSample(table, columnsOf(columns, SCRIPT_FIELDS), SCRIPT_SAMPLE))) {
    for (const region of TRADITIONAL_REGIONS) add(region);
  }
  return out;
}

/** The currency an unread Currency column names for most rows (currency-column.ts), or null. */
function currencyColumnCurrency(table: Table, columns: readonly ColumnMapping[]): string | null {
  const col = columns.find((c) => c.field === null && isCurrencyHeader(c.header));
  return col === undefined ? null : columnCurrency(sample(table, [col.col]));
}

/**
 * The settings for this sheet: the region and currency its values show (as far as `guess` allows),
 * and notes saying what was worked out.
 */
function sheetSettings(table: Table, columns: readonly ColumnMapping[], settings: Settings, guess: LocaleGuess, readings: PhoneReadings): { settings: Settings; problems: SheetProblem[]; noRegionShown: boolean; keepCodes: boolean; byRow: RowCurrencies | null } {
  const problems: SheetProblem[] = [];
  let byRow: RowCurrencies | null = null;
  let region: string | null = null;
  let out = settings;
  // The host let the run guess the region and nothing in the sheet named one: the settings' region is only the default.
  let noRegionShown = false;
  let keepCodes = false;
  if (guess.region) {
    const englishHeaders = !columns.some((c) => /\p{Script=Han}/u.test(c.header));
    const phones = sample(table, columnsOf(columns, ['mobile', 'phone']));
    // A country column that names one country for most rows says it outright, unless the numbers
    // are Chinese mobiles (a travel agency's 国家 is where its customers go).
    const country = chineseMobileShare(phones) >= MIN_SHARE ? null : guessRegionFromCountries(sample(table, columnsOf(columns, ['country'])));
    const hints: RegionHints = { englishHeaders, pointed: pointedRegions(table, columns) };
    // Rows split between countries, none with half of them: the country most rows name, not the
    // settings' China (a report of two Boston and two Madrid contacts), and before the numbers. The
    // run writes each foreign row's numbers with its country's code (row-region.ts), so read from the
    // numbers a second run would count other codes than the first did (+49 and +31 numbers the first
    // run wrote for the German and Dutch rows outvote a French list's own +33 ones) and rewrite the
    // first run's national numbers; the column itself is the same on every run.
    const [countryCol] = columnsOf(columns, ['country']);
    const split = country || countryCol === undefined || chineseMobileShare(phones) >= MIN_SHARE
      ? null
      : guessRegionFromCountryRows(table, countryCol, columnsOf(columns, ['mobile', 'phone']), settings.phone.defaultRegion, readings);
    // The commonest country's numbers dialled with its code: no country the column names is the
    // sheet's; only the rows naming none say where it is from (none: the settings' region stands).
    const abroad = split !== null && split.region === null;
    const own = abroad ? phonesOfRowsNamingNone(table, countryCol!, columnsOf(columns, ['mobile', 'phone'])) : phones;
    const found = country || (split && !abroad) ? null : guessRegion(own, hints, readings);
    // Only the 'national' format drops a code; the others keep every one anyway.
    keepCodes = found !== null && found.region !== settings.phone.defaultRegion && settings.phone.format === 'national' && !placedAgain(phones, found.region, hints, readings);
    // No phone or country says where the sheet is from: its states may (vic, nsw; CA, NY).
    const placed = country || found || split ? null : guessRegionFromStates(sample(table, columnsOf(columns, ['province'])));
    const guessed = country?.region ?? split?.region ?? found?.region ?? placed?.region;
    // Every row abroad names its country, and is read by its rules: the sheet shows where its rows are.
    noRegionShown = guessed === undefined && !abroad;
    // An English sheet whose national numbers are valid in no region tried: said once, not only
    // flagged number by number (a South African sheet with two +27 numbers among twelve).
    const unplaced = noRegionShown && englishHeaders ? unplacedNumbers(phones, settings.phone.defaultRegion, readings) : null;
    const validIn = unplaced ? regionsValidIn(phones, settings.phone.defaultRegion, readings) : null;
    if (unplaced && validIn) {
      // Numbers written the North American way are one country's (the area codes tell the United States
      // from Canada): no choice between regions to offer.
      problems.push({ code: validIn.northAmerican ? 'locale.regionWrittenAs' : 'locale.regionValidIn', severity: 'warning', params: { ...unplaced, numbers: validIn.numbers, region: settings.phone.defaultRegion, digits: validIn.digits, regions: validIn.regions.join(','), code: validIn.regions[0] } });
    } else if (unplaced) problems.push({ code: 'locale.regionUnknown', severity: 'warning', params: { ...unplaced, region: settings.phone.defaultRegion, regions: suggestedRegions(hints.pointed, settings.phone.defaultRegion) } });
    if (guessed && guessed !== settings.phone.defaultRegion) {
      region = guessed;
      out = { ...out, phone: { ...out.phone, defaultRegion: region } };
      problems.push(country
        ? { code: 'locale.regionCountries', severity: 'info', params: { region, rows: country.rows } }
        : split && !abroad
          ? { code: split.of === table.rows.length ? 'locale.regionCountriesEvery' : 'locale.regionCountriesMost', severity: 'info', params: { region, rows: split.rows, of: split.of } }
          : found
            ? { code: 'locale.region', severity: 'info', params: { region, numbers: found.numbers } }
            : { code: 'locale.regionStates', severity: 'info', params: { region, states: placed!.states } });
    }
  }
  // A list of money owed with no amount column (a Xero customer list's Balance) is read in a currency too.
  const amountCols = amountColumns(columns).length > 0 ? amountColumns(columns) : owedColumns(columns);
  // No amounts, nothing to read in a currency (and nothing to say about one).
  if (guess.currency && amountCols.length > 0) {
    // The header says it outright (金额（美元）), else the amounts' markers, else the region.
    const named = amountCols.map((c) => headerCurrency(columns[c].header)).find((x) => x !== null) ?? currencyColumnCurrency(table, columns);
    const amounts = amountSample(table, amountCols);
    // Rows of several countries, each amount in its row's own money (£ on the British rows, NZ$ on the
    // New Zealand ones): the tiers count the currency most rows are in, the others are left out (row-currency.ts).
    const [countryCol] = columnsOf(columns, ['country']);
    byRow = named === null && countryCol !== undefined && chineseMobileShare(sample(table, columnsOf(columns, ['mobile', 'phone']))) < MIN_SHARE
      ? currenciesByRow(table, countryCol, amountCols, amountText, markerCode)
      : null;
    const currency = byRow?.currency ?? named ?? guessCurrency(amounts, region);
    if (byRow !== null) {
      if (currency !== settings.amount.currency) out = { ...out, amount: { ...out.amount, currency: byRow.currency } };
      problems.push({ code: 'locale.currencyByRow', severity: 'info', params: { currency: byRow.currency, header: columns[countryCol].header, currencies: byRow.counts.map(([code, n]) => `${code} ${n}`).join(', '), count: byRow.counts[0][1], others: byRow.others } });
    } else if (currency && currency !== settings.amount.currency) {
      out = { ...out, amount: { ...out.amount, currency } };
      // Said as what it is: shown by a header or the amounts' markers, or only the region's (2,50,000
      // in an Indian sheet shows no currency; the note must not say the sheet shows the rupee).
      const mixed = named === null ? otherMarkedCurrencies(amounts, currency, region) : null;
      problems.push(mixed !== null
        ? { code: 'locale.currencyMixed', severity: 'info', params: { currency, count: mixed.own, amounts: amounts.length, others: mixed.others, currencies: mixed.currencies } }
        : named !== null || commonestMarker(amounts) !== null || region === null
          ? { code: 'locale.currency', severity: 'info', params: { currency } }
          : { code: 'locale.currencyOfRegion', severity: 'info', params: { currency, region } });
    }
  }
  return { settings: out, problems, noRegionShown, keepCodes, byRow };
}

/** The columns of money owed no field reads (欠款, a Xero list's Balance beside its Due Date). */
function owedColumns(columns: readonly ColumnMapping[]): number[] {
  const headers = columns.map((c) => c.header);
  return columns.filter((c) => c.field === null && !c.run && isOwedIn(c.header, headers)).map((c) => c.col);
}

/** An amount cell's text, a number with the marker its format shows (as amountSample reads it). */
const amountText = (cell: Cell | undefined): string => (cell?.kind === 'number' ? numberWithMarker(cell.value, cell.format) : null) ?? textOf(cell);

/** The currency an amount's text is marked with ('$' for a bare dollar sign), or null. */
const markerCode = (text: string): string | null => MARKERS.find(([re]) => re.test(text))?.[1] ?? null;

/**
 * Whether the numbers, written as the run writes them for `region` (+49 30 1234567 as 030 1234567),
 * still say `region` to the next run's guess. A region placed only by its country codes whose
 * national numbers no rule reads (Germany's 030 1234567, a valid Australian number too) is then
 * lost: the next run reads them as another country's and rewrites them, (03) 0123 4567. Asked of
 * the guess itself rather than of a list of regions it knows: Ireland, placed by its +353 numbers,
 * is such a region too (087 123 4567 alone is New Zealand's), and India's national numbers beside
 * ₹ amounts are not. The hints (currency, postcodes) are the written sheet's as well.
 */
function placedAgain(phones: readonly string[], region: string, hints: RegionHints, readings: PhoneReadings): boolean {
  const written = phones.map((t) => {
    const p = parsePhone(asRead(t), region, readings);
    return p === null ? t : formatPhone(p, 'national', region);
  });
  return guessRegion(written, hints, readings)?.region === region;
}

/** The settings a sheet is cleaned with: for the sheet, and for the columns that read otherwise. */
export interface SheetReading {
  settings: Settings;
  /** A date column read in its own order, an amount column with a decimal comma: by column. */
  columnSettings: Map<number, Settings>;
  /** What was worked out, said as sheet notes. */
  problems: SheetProblem[];
  /**
   * The country column each row's numbers and postcode are read by, when it names where the
   * customers are (not a travel agency's destinations beside Chinese mobiles), else null.
   */
  rowCountryCol: number | null;
  /**
   * The country column set aside because the sheet's numbers are Chinese mobiles: a row's country
   * is heeded only when the row's own number is dialled with its code (row-region.ts dialledRegions).
   */
  rowCountryDialled: number | null;
  /**
   * The country column names countries (most of its cells a country the run knows): a row naming a
   * place no rules are known for is from somewhere else (row-region.ts), not one of the sheet's own.
   */
  rowCountryApart: boolean;
  /**
   * Mailchimp's geo-IP CC (beside its GMTOFF), when no country column names where the customers are:
   * the country each subscriber's network is in, a guess (a VPN, a mail proxy, an imported contact's
   * account default), so no country of the customer's; it places only a number the sheet's rules
   * find invalid (a British 07911 123456 in a US list), else null.
   */
  rowCountryHint: number | null;
  /**
   * The phone columns that write every number with its country code (+1 617 555 0142) under the
   * 'national' format: the sheet names several countries and most of the column's own numbers were
   * typed with the code (Shopify's '+16175550142; see writtenWhole and code-vote.ts).
   */
  writtenWhole: ReadonlySet<number>;
  /**
   * The date columns whose year-less 05/12 are read day first by dates the run rewrites (their full
   * 20/12/2026 become ISO dates), with the way to write them so that they say it (yearlessSpelled).
   */
  spelledYearless: ReadonlyMap<number, 'en' | 'zh'>;
  /** The date columns whose 05/12/2026 are read in the order each row's country writes (rowDateOrders), or null. */
  rowDateOrders: RowDateOrders | null;
  /** The amounts are each in their row's country's currency (row-currency.ts), or null. */
  rowCurrencies: RowCurrencies | null;
}

/** Everything the sheet says for itself (see the banner): the run's settings with it applied. */
export function readSheet(table: Table, columns: readonly ColumnMapping[], given: Settings, guess: LocaleGuess = {}, readings: PhoneReadings = new PhoneReadings()): SheetReading {
  const local = sheetSettings(table, columns, given, guess, readings);
  // Value tiers in the sheet's own currency (classify/currency-tiers.ts), where the user set none.
  const tiers = amountColumns(columns).length > 0 ? tiersInCurrency(local.settings.classify, local.settings.amount.currency) : null;
  const settings = tiers ? { ...local.settings, classify: tiers.classify } : local.settings;
  const counts = settings.dates.ambiguous === 'flag' ? dateOrderCounts(table, columns) : [];
  const orders = dateColumnOrders(table, columns, settings, counts);
  const decimalComma = decimalCommaColumns(table, columns, settings);
  const columnSettings = new Map<number, Settings>();
  for (const [col, o] of orders) columnSettings.set(col, { ...settings, dates: { ...settings.dates, ambiguous: o.order } });
  // A date column its full dates set no order for (a follow-up's 05/12, a birthday's 12/06: no year
  // to tell) reads its year-less dates in the order its own, the sheet's or the region's show.
  // Month first is how 'flag' reads them already: only day first is set.
  for (const c of counts) {
    if (orders.has(c.col) || yearlessOrder(c, counts, settings) !== 'day-first') continue;
    columnSettings.set(c.col, { ...settings, dates: { ...settings.dates, ambiguous: 'day-first' } });
  }
  const spelledYearless = yearlessSpelled(columns, counts, columnSettings, settings);
  const rocColumns = rocYearColumns(table, columns, settings);
  for (const col of rocColumns) {
    const own = columnSettings.get(col) ?? settings;
    columnSettings.set(col, { ...own, dates: { ...own.dates, era: 'roc' } });
  }
  for (const col of centuryYearColumns(table, columns, settings, rocColumns)) {
    const own = columnSettings.get(col) ?? settings;
    columnSettings.set(col, { ...own, dates: { ...own.dates, era: 'gregorian' } });
  }
  for (const col of decimalComma.keys()) {
    const own = columnSettings.get(col) ?? settings;
    columnSettings.set(col, { ...own, amount: { ...own.amount, decimalSeparator: ',' } });
  }
  // 男 / M / 先生 in one gender column: all written the column's commonest way, unless the settings say.
  if (settings.normalize.genderStyle === undefined) {
    for (const col of columnsOf(columns, ['gender'])) {
      const genderStyle = columnGenderStyle(sample(table, [col]), settings.language);
      if (!genderStyle) continue;
      const own = columnSettings.get(col) ?? settings;
      columnSettings.set(col, { ...own, normalize: { ...own.normalize, genderStyle } });
    }
  }
  // 金额（万元）: the column's amounts are in 万, unless the settings name the unit.
  const units = new Map<number, number>();
  if (settings.amount.unit === undefined) {
    for (const col of columnsOf(columns, ['amount'])) {
      const unit = headerUnit(columns[col].header);
      if (unit === 0) continue;
      units.set(col, unit);
      const own = columnSettings.get(col) ?? settings;
      columnSettings.set(col, { ...own, amount: { ...own.amount, unit } });
    }
  }
  // An unplaced sheet's postcodes: ZIP codes when the sheet shows American signs, else no region's
  // (postcode-region.ts). Only under the defaults' China: a region the settings name is the user's word.
  const postcodeNotes = local.noRegionShown && settings.phone.defaultRegion === DEFAULT_SETTINGS.phone.defaultRegion ? postcodeColumnSettings(table, columns, settings, columnSettings, readings) : [];
  const problems: SheetProblem[] = [
    ...local.problems,
    ...postcodeNotes,
    // Its text dates' orders are the ones dateOrderCounts read (read there only for an ambiguous-flagging sheet).
    ...swappedDateColumns(table, columns, settings.dates.ambiguous === 'flag' ? counts : dateOrderCounts(table, columns)),
    ...(tiers?.note ? [tierNote(tiers.note)] : []),
    ...dateOrderNotes(orders, columns, settings.language),
    // Said of the amount columns only: a balance column is said "not read" as a field, and the warning that reads it quotes its cells as typed.
    ...[...decimalComma].filter(([col]) => columns[col].field === 'amount').map(([col, amounts]): SheetProblem => ({ code: 'amount.columnDecimalComma', severity: 'info', params: { header: columns[col].header, amounts } })),
    ...[...units].map(([col, unit]): SheetProblem => ({ code: 'amount.columnUnit', severity: 'info', params: { header: columns[col].header, factor: 10 ** unit, example: unitExample(columns[col].header, unit) } })),
  ];
  const [countryCol] = columnsOf(columns, ['country']);
  const setAside = countryCol !== undefined && chineseMobileShare(sample(table, columnsOf(columns, ['mobile', 'phone']))) >= MIN_SHARE;
  const rowCountryCol = countryCol === undefined || setAside ? null : countryCol;
  const rowCountryApart = rowCountryCol !== null && namesCountries(sample(table, [rowCountryCol]));
  const whole = writtenWhole(table, columns, settings, rowCountryCol, local.keepCodes, readings);
  const rowCountryHint = countryCol === undefined ? networkCountryCol(table, columns) : null;
  const byRow = rowCountryCol === null || counts.length === 0 ? null : rowDateOrders(table, rowCountryCol, counts, orders);
  if (byRow !== null) problems.push(rowDateOrderNote(byRow, columns, settings.language));
  return { settings, columnSettings, problems, rowCountryCol, rowCountryDialled: setAside ? countryCol : null, rowCountryApart, rowCountryHint, writtenWhole: whole, spelledYearless, rowDateOrders: byRow, rowCurrencies: local.byRow };
}

/**
 * The rules each postcode column of a sheet nothing placed is read by (postcode-region.ts), set as
 * its column's region; said as a note per column. Only the postcodes: a ZIP header is no evidence
 * for the phone numbers or ID numbers, which keep the settings' region.
 */
function postcodeColumnSettings(table: Table, columns: readonly ColumnMapping[], settings: Settings, columnSettings: Map<number, Settings>, readings: PhoneReadings): SheetProblem[] {
  const phones = sample(table, columnsOf(columns, ['mobile', 'phone']));
  const chinese = columns.some((c) => /\p{Script=Han}/u.test(c.header))
    || textSample(table, columnsOf(columns, [...SCRIPT_FIELDS, 'city', 'province']), SCRIPT_SAMPLE).some((t) => /\p{Script=Han}/u.test(t))
    || chineseMobileShare(phones) >= MIN_SHARE;
  const northAmericanPhones = phones.map(asRead).filter((t) => writtenNorthAmerican(t, readings) || (INTERNATIONAL.test(t) && ['US', 'CA'].includes(parsePhone(t, 'ZZ', readings)?.country ?? ''))).length;
  const states = sample(table, columnsOf(columns, ['province']));
  const notes: SheetProblem[] = [];
  for (const col of columnsOf(columns, ['postcode'])) {
    const header = columns[col].header;
    const region = postcodeRegionOf({ header, codes: sample(table, [col]), northAmericanPhones, states, chinese });
    if (region === null || region === settings.phone.defaultRegion) continue;
    const own = columnSettings.get(col) ?? settings;
    columnSettings.set(col, { ...own, phone: { ...own.phone, defaultRegion: region } });
    notes.push(region === NO_POSTCODE_RULES
      ? { code: 'locale.postcodeUnchecked', severity: 'info', params: { header } }
      : { code: 'locale.postcodeRegion', severity: 'info', params: { header, region } });
  }
  return notes;
}

/**
 * Mailchimp's CC column (beside GMTOFF, DSTOFF: its geo-IP columns), when it names countries: where
 * each subscriber opens his mail from, which Mailchimp estimates from his IP address. Not his address
 * (header-match.ts keeps it from the country field), but where a number his list's rules cannot read is
 * from, more often than not. Not in a sheet of Chinese mobiles, whose other numbers are a Chinese team's.
 */
function networkCountryCol(table: Table, columns: readonly ColumnMapping[]): number | null {
  if (!columns.some((c) => isGeolocatedMark(c.header))) return null;
  const cc = columns.find((c) => c.field === null && isCountryCodeHeader(c.header));
  if (cc === undefined || chineseMobileShare(sample(table, columnsOf(columns, ['mobile', 'phone']))) >= MIN_SHARE) return null;
  return namesCountries(sample(table, [cc.col])) ? cc.col : null;
}

/** A phone cell's text written with its country code: +1 617…, 0044 20…, Shopify's '+1617…. */
export const writtenWithCode = (text: string): boolean => INTERNATIONAL.test(asRead(text));

/**
 * The phone columns whose numbers typed with their country code keep it, under the 'national'
 * format that writes the sheet's own numbers nationally. Shopify and HubSpot store numbers as
 * +1 617 555 0142, and their imports and SMS tools need the code: in a sheet whose rows name several
 * countries (the foreign numbers are written whole anyway, so a US one made (617) 555-0142 leaves
 * the column in two forms and the number without its country), the code the user typed is no
 * clutter to remove. The column comes out in one form: its own numbers typed nationally get the code
 * too where most of them were typed with it, and lose it where most were typed without (a Chinese
 * shop's list with one Hong Kong customer: 13800138000 throughout, code-vote.ts). Not in a one-country sheet, however
 * many of its numbers carry the code (+91 98182 69186 beside 98182 69186: one form, the national,
 * as a Chinese sheet's house form is the bare 11 digits people paste into WeChat), unless `keepCodes`:
 * the codes are what placed the sheet, and its numbers written nationally would say another country
 * to the next run (placedAgain), which would rewrite them as that country's. The codes stay, so a
 * second run reads the sheet as the first did and changes nothing.
 * The numbers themselves say several countries too, with no country column to read (or one set aside
 * beside Chinese mobiles): a Google Contacts address book of +86, (415) and +44 numbers keeps the +86
 * its user typed, since Google re-imports a number without + by the account's region, and a Shenzhen
 * buyer's 13812345678 would come back as a number of the wrong country (callingCodesOf): there the
 * buyers typed without it get it too.
 * The vote is the sheet's, over all its phone columns: a country's numbers come out in one form in
 * the sheet, not one per column. A column for WhatsApp or international numbers
 * (international-columns.ts) keeps every code in any sheet, and is left out of the vote.
 */
function writtenWhole(table: Table, columns: readonly ColumnMapping[], settings: Settings, rowCountryCol: number | null, keepCodes: boolean, readings: PhoneReadings): Set<number> {
  const out = new Set<number>();
  if (settings.phone.format !== 'national') return out;
  const phoneCols = columnsOf(columns, ['mobile', 'phone']);
  // A WhatsApp or international column keeps every code, and says nothing of how the sheet writes its own numbers.
  for (const col of phoneCols) if (isInternationalPhoneHeader(columns[col].header)) out.add(col);
  const voting = phoneCols.filter((col) => !out.has(col));
  const region = settings.phone.defaultRegion;
  const withCode = (t: string) => dialledWithCode(t, region, readings);
  const countries = rowCountryCol === null ? new Set<string>() : new Set(sample(table, [rowCountryCol]).map(countryRegion).filter((r) => r !== null && r !== UNKNOWN_REGION));
  const written = new Map(voting.map((col) => [col, sample(table, [col]).filter((t) => /\d{3}/.test(t))]));
  const coded = voting.filter((col) => written.get(col)!.some(writtenWithCode));
  if (coded.length === 0) return out;
  if (!(countries.size > 1 || keepCodes || callingCodesOf(sample(table, voting), region, readings).size > 1)) return out;
  // `keepCodes` keeps the code on every column typed with it, which is what places the sheet on the next run.
  if (keepCodes) {
    for (const col of coded) out.add(col);
    return out;
  }
  // One form for a country in the sheet, the way most of its numbers were typed across all the
  // columns (code-vote.ts): Phone 1 and Phone 2 of one row are never (971) 555-0120 beside +1 971 555 0133 (h69 #10).
  const all = voting.flatMap((col) => written.get(col)!.map(asRead));
  if (codeWins(countCodes(all, region, withCode, readings))) for (const col of voting) if (written.get(col)!.length > 0) out.add(col);
  return out;
}

/** Which amounts the value tiers and the VIP rule were given for the sheet's currency. */
function tierNote(note: TierNote): SheetProblem {
  const { high, medium, vip } = note.amounts;
  const params = { currency: note.currency, high: groupedNumberText(high), medium: groupedNumberText(medium), vip: groupedNumberText(vip) };
  if (note.kind === 'unscaled') return { code: 'classify.yuanTiers', severity: 'info', params };
  // Only what was scaled is said: a VIP amount of the user's own is no default of the currency's.
  const code = note.tier && note.vip ? 'classify.currencyTiers' : note.tier ? 'classify.currencyTiersOnly' : 'classify.currencyVipOnly';
  return { code, severity: 'info', params };
}

/** One note per order for the date columns read in it (six date columns are one sentence, not six). */
function dateOrderNotes(orders: ReturnType<typeof dateColumnOrders>, columns: readonly ColumnMapping[], lang: Settings['language']): SheetProblem[] {
  const notes: SheetProblem[] = [];
  const quoted = (cols: [number, ColumnOrder][]) => {
    const headers = cols.map(([col]) => columns[col].header);
    return lang === 'zh-CN' ? headers.map((h) => `“${h}”`).join('、') : headers.map((h) => `"${h}"`).join(', ');
  };
  for (const order of ['month-first', 'day-first'] as const) {
    const cols = [...orders].filter(([, o]) => o.order === order && o.byRegion === undefined && !o.bySheet);
    if (cols.length > 0) {
      notes.push({
        code: order === 'day-first' ? 'dates.columnDayFirst' : 'dates.columnMonthFirst',
        severity: 'info',
        params: { headers: quoted(cols), dates: cols.reduce((n, [, o]) => n + o.dates, 0), against: cols.reduce((n, [, o]) => n + o.against, 0) },
      });
    }
    // The sheet's counts, the same for each such column: said once.
    const bySheet = [...orders].filter(([, o]) => o.order === order && o.bySheet);
    if (bySheet.length > 0) {
      notes.push({
        code: order === 'day-first' ? 'dates.sheetDayFirst' : 'dates.sheetMonthFirst',
        severity: 'info',
        params: { headers: quoted(bySheet), dates: bySheet[0][1].dates, against: bySheet[0][1].against },
      });
    }
    const byRegion = [...orders].filter(([, o]) => o.order === order && o.byRegion !== undefined);
    if (byRegion.length > 0) {
      notes.push({
        code: order === 'day-first' ? 'dates.regionDayFirst' : 'dates.regionMonthFirst',
        severity: 'info',
        params: { headers: quoted(byRegion), dates: byRegion.reduce((n, [, o]) => n + o.dates, 0), region: byRegion[0][1].byRegion as string },
      });
    }
  }
  return notes;
}

/** Said once: which columns are read by each row's country, and the orders (UK, NZ day first; US month first). */
function rowDateOrderNote(byRow: RowDateOrders, columns: readonly ColumnMapping[], lang: Settings['language']): SheetProblem {
  const regions = (order: AmbiguousDatePolicy) => [...byRow.orders].filter(([, o]) => o === order).map(([r]) => r).sort().join(',');
  const headers = [...byRow.cols].sort((a, b) => a - b).map((c) => columns[c].header);
  return {
    code: 'dates.rowCountryOrder',
    severity: 'info',
    params: {
      headers: lang === 'zh-CN' ? headers.map((h) => `“${h}”`).join('、') : headers.map((h) => `"${h}"`).join(', '),
      dayFirstRegions: regions('day-first'),
      monthFirstRegions: regions('month-first'),
      column: columns[byRow.countryCol].header,
    },
  };
}
