/**
 * A UK garage's Reg / Registration / VRM and an Australian's Rego are the car's plate, so a customer's
 * two cars stay two (tester h73 #1); a US agency's Named Insured is the customer's name (h73 #2).
 * A bare Reg or Registration is a plate only where its cells are plates: an event's Registration
 * (Paid, a date) and a Reg Date or Rego Due are no plate.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';

const column = (...values: string[]): Cell[] => values.map((v) => text(v));
const fieldOf = (headers: string[], sample: Cell[][], header: string): FieldId | null => {
  const m = mapHeaders(headers, DEFAULT_SETTINGS, sample);
  return m[headers.indexOf(header)].field;
};

const GARAGE = ['Customer', 'Mobile', 'Email', 'Reg', 'Make / Model', 'MOT Due', 'Last Visit'];
const PLATES = column('LS68 WER', 'YJ21 PLO', 'ab12cde', 'YH17 NBV', 'BD51 SMR');

describe('the plate of a garage, under the names garages give it', () => {
  it.each([
    ['Reg'], ['Reg No'], ['Reg. No.'], ['Registration'], ['Registration No'], ['VRM'], ['Number Plate'], ['Plate'], ['Rego'],
  ])('%s holding LS68 WER, YJ21 PLO … is the plate', (header) => {
    const headers = GARAGE.map((h) => (h === 'Reg' ? header : h));
    const sample = headers.map((h) => (h === header ? PLATES : column('x', 'y', 'z')));
    expect(fieldOf(headers, sample, header)).toBe('plate');
  });

  it('an event\'s Registration holding Paid / Pending / a date is no plate', () => {
    const headers = ['Name', 'Email', 'Registration', 'Ticket Type'];
    const sample = [column('Amy Lee', 'Tom Ford', 'Raj Patel'), column('a@x.com', 'b@x.com', 'c@x.com'), column('Paid', 'Pending', '2026-03-01'), column('VIP', 'Standard', 'Standard')];
    expect(fieldOf(headers, sample, 'Registration')).toBeNull();
  });

  it('a bare Reg without a sample to show plates is left unread rather than guessed', () => {
    expect(mapHeaders(['Name', 'Reg'], DEFAULT_SETTINGS)[1].field).toBeNull();
  });

  it.each([['Reg Date'], ['Rego Due'], ['Registration Fee']])('%s is no plate', (header) => {
    const headers = ['Customer', 'Mobile', header];
    const sample = [column('Helen Moorhouse', 'Barry Clough', 'Sandra Pickles'), column('07700 900123', '07700 900456', '07700 900789'), column('2026-01-14', '2025-11-02', '2026-06-30')];
    expect(fieldOf(headers, sample, header)).not.toBe('plate');
  });
});

describe('the named insured of a US agency\'s book is the customer', () => {
  const BOOK = ['Policy #', 'Named Insured', 'Line of Business', 'Carrier', 'Effective Date', 'Renewal Date', 'Premium', 'Phone', 'Email', 'Producer'];
  const sample = BOOK.map((h) => (h === 'Named Insured' ? column('Walter McGee', 'BRENDA OKAFOR', 'Luis Garza') : column('a', 'b', 'c')));

  it.each([['Named Insured'], ['Insured'], ['Insured Name'], ['Policyholder'], ['Policy Holder']])('%s is the name', (header) => {
    const headers = BOOK.map((h) => (h === 'Named Insured' ? header : h));
    expect(fieldOf(headers, sample, header)).toBe('name');
  });
});
