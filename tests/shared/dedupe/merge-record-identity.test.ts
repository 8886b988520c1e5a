/**
 * A merge keeps a kept row's identity whole (tester h64 finding 3): a CRM export's rows each carry their
 * record's key (HubSpot's Record ID), and a record's e-mail and phone are that record's. The kept row never
 * takes another record's e-mail for being on a newer row (imported back by Record ID, record 51234001 would
 * get the address record 51234002 still holds); the other value is in the merged values, never lost, and the
 * run says why. A sheet's register number (客户编号 KH0001, KH0019: one per row typed) is no record key, and a
 * newer row's number still wins there (tests/shared/plan/merge-newer-phone.test.ts).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from '../plan/helpers';

function planOf(rows: string[][], merge: ('exact' | 'likely')[] = ['exact', 'likely']): Plan {
  const out = run(gridOf(rows, 'hubspot_contacts'), { settings: { ...DEFAULT_SETTINGS, language: 'en' }, today: '2026-12-04', merge, guess: { region: true, currency: true } });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const colOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.col;
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const editsOf = (plan: Plan, header: string) => (plan.merge?.edits ?? []).filter((e) => e.col === colOf(plan, header)).map((e) => [e.sheetRow, cellText(e.after), e.reason]);

// The tester's HubSpot contacts export: Sarah Johnson's record 51234001, its copy 51234008, and record
// 51234002 (Lisa Wong's Lead, another address, active later).
const HEADER = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Contact owner', 'Lifecycle Stage', 'Last Activity Date', 'Create Date', 'Lead Status'];
const CONTACTS = [
  ['51234001', 'Sarah', 'Johnson', 'sarah.johnson@acme.com', '(404) 555-0101', 'Acme Corp', 'Mike Davis', 'Customer', '2025-03-04 09:12', '2023-01-15 08:00', 'Connected'],
  ['51234002', 'Sarah', 'Johnson', 'sjohnson@acme.com', '+1 404 555 0101', 'Acme Corp', 'Lisa Wong', 'Lead', '2026-11-20 14:30', '2026-10-01 10:00', 'New'],
  ['51234003', 'David', 'Lee', 'david.lee@globex.com', '', 'Globex', 'Mike Davis', 'Marketing Qualified Lead', '2026-12-01 10:00', '2026-11-28 09:15', 'Open'],
  ['51234004', 'David', 'Lee', 'dlee@initech.com', '(212) 555-0177', 'Initech', 'Lisa Wong', 'Opportunity', '2026-10-10 11:00', '2026-02-02 12:00', 'In Progress'],
  ['51234005', 'Anna', 'Kowalski', 'anna@kowalski.io', '6175550123', 'Kowalski Design', '', 'Subscriber', '', '2026-12-03 23:59', 'New'],
  ['51234006', 'Tom', 'Baker', 'tom.baker@example.com', '+44 20 7946 0958', 'Baker & Sons Ltd', 'Mike Davis', 'Customer', '2024-01-05 08:00', '2021-06-06 06:06', 'Unqualified'],
  ['51234007', '', '', 'info@widgets.com', '', 'Widgets Inc', 'Lisa Wong', 'Lead', '', '2026-09-09 09:09', 'Attempted to Contact'],
  ['51234008', 'Sarah', 'Johnson', 'sarah.johnson@acme.com', '404-555-0101', 'Acme Corp', 'Mike Davis', 'Customer', '2025-03-04 09:12', '2023-01-15 08:00', 'Connected'],
  ['51234009', 'Carlos', 'Ruiz', 'carlos@ruiz.mx', '+52 55 1234 5678', 'Ruiz SA de CV', 'Mike Davis', 'Evangelist', '2026-06-30 17:45', '2020-03-03 03:03', 'Connected'],
];

describe('Sarah Johnson\'s three HubSpot rows merged (records 51234001, 51234002, 51234008)', () => {
  const plan = planOf([HEADER, ...CONTACTS]);

  it('keeps record 51234001 with its own e-mail, not record 51234002\'s newer one', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[3, 2], [9, 2]]);
    expect(editsOf(plan, 'Email')).toEqual([]);
    expect(editsOf(plan, 'Record ID')).toEqual([]);
  });

  it('lists the other record\'s e-mail with the merged values, so nothing is lost', () => {
    expect(mergedValues(plan, 2)).toContain('Email: sjohnson@acme.com (row 3 as of 2026-12-04)');
    expect(mergedValues(plan, 2)).toContain('Record ID: 51234002 (row 3 as of 2026-12-04)');
  });

  it('says why the newer e-mail was not taken, in English and Chinese', () => {
    const kept = plan.problems.filter((p) => p.code === 'dedupe.newerPhone.recordKeptMerged');
    expect(kept.map((p) => t('en', p.code, p.params))).toEqual([
      'Rows 2, 3 and 9, merged into row 2, hold different "Email": row 3\'s sjohnson@acme.com is newer (latest date 2026-11-20), but it is the value of another record (Record ID 51234002): the kept row keeps its own record\'s (Record ID 51234001) sarah.johnson@acme.com, and sjohnson@acme.com is in the merged values.',
    ]);
    expect(t('zh-CN', kept[0].code, kept[0].params)).toContain('但它属于另一条记录（Record ID 51234002）：保留行仍用本记录（Record ID 51234001）的 sarah.johnson@acme.com');
    expect(plan.problems.some((p) => p.code.startsWith('dedupe.newerContact'))).toBe(false);
  });

  it('still takes the group\'s latest activity day, which is no identifying value', () => {
    expect(editsOf(plan, 'Last Activity Date')).toEqual([[2, '2026-11-20T14:30', 'dedupe.fix.latest']]);
  });

  it('says the same before the merge, as a proposal', () => {
    const preview = planOf([HEADER, ...CONTACTS], []);
    expect(preview.problems.filter((p) => p.code.startsWith('dedupe.newer')).map((p) => p.code)).toEqual(['dedupe.newerPhone.recordKeptProposed']);
  });
});

describe('a kept record without an e-mail, beside another record that has one', () => {
  // Record 51234001 typed without its e-mail, no copy of it; record 51234002 holds another address.
  const rows = CONTACTS.filter((r) => r[0] !== '51234008').map((r) => (r[0] === '51234001' ? [...r.slice(0, 3), '', ...r.slice(4)] : r));
  const plan = planOf([HEADER, ...rows]);

  it('is not given the other record\'s e-mail: that stays in the merged values', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[3, 2]]);
    expect(editsOf(plan, 'Email')).toEqual([]);
    expect(mergedValues(plan, 2)).toContain('Email: sjohnson@acme.com (row 3 as of 2026-12-04)');
  });

  it('is given it when the rows name no record keys (a sheet typed by hand)', () => {
    const bare = planOf([HEADER.slice(1), ...rows.map((r) => r.slice(1))]);
    expect(editsOf(bare, 'Email')).toEqual([[2, 'sjohnson@acme.com', 'dedupe.fix.fill']]);
  });
});
