/**
 * Contract expiry as a ladder (30 / 7 / 1 days by default): one reminder per row, at the most
 * urgent step reached; a contract that ended within `expiredWithinDays` gets an "expired" reminder.
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';
import { monthEndDay } from './month-end';
import { documentLead, fallsDue, isCompletion, isDocument, isPaymentDue } from '../due-label';
import { projectStateOf } from '../project-state';
import { comingYearlyDue, isYearlyPayment } from '../yearly-due';
import type { Params } from '../../i18n/define';
import type { MessageKey } from '../../i18n';

/** The reasons of each wording: a contract's end, a renewal's (续约, 续费) and what else falls due (疫苗). */
const WORDS = {
  contract: { expiring: 'remind.reason.contractExpiring', today: 'remind.reason.contractToday', expired: 'remind.reason.contractExpired' },
  due: { expiring: 'remind.reason.dueExpiring', today: 'remind.reason.dueToday', expired: 'remind.reason.dueExpired' },
  // A service falling due (MOT, Vaccine, 年检: due-label.ts isServiceDue): due, then overdue, never ended.
  service: { expiring: 'remind.reason.serviceExpiring', today: 'remind.reason.serviceToday', expired: 'remind.reason.serviceExpired' },
  // A premium or another payment falling due (缴费日期, Premium Due Date: due-label.ts isPaymentDue).
  payment: { expiring: 'remind.reason.paymentExpiring', today: 'remind.reason.paymentToday', expired: 'remind.reason.paymentExpired' },
  // A project's completion (预计竣工: due-label.ts isCompletion): due, then overdue, never expired.
  completion: { expiring: 'remind.reason.completionExpiring', today: 'remind.reason.completionToday', expired: 'remind.reason.completionOverdue' },
  // A customer's document (驾驶证, Passport: due-label.ts isDocument): it expires, he renews it.
  document: { expiring: 'remind.reason.documentExpiring', today: 'remind.reason.documentToday', expired: 'remind.reason.documentExpired' },
  // RenewalWord 'contract': a contract's renewal (续约); 'fee': a membership's (续费).
  renewal: { expiring: 'remind.reason.renewalExpiring', today: 'remind.reason.renewalToday', expired: 'remind.reason.renewalExpired' },
  fee: { expiring: 'remind.reason.feeRenewalExpiring', today: 'remind.reason.feeRenewalToday', expired: 'remind.reason.feeRenewalExpired' },
} as const satisfies Record<string, Record<'expiring' | 'today' | 'expired', MessageKey>>;

export const contractRule: ReminderRule<RemindSettings['contract']> = (record, settings, ctx): ReminderDraft | null => {
  // 2026年12月: the month's last day.
  // A yearly premium typed without its year (缴费日 12月6日): its coming date (yearly-due.ts).
  const end = dayOf(record.fields.contractEnd) ?? monthEndDay(record.fields.contractEnd) ?? (isYearlyPayment(ctx.dueLabel ?? ctx.contractWord) ? comingYearlyDue(record.fields.contractEnd, ctx.today, ctx.todayDay, record.fields.status) : null);
  if (end === null) return null;
  const days = end - ctx.todayDay;
  const date = formatIso(fromDayNumber(end));
  // A column of what else ends (疫苗到期, 会员卡到期) names it in the reminder; a renewal column
  // (Renewal Date, 续费日期) says a renewal falls due.
  // A contract named by its own kind (Tenancy End, 租约到期: due-label.ts contractWordOf) is said as that word.
  const what = ctx.dueLabel ?? (ctx.renewal === undefined ? ctx.contractWord : undefined);
  // A project the sheet says is done (工程状态 已竣工) has no completion to wait for, early or late.
  if (isCompletion(what) && projectStateOf(record.fields.status, true) === 'done') return null;
  const words = what !== undefined ? (isPaymentDue(what) ? WORDS.payment : isCompletion(what) ? WORDS.completion : fallsDue(what) ? WORDS.service : isDocument(what) ? WORDS.document : WORDS.due) : ctx.renewal !== undefined ? WORDS[ctx.renewal === 'fee' ? 'fee' : 'renewal'] : WORDS.contract;
  if (days < 0) {
    // One ended longer ago is raised too: counted, or listed while its row owes (remind.ts withoutLongExpired).
    const params: Params = what === undefined ? { date, days: -days } : { what, date, days: -days };
    return { kind: 'contractExpired', due: end, event: date, reason: { code: words.expired, params } };
  }
  // A passport is asked for half a year ahead (due-label.ts documentLead), then on the ladder as any due.
  const lead = documentLead(what);
  const steps = lead !== undefined && settings.steps.length > 0 && lead > Math.max(...settings.steps) ? [lead, ...settings.steps] : settings.steps;
  const reached = steps.filter((step) => days <= step);
  if (reached.length === 0) return null;
  const step = Math.min(...reached);
  const code = days === 0 ? words.today : words.expiring;
  return { kind: 'contract', due: end, step, event: `${date}/${step}`, reason: { code, params: what === undefined ? { date, days, step } : { what, date, days, step } } };
};
