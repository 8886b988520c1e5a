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
