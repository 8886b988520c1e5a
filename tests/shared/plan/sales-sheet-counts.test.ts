/**
 * What the summary and the report count on a sales team's sheet must agree with the sheet: the
 * report names the columns as the sheet does, the note on error cells and the issues count the same
 * cells (or say what each counts), and a phone stored as a number under a 000-0000-0000 format,
 * which showed 138-0013-8000, is a change a person sees, not a retype.
 */
import { run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';

const T = (value: string): Cell => ({ kind: 'text', value });
const N = (value: number, format?: string): Cell => (format ? { kind: 'number', value, format } : { kind: 'number', value });
const E = (value: string, formula: string): Cell => ({ kind: 'error', value, formula });
const EMPTY: Cell = { kind: 'empty' };

/** 客户名单 of a sales team: 金额 (an order's amount, read as the amount), a 距今天数 column the tool does not read. */
function salesSheet(): Grid {
  const rows: Cell[][] = [
    ['客户名称', '联系人', '手机', '单价', '数量', '金额', '最后联系', '距今天数', '负责人'].map(T),
    [T('上海嘉禾贸易有限公司'), T('张伟'), N(13800138000, '000-0000-0000'), N(12800, '¥#,##0.00'), N(2), N(25600, '¥#,##0.00'), T('2026-10-12'), N(51, '0'), T('李娜')],
    [T('杭州云帆科技有限公司'), T('陈静'), T('13912345678'), N(4800, '¥#,##0.00'), N(5), N(24000, '¥#,##0.00'), T('2026.11.3'), E('#VALUE!', '=TODAY()-G3'), T('李娜')],
    [T('苏州恒通物流有限公司'), T('刘洋'), T('15050501234'), N(2400, '¥#,##0.00'), N(10), N(24000, '¥#,##0.00'), T('2026年9月8日'), E('#VALUE!', '=TODAY()-G4'), T('王磊')],
    [T('无锡新创电子有限公司'), T('周杰'), T('17712345678'), E('#N/A', '=IFERROR(VLOOKUP(H5,价格表,2,FALSE),NA())'), N(2), E('#N/A', '=D5*E5'), T('2026-08-30'), N(94, '0'), T('赵丽')],
    [T('合肥长江建材有限公司'), T('吴霞'), T('13305519876'), N(36800, '¥#,##0.00'), N(1), N(36800, '¥#,##0.00'), T('2026-11-28'), N(4, '0'), EMPTY],
  ];
  return { sheetName: '客户名单', firstRow: 1, firstCol: 1, cells: rows };
}

function planOf(grid: Grid): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: '2026-12-02' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a sales team\'s sheet: counts that agree with the sheet', () => {
  const plan = planOf(salesSheet());

  it('the report counts issues by column under the sheet\'s own header (金额, not the field\'s name 累计金额)', () => {
    const byField = plan.report.sections.find((s) => s.id === 'issues.field')!;
    expect(byField.series.map((s) => [s.id, s.label, s.count])).toEqual([
      ['unitPrice', '单价', 1],
      ['amount', '金额', 1],
    ]);
  });

  it('the note on error cells says how many of them the issues list: 4 cells, 2 in the columns read, 2 in 距今天数', () => {
    const listed = plan.issues.filter((i) => i.code === 'cell.error').length;
    expect(listed).toBe(2);
    expect(plan.problems.find((p) => p.code.startsWith('sheet.errorCells'))).toEqual({
      code: 'sheet.errorCellsPartly',
      severity: 'warning',
      params: { sheet: '客户名单', count: 4, cell: 'H3', example: '#VALUE!', listed: 2, unlisted: 2 },
    });
  });

  it('a phone stored as a number under 000-0000-0000 (showing 138-0013-8000) written as 13800138000 is a change a person sees', () => {
    const edit = plan.edits.find((e) => e.sheetRow === 2 && e.col === 2)!;
    expect(edit.after).toEqual(T('13800138000'));
    expect(edit.retype).toBeUndefined();
  });

  it('a phone stored as a number that shows as its digits (General) is only retyped', () => {
    const grid = salesSheet();
    grid.cells[1][2] = N(13800138000);
    const edit = planOf(grid).edits.find((e) => e.sheetRow === 2 && e.col === 2)!;
    expect(edit.after).toEqual(T('13800138000'));
    expect(edit.retype).toBe(true);
  });
});
