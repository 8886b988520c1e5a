/**
 * A date column of what a customer books ahead (a stay, a course, an appointment) lies after today as
 * a matter of course; one that names the last of them speaks of the past.
 */
import { booksAhead } from '../../../shared/schema/booked-ahead';

describe('a column that books ahead', () => {
  it.each(['入住日期', '入住时间', '入住', '入学日期', '开课日期', '预约到店', '预订日期', 'Check-in Date', 'Check in', 'Arrival Date', 'Booking Date', 'Appointment', 'Reservation Date', '入住日期（预订）'])(
    '%s books ahead',
    (header) => expect(booksAhead(header)).toBe(true),
  );

  it.each(['最近入住', '上次入住日期', '最后入住日期', 'Last Stay', 'Last Check-in', 'Previous Booking', 'Last Appointment', '最近购买日期', '报名日期', '购车日期', 'Order Date', ''])(
    '%s does not',
    (header) => expect(booksAhead(header)).toBe(false),
  );

  it('reads a header typed in full-width letters as its half-width form', () => {
    expect(booksAhead('Ｃｈｅｃｋ－ｉｎ　Ｄａｔｅ')).toBe(true);
  });
});
