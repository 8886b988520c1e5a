/**
 * A payment that falls due on one day each year, typed without its year (缴费日 12月6日: an agent's yearly
 * premium): due on that day's coming date, today included, as a birthday is (tester h78 #6: 冯丽's premium
 * in its 宽限期, due in 2 days, was no reminder). Only a payment's: a contract's end typed without its
 * year is no yearly day, and stays flagged for its year.
 */
import type { Cell } from '../table/cell';
import { dayNumberOf, isValidCivil, type CivilDate } from '../table/civil-date';
import { toHalfWidth } from '../text/fold';
import { MONTH_DAY } from '../schema/yearly-days';


/**
 * What a due column says falls due is a premium or a fee paid each year (缴费日, 交费日, 续期, Premium Due),
 * not a debt's day (付款到期日: a yearless one passed is overdue, not next year's).
 */
const YEARLY_PAYMENT = /缴费|交费|繳費|交費|续期|續期|premium/iu;
export function isYearlyPayment(what: string | undefined): boolean {
  return what !== undefined && YEARLY_PAYMENT.test(what);
}

/** A policy in its grace period (宽限期, Grace Period): the premium it waits for fell due, unpaid as yet. */
const IN_GRACE = /宽限|寬限|grace/iu;
/** How long a grace period runs: the 60 days of a Chinese life policy (保险法 第三十六条), 31 or 30 elsewhere. */
const GRACE_DAYS = 60;

/**
 * The day number of the coming date of a yearless month-day cell (12月6日), or null. Of a policy in its
 * grace period (`status` 宽限期), the date just passed within the grace, unpaid: overdue, the policy
 * lapsing if it stays so (董梅轩's 11月10日 in December is 21 days overdue, not next November's).
 */
export function comingYearlyDue(cell: Cell | undefined, today: CivilDate, todayDay: number, status?: Cell): number | null {
  if (!cell || cell.kind !== 'text') return null;
  const m = MONTH_DAY.exec(toHalfWidth(cell.value).trim());
  if (!m) return null;
  const [month, day] = [+m[1], +m[2]];
  if (status?.kind === 'text' && IN_GRACE.test(status.value)) {
    for (const y of [today.y, today.y - 1]) {
      if (!isValidCivil(y, month, day)) continue;
      const due = dayNumberOf(y, month, day);
      if (due < todayDay && todayDay - due <= GRACE_DAYS) return due;
    }
  }
  // 2月29日 comes in a leap year: the next one within four years.
  for (let y = today.y; y <= today.y + 4; y++) {
    if (!isValidCivil(y, month, day)) continue;
    const due = dayNumberOf(y, month, day);
    if (due >= todayDay) return due;
  }
  return null;
}
