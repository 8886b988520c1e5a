/**
 * A merge lists in the kept row's merged-values note only what differs from the kept row. In a column
 * no field reads (a 律所's 立案日期; its 开庭日期 is now read as an appointment), one day typed two ways (2026-12-07,
 * 2026年12月7日, 2026/12/7) is one value, not a second date to check (tester h68, 23); another day is
 * still listed, and the archive keeps each cell exactly as typed.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';

function merged(rows: string[][]): Plan {
  const grid = { sheetName: '案件', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v) => (v === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: v }))) };
  const out = run(grid, { settings: DEFAULT_SETTINGS, today: '2026-12-04', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
// No note at all when nothing differs.
const noteOf = (plan: Plan, row: number) => { const column = plan.merge!.mergedColumn; return column ? cellText(column.values[plan.rows.indexOf(row)]) : ''; };

describe('one day typed two ways in a column no field reads is no differing value', () => {
  const HEADER = ['委托人', '联系电话', '邮箱', '对方当事人', '案由', '立案日期', '承办律师'];
  const CASE = ['黄建国', '13612345678', 'hjg@163.com', '深圳鑫达科技有限公司', '买卖合同纠纷'];

  it('does not list 立案日期 2026年12月7日 beside the kept 2026-12-07', () => {
    const plan = merged([HEADER, [...CASE, '2026-12-07', '宋律师'], [...CASE.slice(0, 1), '136-1234-5678', 'HJG@163.COM', ...CASE.slice(3), '2026年12月7日', '宋律师']]);
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(noteOf(plan, 2)).not.toContain('立案日期');
    // Nothing is lost: the archive line holds the cell as typed.
    expect(plan.merge!.archive[0].cells.map((c) => cellText(c))).toContain('2026年12月7日');
  });

  it('still lists another day (2026/12/17 beside 2026-12-07), as typed', () => {
    const plan = merged([HEADER, [...CASE, '2026-12-07', '宋律师'], [...CASE, '2026/12/17', '宋律师']]);
    expect(noteOf(plan, 2)).toContain('立案日期: 2026/12/17');
  });

  it('reads an English sheet\'s Next Hearing the same way (2026-12-07 / 2026/12/7)', () => {
    const rows = [
      ['Client', 'Mobile', 'Email', 'Matter', 'Next Hearing'],
      ['Grace Liu', '(415) 555-0134', 'grace.liu@gmail.com', 'Lease dispute', '2026-12-07'],
      ['Grace Liu', '415-555-0134', 'Grace.Liu@gmail.com', 'Lease dispute', '2026/12/7'],
    ];
    const plan = merged(rows);
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(noteOf(plan, 2)).not.toContain('Next Hearing');
  });
});
