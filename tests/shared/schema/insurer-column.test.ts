/**
 * An insurance agent's policy ledger names the insurer who carries each policy (保险公司: 人保财险,
 * 众安保险), a bank sheet the bank an account is held at (开户银行): neither is the company the customer
 * works at. Read as his, every reminder said "张建华 · 人保财险" and two strangers insured with one
 * carrier had the same company.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

const fieldsOf = (headers: string[]) => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => [m.header, m.field]);

describe("the insurer or bank column is not the customer's company", () => {
  it.each(['保险公司', '承保公司', '承保机构', '保险公司名称', '开户银行', 'Insurer', 'Insurance Company', 'Underwriter'])('%s stays unread', (header) => {
    expect(fieldsOf(['投保人', '手机', header])).toEqual([['投保人', 'name'], ['手机', 'mobile'], [header, null]]);
  });

  it("beside it, the customer's own 工作单位 is still his company", () => {
    expect(fieldsOf(['投保人', '保险公司', '工作单位'])).toEqual([['投保人', 'name'], ['保险公司', null], ['工作单位', 'company']]);
  });
});
