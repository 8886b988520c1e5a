/**
 * A row whose only content is a formula filled down past the last customer (a recall list's Portal
 * =HYPERLINK(…&A53,"Open"), a landscaper's Map link, a 提成 =C5*0.03 showing 0) is a blank row, no
 * customer with his name missing (tester h69: a dentist's row 53 was an error "Name is required but
 * empty"). A row whose formulas show something of its own (=Sheet2!A5 pulling a name) stays a customer.
 */
import { toTable, type TableOutcome } from '../../../shared/table/from-grid';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { EMPTY, text, type Cell } from '../../../shared/table/cell';
import type { Grid } from '../../../shared/table/grid';

const grid = (cells: Cell[][]): Grid => ({ sheetName: 'Recall', cells, firstRow: 1, firstCol: 1 });
const rowsOf = (outcome: TableOutcome): number[] => {
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.table.rows.map((r) => r.sheetRow);
};
const link = (row: number, shown: string): Cell => ({ kind: 'text', value: shown, formula: `=HYPERLINK("https://portal.smilecare.com/p/"&A${row},"${shown}")` });
const patient = (id: string, last: string, first: string, phone: string, row: number): Cell[] => [text(id), text(last), text(first), text(phone), link(row, 'Open')];
const HEADER = ['Patient #', 'Last Name', 'First Name', 'Cell Phone', 'Portal'].map(text);

describe('a row of nothing but a filled-down formula', () => {
  it('is a blank row when its link shows the same label as the rows above', () => {
    const cells = [HEADER, patient('10423', 'Griffin', 'Lily', '(701) 723-1461', 2), patient('10452', 'Ward', 'Leo', '(681) 830-6069', 3), [EMPTY, EMPTY, EMPTY, EMPTY, link(4, 'Open')]];
    expect(rowsOf(toTable(grid(cells), DEFAULT_SETTINGS))).toEqual([2, 3]);
  });

  it('is a blank row when the formula shows nothing or 0 (=IF(A5="","",…), a 提成 =C5*0.03)', () => {
    const cells = [
      ['姓名', '手机', '成交金额', '提成'].map(text),
      [text('张伟'), text('13812345678'), text('1000'), { kind: 'number', value: 30, formula: '=C2*0.03' }],
      [EMPTY, EMPTY, EMPTY, { kind: 'number', value: 0, formula: '=C3*0.03' }],
      [EMPTY, EMPTY, EMPTY, { kind: 'text', value: '', formula: '=IF(A4="","",A4&"")' }],
      [text('李娜'), text('13987654321'), text('2000'), { kind: 'number', value: 60, formula: '=C5*0.03' }],
    ] as Cell[][];
    expect(rowsOf(toTable(grid(cells), DEFAULT_SETTINGS))).toEqual([2, 5]);
  });

  it('stays a customer when its formulas show values of its own (a name and a phone pulled from another sheet)', () => {
    const pulled = (v: string, f: string): Cell => ({ kind: 'text', value: v, formula: f });
    const cells = [
      ['姓名', '手机'].map(text),
      [pulled('张伟', '=客户源!A2'), pulled('13812345678', '=客户源!B2')],
      [pulled('李娜', '=客户源!A3'), pulled('13987654321', '=客户源!B3')],
    ];
    expect(rowsOf(toTable(grid(cells), DEFAULT_SETTINGS))).toEqual([2, 3]);
  });

  it('stays a customer when a typed value stands beside the link', () => {
    const cells = [HEADER, patient('10423', 'Griffin', 'Lily', '(701) 723-1461', 2), [EMPTY, EMPTY, EMPTY, text('(681) 830-6069'), link(3, 'Open')]];
    expect(rowsOf(toTable(grid(cells), DEFAULT_SETTINGS))).toEqual([2, 3]);
  });

  it('stays a customer when its link shows a label of its own (its own name as the link text)', () => {
    const cells = [HEADER, patient('10423', 'Griffin', 'Lily', '(701) 723-1461', 2), [EMPTY, EMPTY, EMPTY, EMPTY, link(3, 'Leo Ward')]];
    expect(rowsOf(toTable(grid(cells), DEFAULT_SETTINGS))).toEqual([2, 3]);
  });
});
