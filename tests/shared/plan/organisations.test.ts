/**
 * A sheet that lists companies, not people (B2B: 客户名称 holds 北京星辰科技有限公司 and no column
 * names a person): the customer column is the company, a company is its customer's name, and one
 * company typed twice is found as one customer.
 */
import { planOf } from './helpers';

const COMPANIES = [
  ['客户名称', '联系电话', '地址', '行业', '成交金额'],
  ['北京星辰科技有限公司', '010-88886666', '北京市海淀区中关村大街1号', '软件', '120000'],
  ['星辰科技（北京）有限公司', '010-88886666', '海淀区中关村大街1号', '软件', '5000'],
  // Neighbours: one building, one switchboard, different firms.
  ['上海云海贸易有限公司', '021-65432109', '上海市浦东新区世纪大道100号', '贸易', '3000'],
  ['上海云帆物流有限公司', '021-65432109', '上海市浦东新区世纪大道100号', '物流', '8000'],
  ['', '0571-88886666', '杭州市西湖区文三路1号', '软件', '2000'],
];

describe('a sheet of companies', () => {
  const plan = planOf(COMPANIES);

  it('reads the customer column as the company', () => {
    expect(plan.columns[0]).toEqual(expect.objectContaining({ header: '客户名称', field: 'company' }));
  });

  it('finds one company typed twice, as a likely duplicate, and keeps neighbours apart', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
  });

  it('asks for the company where the name is required, not for a name column', () => {
    expect(plan.problems.filter((p) => p.code.startsWith('required.noColumn'))).toEqual([]);
    // Its switchboard reaches the firm: a warning, not an error.
    expect(plan.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.field, i.code])).toEqual([[6, 'company', 'required.nameless']]);
  });
});
