/**
 * Headers of a booking system's or an event's export (Acuity, Calendly, Eventbrite): one row per
 * appointment, booking or ticket, the customer on each of his.
 */

/**
 * The number of one appointment, booking, reservation or ticket (Acuity's Appointment ID, Eventbrite's
 * Attendee # and Barcode #, a Booking Ref, a Confirmation #, 预约号, 票号): one customer's rows holding
 * two are his two appointments or tickets, each its own record, as two order numbers are two orders.
 * What kind of ticket or how an attendee stands (Ticket Type, Attendee Status) is no number of one.
 */
const BOOKING_NUMBER = /\b(?:appointment|booking|reservation|ticket|attendee|confirmation)\s*(?:#|id|no\.?|num(?:ber)?|ref(?:erence)?|code)(?=\s|$)|\bbarcode\b|^(?:预约|预订|门票|票|检票|核销)(?:号|编号|码|号码|单号)$/i;

export function namesBookingNumber(header: string): boolean {
  return BOOKING_NUMBER.test(header.trim());
}

/**
 * The number of one line of an order (抖店's 子订单编号 under its 主订单编号, Shopify's Lineitem id): in an
 * order list two lines of one order, a white and a black T-shirt, are two records, not the order typed twice.
 */
const ORDER_LINE_NUMBER = /^子订单(?:编号|号)$|\bline\s*item\s*(?:#|id)(?=\s|$)/i;

export function namesOrderLine(header: string): boolean {
  return ORDER_LINE_NUMBER.test(header.trim());
}

/**
 * A header of the booking rather than of the customer (Appointment Price, Booking Date, 预约时间, Ticket
 * Type). Calendly calls the one who booked a meeting its invitee (Invitee Email, Invitee Time Zone).
 */
const BOOKING_WORDS = /\b(?:appointments?|bookings?|reservations?|tickets?|attendees?|invitees?)\b|预约|预订/i;

export function namesBooking(header: string): boolean {
  return BOOKING_WORDS.test(header);
}
