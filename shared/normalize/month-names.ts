/** English month and weekday names as they appear in dates (full, three-letter, with or without a dot). */

const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month number (1–12) of an English month name or abbreviation (Mar, Sept, Sep.), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m.startsWith(w) && (w.length === 3 || w === m));
  return i < 0 ? null : i + 1;
}

/** A regex source matching a month name or abbreviation (use with the `i` flag). */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Weekday words and their Chinese forms, which add nothing once the date is known. */
export const WEEKDAY =
  /(?:^|\s|,)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?(?=\s|$|,)|[(（]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][)）]?/giu;
