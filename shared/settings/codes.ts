/**
 * The two codes a settings file names the sheet's country and money by: `amount.currency` (ISO 4217)
 * and `phone.defaultRegion` (ISO 3166-1, as libphonenumber reads it). Three capitals alone let RMB
 * and UK through: RMB then left every ¥ amount as text (it is no currency the amounts' markers
 * belong to) and UK made every valid British mobile invalid, both without a word. A code that is
 * none is refused, naming the one the user most likely meant (RMB → CNY, UK → GB, China → CN).
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import { CURRENCY_MARKERS } from '../normalize/currency-markers';
import { COUNTRY_REGION, countryKey } from '../plan/country-names';
import type { SheetProblem } from '../plan/issue';

/**
 * ISO 4217's current codes (list one, 2025), without XTS (testing), XXX (no currency) and the
 * precious metals and bond units (XAU, XDR …), which no customer sheet counts in.
 */
const ISO_4217 = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP '
  + 'CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD '
  + 'IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR '
  + 'MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC '
  + 'SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL').split(' '),
);

/** Whether `code` is a currency the amounts can be counted in: ISO's, or one whose markers the cleaner knows. */
export const isCurrencyCode = (code: string): boolean => ISO_4217.has(code) || code in CURRENCY_MARKERS;

/** Whether phone numbers can be read for `code` (libphonenumber's regions: GB, CN, XK, not UK). */
export const isRegionCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);

/** Names people write for a currency that are not its code, beyond its markers (RMB, 英镑, dollars). */
const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  CNH: 'CNY', RMB: 'CNY', NTD: 'TWD', NT: 'TWD', UKP: 'GBP', STG: 'GBP', STERLING: 'GBP', RUR: 'RUB', SFR: 'CHF', YUAN: 'CNY', EURO: 'EUR',
};

/** The money of the regions a country name leads to whose code is not their first two letters. */
const EURO_REGIONS = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
/** Fund and accounting units that share a country's first two letters (USN beside USD): never the guess. */
const FUND_CODES = new Set(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW']);

/** Language codes written where a region goes (EN for English-speaking Britain or America). */
const LANGUAGE_REGIONS: Readonly<Record<string, readonly string[]>> = {
  EN: ['GB', 'US'], ZH: ['CN'], JA: ['JP'], KO: ['KR'], DA: ['DK'], SV: ['SE'], EL: ['GR'], CS: ['CZ'], HE: ['IL'],
};

/** A country's name or code as written (UK, China, 英国, usa) → its region, or null. */
const regionNamed = (text: string): string | null => COUNTRY_REGION.get(countryKey(text)) ?? null;

/** The region codes `found` most likely means, best first (none when nothing close is known). */
export function regionGuesses(found: string): string[] {
  const text = found.trim();
  const upper = text.toUpperCase();
  if (isRegionCode(upper)) return [upper];
  const named = regionNamed(text);
  if (named) return [named];
  // A locale written for a region: zh-CN, en_GB.
  const locale = /^[a-z]{2,3}[-_]([a-z]{2})$/i.exec(text);
  if (locale && isRegionCode(locale[1].toUpperCase())) return [locale[1].toUpperCase()];
  const language = LANGUAGE_REGIONS[upper];
  if (language) return [...language];
  // A currency written for a region: GBP → GB, CNY → CN.
  if (/^[A-Z]{3}$/.test(upper) && isCurrencyCode(upper) && isRegionCode(upper.slice(0, 2))) return [upper.slice(0, 2)];
  return [];
}

/** The currency codes `found` most likely means, best first (¥ is the yuan's and the yen's). */
export function currencyGuesses(found: string): string[] {
  const text = found.trim();
  const upper = text.toUpperCase();
  if (isCurrencyCode(upper)) return [upper];
  const alias = CURRENCY_ALIASES[upper];
  if (alias) return [alias];
  const marked = Object.entries(CURRENCY_MARKERS).filter(([, markers]) => markers.some((m) => m.toLowerCase() === text.toLowerCase())).map(([code]) => code);
  if (marked.length > 0) return marked;
  // A country written for its money: UK → GBP, China → CNY, Germany → EUR.
  const region = regionNamed(text) ?? (isRegionCode(upper) ? upper : null);
  if (region === null) return [];
  if (EURO_REGIONS.has(region)) return ['EUR'];
  return [...ISO_4217].filter((code) => code.startsWith(region) && !FUND_CODES.has(code));
}

/** "GB or US" / "GB 或 US": the guesses as the message says them. */
function guessWords(codes: readonly string[]): { codes: string; codesZh: string } {
  return { codes: codes.join(' or '), codesZh: codes.join(' 或 ') };
}

// Each code setting: the settings' key, its test, the codes a mistake most likely meant, and its message.
const CODE_SETTINGS = [
  { part: 'phone', key: 'defaultRegion', valid: isRegionCode, guesses: regionGuesses, code: 'settings.region' },
  { part: 'amount', key: 'currency', valid: isCurrencyCode, guesses: currencyGuesses, code: 'settings.currency' },
] as const;

/**
 * The mistakes of the two codes in a settings document, as errors. `input` is the document as
 * written: values of the wrong type are the schema's to say (settings.invalid), not these.
 */
export function codeProblems(input: Record<string, unknown>): SheetProblem[] {
  const out: SheetProblem[] = [];
  const at = (part: string, key: string): unknown => {
    const v = input[part];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
  };
  for (const { part, key, valid, guesses: guessesOf, code } of CODE_SETTINGS) {
    const found = at(part, key);
    if (typeof found !== 'string' || valid(found)) continue;
    const guesses = guessesOf(found);
    const path = `${part}.${key}`;
    out.push(guesses.length > 0
      ? { code: `${code}Guess`, severity: 'error', params: { path, found, ...guessWords(guesses) } }
      : { code, severity: 'error', params: { path, found } });
  }
  return out;
}

/** The settings whose code mistakes codeProblems says: the schema's pattern check of them is left out. */
export const CODE_PATHS: ReadonlySet<string> = new Set(['phone.defaultRegion', 'amount.currency']);
