/**
 * The merged-values note (合并记录 / Merged values) quotes a number whose digits Excel threw away as
 * Excel shows it, 1.38E+10, as the lost-digits issue does: spelled 13800000000 it reads as a real
 * mobile, and a user copying it from the note would call a stranger. The cell itself is a number
 * (an .xlsx read), 13800000000 shown 1.38E+10 under General in a narrow column.
 */
import { DEFAULT_SETTINGS, run, cellText, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2026-12-04';

const cellOf = (v: string | number | Cell): Cell =>
  typeof v === 'number' ? { kind: 'number', value: v } : typeof v === 'string' ? (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }) : v;

function planOf(rows: (string | number | Cell)[][]): Plan {
  const grid: Grid = { sheetName: '车主', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cellOf)) };
  const out = run(grid, { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely', 'review'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const note = (plan: Plan, sheetRow: number): string => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);

describe('a 4S owner typed twice, once with the mobile Excel rounded to 1.38E+10', () => {
  // 刘洋's second row was typed from the old paper card: his mobile as a number, which Excel kept as 13800000000.
  const plan = planOf([
    ['姓名', '手机', '身份证号', '车牌', '备注'],
    ['张伟', '13812345678', '110101199003071233', '粤B12345', ''],
    ['刘洋', '13912340000', '440306198505051237', '粤B88K21', '老客户'],
    ['王芳', '13712345678', '', '粤BD01234', ''],
    ['刘洋', 13800000000, '440306198505051237', '粤B88K21', ''],
  ]);

  it('merges the two rows, keeping the one with the whole number', () => {
    expect(plan.merge!.removeRows).toEqual([5]);
  });

  it('quotes the rounded mobile in the note as Excel shows it, never as a mobile that looks real', () => {
    expect(note(plan, 3)).toContain('手机: 1.38E+10（');
    expect(note(plan, 3)).not.toContain('13800000000');
  });
});

describe('an English client list, the kept row holding the rounded number under a scientific format', () => {
  // Sarah Lee's mobile came through a CSV as 1.39123E+10 and was saved as xlsx: 13912300000 under 0.00E+00.
  const plan = planOf([
    ['Name', 'Mobile', 'Email', 'Address', 'Notes'],
    ['Sarah Lee', { kind: 'number', value: 13912300000, format: '0.00E+00' }, 'sarah.lee@gmail.com', '12 King St, Sydney', 'VIP'],
    ['Tom Baker', '0412 345 678', 'tom.baker@outlook.com', '', ''],
    ['Sarah Lee', '13912345678', 'sarah.lee@gmail.com', '', ''],
  ]);

  it('lists the kept row\'s rounded number as the sheet showed it (1.39E+10), not as 13912300000', () => {
    const kept = plan.duplicates.groups[0].survivor;
    expect(note(plan, kept)).toContain('Mobile: 1.39E+10');
    expect(note(plan, kept)).not.toContain('13912300000');
  });
});
