/**
 * A booking system's appointments (Acuity) and an event's attendees (Eventbrite): one row per
 * appointment or ticket, the customer on each of his. His two appointments, or the two tickets of
 * his one order, are two records to keep (the check-in list needs each barcode), never merged.
 */
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const US = { ...DEFAULT_SETTINGS, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: 'US' } };

const planWith = (rows: string[][], merge: ('exact' | 'likely' | 'review')[] = []): Plan => {
  const out = run(gridOf(rows, 'Appointments'), { settings: US, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

// The tester's Acuity export (Toronto massage clinic), moved before helpers' TODAY (2024-12-01):
// Megan Ross's past appointment, checked in and paid, and her next one.
const ACUITY = [
  ['Start Time', 'End Time', 'First Name', 'Last Name', 'Phone', 'Email', 'Type', 'Calendar', 'Appointment Price', 'Paid?', 'Amount Paid Online', 'Notes', 'Date Scheduled', 'Label', 'Appointment ID'],
  ['December 3, 2024 10:00am', 'December 3, 2024 11:00am', 'Megan', 'Ross', '(416) 555-0134', 'megan.ross@rogers.com', 'Deep Tissue Massage 60min', 'Jen', '$95.00', 'no', '$0.00', 'back pain', 'November 20, 2024 3:12pm', '', '1102345678'],
  ['November 25, 2024 2:00pm', 'November 25, 2024 3:00pm', 'Megan', 'Ross', '416-555-0134', 'Megan.Ross@rogers.com', 'Deep Tissue Massage 60min', 'Jen', '$95.00', 'yes', '$95.00', '', 'November 1, 2024 9:00am', 'Checked In', '1102345001'],
  ['December 10, 2024 9:30am', 'December 10, 2024 10:00am', 'Luc', 'Tremblay', '+1 514 555 0188', 'luc.t@videotron.ca', 'Consultation', 'Jen', '$0.00', 'no', '$0.00', '', 'November 29, 2024 8:00pm', '', '1102345999'],
];

// The tester's Eventbrite attendee list: Grace Hopper bought two tickets in one order.
const EVENTBRITE = [
  ['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Ticket Type', 'Attendee #', 'Barcode #', 'Total Paid', 'Attendee Status', 'Cell Phone', 'Company'],
  ['1234567890', 'Nov 3, 2024 2:14 PM', 'Grace', 'Hopper', 'grace@navy.mil', '2', 'General Admission', '2345678901', '234567890100123001', '50.00', 'Attending', '(202) 555-0143', 'US Navy'],
  ['1234567890', 'Nov 3, 2024 2:14 PM', 'Grace', 'Hopper', 'grace@navy.mil', '2', 'General Admission', '2345678902', '234567890100123002', '50.00', 'Attending', '(202) 555-0143', 'US Navy'],
  ['1234567999', 'Nov 10, 2024 9:05 AM', 'Alan', 'Turing', 'alan@bletchley.co.uk', '1', 'VIP', '2345678999', '234567899900123001', '120.00', 'Checked In', '+44 7911 123456', 'Bletchley'],
];

const reasons = (plan: Plan) => plan.duplicates.groups[0].reasons.map((r) => t('en', r.code, r.params));

describe('an appointment list', () => {
  it('calls one client\'s two appointments (two Appointment IDs) her two records: review, never merged', () => {
    const plan = planWith(ACUITY);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[2, 3], 'review', true]]);
    expect(reasons(plan)).toContain('different Appointment ID: likely one customer\'s two appointments, bookings or tickets, keep apart?');
  });

  it('--merge leaves both appointments, and writes nothing of the past one (its Checked In label) into the next', () => {
    for (const merge of [['exact', 'likely'], ['exact', 'likely', 'review']] as const) {
      const plan = planWith(ACUITY, [...merge]);
      expect(plan.merge?.removeRows).toEqual([]);
      expect(plan.merge?.edits).toEqual([]);
    }
  });

  it('reads the Start Time, its month written as a word, as the appointment\'s day: without IDs the two days keep them apart', () => {
    const noIds = ACUITY.map((r) => r.slice(0, -1));
    expect(reasons(planWith(noIds))).toContain('different Start Time: likely one customer\'s two visits or bookings (stays, deliveries, trips, check-ups, appointments, courses), keep apart?');
    expect(planWith(noIds, ['exact', 'likely']).merge?.removeRows).toEqual([]);
  });

  it('still archives an appointment exported twice (the same Appointment ID, every cell alike)', () => {
    const twice = [...ACUITY, ACUITY[3]];
    const plan = planWith(twice, ['exact', 'likely']);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review'], [[4, 5], 'exact']]);
    expect(plan.merge?.removeRows).toEqual([5]);
  });
});

describe('an event\'s attendee list', () => {
  it('calls the two tickets of one order (one Order #, two Attendee # and Barcode #) two records: review, never merged', () => {
    const plan = planWith(EVENTBRITE);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[2, 3], 'review', true]]);
    expect(reasons(plan)).toContain('different Attendee #: likely one customer\'s two appointments, bookings or tickets, keep apart?');
    expect(planWith(EVENTBRITE, ['exact', 'likely', 'review']).merge?.removeRows).toEqual([]);
  });

  it('says so in Chinese too', () => {
    const g = planWith(EVENTBRITE).duplicates.groups[0];
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('Attendee #不同：可能是同一客户的两次预约、预订或两张票，不宜合并');
  });
});

// calendly_events_canceled.csv (h49): Calendly's scheduled events export, one row per meeting, moved
// before helpers' TODAY (2024-12-01). Nora Diaz's next consultation, and her earlier one she canceled.
const CALENDLY = [
  ['Invitee Name', 'Invitee First Name', 'Invitee Last Name', 'Invitee Email', 'Text Reminder Number', 'Event Type Name', 'Start Date & Time', 'End Date & Time', 'Invitee Time Zone', 'Canceled', 'Cancellation reason', 'Event Created Date & Time', 'Response 1', 'Assigned To'],
  ['Nora Diaz', 'Nora', 'Diaz', 'nora@diazlaw.com', '+1 305-555-0120', '30 Minute Consultation', '2024-12-03 10:00 am', '2024-12-03 10:30 am', 'Eastern Time - US & Canada', 'false', '', '2024-11-20 3:14 pm', 'Estate planning', 'Alex Rivera'],
  ['Nora Diaz', 'Nora', 'Diaz', 'nora@diazlaw.com', '+1 305-555-0120', '30 Minute Consultation', '2024-10-02 2:00 pm', '2024-10-02 2:30 pm', 'Eastern Time - US & Canada', 'true', 'Schedule conflict', '2024-09-20 9:00 am', '', 'Alex Rivera'],
  ['Omar Haddad', 'Omar', 'Haddad', 'omar.h@gmail.com', '', '60 Minute Strategy', '2024-12-20 4:00 pm', '2024-12-20 5:00 pm', 'Pacific Time - US & Canada', 'false', '', '2024-11-29 8:00 pm', '', 'Jamie Cole'],
  ['Pete Wu', 'Pete', 'Wu', 'pete.wu@gmail.com', '+1 206-555-0177', '30 Minute Consultation', '2024-12-05 9:00 am', '2024-12-05 9:30 am', 'Pacific Time - US & Canada', 'true', 'Invitee canceled: found another lawyer', '2024-11-22 1:00 pm', '', 'Alex Rivera'],
];

describe('a scheduling tool\'s meetings (Calendly)', () => {
  const plan = planWith(CALENDLY);
  const fieldOf = (header: string) => plan.columns.find((c) => c.header === header)!.field;

  it('takes a meeting\'s start and end for no contract: no "contract ends" reminder, canceled or not', () => {
    expect([fieldOf('Start Date & Time'), fieldOf('End Date & Time')]).toEqual([null, null]);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract')).toEqual([]);
  });

  it('reads the Text Reminder Number as the invitee\'s mobile', () => {
    expect(fieldOf('Text Reminder Number')).toBe('mobile');
  });

  it('calls one invitee\'s two meetings (two days) her two records, never merged', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[2, 3], 'review', true]]);
    expect(reasons(plan)).toContain('different Start Date & Time: likely one customer\'s two visits or bookings (stays, deliveries, trips, check-ups, appointments, courses), keep apart?');
  });
});
