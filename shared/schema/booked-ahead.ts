/**
 * A date column of what a customer books ahead: a 民宿's or a hotel's 入住日期 / Check-in Date, a
 * school's 入学日期 or 开课日期, a clinic's or a salon's 预约 / Appointment, a Reservation or Arrival.
 * Its days lie after today as a matter of course (a stay booked for Christmas, next term's enrolment):
 * no typo to flag (validate.ts), and the customer who booked is coming (classify's `@bookedAhead`).
 * A header that names the last one (最近入住, 上次入住, Last Stay, Previous Booking) speaks of the
 * past, as 最近购买日期 does: a day after today there is still a typo.
 */
import { toHalfWidth } from '../text/fold';

/** What is booked ahead. */
const BOOKING = /入住|预约|预订|预定|开课|入学|check[\s-]?in|arrival|booking|booked|reservation|appointment|\bappt\b|date of stay|stay date/iu;
/** Words of the last one, past by its meaning. */
const LAST = /最近|上次|上一次|最后|末次|last|previous|prev\b|recent|most recent/iu;

/** Whether a date column's header names a day booked ahead, not one gone by. */
export function booksAhead(header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const text = toHalfWidth(header.trim());
  return BOOKING.test(text) && !LAST.test(text);
}

/**
 * The customer's next visit, booked by the business at his last one: a clinic's 复诊日期 or 下次复查, a
 * dentist's Next Recall Due, a salon's 下次到店. Read as the next follow-up, it says more than a rep's
 * 下次跟进: after today the patient is coming, and passed within the year he is still in the clinic's
 * cycle (classify's `@bookedAhead` and `@visitDue`).
 */
const VISIT = /复诊|复查|回诊|下次到店|下次就诊|下次预约|recall|next visit|next appointment|next appt|return visit|revisit/iu;

/** Whether a follow-up column's header names the customer's next visit booked, not a rep's call planned. */
export function booksVisit(header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const text = toHalfWidth(header.trim());
  return VISIT.test(text) && !LAST.test(text);
}
