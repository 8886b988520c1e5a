/**
 * English trade sheets read whole (tester h73): a garage's two cars of one customer by their Reg stay
 * two (#1), an agency's Named Insured is the customer (#2), one policy typed AUT-70442 and AUT 70442 is
 * one policy (#3), an accountant's Accounts Due is a deadline reminded, not money owed (#5), and a
 * merged Outlook contact's second address goes into the empty E-mail 2 Address (#7).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';
function planOf(rows: string[][], merge: ('exact' | 'likely')[] = []): Plan {
  const out = run(gridOf(rows, 'Sheet1'), { settings: { ...DEFAULT_SETTINGS, language: 'en' }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('a UK garage: one row per car, the Reg telling them apart', () => {
  const rows = [
    ['Customer', 'Mobile', 'Email', 'Reg', 'Make / Model', 'MOT Due', 'Last Visit', 'Notes'],
    ['Barry Clough', '07700 900123', 'barry.clough@btinternet.com', 'BD51 SMR', 'Ford Focus', '08/12/2026', '06/12/2025', ''],
    ['Helen Moorhouse', '07700 900456', 'helen.moorhouse@gmail.com', 'LS68 WER', 'Mini Cooper', '14/12/2026', '02/03/2026', ''],
    ['Sandra Pickles', '07700 900789', 'sandra.p@yahoo.co.uk', 'YH17 NBV', 'VW Polo', '28/11/2026', '01/11/2025', ''],
    ['Helen Moorhouse', '07700 900456', 'helen.moorhouse@gmail.com', 'YJ21 PLO', 'Nissan Leaf', '19/05/2027', '02/03/2026', "husband's car"],
  ];

  it('reads Reg as the plate, and MOT Due as a due day, not money owed', () => {
    const plan = planOf(rows);
    expect(fieldOf(plan, 'Reg')).toBe('plate');
    expect(fieldOf(plan, 'MOT Due')).toBe('contractEnd');
  });

  it('keeps Helen Moorhouse\'s two cars as two rows under --merge', () => {
    const plan = planOf(rows, ['exact', 'likely']);
    expect(plan.merge?.removeRows ?? []).not.toContain(3);
    expect(plan.merge?.removeRows ?? []).not.toContain(5);
  });

  it('reminds Barry Clough\'s MOT falling due in 4 days', () => {
    const plan = planOf(rows);
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => [r.due, r.daysLeft])).toContainEqual(['2026-12-08', 4]);
  });
});

describe('a US agency\'s book of policies', () => {
  const rows = [
    ['Policy #', 'Named Insured', 'Line of Business', 'Effective Date', 'Renewal Date', 'Premium', 'Phone', 'Email', 'Producer'],
    ['AUT-20441', 'Walter McGee', 'Auto', '2025-12-15', '2026-12-15', '$980.00', '(512) 555-0141', 'walter.mcgee@gmail.com', 'Carla Mendez'],
    ['AUT-70442', 'Brenda Okafor', 'Auto', '2026-01-01', '2027-01-01', '$1,320.00', '(512) 555-0177', 'brenda.okafor@yahoo.com', 'Jeff Turner'],
    ['HOM-30110', 'Luis Garza', 'Home', '2025-12-05', '2026-12-05', '$1,150.00', '(512) 555-0190', 'lgarza@outlook.com', 'Dana Whitley'],
    ['AUT 70442', 'BRENDA OKAFOR', 'Auto', '2026-01-01', '2027-01-01', '$1,320.00', '(512) 555-0177', 'brenda.okafor@yahoo.com', 'Dana Whitley'],
  ];
  const plan = planOf(rows);

  it('names each customer by the Named Insured, proper-casing BRENDA OKAFOR', () => {
    expect(fieldOf(plan, 'Named Insured')).toBe('name');
    const named = plan.edits.find((e) => e.sheetRow === 5 && e.col === plan.columns.find((c) => c.header === 'Named Insured')!.col);
    expect(named && cellText(named.after)).toBe('Brenda Okafor');
  });

  it('finds AUT-70442 and AUT 70442 one policy typed twice, a group to merge', () => {
    const g = groupOf(plan, 3);
    expect(g?.rows).toEqual([3, 5]);
    expect(['exact', 'likely']).toContain(g?.confidence);
  });

  it('reminds the renewal once', () => {
    expect(plan.reminders.reminders.filter((r) => r.due === '2027-01-01').length).toBe(1);
  });
});

describe('a UK accountant\'s filing deadlines', () => {
  const rows = [
    ['Client Name', 'Email', 'Year End', 'Accounts Due', 'Tax Return Due', 'Manager', 'Last Contact'],
    ['Brightwater Dental Lab Ltd', 'accounts@brightwater.co.uk', '31-Mar', '31/12/2026', '31/01/2027', 'Raj', '01/11/2026'],
    ['Jay Patel', 'jay.patel@gmail.com', '5-Apr', '31/01/2027', '31/01/2027', 'Helen', '15/11/2026'],
    ['Harrow & Finch Partnership', 'office@harrowfinch.co.uk', '30-Jun', '31/03/2027', '31/01/2027', 'Mark', '10/02/2026'],
  ];
  const plan = planOf(rows);

  it('reads Accounts Due and Tax Return Due as due days, and lists neither as money owed', () => {
    expect(fieldOf(plan, 'Accounts Due')).toBe('contractEnd');
    expect(fieldOf(plan, 'Tax Return Due')).toBe('contractEnd');
    expect(JSON.stringify(plan.unreadColumns ?? [])).not.toContain('Accounts Due');
  });

  it('reminds Brightwater\'s accounts due on 31/12/2026, 27 days ahead', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => [r.due, r.daysLeft])).toContainEqual(['2026-12-31', 27]);
  });
});

describe('an Outlook contacts export merged', () => {
  const rows = [
    ['First Name', 'Last Name', 'Company', 'Home Postal Code', 'Business Country/Region', 'Mobile Phone', 'E-mail Address', 'E-mail 2 Address', 'Notes'],
    ['Margaret', "O'Neill", 'Dales Veterinary Practice', 'HG2 7SA', 'United Kingdom', '07700 900314', 'margaret.oneill@dalesvets.co.uk', '', ''],
    ['Oliver', 'Sutton', '', 'LS1 4DY', 'United Kingdom', '07952 109337', 'oliver.sutton@btinternet.com', '', ''],
    ['Maggie', "O'Neill", '', 'hg2 7sa', 'United Kingdom', '+447700900314', 'maggie.oneill62@gmail.com', '', 'Personal email - use for pension statements'],
  ];
  const plan = planOf(rows, ['exact', 'likely']);
  const emailTwo = plan.columns.find((c) => c.header === 'E-mail 2 Address')!.col;

  it('gives the kept row the duplicate\'s other address in its empty E-mail 2 Address', () => {
    expect(plan.merge?.removeRows).toEqual([4]);
    const filled = plan.merge!.edits.find((e) => e.sheetRow === 2 && e.col === emailTwo);
    expect(filled && cellText(filled.after)).toBe('maggie.oneill62@gmail.com');
  });

  it('no longer lists that address with the merged values, which the archive still holds', () => {
    const merged = cellText(plan.merge!.mergedColumn?.values[plan.rows.indexOf(2)] ?? { kind: 'empty' });
    expect(merged).not.toContain('maggie.oneill62@gmail.com');
    expect(plan.merge!.archive.find((a) => a.sheetRow === 4)!.cells.map((c) => cellText(c))).toContain('maggie.oneill62@gmail.com');
  });
});
