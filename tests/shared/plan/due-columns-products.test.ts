/**
 * A software vendor's sheet: each customer bought a 1-year ERP licence and a 2-year hosting plan, one
 * row each, and the 到期日 of the two is a whole year apart to the day. The licence running out this
 * month is what the rep must call about, not a contract the hosting plan renewed (h47
 * zh_two_products_no_start.csv, zh_two_products_purchase_day.csv: all 40 ERP reminders were
 * silenced). Only the same product ending a whole number of years later, or a later start, renews
 * it. Today is helpers' TODAY, 2024-12-01.
 */
import { planOf } from './helpers';

const contracts = (sheet: string[][]) =>
  planOf(sheet).reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.due]);

describe('two products of one customer on two rows', () => {
  it('with no start date: the licence ending this month is reminded, the hosting plan ending next year is not its renewal', () => {
    expect(contracts([
      ['客户编号', '客户名称', '联系人', '手机', '负责人', '产品', '到期日'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', 'ERP软件年费', '2024-12-05'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', '服务器托管（两年）', '2025-12-05'],
      ['KH001', '远达物流有限公司', '李经理', '13900104729', '张伟', 'ERP软件年费', '2024-12-06'],
      ['KH001', '远达物流有限公司', '李经理', '13900104729', '张伟', '服务器托管（两年）', '2025-12-06'],
    ])).toEqual([[2, '2024-12-05'], [4, '2024-12-06']]);
  });

  it('with the day both were bought (购买日期, no contract start): the same', () => {
    expect(contracts([
      ['客户编号', '客户名称', '联系人', '手机', '负责人', '产品', '购买日期', '到期日'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', 'ERP软件年费', '2023-12-05', '2024-12-05'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', '服务器托管（两年）', '2023-12-05', '2025-12-05'],
    ])).toEqual([[2, '2024-12-05']]);
  });

  it('an English sheet with a Product column: the same', () => {
    expect(contracts([
      ['Account', 'Contact', 'Phone', 'Owner', 'Product', 'Expiry Date'],
      ['Acme Corp', 'Jane Smith', '(415) 555-0100', 'Amy Lee', 'CRM licence (1 year)', '2024-12-05'],
      ['Acme Corp', 'Jane Smith', '(415) 555-0100', 'Amy Lee', 'Cloud hosting (2 years)', '2025-12-05'],
    ])).toEqual([[2, '2024-12-05']]);
  });
});

describe('the same product on two rows', () => {
  it('ending a whole year later is its renewal: the old row reminds nothing', () => {
    expect(contracts([
      ['客户编号', '客户名称', '联系人', '手机', '负责人', '产品', '到期日'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', 'ERP软件年费', '2024-12-05'],
      ['KH000', '华信科技有限公司', '王经理', '13900000000', '张伟', 'ERP软件年费', '2025-12-05'],
    ])).toEqual([]);
  });
});
