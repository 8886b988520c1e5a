/**
 * A renewal the sheet says is done (续保状态 已续保, 备注 已出单, Renewal Status Renewed), for the contract
 * reminders. Such a word carries no period: a 4S sheet kept from one year to the next keeps last
 * year's 已续保 beside the 保险到期 typed over with this year's end, and then the policy due now is the
 * one nobody renewed. Silencing it would let a policy lapse unseen; a reminder the rep skips costs a
 * glance. So the reminder is raised, and says what the sheet states (renewalStated), for the rep to
 * check before he calls, unless the word names the day the renewal was done (已续保 2026-11-20) and
 * that day falls in the term now ending (renewedFor): then the renewal is this term's, and no
 * reminder is raised (counted apart). A renewal or policy lost (已转保, 脱保, 退租, Lost to competitor) is a standing
 * (standing.ts, ended) and silences the ladder.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';
import { parseDateText } from '../normalize/date-text';
import { readMonthDayShorthand } from '../normalize/month-day';
import { dayNumberOf, isoDayNumber, isValidCivil, toDayNumber, type CivilDate } from '../table/civil-date';
import { LIST, QUOTES, STANDING_COLUMNS } from './standing';
import { cellDay } from '../classify/cell-day';

/**
 * Words of a renewal done, matched whole against one listed part of a status cell (or the first of a
 * remark), folded. Never a word inside a longer part, so 未续保, 不续保, 待续约, 续保中, 续租中 and
 * Not renewed (a renewal still to make, the rep's very work) say nothing.
 */
export const RENEWED_WORDS: readonly string[] = [
  '已续保', '续保成功', '续保完成', '已出单', '出单成功', '已续约', '续约成功', '续约完成', '已续签', '续签成功', '续签完成',
  '已续费', '续费成功', '续费完成', '已续租', '续租成功', '已续期', '续期成功',
  'renewed', 'renewal complete', 'renewal completed', 'renewal done', 'renewal signed', 'auto-renew', 'auto-renewed',
  'auto renew', 'auto renewed', 'auto-renewal', 'bound', 'policy renewed', 'contract renewed', 'lease renewed',
];

/** The words, longest first, so 续保成功 is read before a shorter word it starts with. */
const KEYS: readonly string[] = [...new Set(RENEWED_WORDS.map((w) => foldValue(w)))].sort((a, b) => b.length - a.length);

/** Longer than this, a part is a sentence, not a status (已续保，客户说明年再看 is read by its first part). */
const LONGEST_PART = 24;

/** What a row says of its renewal: the word as typed, and the day it names (已续保 2026-11-20), or null. */
export interface RenewalStated {
  text: string;
  day: number | null;
}

/** The day a renewal word's date names: a full date, or a day without its year (11.20) as its latest before today. */
function dayIn(text: string, today: CivilDate): number | null | undefined {
  const read = parseDateText(text, { ambiguous: 'flag', today });
  if (read.kind === 'date') return isoDayNumber(read.iso.slice(0, 10));
  // 11.25, as a birthday is often typed: month and day.
  const shorthand = read.kind === 'noYear' ? read : readMonthDayShorthand(text);
  if (shorthand) return latestBefore(shorthand.month, shorthand.day, today);
  // 03/05/2026, 2026.11, 2026年: a day not told, so no term told.
  if (read.kind === 'ambiguous' || read.kind === 'invalid' || DATE_LIKE.test(text)) return null;
  return undefined;
}

/** The latest month-day on or before today, this year's or last year's. */
function latestBefore(month: number, dayOfMonth: number, today: CivilDate): number | null {
  // A renewal done is in the past: 11.20 written on 2027-01-05 is 2026-11-20.
  const { y } = today;
  for (const year of [y, y - 1]) {
    if (isValidCivil(year, month, dayOfMonth)) {
      const day = dayNumberOf(year, month, dayOfMonth);
      if (day <= toDayNumber(today)) return day;
    }
  }
  return null;
}

/** Digits and a date's separators, a year or month alone (2026.11, 2026年): no day, but no other word either. */
const DATE_LIKE = /^[\d\s./\-年月日号]+$/u;
const BRACKETED = /^[(（[【]([^)）\]】]*)[)）\]】]$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * One listed part read as a renewal done: a word of RENEWED_WORDS alone, or followed by the day it was
 * done (已续保 2026-11-20, 已续保（11.20）, Renewed 11/20/2026) or a note in brackets (已续保（平安）).
 * Anything else after the word (已续约意向, Renewed?) is no such status.
 */
function readPart(typed: string, today: CivilDate): RenewalStated | null {
  const folded = toSimplified(foldValue(typed)).replace(QUOTES, '');
  const key = KEYS.find((k) => folded.startsWith(k));
  if (key === undefined) return null;
  const rest = folded.slice(key.length).replace(/^[\s:：]+/u, '').trim();
  if (rest === '') return { text: typed, day: null };
  // Renewedly is no word of ours: a Latin word ends where the letters do.
  if (LATIN_LETTER.test(key) && /^\p{L}/u.test(folded.slice(key.length))) return null;
  const inner = BRACKETED.exec(rest)?.[1].trim();
  const day = dayIn(inner ?? rest, today);
  if (day !== undefined) return { text: typed, day };
  return inner !== undefined ? { text: typed, day: null } : null;
}

/** The listed part of `text` (as typed) that is a renewal-done word, or null. */
function renewedPart(text: string, firstOnly: boolean, today: CivilDate): RenewalStated | null {
  // Whole first: Renewed 11/20/2024 is one status, whose slashes would list three.
  const whole = text.trim();
  const read = whole.length <= LONGEST_PART ? readPart(whole, today) : null;
  if (read) return read;
  const parts = text.split(LIST);
  for (const typed of firstOnly ? parts.slice(0, 1) : parts) {
    const trimmed = typed.trim();
    if (trimmed === '' || trimmed.length > LONGEST_PART) continue;
    const read = readPart(trimmed, today);
    if (read) return read;
  }
  return null;
}

/** Each distinct cell text's answer, for a sheet whose status column repeats a few words (one run, one today). */
export type RenewalMemo = Map<string, RenewalStated | null>;

function readCell(cell: Cell | undefined, firstOnly: boolean, today: CivilDate, memo: RenewalMemo): RenewalStated | null {
  if (!cell || isBlank(cell) || cell.kind !== 'text') return null;
  const text = cellText(cell);
  const key = (firstOnly ? '\u0000' : '') + text;
  let read = memo.get(key);
  if (read === undefined) {
    read = renewedPart(text, firstOnly, today);
    memo.set(key, read);
  }
  return read;
}

/**
 * The renewal-done word the row states, as typed (已续保, Renewed 2026-11-20), with the day it names,
 * in a status column or as its remark's first part (备注 已续保), or the day of its renewal-done column
 * (续保完成日期), or null.
 */
export function renewalStated(record: CustomerRecord, today: CivilDate, memo: RenewalMemo = new Map()): RenewalStated | null {
  // A column of the day the renewal was done (续保完成日期, Renewed On) dates it plainly, even where the
  // end beside it was not typed over with the new one: the renewal is done, the old end due no more.
  const done = record.fields.renewedOn;
  const day = cellDay(done);
  if (day !== null) return { text: cellText(done!), day };
  for (const field of STANDING_COLUMNS) {
    const said = readCell(record.fields[field], false, today, memo);
    if (said !== null) return said;
  }
  return readCell(record.fields.notes, true, today, memo);
}

/**
 * How long before a contract's end its renewal is done, at the most: a 4S renews a policy a month or
 * two ahead (交强险 up to three months), an office lease a quarter ahead. A renewal dated earlier is
 * the term before's, and the end due now is still to renew.
 */
export const RENEWED_AHEAD_DAYS = 120;

/**
 * The renewal the row states was done for the term ending on `end`: dated no later than today, and
 * no more than RENEWED_AHEAD_DAYS before that end (or after it: a renewal made late). An undated one
 * says nothing of the term (false).
 */
export function renewedFor(stated: RenewalStated, end: number, todayDay: number): boolean {
  return stated.day !== null && stated.day <= todayDay && stated.day >= end - RENEWED_AHEAD_DAYS;
}
