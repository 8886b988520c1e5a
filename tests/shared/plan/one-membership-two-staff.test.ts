/**
 * One membership typed twice by two instructors is a copy, not two service records (tester h71
 * findings 1 and 8): a studio whose owner is its Instructor column keeps co-carers' rows apart only
 * where each holds its own contract (a pupil's two courses on two schedules). The same Start and
 * Expiry on both rows is one membership: a likely duplicate, merged by --merge, and its two
 * instructors a 撞单 (owner conflict) to settle.
 */
import { resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2026-12-04';

function gridOf(rows: string[][]): Grid {
  return { sheetName: 'Clients', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
}

function planOf(rows: string[][], merge = false): Plan {
  const settings = resolveSettings({ language: 'en' });
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const HEAD = ['Client ID', 'First Name', 'Last Name', 'Mobile Phone', 'Email', 'Membership Type', 'Start Date', 'Expiry Date', 'Instructor', 'Birth Date'];
const studio = (second: string[]) => [
  HEAD,
  ['1101', 'Sarah', 'Mitchell', '(415) 555-0132', 'Sarah.Mitchell@Gmail.com', 'Unlimited Monthly', '2026-03-15', '2026-12-10', 'Emma Clarke', '1990-12-08'],
  ['1102', 'Chris', 'Lee', '(415) 555-7001', 'chris.lee@yahoo.com', '10-Class Pack', '2026-09-01', '2027-03-01', 'Priya Shah', '1985-04-12'],
  ['1103', 'Olivia', 'Nguyen', '(415) 555-0190', 'olivia.n@gmail.com', 'Annual', '2026-01-02', '2027-01-01', 'Jake Romero', '1992-06-30'],
  second,
];

describe('a studio\'s instructors on one client\'s rows', () => {
  it('read one membership typed twice (same start and expiry) as a likely copy with an owner conflict, merged by --merge', () => {
    const rows = studio(['1187', 'sarah', 'mitchell', '4155550132', 'sarah.mitchell@gmail.com', 'Unlimited Monthly', '2026-03-15', '2026-12-10', 'Jake Romero', '1990-12-08']);
    const plan = planOf(rows);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(2))!;
    expect(group.rows).toEqual([2, 5]);
    expect(group.confidence).toBe('likely');
    expect(group.records).toBeUndefined();
    expect(group.ownerConflict?.owners).toEqual(expect.arrayContaining(['Emma Clarke', 'Jake Romero']));
    expect(planOf(rows, true).merge?.removeRows).toHaveLength(1);
  });

  it('keep two memberships on two schedules as each instructor\'s own record, no owner conflict', () => {
    const rows = studio(['1187', 'sarah', 'mitchell', '4155550132', 'sarah.mitchell@gmail.com', '10-Class Pack', '2026-11-01', '2027-02-01', 'Jake Romero', '1990-12-08']);
    const plan = planOf(rows);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(2))!;
    expect(group.records).toBe(true);
    expect(group.ownerConflict).toBeUndefined();
    expect(planOf(rows, true).merge?.removeRows ?? []).toEqual([]);
  });
});
