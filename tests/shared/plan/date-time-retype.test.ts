/**
 * HubSpot's and 有赞's exports write a date with its time as text (2025-03-04 09:12, 2026-11-28
 * 14:22:05). Read as the date and time it shows, nothing the user sees changes: a retype, as a date
 * without a time is, not a "value fixed" (tester h64: HubSpot's "Values fixed: 19" held 16 of them,
 * and a rerun on the run's own CSV output said `修正的值：118800 个` of a file it had written itself).
 */
import { planOf } from './helpers';

const CONTACTS = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Contact owner', 'Last Activity Date', 'Create Date'],
  ['51234001', 'Sarah', 'Johnson', 'sarah.johnson@acme.com', 'Mike Davis', '2025-03-04 09:12', '2023-01-15 08:00'],
  ['51234003', 'Tom', 'Baker', 'tom.baker@globex.com', 'Lisa Wong', '2026-11-28 14:22:05', '2024-06-01'],
  ['51234004', 'Amy', 'Chen', 'amy.chen@initech.com', 'Lisa Wong', '2024/11/20 16:45', '2024-02-02T10:30'],
];

describe('date-time texts of a CRM export', () => {
  const plan = planOf(CONTACTS, { phone: { defaultRegion: 'US' } });
  const edit = (row: number, header: string) => {
    const col = plan.columns.find((c) => c.header === header)!.col;
    return plan.edits.find((e) => e.sheetRow === row && e.col === col);
  };

  it.each([
    [2, 'Last Activity Date', '2025-03-04T09:12'],
    [2, 'Create Date', '2023-01-15T08:00'],
    [3, 'Last Activity Date', '2026-11-28T14:22:05'],
    [3, 'Create Date', '2024-06-01'],
  ])('row %i\'s %s becomes the date %s it showed: a retype, no fix', (row, header, iso) => {
    expect(edit(row, header)).toMatchObject({ after: { kind: 'date', value: iso }, reason: 'fix.date', retype: true });
  });

  it.each([
    [4, 'Last Activity Date', '2024-11-20T16:45', 'written with slashes: shown otherwise now'],
    [4, 'Create Date', '2024-02-02T10:30', 'written with the ISO T'],
  ])('row %i\'s %s, read as %s, is a fix the user sees (%s)', (row, header, iso) => {
    const e = edit(row, header)!;
    expect(e.after).toEqual({ kind: 'date', value: iso });
    expect(e.retype).toBeUndefined();
  });

  it('counts only those two as values fixed', () => {
    expect(plan.stats.changesByReason['fix.date']).toBe(2);
    expect(plan.stats.cellsRetyped).toBe(4);
  });
});
