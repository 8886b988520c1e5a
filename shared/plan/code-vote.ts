/**
 * Whether a phone column of a sheet of several countries writes its own country's numbers with their
 * calling code (+86 138 0013 8000) or nationally (13800138000): the way most of them were typed, so
 * that the column comes out in one form. Foreign numbers are written whole in either case.
 *
 * Before, each number kept the way it was typed (a code typed stayed, a national number stayed
 * national), and a Chinese shop's list with one Hong Kong customer came out with +86 138 0013 8000
 * two rows below 13800138000 (h62, gbk-zh.csv). A tie keeps the code: the code loses nothing, and
 * the exports that write it (HubSpot's +1 415-555-0134, Shopify's '+16175550142) need it on import.
 */
import { callingCodePrefix, northAmericanAbroad, parsePhone, type PhoneReadings } from '../normalize/phone';
import { numbersInCells } from './phone-vote';

/** How a column's numbers of the sheet's own country were typed: with the calling code, or nationally. */
export interface CodeCount {
  withCode: number;
  national: number;
}

/**
 * Counts the numbers of `region` among `cells` (a column's texts, as read: no quote mark or label
 * before them) by how they were typed. A text that is no valid number of the region, or a foreign
 * one, is not counted. `withCode` tells a text typed
 * with its code (+86…, 0086…, Shopify's '+1…).
 */
export function countCodes(cells: readonly string[], region: string, withCode: (text: string) => boolean, readings: PhoneReadings): CodeCount {
  const own = callingCodePrefix(region);
  const count: CodeCount = { withCode: 0, national: 0 };
  if (own === null) return count;
  for (const n of numbersInCells(cells)) {
    // (415) 555-0199 in a Chinese sheet is North America's, as the cleaner reads it, not a 0415 landline.
    if (northAmericanAbroad(n, region, readings) !== null) continue;
    const p = parsePhone(n, region, readings);
    if (p === null || !p.e164.startsWith(own)) continue;
    if (withCode(n)) count.withCode++;
    else count.national++;
  }
  return count;
}

/** The column writes its own numbers with the code: at least as many were typed so as nationally. */
export const codeWins = (c: CodeCount): boolean => c.withCode > 0 && c.withCode >= c.national;
