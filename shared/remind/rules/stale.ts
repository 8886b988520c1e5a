/**
 * Stale records: nothing in the contact / update dates (or a purchase since) for N days or more. The
 * due date is the day the record became stale. A row with none of these dates is not judged (its age
 * is unknown), nor one with a follow-up or an appointment booked ahead (下次预约, Next Recall, 下次保养): the
 * customer is being looked after, as HubSpot's and Pipedrive's stale views leave out a record with a
 * next activity planned, and that follow-up's own reminder comes on its day. Once the day has passed
 * with no contact, the record is judged again. Nor is one whose contract runs past today (Contract
 * Renewal 11/05/2027, 合同到期日 2027-06-30: tester h69's landscaper's annual contracts): a customer
 * under contract is being served, not lost, and the contract's own reminder comes as it ends. What
 * else falls due (a gym's 会员卡到期) is no such contract: a member with a running card who stopped
 * coming is the one to call. A recurring service due ahead is (疫苗到期, 驱虫到期, 保养到期, 年检到期 in
 * next year: tester h68's vet): the customer is in the business's yearly cycle, seen on its day.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { FieldId } from '../../schema/fields';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule, RuleContext } from '../types';
import type { CustomerRecord } from '../../table/records';
import { nearestDay } from '../../normalize/nearest-day';
import { dayOf } from './date-of';
import { monthEndDay } from './month-end';
import { POOL_OWNER } from '../../table/public-pool';
import { fieldWordParams } from '../field-word';
import { serviceDueAhead } from '../service-cycle';

export const staleRule: ReminderRule<RemindSettings['stale']> = (record, settings, ctx): ReminderDraft | null => {
  let latest: number | null = null;
  let field: FieldId | null = null;
  // A rep's claim (领取时间) dates his hold; once the customer is back in the pool it holds nothing.
  const pooled = record.fields.owner === POOL_OWNER;
  for (const f of settings.fields) {
    if (pooled && f === 'claimedAt') continue;
    const day = dayOf(record.fields[f]);
    if (day !== null && (latest === null || day > latest)) {
      latest = day;
      field = f;
    }
  }
  if (latest === null || field === null) return null;
  if (bookedAhead(record, ctx) || underContract(record, ctx) || serviceAhead(record, ctx)) return null;
  // A purchase since is a touch too: a customer who bought last month is no record to review. It
  // only refreshes a row the contact dates judge; a sheet of purchases alone (a shop's customers,
  // an order list) is the activity classes' to judge, or every lapsed buyer would be a reminder.
  const bought = dayOf(record.fields.lastPurchase);
  if (bought !== null && bought > latest) {
    latest = bought;
    field = 'lastPurchase';
  }
  const ago = ctx.todayDay - latest;
  if (ago < settings.days) return null;
  const date = formatIso(fromDayNumber(latest));
  return {
    kind: 'stale', due: latest + settings.days, event: date,
    reason: { code: 'remind.reason.stale', params: { field, ...fieldWordParams(field, ctx.headers), date, days: ago, limit: settings.days } },
  };
};

/**
 * Whether any follow-up column of the row (a second one too: Next Step Date beside Follow-up Date) plans a day after today,
 * or the customer is booked in today or later (a physio's Next Appointment, a salon's 下次预约: tester h77 #11, a patient
 * told "no contact for 203 days" beside "Appointment on 2026-12-05, tomorrow").
 */
function bookedAhead(record: CustomerRecord, ctx: RuleContext): boolean {
  const booked = dayOf(record.fields.appointment);
  if (booked !== null && booked >= ctx.todayDay) return true;
  for (const cell of [record.fields.nextFollowUp, ...(record.extra?.nextFollowUp ?? [])]) {
    let day = dayOf(cell);
    // 1月10日 with no year is the nearest such day, as the follow-up rule reads it.
    if (day === null && cell?.kind === 'text') day = nearestDay(cell.value, ctx.today, ctx.yearlessOrders?.nextFollowUp)?.day ?? null;
    if (day !== null && day > ctx.todayDay) return true;
  }
  return false;
}

/** Whether the row's contract (its contract-end or renewal column, not a column of what else falls due) ends after today. */
function underContract(record: CustomerRecord, ctx: RuleContext): boolean {
  if (ctx.dueLabel !== undefined) return false;
  const end = dayOf(record.fields.contractEnd) ?? monthEndDay(record.fields.contractEnd);
  return end !== null && end > ctx.todayDay;
}

/** Whether a due column of a recurring service (疫苗到期, 年检到期: service-cycle.ts) falls due after today. */
function serviceAhead(record: CustomerRecord, ctx: RuleContext): boolean {
  return serviceDueAhead(record, { main: ctx.dueLabel, extra: ctx.extraDueLabels }, ctx.todayDay) !== null;
}
