/**
 * Date cells that say something true but not a day, and need their own advice rather than "write
 * it as 2024-03-05": a year, a year and month or a birth decade (1985年, 2024.11, 85年5月, 80后), and
 * words relative to the day they were typed (下周, 月底, 昨天, next week), which nobody can place
 * once that day has passed. Neither is turned into a date: the day would be invented.
 */
export type VagueDate = 'partial' | 'relative';

const YEAR = String.raw`(?:19|20)\d{2}`;
const PARTIAL = new RegExp(
  '^(?:' +
    // A birth decade or half-decade: 80后, 95后, 00后.
    String.raw`\d0后|\d5后` +
    // A year: 1985, 1985年, 85年.
    `|${YEAR}\\s*年?|\\d{2}\\s*年` +
    // A year and month: 1985年5月, 85年5月份, 2024.11, 2024-11, 2024/11, 11/2024.
    `|(?:${YEAR}|\\d{2})\\s*年\\s*\\d{1,2}\\s*月份?|${YEAR}\\s*[-./]\\s*(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])\\s*/\\s*${YEAR}` +
    // The same in words: May 1985, 1985 May (the month names in English).
    String.raw`|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*` + YEAR +
  ')$',
  'iu',
);

const RELATIVE = new RegExp(
  '^(?:' +
    '今天|今日|明天|明日|后天|昨天|昨日|前天|大前天|大后天|刚才|刚刚' +
    '|(?:本|这|上|下|下下|上上)(?:个)?(?:周|星期|礼拜|月)(?:[一二三四五六日天末初底中]|周末)?' +
    '|(?:月|年)(?:初|中|底|末)|(?:本|今|明|去)年(?:初|中|底|末)?|年前|年后|节前|节后|春节(?:前|后)' +
    '|尽快|尽早|近期|近日|最近|过几天|过两天|改天|马上|随时|有空再说|再说|下次|回头' +
    '|today|tomorrow|yesterday|tonight|asap|soon|next\\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday)' +
    '|last\\s+(?:week|month|year)|this\\s+(?:week|month)|end\\s+of\\s+(?:the\\s+)?(?:week|month|year)|eo[mwy]' +
  ')$',
  'iu',
);

/** Why a cell no date reader understood is still no mistake of form, or null. */
export function vagueDate(text: string): VagueDate | null {
  const t = text.trim();
  if (t.length > 24) return null;
  if (PARTIAL.test(t)) return 'partial';
  if (RELATIVE.test(t)) return 'relative';
  return null;
}
