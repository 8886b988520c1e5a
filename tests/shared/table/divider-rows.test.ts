/**
 * A divider line typed alone between customers (以下为新增客户, ——新增——, 2026年新客户) is skipped
 * as the group titles are (华东区), and said so (h59 finding 6: read as a customer without a name,
 * classed 潜在客户 and counted: 10 customers for 9).
 */
import { planOf } from '../plan/helpers';

const HEADER = ['客户名称', '联系人', '手机', '负责人', '最近联系'];

describe('a divider line between customers', () => {
  it.each([
    ['以下为新增客户'],
    ['以下为11月新增'],
    ['——新增——'],
    ['----- 老客户 -----'],
    ['2026年新客户'],
    ['新增客户：'],
    ['New customers'],
    ['--- Added in November ---'],
  ])('%j is no customer, and the summary says so', (line) => {
    const plan = planOf([
      HEADER,
      ['上海蓝海贸易有限公司', '张建国', '13812345678', '王磊', '2024-11-20'],
      [line, '', '', '', ''],
      ['深圳市鹏程电子有限公司', '陈晓君', '13723456789', '刘洋', '2024-11-25'],
    ]);
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([2, 4]);
    expect(plan.issues.filter((i) => i.sheetRow === 3)).toEqual([]);
    expect(plan.problems).toContainEqual(expect.objectContaining({ code: 'sheet.sectionRows', params: expect.objectContaining({ rows: '3' }) }));
  });

  it.each([
    ['新客户贸易有限公司', 'a company whose name starts with 新客户'],
    ['以琳', 'a customer named 以琳'],
    ['张伟', 'a customer with nothing but a name'],
  ])('%j stays a customer (%s)', (name) => {
    const plan = planOf([HEADER, ['上海蓝海贸易有限公司', '张建国', '13812345678', '王磊', '2024-11-20'], [name, '', '', '', '']]);
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });
});
