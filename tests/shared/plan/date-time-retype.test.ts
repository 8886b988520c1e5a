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
    [2, 'Create Date', '2023-01-15T08:00'],
    [3, 'Last Activity Date', '2026-11-28T14:22:05'],
    [3, 'Create Date', '2024-06-01'],
  ])('row %i\'s %s becomes the date %s it showed: a retype, no fix', (row, header, iso) => {
    expect(edit(row, header)).toMatchObject({ after: { kind: 'date', value: iso }, reason: 'fix.date', retype: true });
  });

  it.each([
    // Tom Baker's 14:22:05 has seconds, so the column writes every time with them (one-time-form-per-column.test.ts).
    [2, 'Last Activity Date', '2025-03-04T09:12:00', 'given :00 as its column writes its times'],
    [4, 'Last Activity Date', '2024-11-20T16:45:00', 'written with slashes, and given :00: shown otherwise now'],
    [4, 'Create Date', '2024-02-02T10:30', 'written with the ISO T'],
  ])('row %i\'s %s, read as %s, is a fix the user sees (%s)', (row, header, iso) => {
    const e = edit(row, header)!;
    expect(e.after).toEqual({ kind: 'date', value: iso });
    expect(e.retype).toBeUndefined();
  });

  it('counts only those three as values fixed', () => {
    expect(plan.stats.changesByReason['fix.date']).toBe(3);
    expect(plan.stats.cellsRetyped).toBe(3);
  });
});

/**
 * Zoho's and 企业微信's exports write every time stamp with its seconds, :00 included (2024-02-08
 * 18:05:00, 2024-02-23 00:00:00). Each is kept as typed, so the column keeps one form, and none is a
 * fix (tester h66: all 2,990 of Zoho's Last Activity Time were "fixed" to 18:05 or to a bare date).
 */
describe('time stamps typed with :00 seconds', () => {
  const ZOHO = [
    ['Contact Owner', 'First Name', 'Last Name', 'Email', 'Phone', 'Last Activity Time'],
    ['Carlos Diaz', 'Steven', 'Lopez', 'steven.lopez932@yahoo.com', '(206) 847-8179', '2024-02-08 18:05:00'],
    ['Emma Lewis', 'Richard', 'Young', 'richard.young2309@yahoo.com', '(713) 491-5466', '2024-02-23 00:00:00'],
    ['Raj Patel', 'Michael', 'Nguyen', 'michael.nguyen781@outlook.com', '(212) 874-4621', '2024-07-26 15:07:31'],
  ];
  const plan = planOf(ZOHO, { phone: { defaultRegion: 'US' } });
  const col = plan.columns.find((c) => c.header === 'Last Activity Time')!.col;
  const edit = (row: number) => plan.edits.find((e) => e.sheetRow === row && e.col === col);

  it.each([
    [2, '2024-02-08T18:05:00', 'its :00 seconds kept'],
    [3, '2024-02-23T00:00:00', 'midnight among other times of day is a time too, not a bare date'],
    [4, '2024-07-26T15:07:31', 'seconds as typed'],
  ])('row %i becomes %s (%s): a retype, no fix', (row, iso) => {
    expect(edit(row)).toMatchObject({ after: { kind: 'date', value: iso }, retype: true });
  });

  it('counts none of them as values fixed', () => {
    expect(plan.stats.changesByReason['fix.date'] ?? 0).toBe(0);
  });

  it('still makes a column of nothing but midnights (a date a database exported with 00:00:00) plain dates', () => {
    const erp = planOf([
      ['客户名称', '手机', '合同到期'],
      ['深圳市华强电子有限公司', '13812345678', '2025-12-31 00:00:00'],
      ['广州白云物流有限公司', '13912345678', '2026-03-31 00:00:00'],
    ]);
    const end = erp.columns.find((c) => c.header === '合同到期')!.col;
    expect(erp.edits.filter((e) => e.col === end).map((e) => e.after)).toEqual([
      { kind: 'date', value: '2025-12-31' },
      { kind: 'date', value: '2026-03-31' },
    ]);
  });
});
