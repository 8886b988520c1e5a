/**
 * Columns a charity's, a photo studio's and a dental practice's sheets name in their own words: a
 * donor's Total Given is what he gave in all (his Last Gift Amount only the latest), his Last Gift
 * Date the day he last gave; a studio's Session Date the shoot it booked (prepared for days ahead,
 * as an appointment), its Package Price what the client pays; a practice's Patient Balance what the
 * patient still owes after insurance, no card or stored value held for him, and his Last Visit a
 * treatment he was given: to the classes, his last purchase.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.field;

describe('a UK charity\'s supporter list', () => {
  const plan = planOf([
    ['Supporter ID', 'First Name', 'Surname', 'Email', 'Phone', 'Last Gift Date', 'Last Gift Amount', 'Total Given', 'Relationship Manager'],
    ['SUP10021', 'Margaret', 'Hughes', 'm.hughes@btinternet.com', '029 2087 4410', '14/10/2024', '£25.00', '£1,340', 'Helen Price'],
    ['SUP10022', 'Ian', 'McDonald', 'ian.mcdonald@sky.com', '07700 900311', '02/03/2021', '£1,000.00', '£12,000', 'Owen Davies'],
  ], { phone: { defaultRegion: 'GB' } });

  it('reads the lifetime total as the amount and the last gift\'s day as the last purchase', () => {
    expect(fieldOf(plan, 'Total Given')).toBe('amount');
    expect(fieldOf(plan, 'Last Gift Date')).toBe('lastPurchase');
    expect(fieldOf(plan, 'Last Gift Amount')).toBeNull();
  });
});

describe('a photo studio\'s bookings', () => {
  const plan = planOf([
    ['Client', 'Mobile', 'Email', 'Session Type', 'Session Date', 'Package Price'],
    ['Ciara O\'Neill', '07700 900456', 'ciara.oneill@gmail.com', 'Newborn', '2024-12-03', '£450'],
    ['Tom Fletcher', '07700 900457', 'tom.fletcher@outlook.com', 'Family', '2025-03-15', '£295'],
  ], { phone: { defaultRegion: 'GB' } });

  it('reads the session as the booked day and the package price as the amount', () => {
    expect(fieldOf(plan, 'Session Date')).toBe('appointment');
    expect(fieldOf(plan, 'Package Price')).toBe('amount');
  });

  it('reminds the shoot two days ahead', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'appointment').map((r) => r.sheetRow)).toEqual([2]);
  });
});

describe('a US dental practice\'s patient list', () => {
  const plan = planOf([
    ['Patient #', 'Patient Name', 'Cell Phone', 'Last Visit', 'Recall Due', 'Patient Balance'],
    ['P-1001', 'Maria Garcia', '(650) 555-8001', '02/03/2024', '08/04/2024', '$125.00'],
    ['P-1002', 'Linh Nguyen', '(415) 555-2044', '06/11/2024', '12/05/2024', '$0.00'],
    ['P-1003', 'Owen Price', '(415) 555-2090', '05/10/2023', '11/10/2023', '$0.00'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads the patient balance as money owed, not a card or stored value held', () => {
    expect(plan.unreadColumns).toContainEqual(expect.objectContaining({ header: 'Patient Balance', readFor: 'owed' }));
    const maria = plan.classification.rows.find((r) => r.sheetRow === 2)!;
    expect(maria.reasons.map((r) => r.code)).not.toContain('classify.reason.cardHeld');
  });

  it('classes a patient seen at his last visit as an existing one, not a prospect; the visit stays his last contact', () => {
    expect(fieldOf(plan, 'Last Visit')).toBe('lastContact');
    // Owen, not seen since May 2023 and his recall long passed, has lapsed.
    expect(plan.classification.rows.map((r) => r.labels.lifecycle)).toEqual(['existing', 'existing', 'churned']);
  });
});
