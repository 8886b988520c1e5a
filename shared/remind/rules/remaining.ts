/**
 * A prepaid package running low: a school's 剩余课时, a salon's 次卡 剩余次数, an English centre's
 * Lessons Remaining at or below `atMost`. The renewal a school sells comes then, long before the
 * course's 到期 day; at 0 or below (a lesson taken on credit) the package has run out, and the
 * reminder says so. A standing item, due today while the count stays low; its event is the count,
 * so each lesson taken (2, then 1, then 0) reminds again, and a renewal (the count back above
 * `atMost`) ends it.
 *
 * A stored-value balance (储值余额, plan/held-elsewhere.ts) is no count of this rule: it is money,
 * whose "low" is a sum in the sheet's currency, not a few lessons (¥0 on a member's second card
 * says nothing while her first holds ¥3,200); it is left to the merge's warning.
 */
import { foldAll } from '../../text/fold';
import type { Cell } from '../../table/cell';
import type { Params } from '../../i18n/define';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';

/** A count typed with its unit or its sign: 2节, 1.5课时, 3 lessons, −1 (a lesson on credit). */
const COUNT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(?:课时|课次|课节|节课|节|次|课|堂|小时|个|lessons?|sessions?|classes?|credits?|hours?|hrs?)?$/iu;

/**
 * What a remaining-count cell says is left, or null when it says nothing readable. A formula's
 * saved result is its value (=J2-K2 → 8): the core never computes or writes it. A formula Excel
 * never saved a result of, an error (#REF!) or a word (已用完?) is no count.
 */
export function countLeft(cell: Cell | undefined): number | null {
  if (cell === undefined) return null;
  if (cell.kind === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  if (cell.kind !== 'text') return null;
  const m = COUNT_TEXT.exec(foldAll(cell.value).replace(/\u2212/g, '-').trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n === 0 ? 0 : n;
}

/**
 * Headers of a 驾校's roster (科目 or 考试日期 beside 教练; 驾照, 准驾车型, 学车): its 课时 are a licence's,
 * not a term a family renews, so a count running low is said as such (课时快用完了), not 该续费了 (tester h68 #24).
 */
const DRIVING_SCHOOL = /驾校|驾照|驾驶证|准驾|学车|练车|driving\s*(?:school|lessons?|test)/iu;
const EXAM_OR_SUBJECT = /^(?:科目|考试日期|考试时间|约考日期|约考)$/u;
const COACH = /^(?:教练|教练员|带教教练)$/u;

/** Whether the sheet's package is renewed when used up (a school's 课时, a salon's 次卡): false for a 驾校's roster. */
export function packageRenews(headers: readonly unknown[]): boolean {
  const texts = headers.filter((h): h is string => typeof h === 'string').map((h) => h.trim());
  if (texts.some((h) => DRIVING_SCHOOL.test(h))) return false;
  return !(texts.some((h) => EXAM_OR_SUBJECT.test(h)) && texts.some((h) => COACH.test(h)));
}

export const remainingRule: ReminderRule<RemindSettings['remaining']> = (record, settings, ctx): ReminderDraft | null => {
  const left = countLeft(record.fields.remaining);
  if (left === null || left > settings.atMost) return null;
  // The count in the sheet's own word (剩余课时 2, Lessons Remaining 2); the field's name where the
  // caller knows no header.
  const word: Params = ctx.remainingWord !== undefined ? { word: ctx.remainingWord } : { word: '剩余课时', 'word@en': 'Sessions remaining' };
  return {
    kind: 'remaining', due: ctx.todayDay, event: String(left),
    reason: { code: ctx.remainingNoRenewal ? (left <= 0 ? 'remind.reason.remainingUsedUp' : 'remind.reason.remainingLow') : left <= 0 ? 'remind.reason.remainingOut' : 'remind.reason.remaining', params: { ...word, left } },
  };
};
