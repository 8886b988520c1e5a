/**
 * How a sheet's phone cells vote for its region: number by number (a trade-show list keeps two to a
 * cell, or an address beside one: '+1 415-555-0134 / john@acmetools.com'), and what each kind of
 * number weighs in the vote between North America and China.
 */
import { emailInPhone } from '../normalize/phone-email';
import { splitAtLabels } from '../normalize/phone-labels';

/** What separates the numbers typed in one cell: a line break, / ; 、 , | or Google's ':::'. */
const BETWEEN_NUMBERS = /\s*(?:[\r\n]+|[/;；,，、|]|:::)\s*/u;
/** Digits each part must have to be a number of its own (0755-88880000 / 801 is one number and its extension). */
const MIN_DIGITS = 7;

const digitCount = (t: string): number => (t.match(/\d/g) ?? []).length;

/**
 * The numbers a phone cell's text holds, each on its own: an e-mail address beside them is no
 * number (phone-email.ts), and a part too short to be one (an extension, 'N/A') keeps the cell whole.
 */
export function numbersInCell(raw: string): string[] {
  const text = raw.trim();
  const mail = emailInPhone(text.replace(/[ \t]+/g, ' '));
  const rest = mail === null ? text : mail.only ? '' : mail.rest.trim();
  if (rest === '') return [];
  // QuickBooks' 'Phone: (312) 555-3997 Mobile: (512) 555-2001' is two numbers, as the cleaner reads it.
  const parts = rest.split(BETWEEN_NUMBERS).filter((x) => x !== '').flatMap(splitAtLabels);
  return parts.length > 1 && parts.every((x) => digitCount(x) >= MIN_DIGITS) ? parts : [rest];
}

/** The numbers of all the cells, in order. */
export const numbersInCells = (cells: readonly string[]): string[] => cells.flatMap(numbersInCell);

/** The kinds of number the vote between North America and China tells apart. */
export type VoteKind = 'chinese' | 'northAmerican' | 'northAmericanLocal';

/**
 * What one number of each kind weighs, in a sheet with English headers and in one with Chinese
 * headers. A Chinese number (138…, +86 755…) and a North American one (+1 415…, (404) 555-0101,
 * 415.555.0134) weigh one each. A local 555-0123 says North America only beside numbers that give
 * their area code, and then less than a whole number (7 digits with a hyphen may be a local
 * number of any country); in a Chinese team's sheet it may be a county landline without its area
 * code, and says nothing.
 */
export const VOTE_WEIGHTS: Readonly<Record<VoteKind, { english: number; chinese: number }>> = {
  chinese: { english: 1, chinese: 1 },
  northAmerican: { english: 1, chinese: 1 },
  northAmericanLocal: { english: 0.5, chinese: 0 },
};

/** 555-0123: a North American exchange and line, without the area code. */
export const NANP_LOCAL = /^[2-9]\d{2}[\s.-]\d{4}$/;

/** What `count` numbers of `kind` weigh in a sheet whose headers are English or not. */
export const voteWeight = (kind: VoteKind, count: number, englishHeaders: boolean): number =>
  count * VOTE_WEIGHTS[kind][englishHeaders ? 'english' : 'chinese'];
