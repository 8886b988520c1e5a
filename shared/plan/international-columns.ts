/**
 * Phone columns whose numbers are dialled from anywhere, named so by their header: WhatsApp, Telegram
 * and Viber find an account by its number with the country code (a wa.me link needs it), and a column
 * headed 国际电话 or International says it outright. Such a column writes every number with its code,
 * the sheet's own country's too, whatever the sheet's other columns do (tester h68 #3: a WhatsApp
 * +971 50 123 4567 written 050 123 4567 was no use to the sales reps dialling from China).
 */

/** Header words of such columns: each a pattern, tried on the header as typed. */
export const INTERNATIONAL_HEADER_WORDS: readonly RegExp[] = [
  /whats\s*app/i,
  // WA, WA No.: only phone columns are asked, so no Washington state column.
  /^\s*wa\b/i,
  /telegram/i,
  /viber/i,
  /国际|國際|海外/u,
  /international|\bintl\b/i,
];

/** Whether a phone column's header says its numbers are dialled from anywhere (see the banner). */
export const isInternationalPhoneHeader = (header: string): boolean => INTERNATIONAL_HEADER_WORDS.some((w) => w.test(header));
