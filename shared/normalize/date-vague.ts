/**
 * Date cells that say something true but not a day, and need their own advice rather than "write
 * it as 2024-03-05": a year, a year and month or a birth decade (1985年, 2024.11, 85年5月, 80后), and
 * words relative to the day they were typed (下周, 月底, 昨天, next week), which nobody can place
 * once that day has passed. Neither is turned into a date: the day would be invented.
 */
import { MONTH_NAME, monthNumber } from './month-names';

export type VagueDate = 'partial' | 'relative';

const YEAR = String.raw`(?:19|20)\d{2}`;
const PARTIAL = new RegExp(
  '^(?:' +
    // A birth decade or half-decade: 80后, 95后, 00后.
    String.raw`\d0后|\d5后` +
    // A year: 1985, 1985年, 85年.
    `|${YEAR}\\s*年?|\\d{2}\\s*年` +
    // A month of a two-digit year: 85年5月, 85年5月份 (a whole year and month is yearMonth's).
    `|\\d{2}\\s*年\\s*\\d{1,2}\\s*月份?` +
  ')$',
  'iu',
);

/** A year and a month, each form with the year's and the month's group: 2024年5月(份|底|末), 2024.11, 11/2024, May 2024, 2024 May. */
const YEAR_MONTH: readonly { form: RegExp; year: number; month: number }[] = [
  { form: new RegExp(`^(${YEAR})\\s*年\\s*(\\d{1,2})\\s*月(?:份|底|末)?$`, 'u'), year: 1, month: 2 },
  { form: new RegExp(`^(${YEAR})\\s*[-./]\\s*(\\d{1,2})$`), year: 1, month: 2 },
  { form: new RegExp(`^(\\d{1,2})\\s*[-./]\\s*(${YEAR})$`), year: 2, month: 1 },
  { form: new RegExp(`^(${MONTH_NAME}),?\\s*(${YEAR})$`, 'i'), year: 2, month: 1 },
  { form: new RegExp(`^(${YEAR})\\s*(${MONTH_NAME})$`, 'i'), year: 1, month: 2 },
];

/** The year and month a text names and nothing finer (服务到期 2026年12月, 2026.12, 12/2026, Dec 2026), or null. */
export function yearMonth(text: string): { year: number; month: number } | null {
  const t = text.trim();
  for (const { form, year, month } of YEAR_MONTH) {
    const m = form.exec(t);
    if (!m) continue;
    const n = /^\d+$/.test(m[month]) ? Number(m[month]) : monthNumber(m[month]);
    return n !== null && n >= 1 && n <= 12 ? { year: Number(m[year]), month: n } : null;
  }
  return null;
}

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
  if (PARTIAL.test(t) || yearMonth(t) !== null) return 'partial';
  if (RELATIVE.test(t)) return 'relative';
  return null;
}
