/**
 * A region's name as a message shows it to the user: 印度 and India for IN, 西班牙 and Spain for ES. A
 * code is what settings take (phone.defaultRegion: ES), but a note saying "not a valid postcode of ES"
 * asks a shop owner to know his ISO codes. Names come from the country table the sheet's country
 * column is read with (plan/country-names.ts: CLDR's English names, the Chinese a 国家 column holds),
 * not from Intl.DisplayNames: Apps Script's V8 may lack it, and the core says the same everywhere. A
 * code the table does not name (ZZ) is shown as it is.
 */
import type { Lang } from './define';
import { COUNTRY_NAMES } from '../plan/country-names';

/** English names the table's first name does not give as a reader expects them. */
const ENGLISH: Readonly<Record<string, string>> = {
  US: 'United States', GB: 'United Kingdom', KR: 'South Korea', CI: 'Côte d\'Ivoire', CN: 'China', HK: 'Hong Kong', MO: 'Macao',
  TW: 'Taiwan', AE: 'United Arab Emirates', CZ: 'Czechia', VA: 'Vatican City', PS: 'Palestine', VI: 'U.S. Virgin Islands',
};
/**
 * Chinese names as CLDR's zh-Hans gives them, without its 特别行政区; Taiwan as 中国台湾, as a mainland
 * team's software writes it beside 中国香港 and 中国澳门.
 */
const CHINESE: Readonly<Record<string, string>> = { CN: '中国', HK: '中国香港', MO: '中国澳门', TW: '中国台湾' };
/**
 * English names said with "the" in a sentence: numbers of the United Kingdom, a postcode of the
 * Netherlands, not "numbers of United Kingdom".
 */
const WITH_THE: ReadonlySet<string> = new Set([
  'US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'MV', 'CF', 'DO', 'KY', 'MH', 'SB', 'FK', 'FO', 'TC', 'VG', 'VI', 'CK', 'KM',
  'BQ', 'IO', 'MP', 'CC', 'AX',
]);

const SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'da', 'de']);
const HAN = /\p{Script=Han}/u;
/** An alpha-2 or alpha-3 code, or one with dots (u.s.a.), as the table lists them beside the names. */
const CODE_LIKE = /^[a-z]{2,3}$|\./u;

/** bosnia & herzegovina → Bosnia & Herzegovina; guinea-bissau → Guinea-Bissau; isle of man → Isle of Man. */
function titleCase(name: string): string {
  return name.replace(/(^|[\s(-])(\p{L}[\p{L}'.]*)/gu, (_, lead: string, word: string) =>
    lead !== '' && SMALL_WORDS.has(word) ? lead + word : lead + word.charAt(0).toUpperCase() + word.slice(1));
}

const NAMES: ReadonlyMap<string, Readonly<Record<Lang, string>>> = new Map(
  COUNTRY_NAMES.map(([region, names]) => {
    const zh = CHINESE[region] ?? names.find((n) => HAN.test(n)) ?? region;
    const latin = names.find((n) => !HAN.test(n) && !CODE_LIKE.test(n) && /^[\p{Script=Latin}\s&'(),.-]+$/u.test(n));
    const en = ENGLISH[region] ?? (latin !== undefined ? titleCase(latin) : region);
    return [region, { 'zh-CN': zh, en }] as const;
  }),
);

/** The region's name in `lang` (IN → 印度 / India), or the text as given when it is no region the table names. */
export function regionName(region: string, lang: Lang): string {
  return NAMES.get(region.toUpperCase())?.[lang] ?? region;
}

/** The region's name as a sentence says it: the United States, the Netherlands; 美国 as it is. */
export function regionInText(region: string, lang: Lang): string {
  const name = regionName(region, lang);
  return lang === 'en' && WITH_THE.has(region.toUpperCase()) ? `the ${name}` : name;
}
