/**
 * A 金蝶 / 用友 客户档案 keeps its customers' bank accounts: a 19-digit 银行账号 typed as a number is
 * already 6217001234567890000, its last digits zeros for good. The run reads no such column, yet
 * must not pass it in silence: the user is told once per column, and the cells are left as they are.
 */
import { run, resolveSettings, t, type Cell, type Grid, type Plan } from '../../../shared';

const T = (value: string): Cell => ({ kind: 'text', value });
const N = (value: number): Cell => ({ kind: 'number', value });

function planOf(rows: Cell[][]): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: '客户档案', firstRow: 1, firstCol: 1, cells: rows };
  const out = run(grid, { settings: settings.settings, today: '2026-12-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const HEADER = ['客户编码', '客户名称', '开户银行', '银行账号', '专管业务员'].map(T);

describe('a bank account typed as a number in a column the run does not read', () => {
  const plan = planOf([
    HEADER,
    [T('01.001'), T('南昌洪都机电有限公司'), T('工商银行南昌分行'), N(6217001234567890000), T('刘明')],
    [T('01.002'), T('九江长江物流有限公司'), T('建设银行九江分行'), T('6227003456789012345'), T('张丽')],
    [T('01.003'), T('赣州宏达五金有限公司'), T('农业银行赣州分行'), N(6228481234567890000), T('刘明')],
  ]);

  it('is said once for the column, naming how many, the first cell and what it holds now', () => {
    const said = plan.problems.filter((p) => p.code === 'sheet.longNumbers');
    expect(said).toEqual([{ code: 'sheet.longNumbers', severity: 'warning', params: { sheet: '客户档案', header: '银行账号', count: 2, cell: 'D2', example: '6217001234567890000' } }]);
    expect(t('zh-CN', 'sheet.longNumbers', said[0].params)).toContain('“客户档案”的“银行账号”列有 2 个超过 15 位的数字，例如 D2 的 6217001234567890000');
    expect(t('en', 'sheet.longNumbers', said[0].params)).toContain('Column "银行账号" of "客户档案" holds 2 number(s) longer than 15 digits');
  });

  it('leaves the cells as they are: the run cannot give back the lost digits', () => {
    expect(plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  it('says nothing of a column of long numbers kept as text, nor of 15-digit numbers Excel holds whole', () => {
    const whole = planOf([
      HEADER,
      [T('01.001'), T('南昌洪都机电有限公司'), T('工商银行南昌分行'), T('6217001234567890123'), T('刘明')],
      [T('01.002'), T('九江长江物流有限公司'), T('建设银行九江分行'), N(622700345678901), T('张丽')],
    ]);
    expect(whole.problems.map((p) => p.code)).not.toContain('sheet.longNumbers');
  });
});
