/**
 * One customer's several records (a property manager's owner of two flats) hold a record pasted
 * twice: the flat's two rows are one flat typed twice, a group a merge takes (its other values kept in
 * the merged values), and her other flat stays her record beside the flat's kept row.
 */
import { DEFAULT_SETTINGS, run, cellText } from '../../../shared';
import { gridOf, TODAY } from './helpers';

// The tester's 物业 ledger: 陈美玲's flat 3-2101 typed twice (once with a note), her other flat 3-0808.
const LEDGER = [
  ['楼栋', '房号', '业主姓名', '业主电话', '身份证号', '建筑面积(㎡)', '物业费到期', '管家', '备注'],
  ['1栋', '1-1201', '张国华', '13501234567', '440301197512083419', '89.5', '2024-12-31', '小周', ''],
  ['3栋', '3-2101', '陈美玲', '13900002222', '440301198812121528', '143.2', '2025-01-05', '小陈', '业主生日12/12'],
  ['3栋', '3-2101', '陈美玲', '139 0000 2222', '440301198812121528', '143.2', '2025-01-05', '小陈', ''],
  ['3栋', '3-0808', '陈美玲', '13900002222', '440301198812121528', '98', '2024-12-05', '小陈', ''],
];

const planWith = (rows: string[][], merge: ('exact' | 'likely' | 'review')[]) => {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('a record pasted twice among one customer\'s records', () => {
  it('is a group of the flat typed twice, and her records group holds its kept row beside her other flat', () => {
    const plan = planWith(LEDGER, []);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[3, 4], 'exact', undefined], [[3, 5], 'review', true]]);
  });

  it('leaves for the archive with --merge: the copy without the note, pointing to the row with it; her other flat stays', () => {
    const plan = planWith(LEDGER, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toEqual([4]);
    const [copy] = plan.merge!.archive;
    expect([copy.sheetRow, copy.survivorRow]).toEqual([4, 3]);
    expect(plan.merge!.edits).toEqual([]);
  });

  it('is merged when each copy holds something the other lacks: the kept row is filled, the other note kept in the merged values', () => {
    const rows = LEDGER.map((r) => [...r]);
    rows[3][7] = '';
    rows[3][8] = '钥匙在前台';
    const plan = planWith(rows, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toHaveLength(1);
    expect(plan.merge!.archive.map((a) => a.sheetRow)).not.toContain(5);
    expect(plan.merge!.mergedColumn!.values.map((c) => cellText(c)).join(' ')).toMatch(/钥匙在前台|业主生日12\/12/);
  });

  it('is a copy whatever its running number (序号) says', () => {
    const numbered = [['序号', ...LEDGER[0]], ...LEDGER.slice(1).map((r, i) => [String(i + 1), ...r])];
    const plan = planWith(numbered, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toEqual([4]);
    expect(plan.merge!.archive[0].cells.map((c) => cellText(c))[0]).toBe('3');
  });
});
