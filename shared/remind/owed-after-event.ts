/**
 * A day the customer was booked for, held, with money still owed on his row (婚期 2026-11-28 passed, 尾款
 * 18800): what is left is to collect it, reminded to the row's owner from the day after until it is paid
 * (the owed column empty or 0), never as a follow-up overdue (tester h70 #10). A remark saying the job is
 * done and paid (已结清: settled-words.ts) stops it, as it stops a balance's due date.
 */
import { formatIso, fromDayNumber } from '../table/civil-date';
import type { CustomerRecord } from '../table/records';
import type { ReminderDraft, RuleContext } from './types';
import { dayOf } from './rules/date-of';
import { lunarFixedDayOf } from '../normalize/lunar-day';
import { appointmentWord } from './appointment-word';
import { remarkSettled } from './settled-words';

/**
 * A delivery or an installation at the customer's home (送货安装日期, Installation Date) is paid for on the
 * day (货到付款): a furniture shop's 尾款 (=成交金额-已付定金) is the balance the order left, not a debt after
 * it (tester h74: 36 deliveries of 2023–2026 chased as 尾款未结清). A wedding's 尾款 is still owed after it.
 */
const PAID_ON_THE_DAY = /送货|送装|安装|install/iu;

export function owedAfterEvent(record: CustomerRecord, owed: { header: string; amount: string; afterDeposit?: true } | undefined, ctx: RuleContext): ReminderDraft | null {
  if (owed === undefined || remarkSettled(record.fields.notes) !== null) return null;
  // A price less its deposit (=Package Price − Deposit Paid) stays as booked, paid or not: no debt to say (tester h75 photo).
  if (owed.afterDeposit) return null;
  if (PAID_ON_THE_DAY.test(ctx.headers?.appointment ?? '')) return null;
  const day = dayOf(record.fields.appointment) ?? lunarFixedDayOf(record.fields.appointment);
  if (day === null || day >= ctx.todayDay) return null;
  const date = formatIso(fromDayNumber(day));
  const what = appointmentWord(ctx.headers?.appointment) ?? '';
  return {
    kind: 'appointment',
    due: day,
    event: `${date}@owed`,
    reason: { code: 'remind.reason.owedAfterEvent', params: { what, date, days: ctx.todayDay - day, owed: owed.header, amount: owed.amount } },
  };
}

/**
 * A project handed over (工程状态 已竣工) with money still owed on its row (尾款 35000): no completion is
 * due any more, but the balance is still to collect, reminded from the day it was due to be handed over
 * until the owed column is 0 or empty (tester h70 #3). A remark saying it is paid (已结清) stops it.
 */
export function owedAfterCompletion(record: CustomerRecord, owed: { header: string; amount: string } | undefined, ctx: RuleContext): ReminderDraft | null {
  if (owed === undefined || ctx.dueLabel === undefined || remarkSettled(record.fields.notes) !== null) return null;
  const day = dayOf(record.fields.contractEnd);
  if (day === null || day >= ctx.todayDay) return null;
  const date = formatIso(fromDayNumber(day));
  return {
    kind: 'contractExpired',
    due: day,
    event: `${date}@owed`,
    reason: { code: 'remind.reason.owedAfterEvent', params: { what: ctx.dueLabel, date, days: ctx.todayDay - day, owed: owed.header, amount: owed.amount } },
  };
}
