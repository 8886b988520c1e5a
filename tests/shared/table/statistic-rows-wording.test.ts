/**
 * A 平均 (Average) or 最高 (Max) row under the 合计 (Total) row is a statistics row, not a customer and not
 * a total: the sheet note names it so, 统计行（平均, 最高） / statistics rows (Average, Max), beside the 合计行
 * note of the 合计 row. Before, all three were one note, 第 5, 6, 7 行是合计行（合计）, which called the
 * average a total. A CSV keeps the formulas' results as text (平均,,,3425): the row is a statistic there too.
 */
import { toTable, type TableOutcome } from '../../../shared/table/from-grid';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { EMPTY, num, text, type Cell } from '../../../shared/table/cell';
import type { Grid } from '../../../shared/table/grid';
import { t } from '../../../shared/i18n';

const formula = (value: number, f: string): Cell => ({ kind: 'number', value, formula: f });
const grid = (cells: Cell[][], sheetName = '客户'): Grid => ({ sheetName, cells, firstRow: 1, firstCol: 1 });

function ok(outcome: TableOutcome) {
  if (!outcome.ok) throw new Error(`expected a table, got ${outcome.problem.code}`);
  return outcome;
}

describe('the note on rows under the customers says totals and statistics apart', () => {
  it('a Chinese sheet with 合计, 平均 and 最高 rows of formulas: one 合计行 and two 统计行', () => {
    const cells = [
      [text('客户姓名'), text('手机'), text('公司'), text('累计金额')],
      [text('王建国'), text('13812345678'), text('杭州恒达机电有限公司'), num(5200)],
      [text('李秀英'), text('13987654321'), text('宁波天盛贸易'), num(3100)],
      [text('陈志强'), text('13711112222'), text('上海卓越科技'), num(1975)],
      [text('合计'), EMPTY, EMPTY, formula(10275, '=SUM(D2:D4)')],
      [text('平均'), EMPTY, EMPTY, formula(3425, '=AVERAGE(D2:D4)')],
      [text('最高'), EMPTY, EMPTY, formula(5200, '=MAX(D2:D4)')],
    ];
    const result = ok(toTable(grid(cells), DEFAULT_SETTINGS));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(result.table.totalRows).toEqual([5, 6, 7]);
    expect(result.problems).toEqual([
      { code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '5', label: '合计' } },
      { code: 'sheet.statisticRows', severity: 'info', params: { sheet: '客户', rows: '6, 7', labels: '平均, 最高' } },
    ]);
    const [, statistics] = result.problems;
    expect(t('zh-CN', 'sheet.statisticRows', statistics.params)).toBe('“客户”的第 6, 7 行是统计行（平均, 最高），不是客户：保持原样，不计入统计。');
    expect(t('zh-CN', 'sheet.statisticRows', statistics.params)).not.toContain('合计行');
  });

  it('an English CSV (figures as text) with Total, Average and Max: Average and Max are statistics rows, named as typed', () => {
    const cells = [
      [text('Name'), text('Phone'), text('Company'), text('Total Spend')],
      [text('John Smith'), text('(646) 743-7902'), text('Brightside Dental'), text('1,250.00')],
      [text('Emily Chen'), text('(212) 555-0177'), text('Chen & Partners LLP'), text('830.00')],
      [text('Total'), EMPTY, EMPTY, text('2,080.00')],
      [text('Average'), EMPTY, EMPTY, text('1,040.00')],
      [text('Max'), EMPTY, EMPTY, text('1,250.00')],
    ];
    const result = ok(toTable(grid(cells, 'accounts'), DEFAULT_SETTINGS));
    // Max over plain figures, no formula, stays a customer: a first name is no statistic without a formula.
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 6]);
    expect(result.problems).toEqual([
      { code: 'sheet.totalRows', severity: 'info', params: { sheet: 'accounts', rows: '4', label: 'Total' } },
      { code: 'sheet.statisticRows', severity: 'info', params: { sheet: 'accounts', rows: '5', labels: 'Average' } },
    ]);
    expect(t('en', 'sheet.statisticRows', result.problems[1].params)).toBe('Row(s) 5 of "accounts" are statistics rows (Average), not customers: they are left as they are and not counted.');
  });

  it('a 平均 row in a CSV beside a mobile typed as text stays a customer row', () => {
    const cells = [
      [text('客户姓名'), text('手机'), text('累计金额')],
      [text('王建国'), text('13812345678'), text('5200')],
      [text('平均'), text('13987654321'), text('3100')],
    ];
    expect(ok(toTable(grid(cells), DEFAULT_SETTINGS)).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });
});
