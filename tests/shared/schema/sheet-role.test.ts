/** Which tabs are summaries of figures about customers, not lists of them (holdsSummary). */
import { DEFAULT_SETTINGS, holdsSummary, type Cell } from '../../../shared';
import { num, text } from '../../../shared/table/cell';

const grid = (rows: (string | number)[][]): Cell[][] => rows.map((r) => r.map((v) => (typeof v === 'number' ? num(v) : text(v))));

const cases: [string, (string | number)[][], boolean][] = [
  ['客户业绩汇总', [['客户名称', '业务员', '业绩'], ['张伟', '王芳', 12800]], true],
  ['客户统计', [['业务员', '客户数', '成交额'], ['王芳', 2, 128000]], true],
  ['Customer summary', [['Customer', 'Sales rep', 'Revenue'], ['Acme Ltd', 'Jane Doe', 12800]], true],
  ['客户汇总', [['姓名', '手机', '负责人'], ['张伟', '13812345678', '王芳']], false],
  ['Sales report', [['Name', 'Email', 'Owner'], ['John Smith', 'john@example.com', 'Jane']], false],
  ['客户', [['客户名称', '业务员', '业绩'], ['张伟', '王芳', 12800]], false],
];

describe('holdsSummary', () => {
  it.each(cases.map(([name, rows, summary]) => ({ name, rows, summary })))('$name is a summary: $summary', ({ name, rows, summary }) => {
    expect(holdsSummary(name, grid(rows), DEFAULT_SETTINGS)).toBe(summary);
  });
});
