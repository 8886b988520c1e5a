/**
 * Follow-ups whose planned date (下次跟进, 复诊日期) is today or past, or within `daysAhead`; one the
 * customer was contacted or bought on or after is done (a clinic's 复诊 of 05-20 with 最近就诊 06-03
 * is no follow-up 21 days overdue), whoever forgot to clear the date; a contact earlier on the day
 * of a follow-up planned for a later hour is not it. A date typed without its year
 * (11月10日, Jan 20) is the nearest such day to today (normalize/nearest-day.ts), and the reason says
 * the year was assumed (05/12 is read in the sheet's order: 5 December beside 25/11/2026): the cell stays as typed.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule, RuleContext } from '../types';
import type { CustomerRecord } from '../../table/records';
import { dayOf } from './date-of';
import { nearestDay } from '../../normalize/nearest-day';
import type { Cell } from '../../table/cell';
import { dueCallLead, dueCallWord } from '../due-call';

export const followUpRule: ReminderRule<RemindSettings['followUp']> = (record, settings, ctx): ReminderDraft | null => {
  // A sheet with two follow-up columns (Next Step Date beside Follow-up Date, header-map.ts
  // EXTRA_COLUMN_FIELDS) plans a call in either: the one falling due first is the reminder, so that
  // the other column's date is never silently dropped.
  let first: ReminderDraft | null = null;
  // The main column's header says what a call books (下次保养, 下次取药: due-call.ts); a further column's is not kept.
  const header = ctx.headers?.nextFollowUp;
  for (const [at, cell] of [record.fields.nextFollowUp, ...(record.extra?.nextFollowUp ?? [])].entries()) {
    const draft = followUpOf(cell, record, settings, ctx, at === 0 ? header : undefined);
    if (draft !== null && (first === null || draft.due < first.due)) first = draft;
  }
  return first;
};

function followUpOf(cell: Cell | undefined, record: CustomerRecord, settings: RemindSettings['followUp'], ctx: RuleContext, header: string | undefined): ReminderDraft | null {
  let due = dayOf(cell);
  let typed: string | null = null;
  if (due === null && cell?.kind === 'text') {
    const nearest = nearestDay(cell.value, ctx.today, ctx.yearlessOrders?.nextFollowUp);
    if (nearest) [due, typed] = [nearest.day, cell.value.trim()];
  }
  if (due === null) return null;
  const planned = typed === null ? timeOf(cell) : null;
  const days = due - ctx.todayDay;
  if (days > dueCallLead(header, settings.daysAhead)) return null;
  if (settings.maxOverdueDays !== null && -days > settings.maxOverdueDays) return null;
  if (days <= 0 && (metSince(due, planned, record.fields.lastContact) || metSince(due, planned, record.fields.lastPurchase))) return null;
  const date = formatIso(fromDayNumber(due));
  const what = dueCallWord(header);
  const reason: ReminderDraft['reason'] = typed !== null
    ? days < 0
      ? { code: 'remind.reason.followUpOverdueNoYear', params: { date, days: -days, value: typed, year: date.slice(0, 4) } }
      : days === 0
        ? { code: 'remind.reason.followUpTodayNoYear', params: { date, value: typed, year: date.slice(0, 4) } }
        : { code: 'remind.reason.followUpSoonNoYear', params: { date, days, value: typed, year: date.slice(0, 4) } }
    : what !== undefined
      ? days < 0
        ? { code: 'remind.reason.dueCallOverdue', params: { what, date, days: -days } }
        : days === 0
          ? { code: 'remind.reason.dueCallToday', params: { what, date } }
          : { code: 'remind.reason.dueCallSoon', params: { what, date, days } }
      : days < 0
        ? { code: 'remind.reason.followUpOverdue', params: { date, days: -days } }
        : days === 0
          ? { code: 'remind.reason.followUpToday', params: { date } }
          : { code: 'remind.reason.followUpSoon', params: { date, days } };
  return { kind: 'followUp', due, event: date, reason };
}

/** The time of day a date-time cell holds (2026-12-20T15:30), in seconds; null for a date alone or any other cell. */
function timeOf(cell: Cell | undefined): number | null {
  if (cell?.kind !== 'date' || cell.value.length < 16) return null;
  const [h, m, sec] = cell.value.slice(11).split(':').map(Number);
  return h * 3600 + m * 60 + (sec || 0);
}

/**
 * Whether the customer was contacted (or bought) on or after the planned day: the follow-up is done.
 * On the day itself, when both cells carry a time, only at or after the planned time: a call at 10:00
 * does not do the follow-up planned for 15:30 (a date alone is the whole day).
 */
function metSince(due: number, planned: number | null, cell: Cell | undefined): boolean {
  const day = dayOf(cell);
  if (day === null || day < due) return false;
  if (day > due || planned === null) return true;
  const at = timeOf(cell);
  return at === null || at >= planned;
}
