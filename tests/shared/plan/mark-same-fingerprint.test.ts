/**
 * A "not duplicates" mark on two rows of one identity (two engagements of one client: one contact, e-mail
 * and phone, two contracts) lists one fingerprint twice. It keeps those rows apart, as the user said;
 * it does not hide a row that repeats one of them in every cell read (a row pasted again): that is a
 * copy, found and archived by --merge as it is without the mark (h61, 3).
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const HEADER = ['Client', 'Contact', 'Email', 'Phone (direct)', 'Account Manager', 'Industry', 'State', 'Contract Start', 'Contract End', 'Monthly Fee', 'Last Contact', 'Next Follow-up', 'Tags', 'Notes'];
// The tester's agency list (h61, 02_agency_clients): Tallgrass Coffee's retainer and its website project.
const WEEK1 = [
  ['Crescent Dental Group', 'Dr. Alan Brooks', 'alan@crescentdental.com', '(312) 641-7720', 'Ben Carter', 'Healthcare', 'IL', '2025-12-20', '2026-12-19', '1800', '2026-09-01', '', 'Retainer', ''],
  ['Northwind Outfitters', 'Sam Lee', 'sam.lee@northwind.co', '(206) 734-1188', 'Ben Carter', 'Retail', 'WA', '2025-06-01', '2026-12-31', '3800', '2026-10-20', '', 'Retainer', 'Marketing lead'],
  ['Bluebird Yoga Studio', 'Chloe Martin', 'chloe@bluebirdyoga.com', '(503) 228-6610', 'Emma Lewis', 'Fitness', 'OR', '2026-11-20', '2027-11-19', '600', '2026-11-20', '2026-12-22', 'New;Project', ''],
  ['Harbor & Pine Realty', 'Maria Gomez', 'maria@harborpine.com', '(617) 482-3390', 'Emma Lewis', 'Real Estate', 'MA', '2026-01-15', '2028-01-14', '2200', '2026-11-02', '2026-12-10', 'Retainer', 'Renewed for 12 months'],
  ['Tallgrass Coffee Co.', 'Priya Shah', 'priya@tallgrass.coffee', '(512) 390-4471', 'Emma Lewis', 'Food & Beverage', 'TX', '2026-05-01', '2027-04-30', '950', '2026-11-29', '2026-12-15', 'Social only', ''],
  ['Tallgrass Coffee Co.', 'Priya Shah', 'priya@tallgrass.coffee', '(512) 390-4471', 'Emma Lewis', 'Food & Beverage', 'TX', '2026-10-01', '2027-03-31', '3200', '2026-11-29', '', 'Project', 'Website rebuild (separate SOW)'],
];
// Week 2: the project row pasted again below them (row 8).
const WEEK2 = [...WEEK1, [...WEEK1[5]]];

function planOf(rows: string[][], notDuplicates: string[][], today: string, merge: ('exact' | 'likely')[] = []): Plan {
  const out = run(gridOf([HEADER, ...rows]), { settings: { ...DEFAULT_SETTINGS, language: 'en', notDuplicates }, today, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a mark naming one fingerprint twice (two engagements of Tallgrass Coffee) (h61, 3)', () => {
  const week1 = planOf(WEEK1, [], '2026-12-01');
  const tallgrass = week1.duplicates.groups.find((g) => g.rows.includes(6) && g.rows.includes(7))!;
  const mark = [tallgrass.fingerprints];

  it('is the mark the user copies: the two engagements share one fingerprint', () => {
    expect(mark[0]).toHaveLength(2);
    expect(mark[0][0]).toBe(mark[0][1]);
  });

  it('keeps the two engagements apart, merged into nothing', () => {
    const plan = planOf(WEEK1, mark, '2026-12-01', ['exact', 'likely']);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });

  it('still finds the project row pasted again: --merge archives row 8 as a copy of row 7, as it does without the mark', () => {
    const marked = planOf(WEEK2, mark, '2026-12-08', ['exact', 'likely']);
    const unmarked = planOf(WEEK2, [], '2026-12-08', ['exact', 'likely']);
    expect(marked.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[8, 7]]);
    expect(unmarked.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[8, 7]]);
    expect(marked.merge!.removeRows).toEqual([8]);
  });

  it('counts the client\'s copy once before the merge too: the copy is in a group with row 7', () => {
    const marked = planOf(WEEK2, mark, '2026-12-08');
    expect(marked.duplicates.groups.some((g) => g.rows.includes(7) && g.rows.includes(8))).toBe(true);
    expect(marked.duplicates.groups.some((g) => g.rows.includes(6) && g.rows.includes(8) && !g.records)).toBe(false);
  });
});
