/**
 * A contract's term written in one cell, as a 合同期限 / 合同起止 / 租期 / Contract Term column holds
 * it: a period (2025.12.10-2026.12.09, 2025年12月15日至2026年12月14日), an end alone (2026-12-09,
 * 至2026年12月9日), or a length (1年, 两年, 6个月, 半年, 2 years) counted from the row's start date
 * (签约日期). The reminders need the day it ends; the cell keeps what was typed, start and all.
 */
import { addDays, daysInMonth, formatIso, parseIso } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { parseDateText, type DateTextOptions } from './date-text';
import { yearMonth } from './date-vague';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-numerals';
import type { Cell } from '../table/cell';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep } from './result';
import { cleanText } from './text';

/** A contract that does not end (长期, 无固定期限, open-ended): no end date to remind of, and no mistake. */
export const OPEN_ENDED = /^(?:长期|长期有效|无固定期限|永久|永久有效|不限|无期限|终身|自动续约|自动续签|自动续期|自动延续|open[- ]?ended|indefinite|perpetual|ongoing|evergreen|auto[- ]?renew(?:s|al|ing)?|rolling|month[- ]to[- ]month|until cancell?ed)$/i;
/** 至2025年6月30日, 截至 2025-06-30, until 30 June 2025: the end date with a word before it. */
export const UNTIL = /^(?:至|到|截至|截止|截止到|止于|until|till|through|thru|to)\s*/i;
/** Where a period's two dates meet: 2024.12.31-2025.12.31, 2024/1/1~2024/12/31, 2024年1月1日至2024年12月31日. */
const PERIOD_SEPARATOR = /\s*(?:~|～|—|–|至|到|\bto\b|-)\s*/g;
/** Two dates and what joins them fit in this; a longer text is no period, and every separator tried costs two parses. */
const MAX_PERIOD = 64;

/** The start and end of a period written in one cell, or null. */
export function readPeriod(text: string, options: DateTextOptions): { start: string; end: string } | null {
  if (text.length > MAX_PERIOD) return null;
  for (const m of text.matchAll(PERIOD_SEPARATOR)) {
    const start = parseDateText(text.slice(0, m.index), options);
    const end = parseDateText(text.slice(m.index! + m[0].length), options);
    if (start.kind === 'date' && end.kind === 'date') return { start: start.iso, end: end.iso };
  }
  return null;
}

/** 1年, 两年, 3 years, 6个月, 18 months, 半年, 为期一年: a length in months (6月 alone may be June: not one). */
const LENGTH = new RegExp(
  `^(?:为期|期限|共)?\\s*(\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3}|半)\\s*(年|个月|個月|years?|yrs?|months?|mos?)\\.?$`,
  'iu',
);

/** A term's length in months, or null when the text is no length. */
export function termMonths(text: string): number | null {
  const m = LENGTH.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const years = /^(?:年|y)/iu.test(m[2]);
  if (m[1] === '半') return years ? 6 : null;
  const n = /^\d+$/.test(m[1]) ? +m[1] : parseChineseNumber(m[1]);
  if (n === null || n <= 0) return null;
  return years ? n * 12 : n;
}

/**
 * The last day of a term of `months` that starts on `startIso`: 2025-12-10 and one year run to
 * 2026-12-09, as 自2025年12月10日起至2026年12月9日止 says. When the month N months on has no such day
 * (6个月 from 31 August, 1年 from 29 February), the term runs to that month's last day: its
 * anniversary would fall on the next month's first day, so that month is the term's whole last month.
 */
export function termEndFrom(startIso: string, months: number): string | null {
  const start = parseIso(startIso.slice(0, 10));
  if (!start) return null;
  const index = start.m - 1 + months;
  const y = start.y + Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysInMonth(y, m);
  return formatIso(start.d > last ? { y, m, d: last } : addDays({ y, m, d: start.d }, -1));
}

export type TermReading =
  | { kind: 'end'; end: string; start?: string }
  | { kind: 'length'; months: number }
  | { kind: 'open' }
  | { kind: 'unread' };

/** What a term cell says: the day it ends (with its start when a period), a length, no end, or nothing readable. */
export function readTerm(text: string, options: DateTextOptions): TermReading {
  const shown = text.trim();
  if (OPEN_ENDED.test(shown)) return { kind: 'open' };
  const period = readPeriod(shown, options);
  if (period) return { kind: 'end', end: period.end, start: period.start };
  const until = shown.replace(UNTIL, '');
  const single = parseDateText(until, options);
  if (single.kind === 'date') return { kind: 'end', end: single.iso };
  // 至2026年12月: a service that runs to the end of that month (remind/rules/month-end.ts).
  const month = yearMonth(toHalfWidth(until));
  if (month !== null) return { kind: 'end', end: formatIso({ y: month.year, m: month.month, d: daysInMonth(month.year, month.month) }) };
  const months = termMonths(shown);
  return months === null ? { kind: 'unread' } : { kind: 'length', months };
}

/**
 * The term cleaner: tidied as free text (a period keeps both its dates, as typed), and said once when
 * it tells no end a reminder could use.
 */
export function cleanTerm(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text') return keep(cell);
  const tidied = cleanText(cell, ctx);
  const text = tidied.cell.kind === 'text' ? tidied.cell.value : cell.value;
  const { ambiguous, era } = ctx.settings.dates;
  if (readTerm(text, era === undefined ? { ambiguous, today: ctx.today } : { ambiguous, today: ctx.today, era }).kind !== 'unread') return tidied;
  const findings: Finding[] = [{ code: 'term.unread', severity: 'info', params: { value: cell.value.trim() } }];
  return tidied.cell === cell ? keep(cell, findings) : { ...tidied, findings };
}
