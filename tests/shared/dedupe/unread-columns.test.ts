/** The columns no field reads, as a group of one customer's rows sees them: copies, or his stays and trips. */
import { unreadColumns } from '../../../shared/dedupe/unread-columns';
import type { Table } from '../../../shared/table/table';

const tableOf = (headers: string[], rows: string[][]): Table => ({
  sheetName: '客户',
  headerRow: 1,
  firstCol: 1,
  headers,
  rows: rows.map((r, i) => ({ sheetRow: i + 2, cells: r.map((v) => (v === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: v })) })),
});

// Column 0 is the name, read as a field; the others no field reads.
const read = { name: 0 };

describe('the columns no field reads', () => {
  it('name the column where one guest\'s rows fall on other days: his two stays, deliveries or trips', () => {
    for (const header of ['入住日期', '配送日期', '出行日期', '婚期', 'Check-in', 'Delivery Date', 'Event Date',
      // A freight forwarder's two shipments (票) of one customer.
      'ETD', 'ETA', '开船日期', '到港日期', '发货日期', 'Shipment Date']) {
      const t = tableOf(['客人', header], [['张伟', '2024-05-01'], ['张伟', '2024年8月10日 14:00']]);
      expect(unreadColumns(t, read, {}, 'CN').otherDays(t.rows)).toBe(header);
    }
  });

  it('name a column headed only 日期 / Date: the day of each entry of a log or an order book', () => {
    for (const header of ['日期', 'Date', ' date ']) {
      const t = tableOf(['订购人', header], [['刘先生', '2024/2/14'], ['刘先生', '2024/5/19']]);
      expect(unreadColumns(t, read, {}, 'CN').otherDays(t.rows)).toBe(header);
    }
    // Google Forms' Timestamp is when a form was sent: a person who sent it twice is one person.
    const forms = tableOf(['Name', 'Timestamp'], [['Ann Lee', '2024-05-01 10:00'], ['Ann Lee', '2024-05-02 11:00']]);
    expect(unreadColumns(forms, read, {}, 'US').otherDays(forms.rows)).toBeNull();
  });

  it('take no date of the customer\'s own (subscribed, became a member, first visit) for an event', () => {
    for (const header of ['OPTIN_TIME', '成为会员时间', 'First Visit', 'LAST_CHANGED', '注册日期']) {
      const t = tableOf(['客人', header], [['张伟', '2024-05-01'], ['张伟', '2024-08-10']]);
      expect(unreadColumns(t, read, {}, 'CN').otherDays(t.rows)).toBeNull();
    }
  });

  it.each<[string[], 'flag' | 'day-first' | 'month-first', string | null, string]>([
    [['05/12/2025', '20/03/2026'], 'flag', '入住日期', 'day first, as 20/03/2026 shows: 5 December and 20 March'],
    [['05/12/2025', '06/12/2025'], 'flag', '入住日期', 'no order shown: two written days differ read either way'],
    [['12/05/2025', '03/20/2026'], 'flag', '入住日期', 'month first, as 03/20/2026 shows'],
    [['5.12.2025', '05/12/2025 14:00'], 'day-first', null, 'the same day written two ways is one day'],
    [['05/12/2025', '2025-12-05'], 'day-first', null, 'read day first as the settings say: the ISO day it is'],
    [['05/12/2025', '2025-12-05'], 'month-first', '入住日期', 'read month first as the settings say: 12 May, not 5 December'],
  ])('read day-first and month-first days too: %j under %s → %s (%s)', (days, policy, expected) => {
    const t = tableOf(['客人', '入住日期'], days.map((d) => ['陈大文', d]));
    expect(unreadColumns(t, read, {}, 'HK', policy).otherDays(t.rows)).toBe(expected);
  });

  it('agree when the rows hold the same text or one holds nothing; a running number (序号) is no difference', () => {
    const t = tableOf(['客人', '序号', '房型', '来源'], [['张伟', '1', '大床房', ''], ['张伟', '2', '大床房 ', '携程'], ['张伟', '3', '套房', '']]);
    const unread = unreadColumns(t, read, {}, 'CN');
    expect(unread.agree(t.rows.slice(0, 2))).toBe(true);
    expect(unread.agree(t.rows)).toBe(false);
  });

  it('name the column where one customer\'s rows hold two appointment, booking or ticket numbers: his two records', () => {
    for (const header of ['Appointment ID', 'Booking Ref', 'Booking Reference', 'Reservation No.', 'Ticket #', 'Ticket Number', 'Attendee #', 'Barcode #', 'Confirmation Code', '预约号', '票号']) {
      const t = tableOf(['客人', header], [['Megan Ross', '1102345678'], ['Megan Ross', '1102345001']]);
      expect(unreadColumns(t, read, {}, 'US').otherNumbers(t.rows)).toBe(header);
    }
    // What kind of ticket or how the attendee stands is no number of one.
    for (const header of ['Ticket Type', 'Attendee Status', 'Booking Source', 'Appointment Type']) {
      const t = tableOf(['客人', header], [['Megan Ross', 'A'], ['Megan Ross', 'B']]);
      expect(unreadColumns(t, read, {}, 'US').otherNumbers(t.rows)).toBeNull();
    }
    const same = tableOf(['客人', 'Appointment ID'], [['Megan Ross', '1102345678'], ['Megan Ross', '1102345678'], ['Megan Ross', '']]);
    expect(unreadColumns(same, read, {}, 'US').otherNumbers(same.rows)).toBeNull();
  });

  it('read an event day written with its month\'s name (Acuity\'s Start Time, Eventbrite\'s dates)', () => {
    const t = tableOf(['Name', 'Start Time'], [['Megan Ross', 'December 3, 2026 10:00am'], ['Megan Ross', 'November 25, 2026 2:00pm']]);
    expect(unreadColumns(t, read, {}, 'US').otherDays(t.rows)).toBe('Start Time');
    const once = tableOf(['Name', 'Start Time'], [['Megan Ross', 'Dec 3, 2026 10:00am'], ['Megan Ross', 'December 3 2026 11:00 AM']]);
    expect(unreadColumns(once, read, {}, 'US').otherDays(once.rows)).toBeNull();
  });
});
